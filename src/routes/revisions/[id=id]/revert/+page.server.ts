import { error, fail, redirect } from '@sveltejs/kit';
import { getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import { pageParam, revertRevision, revisionDetail } from '$lib/server/revisions';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	requireRole(event, 'analyst');
	const store = getStore();
	const detail = await revisionDetail(store, Number(event.params.id), pageParam(event.url.searchParams.get('page')));
	if (!detail) error(404, `修订 ${event.params.id} 不存在 / Revision ${event.params.id} does not exist`);
	return detail;
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		requireRole(event, 'analyst');
		const answer = await revertRevision(getStore(), Number(event.params.id), event);
		if (!answer.ok) return fail(answer.status, { message: answer.message });
		redirect(303, `/revisions/${answer.result.revision.id}`);
	}
} satisfies Actions;
