// Server SVG for a page's charts: light and dark pictures and the text alternative, cached per data version.
import { CHART_BUILDERS, CHART_SIZE, describeChart, type ChartKind } from '../charts/index';
import type { IndicatorSeries } from '../domain/series';
import type { Lang } from '../format/messages';
import { chartCacheKey, renderCached, svgCache, type SvgSize } from './charts';

export interface ChartSvg {
	svg: string;
	/** Empty when not asked for (static pictures like sparklines use the light one in both schemes). */
	svgDark: string;
	label: string;
}

export function chartSvg(
	series: IndicatorSeries,
	kind: ChartKind,
	p: {
		lang: Lang;
		version: number;
		year?: number | null;
		overlayYear?: number | null;
		dark?: boolean;
		/** Title drawn inside the picture (files and embeds); pages have their own heading. */
		title?: boolean;
		/** Defaults to CHART_SIZE[kind]. */
		size?: SvgSize;
	}
): ChartSvg {
	const opts = { lang: p.lang, year: p.year ?? undefined, overlayYear: p.overlayYear ?? null, ssr: true, title: p.title ?? false };
	const size = p.size ?? CHART_SIZE[kind];
	const key = (theme: 'light' | 'dark') =>
		chartCacheKey({ kind, code: series.indicator.code, lang: p.lang, version: p.version, theme, year: p.year ?? null, overlayYear: p.overlayYear ?? null, title: p.title });
	return {
		svg: renderCached(key('light'), () => CHART_BUILDERS[kind](series, opts), size),
		svgDark: p.dark === false ? '' : renderCached(key('dark'), () => CHART_BUILDERS[kind](series, { ...opts, theme: 'dark' }), size),
		label: cachedText(`${key('light')}|label`, () => describeChart(series, kind, opts))
	};
}

/** Only the text alternative (for an <img> whose picture comes from /charts/CODE.svg). */
export function chartText(series: IndicatorSeries, kind: ChartKind, lang: Lang, version: number): string {
	const key = chartCacheKey({ kind, code: series.indicator.code, lang, version, theme: 'light' });
	return cachedText(`${key}|label`, () => describeChart(series, kind, { lang, ssr: true }));
}

/** The text alternative is as costly as a small render; it depends on the same key, so cache it too. */
function cachedText(key: string, build: () => string): string {
	let text = svgCache.get(key);
	if (text === undefined) svgCache.set(key, (text = build()));
	return text;
}
