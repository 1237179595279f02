// Repository: user accounts (password hashes only; never a plain password).
import type { Role } from '../../auth/roles';
import { toUser, type UserRow } from '../rows';
import { StoreError, type User, type UserWithHash } from '../store';
import type { PG } from './open';

export async function count(db: PG): Promise<number> {
	return (await db.query<{ n: number }>('SELECT count(*) AS n FROM users')).rows[0]!.n;
}

export async function list(db: PG): Promise<User[]> {
	const { rows } = await db.query<UserRow>('SELECT * FROM users ORDER BY lower(username) COLLATE "C", id');
	return rows.map((r) => {
		const { passwordHash: _, ...u } = toUser(r);
		return u;
	});
}

/** Case-insensitive, as the unique index. */
export async function byName(db: PG, username: string): Promise<UserWithHash | null> {
	const { rows } = await db.query<UserRow>('SELECT * FROM users WHERE lower(username) = lower($1)', [username]);
	return rows[0] ? toUser(rows[0]) : null;
}

export async function byId(db: PG, id: number): Promise<UserWithHash | null> {
	const { rows } = await db.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
	return rows[0] ? toUser(rows[0]) : null;
}

export async function create(db: PG, u: { username: string; role: Role; passwordHash: string; mustChangePassword: boolean }): Promise<number> {
	const now = new Date().toISOString();
	try {
		const { rows } = await db.query<{ id: number }>(
			'INSERT INTO users (username, role, password_hash, must_change_password, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
			[u.username, u.role, u.passwordHash, u.mustChangePassword, now, now]
		);
		return rows[0]!.id;
	} catch (e) {
		if ((e as { code?: string }).code === '23505') throw new StoreError('conflict', `用户名已存在:${u.username} / User name already taken: ${u.username}`);
		throw e;
	}
}

const COLUMNS = { role: 'role', passwordHash: 'password_hash', mustChangePassword: 'must_change_password', disabled: 'disabled' } as const;

export async function update(db: PG, id: number, patch: Partial<{ role: Role; passwordHash: string; mustChangePassword: boolean; disabled: boolean }>): Promise<void> {
	const sets: string[] = [];
	const values: (string | boolean | number)[] = [];
	for (const [key, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
		const v = patch[key];
		if (v === undefined) continue;
		values.push(v);
		sets.push(`${column} = $${values.length}`);
	}
	if (sets.length === 0) return;
	values.push(new Date().toISOString(), id);
	const r = await db.query(`UPDATE users SET ${sets.join(', ')}, updated_at = $${values.length - 1} WHERE id = $${values.length}`, values);
	if (r.rowCount === 0) throw new StoreError('not_found', `用户不存在 / No such user: ${id}`);
}
