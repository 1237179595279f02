import { redirect } from '@sveltejs/kit';
import { getStore } from '$lib/server/app';
import { audit } from '$lib/server/auth/audit';
import { endSession } from '$lib/server/auth/session';
import type { Actions, PageServerLoad } from './$types';

// GET shows a confirm button (signing out is a POST, so a link or an image cannot sign anyone out).
export const load = (({ locals }) => {
	if (!locals.user) redirect(303, '/login');
	return {};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const store = getStore();
		if (event.locals.user) await audit(store, event, 'sign_out', event.locals.user.username);
		await endSession(store, event.cookies);
		redirect(303, '/login?signed-out');
	}
} satisfies Actions;
