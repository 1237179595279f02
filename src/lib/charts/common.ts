// Pieces every chart builder shares: options, period grids, the frame (aria, tooltip, legend, notes)
// and plain-text tooltip formatters. Pure: no DOM, no server.
import type { Provenance } from '../domain/model';
import { parsePeriod, sameLastYear, type Period, type PeriodKind } from '../domain/period';
import type { IndicatorSeries, SeriesRow } from '../domain/series';
import type { Locale } from '../format/number';
import type { ChartOption } from './echarts';
import { FONT_FAMILY, type ChartTheme, type Palette } from './style';
import { axisUnit, provenanceMark, quantity, tx } from './text';

export interface ChartOpts {
	lang: Locale;
	/** The year shown; defaults to the year of the series' latest row. */
	year?: number;
	/** An earlier year drawn as extra bars (e.g. a 2019 base); ignored for yearly series. */
	overlayYear?: number | null;
	theme?: ChartTheme;
	/** Server render: no animation (there is no second frame). */
	ssr?: boolean;
	/** Draw the chart title inside the chart (embeds, .svg files, briefings); pages use their own heading. */
	title?: boolean;
}

export function periodOf(key: string): Period | null {
	const r = parsePeriod(key);
	return r.ok ? r.value : null;
}

const GRID: Partial<Record<PeriodKind, [string, number]>> = { month: ['', 12], quarter: ['Q', 4], half: ['H', 2] };

/** Every month, quarter or half of a year (the x-axis is the full year, so missing periods show as gaps). */
export function periodsOfYear(kind: PeriodKind, year: number): Period[] | null {
	const g = GRID[kind];
	if (!g) return null;
	const out: Period[] = [];
	for (let i = 1; i <= g[1]; i++) {
		const p = periodOf(g[0] ? `${year}-${g[0]}${i}` : `${year}-${String(i).padStart(2, '0')}`);
		if (p) out.push(p);
	}
	return out;
}

export function defaultYear(series: IndicatorSeries, opts: Pick<ChartOpts, 'year'>): number | null {
	return opts.year ?? series.latest?.period.year ?? series.rows.at(-1)?.period.year ?? null;
}

/** The like period `years` earlier (2024-Q1 → 2019-Q1). */
export function yearsBack(p: Period, years: number): Period {
	let q = p;
	for (let k = 0; k < years; k++) q = sameLastYear(q);
	return q;
}

export function rowIndex(series: IndicatorSeries): Map<string, SeriesRow> {
	return new Map(series.rows.map((r) => [r.period.key, r]));
}

/** The smallest "round" number ≥ x, so a target above every data point still gets a tidy top tick. */
export function niceCeil(x: number): number {
	if (!(x > 0) || !Number.isFinite(x)) return 1;
	const mag = 10 ** Math.floor(Math.log10(x));
	for (const f of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (f * mag >= x) return f * mag;
	return 10 * mag;
}

/** What a tooltip needs to know about each point beyond its number. */
export interface PointMeta {
	qualifier: string | null;
	provenance: Provenance | null;
}

/**
 * Tooltip text for a quantity series. valueFormatter returns plain text that ECharts escapes, unlike a
 * `formatter`, which would let data become HTML.
 */
export function quantityFormatter(unit: string, meta: (PointMeta | null)[], lang: Locale) {
	return (value: unknown, dataIndex: number): string => {
		if (typeof value !== 'number' || !Number.isFinite(value)) return tx('noData', lang);
		const m = meta[dataIndex];
		return quantity(value, unit, m?.qualifier ?? null, m?.provenance ?? null, lang);
	};
}

export function markFormatter(format: (v: number) => string, provenance: (Provenance | null)[], lang: Locale) {
	return (value: unknown, dataIndex: number): string =>
		typeof value === 'number' && Number.isFinite(value) ? format(value) + provenanceMark(provenance[dataIndex], lang) : tx('noData', lang);
}

/**
 * The line under the plot: the unit (axis names would collide with a wrapped legend on a phone, so the
 * unit lives here, as Chinese charts write 单位:人次) and what the patterns mean, for those drawn.
 */
export function footNote(unit: string, present: Set<Provenance>, lang: Locale): string {
	const parts: string[] = [];
	const u = axisUnit(unit, lang);
	if (u) parts.push(lang === 'zh-CN' ? `单位:${u}` : `Unit: ${u}`);
	if (present.has('demo')) parts.push(tx('noteDemo', lang));
	if (present.has('derived')) parts.push(tx('noteDerived', lang));
	return parts.join(lang === 'zh-CN' ? ';' : '; ');
}

/** Axis, aria, tooltip, legend and title settings common to the full-size charts. */
export function frame(args: { opts: ChartOpts; pal: Palette; description: string; title: string; note: string }): ChartOption {
	const { opts, pal, description, title, note } = args;
	const titles: NonNullable<ChartOption['title']> = [];
	if (opts.title) titles.push({ text: title, left: 0, top: 0, textStyle: { fontSize: 14, fontWeight: 'bold', color: pal.text } });
	if (note) titles.push({ text: note, left: 0, bottom: 2, textStyle: { fontSize: 11, fontWeight: 'normal', color: pal.muted } });
	return {
		animation: !opts.ssr,
		backgroundColor: 'transparent',
		textStyle: { fontFamily: FONT_FAMILY, color: pal.text },
		aria: { enabled: true, label: { enabled: true, description } },
		title: titles,
		// Wider gaps than the default: server text widths are estimated, and real fonts may run a little wider.
		// A plain swatch per series even when a series carries its pattern and opacity itself (all-demo bars).
		legend: { top: opts.title ? 24 : 0, left: 'center', itemGap: 16, itemWidth: 14, itemHeight: 10, textStyle: { color: pal.text }, itemStyle: { decal: 'none', opacity: 1 } },
		tooltip: {
			trigger: 'axis',
			confine: true,
			axisPointer: { type: 'shadow' },
			backgroundColor: pal.tooltipBg,
			borderColor: pal.tooltipBorder,
			textStyle: { color: pal.text }
		},
		// ECharts 6 only shrinks the grid when labels would leave the canvas, so the margins must hold a legend
		// wrapped onto two lines (top) and the x labels plus the note line (bottom).
		grid: { left: 8, right: 8, top: opts.title ? 72 : 48, bottom: note ? 44 : 24 }
	};
}

export function axisStyle(pal: Palette) {
	return {
		axisLine: { lineStyle: { color: pal.axis } },
		axisTick: { lineStyle: { color: pal.axis } },
		axisLabel: { color: pal.muted },
		splitLine: { lineStyle: { color: pal.split } },
		nameTextStyle: { color: pal.muted }
	};
}
