// 今年 in a holiday report: once the text has named this year's holiday, a bare 今年 after it (观光局指出,今年民众出游仍以
// 户外赏景为主。各国家风景区的旅客人数达58万人) still speaks of that holiday, not of the whole year.
import type { PeriodMention } from './periods';

const HOLIDAY_KEY_RE = /^\d{4}-[a-z-]+$/;

/** Gives each bare 今年 the key of the holiday of the same year named last before it, when no other period came between. */
export function thisYearsHoliday(folded: string, periods: PeriodMention[]): void {
	periods.forEach((p, k) => {
		if (p.key === null || !/^\d{4}$/.test(p.key) || !/^今年$/.test(folded.slice(p.start, p.end))) return;
		const before = periods.slice(0, k).findLast((q) => q.key !== null && !q.day && !q.clause);
		if (before && HOLIDAY_KEY_RE.test(before.key!) && before.key!.startsWith(`${p.key}-`)) p.key = before.key;
	});
}

// 截至6月底,…实际完成投资419亿元…;今年已新开工项目44个: 今年已 (done this year so far) after a span from January named
// earlier in its paragraph counts to the end of that span, as 已有 counts to the report's month; past the paragraph, 今年
// is the year again (…\n一批项目即将投用:…总投资20亿元).
const SO_FAR_RE = /^\d{4}-(?:H1|Q1|YTD\d{2})$/;

/**
 * For each 今年 followed by 已, a mention of the span from January of the same year named last before it in its paragraph,
 * at the same place; it holds to the paragraph's end (soFarThisYear), the 今年 itself beyond.
 */
export function thisYearSoFar(folded: string, periods: PeriodMention[]): PeriodMention[] {
	const out: PeriodMention[] = [];
	periods.forEach((p, k) => {
		if (p.key === null || !/^\d{4}$/.test(p.key) || folded.slice(p.start, p.end) !== '今年' || folded[p.end] !== '已') return;
		const before = periods.slice(0, k).findLast((q) => q.key !== null && !q.day && !q.clause && !(q.key === p.key && folded.slice(q.start, q.end) === '今年'));
		if (before && SO_FAR_RE.test(before.key!) && before.key!.startsWith(`${p.key}-`) && !/[\n\r]/.test(folded.slice(before.end, p.start))) out.push({ ...p, key: before.key });
	});
	return out;
}

/** A 今年已 read as the span before it: it holds to the end of its paragraph only. */
export function soFarThisYear(folded: string, p: PeriodMention): boolean {
	return p.key !== null && SO_FAR_RE.test(p.key) && folded.slice(p.start, p.end) === '今年';
}
