// Repository: sessions, keyed by the SHA-256 of the cookie token (a stolen database holds no usable token).
import type { Sql } from '../sql';
import type { UserWithHash } from '../store';
import { toUser, userColumns, type UserRow } from './users';

interface SessionUserRow extends UserRow {
	session_created_at: number;
	session_expires_at: number;
}

export async function create(db: Sql, tokenHash: string, userId: number, now: number, expiresAt: number): Promise<void> {
	await db.run('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)', [tokenHash, userId, now, expiresAt]);
}

/** The session with its user, in one query (every signed-in request asks this). */
export async function find(db: Sql, tokenHash: string): Promise<{ user: UserWithHash; createdAt: number; expiresAt: number } | null> {
	const r = await db.get<SessionUserRow>(
		`SELECT ${userColumns('u')}, s.created_at AS session_created_at, s.expires_at AS session_expires_at
		 FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`,
		[tokenHash]
	);
	return r ? { user: toUser(r), createdAt: r.session_created_at, expiresAt: r.session_expires_at } : null;
}

export async function extend(db: Sql, tokenHash: string, expiresAt: number): Promise<void> {
	await db.run('UPDATE sessions SET expires_at = ? WHERE token_hash = ?', [expiresAt, tokenHash]);
}

export async function remove(db: Sql, tokenHash: string): Promise<void> {
	await db.run('DELETE FROM sessions WHERE token_hash = ?', [tokenHash]);
}

export async function removeForUser(db: Sql, userId: number): Promise<void> {
	await db.run('DELETE FROM sessions WHERE user_id = ?', [userId]);
}

export async function purgeExpired(db: Sql, now: number): Promise<number> {
	return db.run('DELETE FROM sessions WHERE expires_at <= ?', [now]);
}
