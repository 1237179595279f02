// The user use cases the admin page and `npm run user` share, against an in-memory SQLite store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from './auth/password';
import type { Role } from './auth/roles';
import { createSqliteStore } from './db/sqlite/store';
import type { Store } from './db/store';
import { addUser, changeRole, errorText, resetPassword, setDisabled, type Actor, type UserAnswer } from './users';

const CLI: Actor = { actor: 'cli:ops' };
const LAST_ADMIN = /至少需要保留一名启用的管理员.* \/ At least one active administrator must remain/;

let store: Store;
beforeEach(() => {
	store = createSqliteStore(':memory:');
});
afterEach(() => store.close());

/** A user made straight in the store (no scrypt: these tests are about the rules, not hashing). */
async function make(username: string, role: Role, disabled = false): Promise<number> {
	const id = await store.users.create({ username, role, passwordHash: 'x', mustChangePassword: false });
	if (disabled) await store.users.update(id, { disabled: true });
	return id;
}

/** The signed-in admin `id` on the admin page, as a request event looks to the use cases. */
const page = (id: number, username: string): Actor => ({ locals: { user: { id, username } }, getClientAddress: () => '203.0.113.9' });

const actions = async () => (await store.audit.list({ limit: 50 })).map((e) => [e.actor, e.action, e.target, e.detail, e.ip]);

function refused(a: UserAnswer) {
	if (a.ok) throw new Error(`expected a refusal, got ${JSON.stringify(a.user)}`);
	return a;
}

describe('the last active administrator', () => {
	it('cannot be disabled; nothing changes and nothing is audited', async () => {
		const boss = await make('boss', 'admin');
		await make('retired', 'admin', true); // a disabled admin cannot sign in, so does not count
		await store.sessions.create('t1', boss, Date.now(), Date.now() + 60_000);
		const a = refused(await setDisabled(store, CLI, { username: 'boss' }, true));
		expect([a.code, a.status, a.id]).toEqual(['last_admin', 400, boss]);
		expect(a.message).toMatch(LAST_ADMIN);
		expect(a.message).toContain('boss');
		expect((await store.users.byId(boss))!.disabled).toBe(false);
		expect(await store.sessions.find('t1')).not.toBeNull();
		expect(await actions()).toEqual([]);
	});

	it.each(['analyst', 'viewer'] as const)('cannot be made %s', async (role) => {
		const boss = await make('boss', 'admin');
		const a = refused(await changeRole(store, CLI, { username: 'boss' }, role));
		expect(a.code).toBe('last_admin');
		expect(errorText(a, 'en')).toBe('At least one active administrator must remain: boss is the last one and cannot be disabled or given another role');
		expect(errorText(a, 'zh-CN')).toMatch(/^至少需要保留一名启用的管理员/);
		expect((await store.users.byId(boss))!.role).toBe('admin');
		expect(await actions()).toEqual([]);
	});

	it('may be disabled or re-roled once another enabled admin exists; their sessions end and the audit says who did it', async () => {
		const boss = await make('boss', 'admin');
		const deputy = await make('deputy', 'admin');
		await store.sessions.create('t1', deputy, Date.now(), Date.now() + 60_000);
		const demoted = await changeRole(store, page(boss, 'boss'), { id: String(deputy) }, 'analyst');
		expect(demoted).toMatchObject({ ok: true, user: { username: 'deputy', role: 'analyst' }, before: { role: 'admin' } });
		expect(await store.sessions.find('t1')).toBeNull();
		// Now boss is the last one again.
		expect(refused(await setDisabled(store, CLI, { username: 'boss' }, true)).code).toBe('last_admin');
		expect(await actions()).toEqual([['boss', 'role_change', 'deputy', '{"from":"admin","to":"analyst"}', '203.0.113.9']]);
	});

	it('keeping the admin role, or touching another role, is never refused by the rule', async () => {
		await make('boss', 'admin');
		await make('ann', 'analyst');
		expect((await changeRole(store, CLI, { username: 'boss' }, 'admin')).ok).toBe(true);
		expect((await setDisabled(store, CLI, { username: 'ann' }, true)).ok).toBe(true);
		expect((await changeRole(store, CLI, { username: 'ann' }, 'viewer')).ok).toBe(true);
	});
});

describe('an admin on the page', () => {
	it('may not disable themselves or change their own role, even with other admins about', async () => {
		const boss = await make('boss', 'admin');
		await make('deputy', 'admin');
		const me = page(boss, 'boss');
		expect(refused(await setDisabled(store, me, { id: boss }, true))).toMatchObject({ code: 'self', key: 'user.selfDisable', id: boss });
		expect(refused(await changeRole(store, me, { id: boss }, 'viewer'))).toMatchObject({ code: 'self', key: 'user.selfRole' });
		expect(await store.users.byId(boss)).toMatchObject({ role: 'admin', disabled: false });
	});

	it('names a user by a form field that is checked: not a number, or no such id, is an invalid user', async () => {
		await make('boss', 'admin');
		for (const id of ['abc', '', null, '-1', '99']) {
			const a = refused(await setDisabled(store, CLI, { id }, true));
			expect([a.code, a.message]).toEqual(['bad_id', '用户无效 / Invalid user']);
		}
	});

	it('enables a disabled user, audited', async () => {
		const ann = await make('ann', 'analyst', true);
		expect(await setDisabled(store, CLI, { id: ann }, false)).toMatchObject({ ok: true, user: { disabled: false } });
		expect((await store.users.byId(ann))!.disabled).toBe(false);
		expect(await actions()).toEqual([['cli:ops', 'user_enable', 'ann', '', null]]);
	});
});

describe('adding a user', () => {
	it('creates the account with the password hashed and the must-change flag asked for, and audits it', async () => {
		const a = await addUser(store, CLI, { username: ' 王小明 ', role: 'analyst', password: 'a-long-password', mustChangePassword: true });
		expect(a).toMatchObject({ ok: true, user: { username: '王小明', role: 'analyst', mustChangePassword: true, disabled: false } });
		expect(a.ok && 'passwordHash' in a.user).toBe(false);
		expect(await verifyPassword('a-long-password', (await store.users.byName('王小明'))!.passwordHash)).toBe(true);
		expect(await actions()).toEqual([['cli:ops', 'user_create', '王小明', '{"role":"analyst"}', null]]);
	});

	it.each([
		['a bad name', { username: 'has space', role: 'viewer', password: 'a-long-password' }, 'bad_name', /^用户名须为 2–64 个.* \/ A user name is 2–64/],
		['a bad role', { username: 'bob', role: 'root', password: 'a-long-password' }, 'bad_role', /^角色无效,须为 viewer\|analyst\|admin \/ Invalid role: use viewer\|analyst\|admin$/],
		['a short password', { username: 'bob', role: 'viewer', password: 'short' }, 'bad_password', /^密码至少 10 个字符 \/ The password needs at least 10 characters$/],
		['the name as password', { username: 'bobbybobby', role: 'viewer', password: 'BobbyBobby' }, 'bad_password', /不能与用户名相同/],
		['a taken name (any case)', { username: 'BOSS', role: 'viewer', password: 'a-long-password' }, 'taken', /^用户名已存在:BOSS \/ User name already taken: BOSS$/]
	] as const)('refuses %s, creating no one', async (_, input, code, message) => {
		await make('boss', 'admin');
		const a = refused(await addUser(store, CLI, { ...input, mustChangePassword: false }));
		expect(a.code).toBe(code);
		expect(a.message).toMatch(message);
		expect((await store.users.list()).map((u) => u.username)).toEqual(['boss']);
		expect(await actions()).toEqual([]);
	});
});

describe('resetting a password', () => {
	it('sets the new password and the must-change flag, ends the sessions, and audits it', async () => {
		const ann = await make('ann', 'analyst');
		await store.sessions.create('t1', ann, Date.now(), Date.now() + 60_000);
		expect(await resetPassword(store, CLI, { username: 'ann' }, { password: 'a-fresh-password', mustChangePassword: true })).toMatchObject({
			ok: true,
			user: { mustChangePassword: true }
		});
		const stored = (await store.users.byId(ann))!;
		expect(stored.mustChangePassword).toBe(true);
		expect(await verifyPassword('a-fresh-password', stored.passwordHash)).toBe(true);
		expect(await store.sessions.find('t1')).toBeNull();
		expect(await actions()).toEqual([['cli:ops', 'password_reset', 'ann', '', null]]);
	});

	it('refuses a weak password or an unknown user, changing nothing', async () => {
		const ann = await make('ann', 'analyst');
		expect(refused(await resetPassword(store, CLI, { id: ann }, { password: 'ann', mustChangePassword: true }))).toMatchObject({ code: 'bad_password', id: ann });
		expect(refused(await resetPassword(store, CLI, { username: 'nobody' }, { password: 'a-fresh-password', mustChangePassword: true })).message).toBe(
			'没有该用户:nobody / No such user: nobody'
		);
		expect((await store.users.byId(ann))!.passwordHash).toBe('x');
		expect(await actions()).toEqual([]);
	});
});
