// A chart as a PNG for Word, PowerPoint and the clipboard: the SVG of /charts/CODE.svg (same builder,
// same cache, same parameters) drawn by resvg with the shipped CJK font, at scale=1|2|3 (default 2).
import { error } from '@sveltejs/kit';
import { getStore } from '$lib/server/app';
import { requireChartAccess } from '$lib/server/chart-access';
import { svgToPng } from '$lib/server/chart-png';
import { chartEtag, notModified, parseChartQuery } from '$lib/server/chart-request';
import { chartSvg } from '$lib/server/chart-svg';
import { oneSeries } from '$lib/server/dashboard';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { params, url, request, locals } = event;
	const store = getStore();
	await requireChartAccess(event, store, params.code);
	const q = parseChartQuery(url.searchParams, locals.lang);
	const found = await oneSeries(store, params.code);
	if (!found) error(404, 'No such indicator / 没有该指标');
	// A picture pasted into a document must say what it shows, so the title is drawn unless title=0.
	const title = q.title ?? true;
	const etag = chartEtag(found.version, q, 'png', title);
	const headers = { etag, 'cache-control': 'private, no-cache', vary: 'cookie, accept-language' };
	if (notModified(request, etag)) return new Response(null, { status: 304, headers });
	const chart = chartSvg(found.series, q.kind, { lang: q.lang, version: found.version, year: q.year, overlayYear: q.overlay, dark: q.theme === 'dark', title, size: q.size });
	const png = await svgToPng(q.theme === 'dark' ? chart.svgDark : chart.svg, { scale: q.scale, background: q.theme === 'dark' ? '#111827' : '#ffffff' });
	const name = `${params.code}-${q.kind}${q.year ? `-${q.year}` : ''}.png`;
	return new Response(new Uint8Array(png), {
		headers: {
			...headers,
			'content-type': 'image/png',
			'content-disposition': `inline; filename="${name}"`,
			'x-content-type-options': 'nosniff'
		}
	});
};
