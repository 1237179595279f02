// Admin: the group robots users may pick for digests. Adding takes the webhook address and secret once; the
// page only ever shows a hint of the address. Validation, encryption and the audit entry live in subscriptions.ts.
import { fail } from '@sveltejs/kit';
import { getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import { addRobot, listRobots, removeRobot } from '$lib/server/subscriptions';
import { fill } from '$lib/format/messages';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	requireRole(event, 'admin');
	return { robots: await listRobots(getStore()) };
}) satisfies PageServerLoad;

export const actions = {
	add: async (event) => {
		requireRole(event, 'admin');
		const form = await event.request.formData();
		const input = { kind: form.get('kind'), name: form.get('name'), url: form.get('url'), secret: form.get('secret') || undefined };
		const answer = await addRobot(getStore(), event, input);
		// The address and secret typed are never sent back, not even to redisplay the form.
		if (!answer.ok) return fail(answer.status, { error: fill(answer.key, event.locals.lang, answer.params), kind: String(input.kind ?? ''), name: String(input.name ?? '') });
		return { added: answer.value.name };
	},
	remove: async (event) => {
		requireRole(event, 'admin');
		const answer = await removeRobot(getStore(), event, (await event.request.formData()).get('id'));
		if (!answer.ok) return fail(answer.status, { error: fill(answer.key, event.locals.lang, answer.params) });
		return { removed: true };
	}
} satisfies Actions;
