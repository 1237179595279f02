// 同比 chart: this year's periods against the same periods a year earlier (bars), the YoY % from the
// derived series (line, second axis), optionally an earlier base year. Pure: the page, the .svg endpoint
// and the briefing all call this, so they draw the same numbers the table shows.
import type { Provenance } from '../domain/model';
import { comparePeriods, periodLabel, sameLastYear, type Period } from '../domain/period';
import type { IndicatorSeries, SeriesRow } from '../domain/series';
import { formatGrowth, type Locale } from '../format/number';
import {
	axisStyle,
	defaultYear,
	frame,
	markFormatter,
	periodOf,
	periodsOfYear,
	footNote,
	quantityFormatter,
	rowIndex,
	yearsBack,
	type ChartOpts,
	type PointMeta
} from './common';
import type { BarSeries, ChartOption, LineSeries } from './echarts';
import { barItemStyle, palette, pointStyle, worstProvenance } from './style';
import { axisValue, byKind, chartTitle, indicatorName, pointLabel, provenanceMark, quantity, sentences, shortPeriodLabel, tx, yoyPhrase } from './text';

/** One x position: the period and what is known about it this year, last year and in the overlay year. */
export interface YoyPoint {
	period: Period;
	current: SeriesRow | null;
	previous: SeriesRow | null;
	overlay: SeriesRow | null;
	/** rows' yoy (a fraction), exactly as the table shows it. */
	yoy: number | null;
	yoyProvenance: Provenance;
}

export interface YoyModel {
	year: number | null;
	yearly: boolean;
	overlayYear: number | null;
	points: YoyPoint[];
}

/** The x-axis periods: the whole year's grid for months/quarters/halves, the years present for yearly data. */
function xPeriods(series: IndicatorSeries, year: number): Period[] {
	const kind = series.primaryKind;
	if (!kind) return [];
	const grid = periodsOfYear(kind, year);
	if (grid) return grid;
	if (kind === 'year') return series.rows.filter((r) => r.period.kind === 'year' && r.period.year <= year).map((r) => r.period);
	// ytd/holiday/interval as the main kind: the like periods seen this year or last, in calendar order.
	const seen = new Map<string, Period>();
	for (const r of series.rows) {
		if (r.period.kind !== kind) continue;
		if (r.period.year === year) seen.set(r.period.key, r.period);
		else if (r.period.year === year - 1) {
			const p = periodOf(yearsForward(r.period));
			if (p && p.year === year) seen.set(p.key, p);
		}
	}
	return [...seen.values()].sort(comparePeriods);
}

/** The key of the like period one year later (sameLastYear's inverse for keys that start with the year). */
function yearsForward(p: Period): string {
	return p.kind === 'interval'
		? `${p.start!.replace(/^\d{4}/, (y) => String(+y + 1))}/${p.end!.replace(/^\d{4}/, (y) => String(+y + 1))}`
		: p.key.replace(/^\d{4}/, (y) => String(+y + 1));
}

export function yoyModel(series: IndicatorSeries, opts: ChartOpts): YoyModel {
	const year = defaultYear(series, opts);
	const yearly = series.primaryKind === 'year';
	const overlayYear = !yearly && year != null && opts.overlayYear != null && opts.overlayYear < year ? opts.overlayYear : null;
	if (year == null) return { year, yearly, overlayYear, points: [] };
	const rows = rowIndex(series);
	const points = xPeriods(series, year).map((period): YoyPoint => {
		const current = rows.get(period.key) ?? null;
		const previous = rows.get(sameLastYear(period).key) ?? null;
		const overlay = overlayYear != null ? (rows.get(yearsBack(period, year - overlayYear).key) ?? null) : null;
		const yoy = current?.yoy ?? null;
		// A YoY the source states is a reported figure even when its base was derived from it.
		const yoyProvenance =
			current?.provenance === 'reported' && current.yoyReported != null
				? 'reported'
				: worstProvenance([current?.provenance, previous?.provenance]);
		return { period, current, previous, overlay, yoy, yoyProvenance };
	});
	return { year, yearly, overlayYear, points };
}

function yearName(year: number, lang: Locale): string {
	return periodLabel({ key: String(year), kind: 'year', year, index: 0 }, lang);
}

function seriesNames(m: YoyModel, lang: Locale): { current: string; previous: string } {
	if (m.yearly || m.year == null) return { current: tx('thisYear', lang), previous: tx('lastYear', lang) };
	const wrap = (word: string, y: number) => (lang === 'zh-CN' ? `${word}(${yearName(y, lang)})` : `${word} (${yearName(y, lang)})`);
	return { current: wrap(tx('thisYear', lang), m.year), previous: wrap(tx('lastYear', lang), m.year - 1) };
}

/** The text alternative: every period with a figure, both years, the YoY, and what is demo or derived. */
export function describeYoy(series: IndicatorSeries, m: YoyModel, lang: Locale): string {
	const zh = lang === 'zh-CN';
	const name = indicatorName(series, lang);
	const unit = series.indicator.unit;
	if (m.year == null || m.points.every((p) => !p.current && !p.previous)) {
		return zh ? `${name}同比图:暂无数据。` : `${name}, year on year: no data.`;
	}
	const kind = series.primaryKind ?? 'year';
	const intro = m.yearly
		? zh ? `${name}同比图,${byKind(kind, lang)}与上年对比。` : `${name}, year on year, ${byKind(kind, lang)}.`
		: zh
			? `${name}同比图,${yearName(m.year, lang)}与${yearName(m.year - 1, lang)}${byKind(kind, lang)}对比。`
			: `${name}, year on year: ${m.year} against ${m.year - 1} ${byKind(kind, lang)}.`;
	const q = (r: SeriesRow | null) => (r ? quantity(r.value, unit, r.qualifier, r.provenance, lang) : tx('noData', lang));
	const lines = m.points
		.filter((p) => p.current || p.previous || p.overlay)
		.map((p) => {
			const label = periodLabel(p.period, lang);
			const parts = zh ? [`${label}${p.current ? q(p.current) : tx('noData', lang)}`, `上年同期${q(p.previous)}`] : [`${label}: ${q(p.current)}`, `same period last year ${q(p.previous)}`];
			if (p.overlay && m.overlayYear != null) parts.push(zh ? `${yearName(m.overlayYear, lang)}同期${q(p.overlay)}` : `${m.overlayYear} ${q(p.overlay)}`);
			if (p.yoy != null) parts.push(yoyPhrase(p.yoy, lang) + provenanceMark(p.yoyProvenance, lang));
			return zh ? `${parts.join(',')}。` : `${parts.join('; ')}.`;
		});
	const present = new Set(m.points.flatMap((p) => [p.current, p.previous, p.overlay].map((r) => r?.provenance)));
	const notes: string[] = [];
	if (present.has('demo')) notes.push(zh ? '图中演示数据以斜纹标出,非通报数字。' : 'Demo figures, not from the report, are hatched.');
	if (present.has('derived')) notes.push(zh ? '推算值以点纹和虚线边框标出。' : 'Derived figures have dotted fill and a dashed outline.');
	return sentences([intro, ...lines, ...notes], lang);
}

export function yoyChart(series: IndicatorSeries, opts: ChartOpts): ChartOption {
	const { lang } = opts;
	const pal = palette(opts.theme);
	const m = yoyModel(series, opts);
	const unit = series.indicator.unit;
	const names = seriesNames(m, lang);
	const labels = m.points.map((p) => (m.yearly ? periodLabel(p.period, lang) : shortPeriodLabel(p.period, lang)));

	const bars = (pick: (p: YoyPoint) => SeriesRow | null, name: string, color: string, labelled = false): BarSeries => {
		const rows = m.points.map(pick);
		const meta: (PointMeta | null)[] = rows.map((r) => (r ? { qualifier: r.qualifier, provenance: r.provenance } : null));
		const provs = new Set(rows.flatMap((r) => (r ? [r.provenance] : [])));
		// One pattern for the whole series when every bar is demo: a pattern per bar cost a tenth of a render.
		// (The legend keeps a plain swatch: frame() sets its itemStyle.) Derived bars keep their own style,
		// since their dashed outline would reach the legend swatch too.
		const uniform = provs.size === 1 && provs.has('demo') ? 'demo' : null;
		return {
			type: 'bar',
			name,
			itemStyle: { color, ...(uniform ? barItemStyle(uniform, color, pal) : undefined) },
			barMaxWidth: 28,
			// This year's figures are written on their bars (with 演示/推算 where it applies): the one number a
			// leader looks for, readable without a tooltip on a phone or in print.
			label: labelled
				? {
						show: true,
						position: 'top',
						fontSize: 11,
						color: pal.text,
						formatter: (p: { value: unknown; dataIndex: number }) =>
							typeof p.value === 'number'
								? pointLabel(p.value, unit, rows[p.dataIndex]?.qualifier ?? null, rows[p.dataIndex]?.provenance ?? null, lang)
								: ''
					}
				: undefined,
			// Missing figures are gaps (null), never zero bars. A figure whose bar looks like the series' own is
			// a plain number: ECharts builds a model per object item, a third of a server render for a year of months.
			data: uniform ? rows.map((r) => (r ? r.value : null)) : rows.map((r) => {
				const style = r ? barItemStyle(r.provenance, color, pal) : undefined;
				return r ? (style ? { value: r.value, itemStyle: style } : r.value) : null;
			}),
			tooltip: { valueFormatter: quantityFormatter(unit, meta, lang) }
		} as BarSeries;
	};

	const list: (BarSeries | LineSeries)[] = [];
	if (m.overlayYear != null) list.push(bars((p) => p.overlay, yearName(m.overlayYear, lang), pal.overlay));
	list.push(bars((p) => p.previous, names.previous, pal.lastYear));
	list.push(bars((p) => p.current, names.current, pal.thisYear, true));
	const yoyProv = m.points.map((p) => (p.yoy == null ? null : p.yoyProvenance));
	list.push({
		type: 'line',
		name: tx('yoy', lang),
		yAxisIndex: 1,
		color: pal.yoy,
		lineStyle: { color: pal.yoy, width: 2 },
		itemStyle: { color: pal.yoy },
		data: m.points.map((p) => (p.yoy == null ? null : { value: p.yoy * 100, ...pointStyle(p.yoyProvenance) })),
		tooltip: { valueFormatter: markFormatter((v) => formatGrowth(v / 100, lang), yoyProv, lang) }
	} as LineSeries);

	const present = new Set<Provenance>();
	for (const p of m.points) for (const r of [p.current, p.previous, p.overlay]) if (r) present.add(r.provenance);
	const axis = axisStyle(pal);
	return {
		...frame({
			opts,
			pal,
			description: describeYoy(series, m, lang),
			title: chartTitle(series, 'yoy', lang),
			note: footNote(unit, present, lang)
		}),
		xAxis: { type: 'category', data: labels, ...axis, axisLabel: { ...axis.axisLabel, hideOverlap: true } },
		yAxis: [
			{ type: 'value', ...axis, axisLabel: { ...axis.axisLabel, formatter: (v: number) => axisValue(v, lang) } },
			{
				type: 'value',
				...axis,
				splitLine: { show: false },
				axisLabel: { ...axis.axisLabel, formatter: (v: number) => formatGrowth(v / 100, lang) }
			}
		],
		series: list
	};
}
