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
