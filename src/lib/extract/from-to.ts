// A level said to move from one figure to another: 比重由2005年的9.8%上升到10.6% · 贡献率由9.38%上升到12.8%.
// The first is the level of the year named after 由 (or of the one an earlier 由 in the sentence named), an actual; the
// second is the level of the sentence's own period (a forecast of 2010, say), with the sentence's role.
import type { RawFigure } from './figures';
import type { PeriodMention } from './periods';
import { sentenceStart } from './scan';
import { yearBefore } from './base-level';

// 从2005年的9.8%提高到10.6% · 由9.38%升至12.8%: 从 as 由; the end level may name its own year (增长到2023年的5万人次).
const FROM_RE = /[由从](?:[^,;。!?\n\r由从]{0,12}?的)?$/;
// 由去年11月的近266萬人次降至今年11月的近214萬人次 (fixture 778): the end level's year may name its month.
const TO_RE = /^(?:上升|提高|提升|增加|增长|成长|下降|降低|减少|扩大|缩小|增|升|降)(?:到|至)((?:\d{4}年|今年|本年)?(?:(?<=年)\d{1,2}月)?[^,;。!?\n\r\d]{0,8}?的)?$/;

/**
 * Re-dates the figures of 由A上升到B pairs in place (periodOf, listKey) and returns the indexes of the starting levels (A),
 * which are actuals.
 */
export function fromToLevels(s: string, figures: RawFigure[], periodOf: (PeriodMention | null)[], listKey: Map<number, string>, date: string): Set<number> {
	const from = new Set<number>();
	let last: { sentence: number; period: PeriodMention } | null = null;
	// 由2011年的18.9亿元提高到2016年的28.4亿元;财政收入由2.3亿元提高到4.3亿元: a pair that names both its years lends them to
	// the pairs after it that name none (while their first level still carries the first year).
	let years: { from: string | null; fromAt: PeriodMention | null; to: PeriodMention } | null = null;
	for (let i = 0; i + 1 < figures.length; i++) {
		const f = figures[i]!, g = figures[i + 1]!;
		const m = FROM_RE.exec(s.slice(Math.max(0, f.start - 16), f.start));
		const to = TO_RE.exec(s.slice(f.end, g.start));
		if (!m || !to) continue;
		const at = f.start - m[0].length;
		const sentence = sentenceStart(s, at);
		const stated = periodOf[i] && periodOf[i]!.start >= at ? periodOf[i]! : null;
		const period: PeriodMention | null = stated ?? lastYearLevel(m[0], at, periodOf[i] ?? null) ?? (last && last.sentence === sentence ? last.period : null);
		if (period) {
			periodOf[i] = period;
			listKey.delete(i);
			last = { sentence, period };
		}
		from.add(i);
		// B: the period of the sentence's first figure, when it stands before the 由 and is no starting level itself.
		const lead = figures.findIndex((h) => h.start >= sentence);
		// 增长到2023年的5万人次 · 成长到去年的130亿元: a year after 到 is read as a comparison base elsewhere; here it is the end
		// level's own.
		const own = to[1] ? ownYear(to[1], date) : null;
		// 近3年,…从3977.7万人次增加到5176.43万人次: the years of the span, first to last.
		const recent = periodOf[i];
		if (recent?.keys && !to[1] && recent.key?.includes('/')) {
			listKey.set(i, recent.keys[0]!);
			listKey.set(i + 1, recent.keys.at(-1)!);
			periodOf[i + 1] = recent;
			continue;
		}
		if (own) {
			const k = f.end + to[0].length - to[1]!.length;
			periodOf[i + 1] = { start: k, end: k + 5, key: own, asOf: false };
			listKey.delete(i + 1);
			years = { from: periodOf[i]?.key ?? null, fromAt: periodOf[i] ?? null, to: periodOf[i + 1]! };
		} else if (!to[1] && !stated && years && years.from !== null && (periodOf[i]?.key === years.from || (years.fromAt?.clause && (!periodOf[i] || periodOf[i]!.start < years.fromAt.start)))) {
			// (A starting level's year holds for its own clause only, fromLevelYear: a pair after it with no period stated since
			// still takes it from the pair that named it.)
			periodOf[i] = years.fromAt;
			periodOf[i + 1] = years.to;
			listKey.delete(i + 1);
		} else if (!to[1] && lead >= 0 && figures[lead]!.start < at && !from.has(lead)) {
			periodOf[i + 1] = periodOf[lead] ?? null;
			const k = listKey.get(lead);
			if (k !== undefined) listKey.set(i + 1, k);
			else listKey.delete(i + 1);
		}
	}
	return from;
}

const RELATIVE_YEARS: Record<string, number> = { 今年: 0, 本年: 0, 去年: 1, 上年: 1, 前年: 2 };

/** The year (and month) an end level names after 到 (2023年的 · 去年的 · 今年11月的), or null. */
function ownYear(words: string, date: string): string | null {
	const m = /^(?:(\d{4})年|(今年|本年|去年|上年|前年))(?:(\d{1,2})月)?/.exec(words);
	if (!m) return null;
	const year = m[1] ?? String(+date.slice(0, 4) - RELATIVE_YEARS[m[2]!]!);
	return m[3] && +m[3] >= 1 && +m[3] <= 12 ? `${year}-${m[3].padStart(2, '0')}` : year;
}

// 人均旅游消费由去年的877元提高到913元 (上半年): the older level is the year before the sentence's period.
// 占比由去年同期的67.8%升至70.18% (年初至12月29日): 同期 is the same span a year earlier.
function lastYearLevel(from: string, at: number, period: PeriodMention | null): PeriodMention | null {
	const m = /^[由从](?:去年|上年|上一年)(同期)?的$/.exec(from);
	if (!m || !period?.key || !/^\d{4}/.test(period.key)) return null;
	const k = m[1] ? yearBefore(period.key) : String(+period.key.slice(0, 4) - 1);
	return k ? { start: at + 1, end: at + 3, key: k, asOf: false, clause: true } : null;
}

// 北京…专项资金由2011年的1.5亿元增加到2012年的10亿元;福建省各地投入…约4.5亿元 (fixture 813) · 接待游客从2015年的2.8亿人次
// 增加到2019年的3.67亿人次 (814): the year of a starting level is that level's only; it holds for its clause and does not
// carry to the figures of the clauses and paragraphs after it.
const FROM_LEVEL_RE = /^(?:\d{1,2}月)?的(?:约|近)?\d[^,;。!?\n\r]*?(?:上升|提高|提升|增加|增长|成长|下降|降低|减少|扩大|缩小|增|升|降)(?:到|至)/;

/** The year mention from `start` to `end` in folded `text` dates the starting level of 由(从)N年的A增加到B. */
export function fromLevelYear(text: string, start: number, end: number): boolean {
	return /[由从]/.test(text[start - 1] ?? '') && FROM_LEVEL_RE.test(text.slice(end, end + 40));
}
