// One or two sentences about an indicator's row in the report's own style (zh) or plain English, e.g.
// "2024年一季度,旅游接待人次210万人次,同比增长37.5%。" Every figure comes from the series' derived row (never
// recomputed here) and goes through the number helpers, so a narrative cannot disagree with the card,
// the table or a chart. Plain text only: callers escape for their context; nothing here builds markup.
import type { Status } from '../domain/metrics';
import type { Provenance } from '../domain/model';
import { periodLabel, sameLastYear, type Period } from '../domain/period';
import type { IndicatorSeries, SeriesRow, SeriesTarget } from '../domain/series';
import { t } from './messages';
import { formatDecimal, formatPercent, formatQuantity, type Locale } from './number';

export type NarrativeLang = Locale;

/** The status label used everywhere (the overview's message keys), so cards and narratives say the same. */
export function describeStatus(status: Status, lang: NarrativeLang): string {
	return t(`status.${status}`, lang);
}

/** Anything short of the row's own figure being reported is said so in the sentence that uses it. */
const MARK: Record<Exclude<Provenance, 'reported'>, { zh: string; en: string; enNoun: string }> = {
	derived: { zh: '推算值', en: 'derived', enNoun: 'derived figures' },
	demo: { zh: '演示数据', en: 'demo data', enNoun: 'demo data' }
};

/** Float noise allowance: a completion this close to time progress is exactly on it. */
const EPS = 1e-9;

interface Ctx {
	series: IndicatorSeries;
	lang: NarrativeLang;
	zh: boolean;
	byKey: Map<string, SeriesRow>;
}

/**
 * Sentences about `row` (default: the series' latest row). Without any row, the newest target is
 * described ("计划…", "target of … for …"); without a target either, one "no actual figure" sentence.
 */
export function narrate(series: IndicatorSeries, lang: NarrativeLang, row?: SeriesRow): string[] {
	const ctx: Ctx = { series, lang, zh: lang === 'zh-CN', byKey: new Map(series.rows.map((r) => [r.period.key, r])) };
	const r = row ?? series.latest;
	if (!r) return [targetOnly(ctx)];
	const second = targetSentence(ctx, r);
	return second ? [headline(ctx, r), second] : [headline(ctx, r)];
}

// ---------------------------------------------------------------- names, values, periods

function nameZh(ctx: Ctx): string {
	return ctx.series.indicator.nameZh;
}

/** The English name as it opens a sentence (falls back to the Chinese name when none was given). */
function nameEn(ctx: Ctx): string {
	return ctx.series.indicator.nameEn.trim() || ctx.series.indicator.nameZh;
}

/**
 * The English name inside a sentence: a plain capitalised first word is lower-cased ("Tourist arrivals"
 * → "tourist arrivals"); acronyms, brands and quoted names keep their case ("A-level…", "WeChat…", "“Zuimei…").
 */
export function nameInSentenceEn(name: string): string {
	const first = name.split(/\s/, 1)[0] ?? '';
	return /^[A-Z][a-z][a-z-]*$/.test(first) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

function qty(ctx: Ctx, value: number, qualifier: string | null): string {
	return formatQuantity(value, ctx.series.indicator.unit, qualifier, ctx.lang);
}

/** "In Q1 2024", but "During Spring Festival 2024" / "During 1 Jan – 15 Jun 2024" for windows. */
function whenEn(p: Period): string {
	const label = periodLabel(p, 'en');
	return p.kind === 'holiday' || p.kind === 'interval' ? `During ${label}` : `In ${label}`;
}

function wrapMarks(ctx: Ctx, marks: string[]): string {
	if (marks.length === 0) return '';
	return ctx.zh ? `(${marks.join(',')})` : ` (${marks.join('; ')})`;
}

// ---------------------------------------------------------------- first sentence: value and 同比

type Direction = 'up' | 'down' | 'flat';

interface YoyText {
	direction: Direction;
	/** Unsigned percent text ("37.5%"). */
	text: string;
	/** True when it is our computed 同比 (so its base row's provenance matters), false for the stated one. */
	computed: boolean;
}

/** The stated YoY wins (as written, up to two decimals); else the computed one to one decimal; else none. */
function yoyOf(ctx: Ctx, row: SeriesRow): YoyText | null {
	const stated = row.yoyReported;
	if (stated != null && Number.isFinite(stated)) {
		const text = `${formatDecimal(Math.abs(stated), ctx.lang, 2)}%`;
		const flat = text === `${formatDecimal(0, ctx.lang, 2)}%`;
		return { direction: flat ? 'flat' : stated > 0 ? 'up' : 'down', text, computed: false };
	}
	const yoy = row.yoy;
	if (yoy == null || !Number.isFinite(yoy)) return null; // no base, or a zero base: no 同比 clause at all
	const text = formatPercent(Math.abs(yoy), ctx.lang);
	// Judged on the figure as shown, so a sentence never reads "增长0%".
	const flat = text === formatPercent(0, ctx.lang);
	return { direction: flat ? 'flat' : yoy > 0 ? 'up' : 'down', text, computed: true };
}

function yoyClause(ctx: Ctx, y: YoyText): string {
	if (ctx.zh) return y.direction === 'flat' ? '与上年同期持平' : `同比${y.direction === 'up' ? '增长' : '下降'}${y.text}`;
	return y.direction === 'flat' ? 'unchanged year on year' : `${y.direction} ${y.text} year on year`;
}

function headline(ctx: Ctx, row: SeriesRow): string {
	const value = qty(ctx, row.value, row.qualifier);
	const yoy = yoyOf(ctx, row);
	const marks: string[] = [];
	if (row.provenance !== 'reported') marks.push(ctx.zh ? MARK[row.provenance].zh : MARK[row.provenance].en);
	if (yoy?.computed) {
		const base = ctx.byKey.get(sameLastYear(row.period).key);
		if (base && base.provenance !== 'reported' && base.provenance !== row.provenance) {
			const m = MARK[base.provenance];
			marks.push(ctx.zh ? `同比基期为${m.zh}` : `YoY base is ${m.en}`);
		}
	}
	const mark = wrapMarks(ctx, marks);
	if (ctx.zh) {
		return `${periodLabel(row.period, 'zh-CN')},${nameZh(ctx)}${value}${yoy ? `,${yoyClause(ctx, yoy)}` : ''}${mark}。`;
	}
	return `${whenEn(row.period)}, ${nameInSentenceEn(nameEn(ctx))} reached ${value}${yoy ? `, ${yoyClause(ctx, yoy)}` : ''}${mark}.`;
}

// ---------------------------------------------------------------- second sentence: target, 完成率, 序时进度

/** The target the row was measured against: its own period's, else its year's (as deriveSeries chose). */
function targetOf(ctx: Ctx, row: SeriesRow): { target: SeriesTarget | null; own: boolean } {
	const own = ctx.series.targets.find((t) => t.period.key === row.period.key);
	if (own) return { target: own, own: true };
	const annual = ctx.series.targets.find((t) => t.period.kind === 'year' && t.period.year === row.period.year);
	return { target: annual ?? null, own: false };
}

/** The rows a 累计 figure was made of (only those still in the series). */
function ytdParts(ctx: Ctx, row: SeriesRow): SeriesRow[] {
	return (row.ytd?.periods ?? []).flatMap((k) => {
		const r = k === row.period.key ? row : ctx.byKey.get(k);
		return r ? [r] : [];
	});
}

/** A sum keeps a qualifier its parts agree on (近+近 → 近); disagreeing qualifiers make it 约. */
function ytdQualifier(parts: SeriesRow[]): string | null {
	const qs = new Set(parts.map((p) => p.qualifier).filter((q): q is string => q != null));
	if (qs.size === 0) return null;
	return qs.size === 1 ? [...qs][0]! : '约';
}

/** Marks a 累计 by the provenance of what it adds up: all demo → (演示数据); some → (累计含演示数据). */
function ytdMark(ctx: Ctx, parts: SeriesRow[]): string {
	const provs = new Set(parts.map((p) => p.provenance));
	const other = (['demo', 'derived'] as const).filter((p) => provs.has(p));
	if (other.length === 0) return '';
	if (provs.size === 1) return wrapMarks(ctx, [ctx.zh ? MARK[other[0]!].zh : MARK[other[0]!].en]);
	return wrapMarks(ctx, [
		ctx.zh ? `累计含${other.map((p) => MARK[p].zh).join('、')}` : `year to date includes ${other.map((p) => MARK[p].enNoun).join(' and ')}`
	]);
}

function rowMark(ctx: Ctx, row: SeriesRow): string {
	return row.provenance === 'reported' ? '' : wrapMarks(ctx, [ctx.zh ? MARK[row.provenance].zh : MARK[row.provenance].en]);
}

/** "高于序时进度0.8个百分点" / "0.8 percentage points behind time progress (41.7%)", agreeing with row.status. */
function paceClause(ctx: Ctx, row: SeriesRow, completion: number, progress: number): string {
	const d = (completion - progress) * 100;
	const shown = formatDecimal(Math.abs(d), ctx.lang, 1);
	const tiny = shown === formatDecimal(0, ctx.lang, 1); // rounds to 0 but is not exactly on the line
	const amount = tiny ? (ctx.zh ? `不足${formatDecimal(0.1, ctx.lang)}` : `less than ${formatDecimal(0.1, ctx.lang)}`) : shown;
	const tp = formatPercent(progress, ctx.lang);
	const side: 'behind' | 'ahead' | 'level' = row.status === 'behind' ? 'behind' : d > EPS ? 'ahead' : 'level';
	if (ctx.zh) {
		if (side === 'level') return '与序时进度持平';
		return `${side === 'behind' ? '低于' : '高于'}序时进度${amount}个百分点`;
	}
	if (side === 'level') return `in line with time progress (${tp})`;
	const unit = shown === formatDecimal(1, ctx.lang, 1) && !tiny ? 'percentage point' : 'percentage points';
	return `${amount} ${unit} ${side === 'behind' ? 'behind' : 'ahead of'} time progress (${tp})`;
}

function targetSentence(ctx: Ctx, row: SeriesRow): string | null {
	if (row.target == null || !Number.isFinite(row.target)) return null;
	const { target, own } = targetOf(ctx, row);
	// A holiday figure says nothing about an annual target (deriveSeries gives it no 完成率 either).
	if (!own && row.period.kind === 'holiday') return null;
	const qualifier = target && target.value === row.target ? target.qualifier : null;
	const T = qty(ctx, row.target, qualifier);
	const annual = !own || target?.period.kind === 'year';
	const prefix = ctx.zh ? (annual ? '年度目标' : '本期目标') : annual ? 'Annual target' : 'Target for the period';
	const c = row.completion;
	if (c == null || !Number.isFinite(c)) return ctx.zh ? `${prefix}为${T}。` : `${prefix}: ${T}.`;
	const Y = formatPercent(c, ctx.lang);
	const up = ctx.series.indicator.direction === 'up';

	if (!own && ctx.series.indicator.kind === 'flow' && row.ytd) {
		// A flow against its annual target: 累计 versus the target, and versus how much of the year has passed.
		const parts = ytdParts(ctx, row);
		const X = qty(ctx, row.ytd.value, parts.length > 0 ? ytdQualifier(parts) : null);
		const mark = ytdMark(ctx, parts);
		const tp = row.timeProgress;
		if (!up) {
			// A ceiling: say where it stands without calling more spending "ahead".
			const pace = tp != null ? (ctx.zh ? `,序时进度为${formatPercent(tp, ctx.lang)}` : ` (time progress ${formatPercent(tp, ctx.lang)})`) : '';
			return ctx.zh ? `累计${X},为年度目标的${Y}${pace}${mark}。` : `Year to date: ${X}, ${Y} of the annual target${pace}${mark}.`;
		}
		if (row.status === 'achieved') {
			return ctx.zh ? `累计完成${X},已完成年度目标(${Y})${mark}。` : `Year to date: ${X}, annual target achieved (${Y})${mark}.`;
		}
		const pace = tp != null ? paceClause(ctx, row, c, tp) : '';
		if (ctx.zh) return `累计完成${X},完成年度目标的${Y}${pace ? `,${pace}` : ''}${mark}。`;
		return `Year to date: ${X}, ${Y} of the annual target${pace ? `, ${pace}` : ''}${mark}.`;
	}

	// A level against its target, or any figure against its own period's target: the value itself is compared.
	const mark = rowMark(ctx, row);
	if (!up) return ctx.zh ? `${prefix}为${T},实际为目标的${Y}${mark}。` : `${prefix}: ${T}; the actual is ${Y} of it${mark}.`;
	if (row.status === 'achieved') return ctx.zh ? `${prefix}为${T},已完成(${Y})${mark}。` : `${prefix}: ${T}, achieved (${Y})${mark}.`;
	return ctx.zh ? `${prefix}为${T},完成${Y}${mark}。` : `${prefix}: ${T}, ${Y} reached${mark}.`;
}

// ---------------------------------------------------------------- nothing reported yet

function targetOnly(ctx: Ctx): string {
	const target = ctx.series.targets.at(-1);
	if (!target) return ctx.zh ? `${nameZh(ctx)}暂无实际数。` : `${nameEn(ctx)}: no actual figure yet.`;
	const T = qty(ctx, target.value, target.qualifier);
	if (ctx.zh) {
		const label = periodLabel(target.period, 'zh-CN');
		return ctx.series.indicator.kind === 'flow'
			? `计划${label}完成${nameZh(ctx)}${T},暂无实际数。`
			: `计划${label}${nameZh(ctx)}达到${T},暂无实际数。`;
	}
	return `${nameEn(ctx)}: target of ${T} for ${periodLabel(target.period, 'en')}; no actual figure yet.`;
}
