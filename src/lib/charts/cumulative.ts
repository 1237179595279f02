// 累计 vs target chart: year-to-date actual by month against the annual target, the even path to it
// (target × m/12) and a vertical mark at 序时进度. Levels (stock, rate) are drawn as values, not sums.
import type { Provenance } from '../domain/model';
import { parsePeriod, periodEnd, periodLabel, type Period } from '../domain/period';
import type { IndicatorSeries, SeriesRow } from '../domain/series';
import { formatPercent, formatQuantity, type Locale } from '../format/number';
import {
	axisStyle,
	defaultYear,
	frame,
	niceCeil,
	periodsOfYear,
	footNote,
	quantityFormatter,
	rowIndex,
	type ChartOpts,
	type PointMeta
} from './common';
import type { ChartOption, LineSeries } from './echarts';
import { palette, pointStyle, worstProvenance } from './style';
import { axisValue, chartTitle, indicatorName, paceGap, pointLabel, quantity, sentences, shortPeriodLabel, tx } from './text';

export interface CumulativePoint {
	month: number;
	/** The row the point comes from (a level is labelled by it; a total by its January–month span). */
	period: Period;
	value: number;
	qualifier: string | null;
	provenance: Provenance;
}

export interface CumulativeModel {
	year: number | null;
	flow: boolean;
	months: Period[];
	/** One per month that ends a known period; months in between are gaps. */
	points: (CumulativePoint | null)[];
	target: number | null;
	/** The newest regular row of the year: its 完成率, 序时进度 and status are what the table shows. */
	latest: SeriesRow | null;
}

const MONTH_ALIGNED = new Set(['month', 'quarter', 'half', 'ytd', 'year']);

export function cumulativeModel(series: IndicatorSeries, opts: ChartOpts): CumulativeModel {
	const year = defaultYear(series, opts);
	const flow = series.indicator.kind === 'flow';
	if (year == null) return { year, flow, months: [], points: [], target: null, latest: null };
	const months = periodsOfYear('month', year) ?? [];
	const rows = rowIndex(series);
	const inYear = series.rows.filter((r) => r.period.year === year && MONTH_ALIGNED.has(r.period.kind));
	const chosen = new Map<number, SeriesRow>();
	for (const r of inYear) {
		const m = periodEnd(r.period)?.month;
		if (m === undefined || (flow && !r.ytd)) continue;
		const had = chosen.get(m);
		// Rows are in calendar order (a month before the quarter ending with it); the primary kind wins a tie.
		if (!had || (had.period.kind !== series.primaryKind && r.period.kind === series.primaryKind)) chosen.set(m, r);
	}
	const points = months.map((_, i): CumulativePoint | null => {
		const r = chosen.get(i + 1);
		if (!r) return null;
		if (!flow) return { month: i + 1, period: r.period, value: r.value, qualifier: r.qualifier, provenance: r.provenance };
		const ytd = r.ytd!;
		const parts = ytd.periods.map((k) => rows.get(k));
		return {
			month: i + 1,
			period: r.period,
			value: ytd.value,
			// A qualifier (近, 超) only carries over when the total is that one figure.
			qualifier: parts.length === 1 ? (parts[0]?.qualifier ?? null) : null,
			provenance: worstProvenance(parts.map((p) => p?.provenance))
		};
	});
	const target = series.targets.find((t) => t.period.kind === 'year' && t.period.year === year)?.value ?? null;
	const latest = inYear.filter((r) => r.timeProgress != null).at(-1) ?? null;
	return { year, flow, months, points, target, latest };
}

/** "2024年1-5月" / "Jan–May 2024": the span a year-to-date figure covers. */
function spanLabel(year: number, month: number, lang: Locale): string {
	const key = month === 1 ? `${year}-01` : month === 12 ? `${year}` : `${year}-YTD${String(month).padStart(2, '0')}`;
	const p = parsePeriod(key);
	return p.ok ? periodLabel(p.value, lang) : key;
}

function progressMonth(latest: SeriesRow | null): number | null {
	if (latest?.timeProgress == null) return null;
	return Math.min(12, Math.max(1, Math.round(latest.timeProgress * 12)));
}

/** The text alternative: the latest year-to-date figure, the target, 完成率 against 序时进度. */
export function describeCumulative(series: IndicatorSeries, m: CumulativeModel, lang: Locale): string {
	const zh = lang === 'zh-CN';
	const name = indicatorName(series, lang);
	const unit = series.indicator.unit;
	const intro = m.flow
		? zh ? `${name}累计完成与年度目标。` : `${name}, year to date against the annual target.`
		: zh ? `${name}与年度目标。` : `${name} against the annual target.`;
	const last = [...m.points].reverse().find((p) => p != null) ?? null;
	if (m.year == null || !last) {
		const tgt = m.target != null ? (zh ? `年度目标${formatQuantity(m.target, unit, null, lang)}。` : `Annual target ${formatQuantity(m.target, unit, null, lang)}.`) : '';
		return sentences([intro, zh ? '暂无实际数据。' : 'No actual figures yet.', tgt], lang);
	}
	const value = quantity(last.value, unit, last.qualifier, last.provenance, lang);
	const where = m.flow ? spanLabel(m.year, last.month, lang) : periodLabel(last.period, lang);
	const actual = zh ? `${where}${m.flow ? '累计' : ''}${value}` : `${where}${m.flow ? ' total' : ''}: ${value}`;
	if (m.target == null) return sentences([intro, zh ? `${actual};未设年度目标。` : `${actual}; no annual target set.`], lang);
	const parts = [actual, zh ? `年度目标${formatQuantity(m.target, unit, null, lang)}` : `annual target ${formatQuantity(m.target, unit, null, lang)}`];
	const r = m.latest;
	if (r?.completion != null) {
		const done = formatPercent(r.completion, lang);
		if (r.status === 'achieved') parts.push(zh ? `完成年度目标的${done},已完成目标` : `${done} of the target, achieved`);
		else if (r.timeProgress != null) {
			const tp = formatPercent(r.timeProgress, lang);
			parts.push(zh ? `完成年度目标的${done},序时进度${tp},${paceGap(r.completion, r.timeProgress, lang)}` : `${done} of the target with ${tp} of the year elapsed, ${paceGap(r.completion, r.timeProgress, lang)}`);
		} else parts.push(zh ? `完成年度目标的${done}` : `${done} of the target`);
	}
	const notes: string[] = [];
	const present = new Set(m.points.map((p) => p?.provenance));
	if (present.has('demo')) notes.push(zh ? '含演示数据,非通报数字。' : 'Includes demo data, not from the report.');
	if (present.has('derived')) notes.push(zh ? '含推算值。' : 'Includes derived figures.');
	return sentences([intro, zh ? `${parts.join(',')}。` : `${parts.join('; ')}.`, ...notes], lang);
}

export function cumulativeChart(series: IndicatorSeries, opts: ChartOpts): ChartOption {
	const { lang } = opts;
	const pal = palette(opts.theme);
	const m = cumulativeModel(series, opts);
	const unit = series.indicator.unit;
	const labels = m.months.map((p) => shortPeriodLabel(p, lang));
	const meta: (PointMeta | null)[] = m.points.map((p) => (p ? { qualifier: p.qualifier, provenance: p.provenance } : null));
	const pm = progressMonth(m.latest);
	const last = [...m.points].reverse().find((p) => p != null) ?? null;
	const progressText = m.latest?.timeProgress != null ? formatPercent(m.latest.timeProgress, lang) : '';

	const actual: LineSeries = {
		type: 'line',
		name: tx(m.flow ? 'ytd' : 'level', lang),
		color: pal.thisYear,
		lineStyle: { color: pal.thisYear, width: 2.5 },
		itemStyle: { color: pal.thisYear },
		// Quarterly data has points only at 3, 6, 9, 12: join them; monthly gaps stay gaps.
		connectNulls: series.primaryKind !== 'month',
		// The newest figure is written beside its point (the 序时进度 line runs through it vertically).
		data: m.points.map((p) =>
			p
				? {
						value: p.value,
						...pointStyle(p.provenance),
						label: p === last ? { show: true, position: p.month >= 11 ? 'left' : 'right', color: pal.text, formatter: pointLabel(p.value, unit, p.qualifier, p.provenance, lang) } : undefined
					}
				: null
		),
		tooltip: { valueFormatter: quantityFormatter(unit, meta, lang) },
		markLine:
			pm != null
				? {
						symbol: ['none', 'none'],
						silent: true,
						lineStyle: { color: pal.progress, type: 'dashed', width: 1.5 },
						label: { color: pal.progress, position: 'insideEndTop', formatter: lang === 'zh-CN' ? `${tx('progress', lang)}${progressText}` : `${progressText} ${tx('progress', lang)}` },
						data: [{ xAxis: labels[pm - 1] }]
					}
				: undefined
	};
	const list: LineSeries[] = [actual];
	if (m.target != null) {
		const target = m.target;
		const text = `${tx('target', lang)}${lang === 'zh-CN' ? '' : ' '}${formatQuantity(target, unit, null, lang)}`;
		if (m.flow) {
			list.push({
				type: 'line',
				name: tx('evenPath', lang),
				color: pal.target,
				symbol: 'none',
				lineStyle: { color: pal.target, type: 'dashed', width: 1.5 },
				data: m.months.map((_, i) => (target * (i + 1)) / 12),
				tooltip: { valueFormatter: quantityFormatter(unit, [], lang) }
			});
		}
		// The target line lives on its own (empty) series so the legend can toggle it by name.
		list.push({
			type: 'line',
			name: tx('target', lang),
			color: pal.target,
			data: [],
			markLine: {
				symbol: ['none', 'none'],
				silent: true,
				lineStyle: { color: pal.target, type: 'solid', width: 2 },
				label: { color: pal.target, position: 'insideStartTop', formatter: text },
				data: [{ yAxis: target }]
			}
		});
	}
	const values = m.points.flatMap((p) => (p ? [p.value] : []));
	const top = m.target != null ? niceCeil(Math.max(m.target, ...values) * 1.08) : undefined;
	const axis = axisStyle(pal);
	return {
		...frame({
			opts,
			pal,
			description: describeCumulative(series, m, lang),
			title: chartTitle(series, 'cumulative', lang),
			note: footNote(unit, new Set(m.points.flatMap((p) => (p ? [p.provenance] : []))), lang)
		}),
		xAxis: { type: 'category', boundaryGap: false, data: labels, ...axis, axisLabel: { ...axis.axisLabel, hideOverlap: true } },
		yAxis: {
			type: 'value',
			min: values.every((v) => v >= 0) ? 0 : undefined,
			// markLine values do not widen the axis: without this a target above the data would be cut off.
			max: top,
			...axis,
			axisLabel: { ...axis.axisLabel, formatter: (v: number) => axisValue(v, lang) }
		},
		series: list
	};
}
