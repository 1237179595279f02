// Spans of a campaign that a report names by the month (or day) it started: 今年5月份起…为期3个月 is the N months from
// there; 今年3月专项行动启动以来 runs from that month to the report day (as 3月份以来 does); 两年来 runs back from the report
// day, from the month named earlier in the text in the year it reaches back to (2017年4月,…出台…\n两年来, fixture 422), else
// over the calendar years ending with the report's (as 用两年时间 does, fixtures 410, 549).
import { addDays, iso, key, smallNum } from './calendar';
import type { PeriodMention } from './periods';

const NUM = '\\d{1,2}|[一二两三四五六七八九十]{1,3}';
// 今年5月份起在全国开展、为期3个月的 · 自6月15日起,全省开展为期两个月的: a start and a length in months.
const TERM_RE = new RegExp(`(?:(\\d{4})年|今年)?(\\d{1,2})月份?(?:(\\d{1,2})日)?起[^。;!?\\n\\r\\d]{0,24}?为期(?:(${NUM})个月|半年)`, 'g');
// 今年3月专项行动启动以来: a month opening its clause, words of what started then, 以来 (no punctuation between).
const SINCE_MONTH_RE = /(?<=^|[,;。:!?\n\r])((\d{4})年|今年)?(\d{1,2})月份?(?!份)([\u4e00-\u9fff]{0,12}?)(?:以来|至今)/g;
// 两年来 · 三年以来: years counted back (not 一年来, a January review's year; not 举办5年来).
const YEARS_SINCE_RE = /(?<![\d第举办年])(\d|[两二三四五六七八九十]{1,2})年(?:来|以来)/g;
// 自2月2日我省开展…专项整治“利剑行动—1”以来: a day, then the act named at length (quotes, dashes), then 以来 (a short run
// of words alone is read by sinceLaunch in spans.ts).
const SINCE_DAY_RE = /[自从](?:(\d{4})年)?(\d{1,2})月(\d{1,2})日([^,;。!?\n\r]{1,30}?)(?:以来|至今)/g;
const MONTH_OF_YEAR_RE = /(\d{4})年(\d{1,2})月/g;

const p2 = (n: number): string => String(n).padStart(2, '0');

/** The campaign spans of `text` dated `date` that no period read already covers (each replaces the month read inside it). */
export function campaignSpans(text: string, out: PeriodMention[], date: string): PeriodMention[] {
	const year = +date.slice(0, 4);
	const free = (a: number, b: number): boolean => !out.some((p) => p.start < b && p.end > a && p.key?.includes('/'));
	const found: PeriodMention[] = [];
	const push = (a: number, b: number, from: string, to: string): void => {
		const k = from < to && from < date ? key(`${from}/${to}`) : null;
		if (k && free(a, b)) found.push({ start: a, end: b, key: k, asOf: false });
	};
	for (const m of text.matchAll(TERM_RE)) {
		const y = m[1] ? +m[1] : year, mo = +m[2]!, d = m[3] ? +m[3] : 1;
		push(m.index, m.index + m[0].length, iso(y, mo, d), addDays(iso(y, mo + (m[4] ? smallNum(m[4]) : 6), d), -1));
	}
	for (const m of text.matchAll(SINCE_MONTH_RE)) {
		// (a bare 3月份以来 is read by sinceLaunch in spans.ts)
		if (m[1] || m[4]) push(m.index, m.index + m[0].length, `${m[2] ?? year}-${p2(+m[3]!)}-01`, date);
	}
	for (const m of text.matchAll(SINCE_DAY_RE)) {
		const from = `${m[1] ?? year}-${p2(+m[2]!)}-${p2(+m[3]!)}`;
		// 4月15日至7月31日,…。自4月15日…措施施行以来: a span from that day stated before is the one meant (fixture 421).
		if (out.some((p) => p.end <= m.index && p.key?.startsWith(`${from}/`))) continue;
		if (!/^[\u4e00-\u9fff]{0,8}$/.test(m[4]!) && !/\d[年月日]/.test(m[4]!)) push(m.index, m.index + m[0].length, from, date);
	}
	for (const m of text.matchAll(YEARS_SINCE_RE)) {
		const n = smallNum(m[1]!);
		if (n < 2) continue;
		const named = [...text.slice(0, m.index).matchAll(MONTH_OF_YEAR_RE)].findLast((x) => +x[1]! === year - n);
		// 2009年,…。再加上今年…,两年来共… (a report of 2010): with no such month, the N calendar years ending with the report's.
		if (named) push(m.index, m.index + m[0].length, `${named[1]}-${p2(+named[2]!)}-01`, date);
		else push(m.index, m.index + m[0].length, `${year - n + 1}-01-01`, `${year}-12-31`);
	}
	return found;
}
