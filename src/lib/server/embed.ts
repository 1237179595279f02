// What an embed page shows (/embed/CODE, static or interactive): access check, the chart SVG from the
// shared cache, the footer facts and the key figures; and the page's own Content-Security-Policy.
import { error, type RequestEvent } from '@sveltejs/kit';
import { chartTitle, type ChartKind } from '../charts/index';
import { axisUnit } from '../charts/text';
import { chartYears, keyFigures, provenancesOf, sourcesOf } from '../format/key-figures';
import { getConfig, getStore } from './app';
import { requireChartAccess } from './chart-access';
import { parseChartQuery } from './chart-request';
import { chartSvg } from './chart-svg';
import { oneSeries } from './dashboard';

/** Who may frame embeds: EMBED_FRAME_ANCESTORS (validated in config: no ; or newline to smuggle a directive). */
export function frameAncestors(): string {
	return getConfig().EMBED_FRAME_ANCESTORS;
}

/**
 * The embed's policy. Static: no script at all. Interactive: SvelteKit's inline boot script and the
 * app's own chunks. Inline styles: ECharts' SVG carries a <style> element and style attributes.
 */
export function embedCsp(interactive: boolean, ancestors = frameAncestors()): string {
	return [
		"default-src 'none'",
		interactive ? "script-src 'self' 'unsafe-inline'" : "script-src 'none'",
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		interactive ? "connect-src 'self'" : null,
		"base-uri 'none'",
		"form-action 'none'",
		`frame-ancestors ${ancestors}`
	]
		.filter(Boolean)
		.join('; ');
}

export async function loadEmbed(event: RequestEvent<{ code: string }>, interactive: boolean) {
	const store = getStore();
	const code = event.params.code;
	await requireChartAccess(event, store, code, { embed: true });
	const q = parseChartQuery(event.url.searchParams, event.locals.lang);
	if (q.kind === 'sparkline') q.kind = 'yoy';
	const found = await oneSeries(store, code);
	if (!found) error(404, '没有该指标 / No such indicator');
	const { series, version } = found;
	const year = q.year ?? series.latest?.period.year ?? series.rows.at(-1)?.period.year ?? null;
	event.setHeaders({
		'content-security-policy': embedCsp(interactive),
		'cache-control': 'private, no-cache',
		'referrer-policy': 'no-referrer',
		'x-content-type-options': 'nosniff'
	});
	const chart = chartSvg(series, q.kind, { lang: q.lang, version, year, overlayYear: q.overlay, dark: q.theme === 'dark', title: q.title ?? false, size: q.size });
	const marks = provenancesOf(series, chartYears(q.kind, year, q.overlay));
	return {
		lang: q.lang,
		kind: q.kind as Exclude<ChartKind, 'sparkline'>,
		theme: q.theme,
		year,
		overlay: q.overlay,
		size: q.size,
		title: chartTitle(series, q.kind, q.lang),
		unit: axisUnit(series.indicator.unit, q.lang),
		svg: q.theme === 'dark' ? chart.svgDark : chart.svg,
		label: chart.label,
		figures: keyFigures(series, year, q.lang),
		sources: sourcesOf(series, year, q.lang),
		hasDemo: marks.has('demo'),
		hasDerived: marks.has('derived'),
		/** Only the interactive embed needs the series (its chart is built in the browser by the same builder). */
		series: interactive ? series : null
	};
}
