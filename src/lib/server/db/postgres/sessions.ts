// Repository: sessions, keyed by the SHA-256 of the cookie token (a stolen database holds no usable token).
import { toUser, type UserRow } from '../rows';
import type { UserWithHash } from '../store';
import type { PG } from './open';

export async function create(db: PG, tokenHash: string, userId: number, now: number, expiresAt: number): Promise<void> {
	await db.query('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [tokenHash, userId, now, expiresAt]);
}

/** The session with its user, in one query (every signed-in request asks this). */
export async function find(db: PG, tokenHash: string): Promise<{ user: UserWithHash; createdAt: number; expiresAt: number } | null> {
	const { rows } = await db.query<UserRow & { session_created_at: number; session_expires_at: number }>(
		`SELECT u.*, s.created_at AS session_created_at, s.expires_at AS session_expires_at
		 FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1`,
		[tokenHash]
	);
	const r = rows[0];
	return r ? { user: toUser(r), createdAt: r.session_created_at, expiresAt: r.session_expires_at } : null;
}

export async function extend(db: PG, tokenHash: string, expiresAt: number): Promise<void> {
	await db.query('UPDATE sessions SET expires_at = $1 WHERE token_hash = $2', [expiresAt, tokenHash]);
}

export async function remove(db: PG, tokenHash: string): Promise<void> {
	await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

export async function removeForUser(db: PG, userId: number): Promise<void> {
	await db.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
}

export async function purgeExpired(db: PG, now: number): Promise<number> {
	return (await db.query('DELETE FROM sessions WHERE expires_at <= $1', [now])).rowCount ?? 0;
}
