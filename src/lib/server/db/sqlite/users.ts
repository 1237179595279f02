// Repository: user accounts (password hashes only; never a plain password).
import { StoreError, type User, type UserWithHash } from '../store';
import type { Role } from '../../auth/roles';
import { toUser, type UserRow as Row } from '../rows';
import type { DB } from './open';

export function count(db: DB): number {
	return (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

export function list(db: DB): User[] {
	return (db.prepare('SELECT * FROM users ORDER BY username').all() as Row[]).map((r) => {
		const { passwordHash: _, ...u } = toUser(r);
		return u;
	});
}

export function byName(db: DB, username: string): UserWithHash | null {
	const r = db.prepare('SELECT * FROM users WHERE username = ?').get(username) as Row | undefined;
	return r ? toUser(r) : null;
}

export function byId(db: DB, id: number): UserWithHash | null {
	const r = db.prepare('SELECT * FROM users WHERE id = ?').get(id) as Row | undefined;
	return r ? toUser(r) : null;
}

export function create(db: DB, u: { username: string; role: Role; passwordHash: string; mustChangePassword: boolean }): number {
	const now = new Date().toISOString();
	try {
		return Number(
			db
				.prepare('INSERT INTO users (username, role, password_hash, must_change_password, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
				.run(u.username, u.role, u.passwordHash, u.mustChangePassword ? 1 : 0, now, now).lastInsertRowid
		);
	} catch (e) {
		if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE')
			throw new StoreError('conflict', `用户名已存在:${u.username} / User name already taken: ${u.username}`);
		throw e;
	}
}

const COLUMNS = { role: 'role', passwordHash: 'password_hash', mustChangePassword: 'must_change_password', disabled: 'disabled' } as const;

export function update(db: DB, id: number, patch: Partial<{ role: Role; passwordHash: string; mustChangePassword: boolean; disabled: boolean }>): void {
	const sets: string[] = [];
	const values: (string | number)[] = [];
	for (const [key, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
		const v = patch[key];
		if (v === undefined) continue;
		sets.push(`${column} = ?`);
		values.push(typeof v === 'boolean' ? (v ? 1 : 0) : v);
	}
	if (sets.length === 0) return;
	const r = db.prepare(`UPDATE users SET ${sets.join(', ')}, updated_at = ? WHERE id = ?`).run(...values, new Date().toISOString(), id);
	if (r.changes === 0) throw new StoreError('not_found', `用户不存在 / No such user: ${id}`);
}
