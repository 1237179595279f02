import { z } from 'zod';
import { getStore } from '$lib/server/app';
import { AUDIT_ACTIONS } from '$lib/server/auth/audit';
import { requireRole } from '$lib/server/auth/guard';
import type { PageServerLoad } from './$types';

const PAGE = 100;
const query = z.object({
	before: z.coerce.number().int().positive().optional().catch(undefined),
	action: z.enum(AUDIT_ACTIONS as [string, ...string[]]).optional().catch(undefined)
});

export const load = (async (event) => {
	requireRole(event, 'admin');
	const q = query.parse({ before: event.url.searchParams.get('before') ?? undefined, action: event.url.searchParams.get('action') ?? undefined });
	const entries = await getStore().audit.list({ limit: PAGE + 1, beforeId: q.before, action: q.action });
	return {
		entries: entries.slice(0, PAGE),
		older: entries.length > PAGE ? entries[PAGE - 1]!.id : null,
		action: q.action ?? '',
		actions: AUDIT_ACTIONS
	};
}) satisfies PageServerLoad;
