import { error } from '@sveltejs/kit';
import { getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import { pageParam, revisionDetail } from '$lib/server/revisions';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	requireRole(event, 'analyst');
	const store = getStore();
	const detail = await revisionDetail(store, Number(event.params.id), pageParam(event.url.searchParams.get('page')));
	if (!detail) error(404, `修订 ${event.params.id} 不存在 / Revision ${event.params.id} does not exist`);
	return detail;
}) satisfies PageServerLoad;
