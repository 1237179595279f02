// Repository: user accounts (password hashes only; never a plain password). Names are compared by their
// key (name-key.ts), never by the database's own case rules.
import { bilingual } from '../../../format/store-messages';
import type { Role } from '../../auth/roles';
import type { Param, Sql } from '../sql';
import { StoreError, type User, type UserWithHash } from '../store';
import { nameKey } from './name-key';

export interface UserRow {
	id: number;
	username: string;
	role: Role;
	password_hash: string;
	/** 0/1 in SQLite, boolean in PostgreSQL. */
	must_change_password: number | boolean;
	disabled: number | boolean;
	created_at: string;
}

/** The columns `toUser` reads, optionally qualified by a table alias (for joins). */
export const userColumns = (alias = ''): string =>
	['id', 'username', 'role', 'password_hash', 'must_change_password', 'disabled', 'created_at'].map((c) => (alias ? `${alias}.${c}` : c)).join(', ');

const truth = (v: number | boolean): boolean => v === true || v === 1;

export function toUser(r: UserRow): UserWithHash {
	return {
		id: r.id,
		username: r.username,
		role: r.role,
		passwordHash: r.password_hash,
		mustChangePassword: truth(r.must_change_password),
		disabled: truth(r.disabled),
		createdAt: r.created_at
	};
}

/** A unique index refused the row (SQLite's and PostgreSQL's codes for it). */
function isUniqueViolation(e: unknown): boolean {
	const code = (e as { code?: unknown } | null)?.code;
	return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

export async function count(db: Sql): Promise<number> {
	return (await db.get<{ n: number }>('SELECT count(*) AS n FROM users'))!.n;
}

/** By name regardless of case (name_key: byte order on both backends), then by id. */
export async function list(db: Sql): Promise<User[]> {
	const rows = await db.all<UserRow>(`SELECT ${userColumns()} FROM users ORDER BY name_key, id`);
	return rows.map((r) => {
		const { passwordHash: _, ...u } = toUser(r);
		return u;
	});
}

export async function byName(db: Sql, username: string): Promise<UserWithHash | null> {
	const r = await db.get<UserRow>(`SELECT ${userColumns()} FROM users WHERE name_key = ?`, [nameKey(username)]);
	return r ? toUser(r) : null;
}

export async function byId(db: Sql, id: number): Promise<UserWithHash | null> {
	const r = await db.get<UserRow>(`SELECT ${userColumns()} FROM users WHERE id = ?`, [id]);
	return r ? toUser(r) : null;
}

/** Throws StoreError('conflict') when a user's name has the same key. */
export async function create(db: Sql, u: { username: string; role: Role; passwordHash: string; mustChangePassword: boolean }): Promise<number> {
	const now = new Date().toISOString();
	try {
		const r = await db.get<{ id: number }>(
			'INSERT INTO users (username, name_key, role, password_hash, must_change_password, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id',
			[u.username, nameKey(u.username), u.role, u.passwordHash, u.mustChangePassword, now, now]
		);
		return r!.id;
	} catch (e) {
		if (isUniqueViolation(e)) throw new StoreError('conflict', bilingual('store.userTaken', { name: u.username }));
		throw e;
	}
}

const COLUMNS = { role: 'role', passwordHash: 'password_hash', mustChangePassword: 'must_change_password', disabled: 'disabled', email: 'email' } as const;

export async function update(db: Sql, id: number, patch: Partial<{ role: Role; passwordHash: string; mustChangePassword: boolean; disabled: boolean; email: string | null }>): Promise<void> {
	const sets: string[] = [];
	const values: Param[] = [];
	for (const [key, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
		const v = patch[key];
		if (v === undefined) continue;
		sets.push(`${column} = ?`);
		values.push(v);
	}
	if (sets.length === 0) return;
	const changed = await db.run(`UPDATE users SET ${sets.join(', ')}, updated_at = ? WHERE id = ?`, [...values, new Date().toISOString(), id]);
	if (changed === 0) throw new StoreError('not_found', bilingual('store.noSuchUser', { name: id }));
}

/** A user's name and the address their digests go to (null: none), or null when there is no such user. */
export async function userEmail(db: Sql, userId: number): Promise<{ username: string; email: string | null } | null> {
	return (await db.get<{ username: string; email: string | null }>('SELECT username, email FROM users WHERE id = ?', [userId])) ?? null;
}
