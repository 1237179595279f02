import { error, json } from '@sveltejs/kit';
import { getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import { pageParam, revisionDetail } from '$lib/server/revisions';
import type { RequestHandler } from './$types';

/** The revision, the values it changed (before → after, one page of them: ?page=N) and what a revert would do to each. */
export const GET: RequestHandler = async (event) => {
	requireRole(event, 'analyst');
	const detail = await revisionDetail(getStore(), Number(event.params.id), pageParam(event.url.searchParams.get('page')));
	if (!detail) error(404, `修订 ${event.params.id} 不存在 / Revision ${event.params.id} does not exist`);
	return json(detail);
};
