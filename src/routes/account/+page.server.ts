// The signed-in user's own settings: password; the address digests go to; the digest subscription (schedule and
// channels) with a preview of the digest they would get now. Rules and audit live in lib/server (users.ts,
// subscriptions.ts); this route only reads forms.
import { fail } from '@sveltejs/kit';
import { getConfig, getStore } from '$lib/server/app';
import { audit } from '$lib/server/auth/audit';
import { requireRole } from '$lib/server/auth/guard';
import { hashPassword, passwordProblem, verifyPassword } from '$lib/server/auth/password';
import { startSession } from '$lib/server/auth/session';
import { digestView } from '$lib/server/digest-view';
import { deleteSubscription, digestAddress, getSubscription, listRobots, previewDigest, saveSubscription } from '$lib/server/subscriptions';
import { errorText, setEmail } from '$lib/server/users';
import { fill } from '$lib/format/messages';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const user = requireRole(event, 'viewer');
	const store = getStore();
	const lang = event.locals.lang;
	const [email, subscription, robots] = await Promise.all([digestAddress(store, user.id), getSubscription(store, user.id), listRobots(store)]);
	const origin = getConfig().ORIGIN ?? event.url.origin;
	// The preview reads every indicator in the user's scope (all of them when they follow none): only on request.
	const wantPreview = !user.mustChangePassword && event.url.searchParams.get('preview') === '1';
	const preview = wantPreview ? digestView(await previewDigest(store, { id: user.id, lang }, new Date(), origin)) : null;
	return {
		username: user.username,
		role: user.role,
		required: user.mustChangePassword,
		email,
		subscription,
		robots: robots.map((r) => ({ id: r.id, kind: r.kind, name: r.name })),
		timezone: getConfig().DIGEST_TIMEZONE,
		preview
	};
}) satisfies PageServerLoad;

export const actions = {
	password: async (event) => {
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
	},

	email: async (event) => {
		const user = requireRole(event, 'viewer');
		const answer = await setEmail(getStore(), event, { id: user.id }, (await event.request.formData()).get('email'));
		if (!answer.ok) return fail(answer.status, { section: 'email' as const, message: errorText(answer, event.locals.lang) });
		return { section: 'email' as const, done: true };
	},

	subscribe: async (event) => {
		const user = requireRole(event, 'viewer');
		const form = await event.request.formData();
		const input = {
			schedule: form.get('schedule'),
			weekday: form.get('weekday'),
			day: form.get('day'),
			hour: form.get('hour'),
			email: form.get('email') ?? undefined,
			robots: form.getAll('robots'),
			lang: form.get('lang') ?? event.locals.lang
		};
		const answer = await saveSubscription(getStore(), event, user.id, input);
		if (!answer.ok) return fail(answer.status, { section: 'subscription' as const, message: fill(answer.key, event.locals.lang, answer.params) });
		return { section: 'subscription' as const, done: true };
	},

	unsubscribe: async (event) => {
		const user = requireRole(event, 'viewer');
		await deleteSubscription(getStore(), event, user.id);
		return { section: 'subscription' as const, cancelled: true };
	}
} satisfies Actions;
