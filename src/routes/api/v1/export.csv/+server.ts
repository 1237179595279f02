import { getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import { exportResponse } from '$lib/server/export';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'viewer');
	return exportResponse(getStore(), 'csv', event.url.searchParams.getAll('indicator'));
};
