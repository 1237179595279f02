// Card sparkline: the last few values of the primary period kind, no axes or labels. Non-reported
// stretches are dashed and their points hollow; the card and the description say which are demo.
import type { Provenance } from '../domain/model';
import { periodLabel } from '../domain/period';
import type { IndicatorSeries, SeriesRow } from '../domain/series';
import type { Locale } from '../format/number';
import { defaultYear, type ChartOpts } from './common';
import type { ChartOption } from './echarts';
import { FONT_FAMILY, palette } from './style';
import { indicatorName, quantity, sentences } from './text';

export const SPARK_POINTS = 8;

/** The points drawn: primary-kind rows up to the end of the chosen year (a card filtered to 2023 shows no 2024). */
export function sparklineRows(series: IndicatorSeries, opts: Pick<ChartOpts, 'year'> = {}, count = SPARK_POINTS): SeriesRow[] {
	const kind = series.primaryKind;
	const year = defaultYear(series, opts);
	return series.rows.filter((r) => r.period.kind === kind && (year == null || r.period.year <= year)).slice(-count);
}

export function describeSparkline(series: IndicatorSeries, rows: SeriesRow[], lang: Locale): string {
	const zh = lang === 'zh-CN';
	const name = indicatorName(series, lang);
	const first = rows[0], last = rows.at(-1);
	if (!first || !last) return zh ? `${name}走势:暂无数据。` : `${name} trend: no data.`;
	const q = (r: SeriesRow) => quantity(r.value, series.indicator.unit, r.qualifier, r.provenance, lang);
	const span = zh
		? `${name}近${rows.length}期走势:${periodLabel(first.period, lang)}${q(first)},${periodLabel(last.period, lang)}${q(last)}。`
		: `${name}, last ${rows.length} periods: ${periodLabel(first.period, lang)} ${q(first)}; ${periodLabel(last.period, lang)} ${q(last)}.`;
	const kinds = new Set<Provenance>(rows.map((r) => r.provenance));
	const note = kinds.has('demo')
		? zh ? '含演示数据(虚线)。' : 'Includes demo data (dashed).'
		: kinds.has('derived') ? (zh ? '含推算值(虚线)。' : 'Includes derived figures (dashed).') : '';
	return sentences([span, note], lang);
}

export function sparkline(series: IndicatorSeries, opts: ChartOpts): ChartOption {
	const pal = palette(opts.theme);
	const rows = sparklineRows(series, opts);
	const reported = (r: SeriesRow | undefined) => r?.provenance === 'reported';
	// Two layers: a dashed line through every point, and a solid one through reported points only
	// (nulls break it), so a segment is solid exactly when both of its ends are reported.
	const dashed = rows.map((r, i) => ({
		value: r.value,
		symbol: i === rows.length - 1 ? 'circle' : reported(r) ? 'none' : 'emptyCircle',
		symbolSize: i === rows.length - 1 ? 5 : 3
	}));
	const solid = rows.map((r) => (reported(r) ? r.value : null));
	return {
		animation: false, // a sparkline is static in every context: movement would only distract in a grid of cards
		backgroundColor: 'transparent',
		textStyle: { fontFamily: FONT_FAMILY },
		aria: { enabled: true, label: { enabled: true, description: describeSparkline(series, rows, opts.lang) } },
		grid: { left: 3, right: 3, top: 3, bottom: 3 },
		xAxis: { type: 'category', show: false, boundaryGap: false, data: rows.map((r) => periodLabel(r.period, opts.lang)) },
		yAxis: { type: 'value', show: false, scale: true },
		series: [
			{ type: 'line', silent: true, color: pal.thisYear, lineStyle: { color: pal.thisYear, width: 1.5, type: [4, 3] }, data: dashed },
			{ type: 'line', silent: true, symbol: 'none', color: pal.thisYear, lineStyle: { color: pal.thisYear, width: 1.5 }, data: solid }
		]
	};
}
