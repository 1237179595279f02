// Health for load balancers and operators: 200 when the database answers, 503 when it does not.
// Admins also get the event-loop delay (and may reset it with ?reset=1, as npm run bench does) and how
// many indicators this process derived (a commit elsewhere must cost this one only what it touched).
import { json } from '@sveltejs/kit';
import { getStore } from '$lib/server/app';
import { hasRole } from '$lib/server/auth/roles';
import { derivedCount } from '$lib/server/derived';
import { eventLoopDelay } from '$lib/server/metrics';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	try {
		await getStore().dataVersion();
	} catch {
		return json({ ok: false, error: '数据库不可用 / The database is unavailable' }, { status: 503, headers: { 'cache-control': 'no-store' } });
	}
	const admin = hasRole(locals.user, 'admin');
	return json(
		{ ok: true, ...(admin ? { eventLoopDelayMs: eventLoopDelay(url.searchParams.get('reset') === '1'), derivedIndicators: derivedCount(getStore()) } : {}) },
		{ headers: { 'cache-control': 'no-store' } }
	);
};
