import { getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import { exportRows, toCsv } from '$lib/server/export';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'viewer');
	const { url } = event;
	const indicators = url.searchParams.getAll('indicator');
	const body = toCsv(await exportRows(getStore(), indicators.length ? indicators : undefined));
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="outcome-board-export.csv"'
		}
	});
};
