// 前三季度投入资金319.6亿元,…,目前已开(复)工项目152个。呼兰区…的投资完成率分别为197.6%…: a bare 目前 (当前, 现已) that
// breaks into a paragraph whose period was stated before it is said of its own sentence; the sentences after it go back
// to the period of the paragraph.
import type { PeriodMention } from './periods';
import { anyIn, backTo, forwardTo, sentenceEnd } from './scan';
import { sinceNewYear } from './this-year';

// 今年以来,…不断充实。目前全省在库文旅项目1292个,…。各州(市)…新策划…文旅项目600个: a 今年以来 lead in an earlier sentence
// is no period whose account 目前 breaks into; the 目前 rules the rest of its paragraph (fixtures 547, 155).
export function nowInterrupts(folded: string, periods: readonly PeriodMention[], p: PeriodMention): boolean {
	if (!p.asOf || !/^(?:目前|当前|现已)$/.test(folded.slice(p.start, p.end))) return false;
	const ls = folded.lastIndexOf('\n', p.start - 1) + 1;
	const last = periods.findLast((q) => q.start >= ls && q.end <= p.start && q.key !== null && !q.asOf);
	if (last && sinceNewYear(folded, last) && /[。!?]/.test(folded.slice(last.end, p.start))) return false;
	return last !== undefined || nowAfterCampaign(folded, periods, p, ls);
}

// 3月份以来,全国共检查…。\n专项整治中,…。目前,各地已责令376家…。根据线索,…查处69家: a 目前 inside a later paragraph
// (not opening it), after a period stated in an earlier paragraph, breaks into that period's account as it does inside
// one paragraph (fixture 417); the sentences after it go back to that period.
function nowAfterCampaign(folded: string, periods: readonly PeriodMention[], p: PeriodMention, ls: number): boolean {
	if (!/[。!?]/.test(folded.slice(ls, p.start))) return false;
	const last = periods.findLast((q) => q.end <= ls && q.key !== null && !q.asOf);
	return last !== undefined;
}

/** Whether such a 目前 still holds at `at` (its own sentence only). */
export const nowReaches = (folded: string, p: PeriodMention, at: number): boolean => at <= sentenceEnd(folded, p.end);

// 目前…共可提供客房28800间;去年前11个月,全澳酒店场所平均入住率为82.5%: a period that is a clause of its own (a lead set
// off by commas or a semicolon on both sides) names the period of the clauses after it; 目前 ends there (fixture 663).
const leadsClauses = (folded: string, p: PeriodMention): boolean => /[,;]/.test(folded[p.start - 1] ?? '') && folded[p.end] === ',';

// 目前,金沙滩已铺设完成3.1公里,预计2020年5月全面对外开放;…酒店共4层,建筑面积3万平米,…预计2020年5月完工;…入选2020年
// 全国优选…项目,…用地288亩: a period named after 目前 in its sentence, in a clause that states no figure (when a work is due,
// the year of a list it joined), dates that clause only; 目前 carries on to the figures of the clauses after it.
export function clausesUnderNow(folded: string, periods: readonly PeriodMention[], figureStarts: readonly number[]): Set<PeriodMention> {
	const out = new Set<PeriodMention>();
	let now: PeriodMention | undefined; // the last 目前 before the period at hand
	for (const p of periods) {
		if (p.asOf) now = p;
		if (p.key === null || p.asOf) continue;
		if (!now || /[。!?\n\r]/.test(folded.slice(now.end, p.start)) || leadsClauses(folded, p)) continue;
		const a = backTo(folded, p.start, /[,;。!?\n\r]/, 0);
		const b = forwardTo(folded, p.end, /[,;。!?\n\r]/);
		if (!anyIn(figureStarts, a, b)) out.add(p);
	}
	return out;
}
