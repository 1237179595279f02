// Admin: every attempt to send a digest, newest first, 100 a page (exact total); no bodies, addresses or secrets.
import { z } from 'zod';
import { getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import { deliveryLog } from '$lib/server/subscriptions';
import type { PageServerLoad } from './$types';

const PAGE = 100;
const pageParam = z.coerce.number().int().min(1).max(1_000_000).catch(1);

export const load = (async (event) => {
	requireRole(event, 'admin');
	const page = pageParam.parse(event.url.searchParams.get('page') ?? 1);
	const { rows, total } = await deliveryLog(getStore(), { offset: (page - 1) * PAGE, limit: PAGE });
	return { rows, total, page, pages: Math.max(1, Math.ceil(total / PAGE)) };
}) satisfies PageServerLoad;
