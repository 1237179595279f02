// Admin: user accounts. Every action re-checks the admin role; passwords are typed by the admin and
// never shown back; a role change, disable or reset ends the user's sessions.
import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { getStore } from '$lib/server/app';
import { audit } from '$lib/server/auth/audit';
import { requireRole } from '$lib/server/auth/guard';
import { hashPassword, passwordProblem, usernameProblem } from '$lib/server/auth/password';
import { ROLES, type Role } from '$lib/server/auth/roles';
import { StoreError } from '$lib/server/db/store';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const me = requireRole(event, 'admin');
	return { users: await getStore().users.list(), me: me.id, roles: ROLES };
}) satisfies PageServerLoad;

const idSchema = z.coerce.number().int().positive();
const roleSchema = z.enum(ROLES);

async function target(form: FormData) {
	const id = idSchema.safeParse(form.get('id'));
	const user = id.success ? await getStore().users.byId(id.data) : null;
	return user;
}

/** Would this change leave no active administrator? */
async function lastAdmin(userId: number, change: { role?: Role; disabled?: boolean }) {
	const admins = (await getStore().users.list()).filter((u) => u.role === 'admin' && !u.disabled);
	const losing = admins.some((u) => u.id === userId) && ((change.role && change.role !== 'admin') || change.disabled);
	return losing && admins.length <= 1;
}

const err = (status: number, message: string, id: number | null = null) => fail(status, { error: message, id });

export const actions = {
	create: async (event) => {
		requireRole(event, 'admin');
		const form = await event.request.formData();
		const username = String(form.get('username') ?? '').trim();
		const password = String(form.get('password') ?? '');
		const role = roleSchema.safeParse(form.get('role'));
		if (!role.success) return err(400, '角色无效 / Invalid role');
		const problem = usernameProblem(username) ?? passwordProblem(password, username);
		if (problem) return err(400, problem);
		const store = getStore();
		try {
			await store.users.create({ username, role: role.data, passwordHash: await hashPassword(password), mustChangePassword: true });
		} catch (e) {
			if (e instanceof StoreError && e.code === 'conflict') return err(409, e.message);
			throw e;
		}
		await audit(store, event, 'user_create', username, { role: role.data });
		return { done: username };
	},
	role: async (event) => {
		const me = requireRole(event, 'admin');
		const form = await event.request.formData();
		const user = await target(form);
		const role = roleSchema.safeParse(form.get('role'));
		if (!user || !role.success) return err(400, '用户或角色无效 / Invalid user or role');
		if (user.id === me.id) return err(400, '不能降低自己的角色 / You cannot change your own role', user.id);
		if (await lastAdmin(user.id, { role: role.data })) return err(400, '至少需要保留一名启用的管理员 / At least one active administrator must remain', user.id);
		const store = getStore();
		await store.users.update(user.id, { role: role.data });
		await store.sessions.deleteForUser(user.id);
		await audit(store, event, 'role_change', user.username, { from: user.role, to: role.data });
		return { done: user.username };
	},
	disable: async (event) => {
		const me = requireRole(event, 'admin');
		const user = await target(await event.request.formData());
		if (!user) return err(400, '用户无效 / Invalid user');
		if (user.id === me.id) return err(400, '不能停用自己 / You cannot disable yourself', user.id);
		if (await lastAdmin(user.id, { disabled: true })) return err(400, '至少需要保留一名启用的管理员 / At least one active administrator must remain', user.id);
		const store = getStore();
		await store.users.update(user.id, { disabled: true });
		await store.sessions.deleteForUser(user.id);
		await audit(store, event, 'user_disable', user.username);
		return { done: user.username };
	},
	enable: async (event) => {
		requireRole(event, 'admin');
		const user = await target(await event.request.formData());
		if (!user) return err(400, '用户无效 / Invalid user');
		const store = getStore();
		await store.users.update(user.id, { disabled: false });
		await audit(store, event, 'user_enable', user.username);
		return { done: user.username };
	},
	reset: async (event) => {
		requireRole(event, 'admin');
		const form = await event.request.formData();
		const user = await target(form);
		if (!user) return err(400, '用户无效 / Invalid user');
		const password = String(form.get('password') ?? '');
		const problem = passwordProblem(password, user.username);
		if (problem) return err(400, problem, user.id);
		const store = getStore();
		await store.users.update(user.id, { passwordHash: await hashPassword(password), mustChangePassword: true });
		await store.sessions.deleteForUser(user.id);
		await audit(store, event, 'password_reset', user.username);
		return { done: user.username };
	}
} satisfies Actions;
