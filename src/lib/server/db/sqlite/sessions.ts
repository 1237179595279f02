// Repository: sessions, keyed by the SHA-256 of the cookie token (a stolen database holds no usable token).
import type { UserWithHash } from '../store';
import type { DB } from './open';
import { byId } from './users';

export function create(db: DB, tokenHash: string, userId: number, now: number, expiresAt: number): void {
	db.prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(tokenHash, userId, now, expiresAt);
}

export function find(db: DB, tokenHash: string): { user: UserWithHash; createdAt: number; expiresAt: number } | null {
	const r = db.prepare('SELECT user_id, created_at, expires_at FROM sessions WHERE token_hash = ?').get(tokenHash) as
		| { user_id: number; created_at: number; expires_at: number }
		| undefined;
	if (!r) return null;
	const user = byId(db, r.user_id);
	return user ? { user, createdAt: r.created_at, expiresAt: r.expires_at } : null;
}

export function extend(db: DB, tokenHash: string, expiresAt: number): void {
	db.prepare('UPDATE sessions SET expires_at = ? WHERE token_hash = ?').run(expiresAt, tokenHash);
}

export function remove(db: DB, tokenHash: string): void {
	db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
}

export function removeForUser(db: DB, userId: number): void {
	db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
}

export function purgeExpired(db: DB, now: number): number {
	return db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now).changes;
}
