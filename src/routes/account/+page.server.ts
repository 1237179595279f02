import { fail } from '@sveltejs/kit';
import { getStore } from '$lib/server/app';
import { audit } from '$lib/server/auth/audit';
import { requireRole } from '$lib/server/auth/guard';
import { hashPassword, passwordProblem, verifyPassword } from '$lib/server/auth/password';
import { startSession } from '$lib/server/auth/session';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const user = requireRole(event, 'viewer');
	return { username: user.username, role: user.role, required: user.mustChangePassword };
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const user = requireRole(event, 'viewer');
		const form = await event.request.formData();
		const current = String(form.get('current') ?? '');
		const next = String(form.get('password') ?? '');
		const repeat = String(form.get('repeat') ?? '');
		const store = getStore();
		const stored = await store.users.byId(user.id);
		if (!stored || !(await verifyPassword(current, stored.passwordHash))) return fail(400, { error: 'wrong' as const, problem: null });
		if (next !== repeat) return fail(400, { error: 'mismatch' as const, problem: null });
		const problem = passwordProblem(next, user.username);
		if (problem) return fail(400, { error: 'rule' as const, problem });
		await store.users.update(user.id, { passwordHash: await hashPassword(next), mustChangePassword: false });
		// Every other session of this user ends; this browser gets a fresh one.
		await store.sessions.deleteForUser(user.id);
		await startSession(store, event.cookies, event.url, user.id);
		await audit(store, event, 'password_change', user.username);
		return { changed: true };
	}
} satisfies Actions;
