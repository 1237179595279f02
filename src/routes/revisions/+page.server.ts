import { getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	requireRole(event, 'analyst');
	return { revisions: await getStore().revisions() };
}) satisfies PageServerLoad;
