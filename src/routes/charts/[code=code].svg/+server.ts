// A chart as an SVG file (overview sparklines as <img>, and documents): the same builder and cache as
// the pages, with an ETag keyed to the data version so an unchanged chart costs a 304.
import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { parseLang } from '$lib/format/lang';
import { getStore } from '$lib/server/app';
import { chartSvg } from '$lib/server/chart-svg';
import { oneSeries } from '$lib/server/dashboard';
import type { RequestHandler } from './$types';

const paramsSchema = z.object({
	kind: z.enum(['yoy', 'cumulative', 'sparkline']).catch('yoy'),
	year: z.coerce.number().int().min(1900).max(2100).nullable().catch(null),
	overlay: z.coerce.number().int().min(1900).max(2100).nullable().catch(null),
	theme: z.enum(['light', 'dark']).catch('light')
});

export const GET: RequestHandler = async ({ params, url, request, locals }) => {
	const q = url.searchParams;
	const p = paramsSchema.parse({ kind: q.get('kind') ?? 'yoy', year: q.get('year') || null, overlay: q.get('overlay') || null, theme: q.get('theme') ?? 'light' });
	const lang = parseLang(q.get('lang')) ?? locals.lang;
	const found = await oneSeries(getStore(), params.code);
	if (!found) error(404, 'No such indicator / 没有该指标');
	const etag = `"v${found.version}-${p.kind}-${lang}-${p.year ?? ''}-${p.overlay ?? ''}-${p.theme}"`;
	const headers = { etag, 'cache-control': 'private, no-cache', vary: 'cookie, accept-language' };
	if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
	const chart = chartSvg(found.series, p.kind, { lang, version: found.version, year: p.year, overlayYear: p.overlay, dark: p.theme === 'dark' });
	return new Response(p.theme === 'dark' ? chart.svgDark : chart.svg, {
		headers: { ...headers, 'content-type': 'image/svg+xml; charset=utf-8', 'x-content-type-options': 'nosniff' }
	});
};
