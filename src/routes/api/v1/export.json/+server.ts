import { getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import { exportRows, toJson } from '$lib/server/export';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'viewer');
	const { url } = event;
	const indicators = url.searchParams.getAll('indicator');
	const body = toJson(await exportRows(getStore(), indicators.length ? indicators : undefined));
	return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
