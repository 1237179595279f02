import { fail, redirect } from '@sveltejs/kit';
import { getStore } from '$lib/server/app';
import { audit } from '$lib/server/auth/audit';
import { safeNext } from '$lib/server/auth/guard';
import { checkSignIn } from '$lib/server/auth/login';
import { startSession } from '$lib/server/auth/session';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	const next = safeNext(url.searchParams.get('next'));
	if (locals.user) redirect(303, next);
	return { next, noUsers: (await getStore().users.count()) === 0, signedOut: url.searchParams.has('signed-out') };
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { request, cookies, url, getClientAddress, setHeaders } = event;
		const form = await request.formData();
		const username = String(form.get('username') ?? '').slice(0, 64);
		const password = String(form.get('password') ?? '').slice(0, 256);
		const next = safeNext(String(form.get('next') ?? ''));
		const store = getStore();
		const result = await checkSignIn(store, username, password, getClientAddress());
		if (!result.ok) {
			const target = username.trim().slice(0, 64) || null;
			if (result.reason === 'throttled') {
				const seconds = Math.ceil(result.retryAfterMs / 1000);
				await audit(store, event, 'sign_in_throttled', target);
				setHeaders({ 'retry-after': String(seconds) });
				return fail(429, { username, next, error: 'throttled' as const, retryAfter: seconds });
			}
			await audit(store, event, 'sign_in_failed', target);
			return fail(400, { username, next, error: 'invalid' as const, retryAfter: 0 });
		}
		await startSession(store, cookies, url, result.user.id);
		await audit(store, { actor: result.user.username, ip: getClientAddress() }, 'sign_in', result.user.username);
		redirect(303, result.user.mustChangePassword ? '/account?required=1' : next);
	}
} satisfies Actions;
