// Spans of days written without their month inside brackets (小平故里接待游客107050人次(1-7日为102550人次,…)): the
// days of the holiday, span or month named before them, read as an interval of their own.
import type { PeriodMention } from './periods';
import { holidayStart, interval } from './calendar';

const BRACKET_DAYS_RE = /(?<=\()(\d{1,2})日?(?:-|—|–|~|至|到)(\d{1,2})日(?=为|共|接待|实现|期间|,)/g;

/**
 * The year and the first day (ISO) of the period a bracketed span of days falls in: the holiday's official first day,
 * an interval's first day, a month's first day.
 */
function anchorOf(k: string): string | null {
	const hol = /^(\d{4})-([a-z-]+)$/.exec(k);
	if (hol) return holidayStart(hol[2]!, +hol[1]!);
	if (/^\d{4}-\d{2}-\d{2}\//.test(k)) return k.slice(0, 10);
	if (/^\d{4}-\d{2}$/.test(k)) return `${k}-01`;
	return null;
}

/** (1-7日为N…) after a holiday, span or month: the days as an interval, in the month they fall in after its start. */
export function bracketDaySpans(s: string, periods: readonly PeriodMention[], date: string): PeriodMention[] {
	const out: PeriodMention[] = [];
	for (const m of s.matchAll(BRACKET_DAYS_RE)) {
		const d1 = +m[1]!, d2 = +m[2]!;
		if (!(d1 >= 1 && d1 <= d2 && d2 <= 31)) continue;
		// A year (今年假日为8天) names no month: the last period before that does. A cut-off day (截至10月8日16:00,…(1-7日为…))
		// is no start the days run on from.
		const before = periods.findLast((p) => p.end <= m.index && p.key !== null && !p.day && anchorOf(p.key) !== null);
		const anchor = before ? anchorOf(before.key!) : `${date.slice(0, 7)}-01`;
		if (!anchor) continue;
		let y = +anchor.slice(0, 4), mo = +anchor.slice(5, 7);
		// 春节 from 31 January, (1-6日…): the days run on into the next month.
		if (d1 < +anchor.slice(8, 10)) [y, mo] = mo === 12 ? [y + 1, 1] : [y, mo + 1];
		const k = interval(y, mo, d1, mo, d2);
		if (k) out.push({ start: m.index, end: m.index + m[0].length, key: k, asOf: false });
	}
	out.push(...clauseDaySpans(s, periods, date));
	return out;
}

// 中秋假日…。据统计,19日至21日,全市共接待游客88万人次: a span of days without its month opening a clause is the days of
// the holiday (or span) named before it, else of the report's month, or of the month before when its days are still to come.
// 天津:蓟县1日至4日共接待…: also after a short subject (a place) that opens the clause (not 于3日至5日举办).
const CLAUSE_DAYS_RE = /(?<=(?:^|[\n\r,;。:])(?:[\u4e00-\u9fff]{1,4}(?<![于在从自至到和及与、]))?)(\d{1,2})日?(?:-|—|–|~|至|到)(\d{1,2})日(?![\d时点])/g;
function clauseDaySpans(s: string, periods: readonly PeriodMention[], date: string): PeriodMention[] {
	const out: PeriodMention[] = [];
	for (const m of s.matchAll(CLAUSE_DAYS_RE)) {
		const d1 = +m[1]!, d2 = +m[2]!;
		if (!(d1 >= 1 && d1 <= d2 && d2 <= 31)) continue;
		const before = periods.findLast((p) => p.end <= m.index && p.key !== null && !p.day && anchorOf(p.key) !== null);
		let anchor = before ? anchorOf(before.key!)! : `${date.slice(0, 7)}-01`;
		if (!before && d2 > +date.slice(8, 10)) {
			const [y0, m0] = [+date.slice(0, 4), +date.slice(5, 7)];
			anchor = m0 === 1 ? `${y0 - 1}-12-01` : `${y0}-${String(m0 - 1).padStart(2, '0')}-01`;
		}
		let y = +anchor.slice(0, 4), mo = +anchor.slice(5, 7);
		// (5月3日18时至5月4日18时…。蓟县1日至4日: days that reach into the span before are of its month.)
		if (d2 < +anchor.slice(8, 10)) [y, mo] = mo === 12 ? [y + 1, 1] : [y, mo + 1];
		const k = interval(y, mo, d1, mo, d2);
		if (k) out.push({ start: m.index, end: m.index + m[0].length, key: k, asOf: false });
	}
	return out;
}
