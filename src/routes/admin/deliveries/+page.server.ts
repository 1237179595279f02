// Admin: every attempt to send a digest, newest first, 100 a page (exact total); no bodies, addresses or secrets.
import { getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import { pageParam } from '$lib/server/revisions';
import { deliveryLog } from '$lib/server/subscriptions';
import type { PageServerLoad } from './$types';

const PAGE = 100;

export const load = (async (event) => {
	requireRole(event, 'admin');
	const page = pageParam(event.url.searchParams.get('page'));
	const { rows, total } = await deliveryLog(getStore(), { offset: (page - 1) * PAGE, limit: PAGE });
	return { rows, total, page, pages: Math.max(1, Math.ceil(total / PAGE)) };
}) satisfies PageServerLoad;
