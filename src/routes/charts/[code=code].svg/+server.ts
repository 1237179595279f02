// A chart as an SVG file (overview sparklines as <img>, and documents): the same builder and cache as
// the pages, with an ETag keyed to the data version so an unchanged chart costs a 304.
import { error } from '@sveltejs/kit';
import { getStore } from '$lib/server/app';
import { chartEtag, notModified, parseChartQuery } from '$lib/server/chart-request';
import { requireChartAccess } from '$lib/server/chart-access';
import { chartSvg } from '$lib/server/chart-svg';
import { oneSeries } from '$lib/server/dashboard';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { params, url, request, locals } = event;
	await requireChartAccess(event, getStore(), params.code);
	const q = parseChartQuery(url.searchParams, locals.lang);
	const found = await oneSeries(getStore(), params.code);
	if (!found) error(404, 'No such indicator / 没有该指标');
	const title = q.title ?? false;
	const etag = chartEtag(found.version, q, 'svg', title);
	const headers = { etag, 'cache-control': 'private, no-cache', vary: 'cookie, accept-language' };
	if (notModified(request, etag)) return new Response(null, { status: 304, headers });
	const chart = chartSvg(found.series, q.kind, { lang: q.lang, version: found.version, year: q.year, overlayYear: q.overlay, dark: q.theme === 'dark', title, size: q.size });
	return new Response(q.theme === 'dark' ? chart.svgDark : chart.svg, {
		headers: { ...headers, 'content-type': 'image/svg+xml; charset=utf-8', 'x-content-type-options': 'nosniff' }
	});
};
