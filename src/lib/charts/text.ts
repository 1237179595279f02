// Chart wording by message key (zh-CN first, en second) and the number phrases shared by axis labels,
// tooltips and the aria descriptions, so every chart text is built from the same formatters.
import type { Provenance } from '../domain/model';
import { periodLabel, type Period, type PeriodKind } from '../domain/period';
import { formatCompact, formatDecimal, formatPercent, formatQuantity, UNIT_EN, type Locale } from '../format/number';
import type { IndicatorSeries } from '../domain/series';

const M = {
	thisYear: { 'zh-CN': '本年', en: 'This year' },
	lastYear: { 'zh-CN': '上年', en: 'Last year' },
	yoy: { 'zh-CN': '同比', en: 'YoY' },
	ytd: { 'zh-CN': '累计完成', en: 'Year to date' },
	level: { 'zh-CN': '实际值', en: 'Actual' },
	target: { 'zh-CN': '年度目标', en: 'Annual target' },
	evenPath: { 'zh-CN': '序时目标', en: 'Even pace to target' },
	progress: { 'zh-CN': '序时进度', en: 'of year elapsed' },
	demo: { 'zh-CN': '演示', en: 'demo' },
	derived: { 'zh-CN': '推算', en: 'derived' },
	noteDemo: { 'zh-CN': '斜纹:演示数据', en: 'Hatched: demo data' },
	noteDerived: { 'zh-CN': '点纹:推算值', en: 'Dotted: derived figure' },
	noData: { 'zh-CN': '暂无数据', en: 'no data' },
	titleYoy: { 'zh-CN': '同比', en: 'year on year' },
	titleCumulative: { 'zh-CN': '累计与目标', en: 'year to date vs target' },
	titleSparkline: { 'zh-CN': '走势', en: 'trend' }
} as const;

export type ChartTextKey = keyof typeof M;

export function tx(key: ChartTextKey, lang: Locale): string {
	return M[key][lang];
}

export function indicatorName(series: IndicatorSeries, lang: Locale): string {
	return lang === 'en' && series.indicator.nameEn ? series.indicator.nameEn : series.indicator.nameZh;
}

export type ChartKind = 'yoy' | 'cumulative' | 'sparkline';

/** "旅游接待人次 · 同比" / "Tourist arrivals · year on year": headings, embed titles, figure captions. */
export function chartTitle(series: IndicatorSeries, kind: ChartKind, lang: Locale): string {
	const key = kind === 'yoy' ? 'titleYoy' : kind === 'cumulative' ? 'titleCumulative' : 'titleSparkline';
	return `${indicatorName(series, lang)} · ${tx(key, lang)}`;
}

/** A period label without its year (一季度 / Q1, 3月 / Mar), for category axes where the year is in the legend. */
export function shortPeriodLabel(p: Period, lang: Locale): string {
	const full = periodLabel(p, lang);
	if (p.kind === 'year' || p.kind === 'interval') return full;
	return lang === 'zh-CN' ? full.replace(/^\d{4}年/, '') : full.replace(/ \d{4}$/, '');
}

/** Axis ticks: 210万 / 2.1M; the unit is the axis name so ticks stay short. */
export function axisValue(value: number, lang: Locale): string {
	return formatCompact(value, lang);
}

export function axisUnit(unit: string, lang: Locale): string {
	return lang === 'en' ? (UNIT_EN[unit] ?? unit) : unit;
}

/** "(演示)" / " (demo)" after a value that is not a reported figure. */
export function provenanceMark(p: Provenance | null | undefined, lang: Locale): string {
	if (p !== 'demo' && p !== 'derived') return '';
	return lang === 'zh-CN' ? `(${tx(p, lang)})` : ` (${tx(p, lang)})`;
}

export function quantity(value: number, unit: string, qualifier: string | null, provenance: Provenance | null, lang: Locale): string {
	return formatQuantity(value, unit, qualifier, lang) + provenanceMark(provenance, lang);
}

/** A figure written on the plot: compact, qualifier kept (超2.5万), unit left to the axis name, mark if not reported. */
export function pointLabel(value: number, unit: string, qualifier: string | null, provenance: Provenance | null, lang: Locale): string {
	return formatQuantity(value, unit === '%' ? '%' : '', qualifier, lang) + provenanceMark(provenance, lang);
}

/** 同比增长37.5% / up 37.5% year on year; a null growth has no base and says so. */
export function yoyPhrase(yoy: number | null, lang: Locale): string {
	const zh = lang === 'zh-CN';
	if (yoy == null || !Number.isFinite(yoy)) return zh ? '无同比' : 'no year-on-year base';
	if (yoy === 0) return zh ? '同比持平' : 'flat year on year';
	const pct = formatPercent(Math.abs(yoy), lang);
	if (zh) return `同比${yoy > 0 ? '增长' : '下降'}${pct}`;
	return `${yoy > 0 ? 'up' : 'down'} ${pct} year on year`;
}

/** 按季度 / by quarter: how the x-axis is divided, for the descriptions. */
export function byKind(kind: PeriodKind, lang: Locale): string {
	const zh: Record<string, string> = { quarter: '按季度', month: '按月', half: '按半年', year: '按年' };
	const en: Record<string, string> = { quarter: 'by quarter', month: 'by month', half: 'by half-year', year: 'by year' };
	return (lang === 'zh-CN' ? zh[kind] : en[kind]) ?? (lang === 'zh-CN' ? '按统计期' : 'by period');
}

/** "低于序时进度0.8个百分点" / "0.8 percentage points behind the time elapsed". */
export function paceGap(completion: number, progress: number, lang: Locale): string {
	const points = (completion - progress) * 100;
	const abs = formatDecimal(Math.abs(points), lang, 1);
	const zh = lang === 'zh-CN';
	if (abs === '0') return zh ? '与序时进度持平' : 'level with the time elapsed';
	if (zh) return `${points > 0 ? '高于' : '低于'}序时进度${abs}个百分点`;
	return `${abs} percentage points ${points > 0 ? 'ahead of' : 'behind'} the time elapsed`;
}

/** Joins description sentences; zh sentences end in 。 already, en ones in a full stop. */
export function sentences(parts: string[], lang: Locale): string {
	return parts.filter(Boolean).join(lang === 'zh-CN' ? '' : ' ');
}
