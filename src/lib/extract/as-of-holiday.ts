// 国庆长假…。截至10月7日18时,全省…七天累计接待游客994.46万人次 · 2022年元旦假日期间…。…截至1月3日17时,…共接到…2起:
// a cut-off time (a day, often with its hour) inside a holiday the text has named is when the count was taken, not its
// period: the figures are the holiday's so far, from its first day to that day, and the whole holiday on its last day.
import type { PeriodMention } from './periods';
import { addDays, HOLIDAY_START, holidayStart, midAutumnBefore, midAutumnInside, officialDays } from './calendar';
import { forwardTo } from './scan';

const HOLIDAY_KEY_RE = /^(\d{4})-([a-z-]+)$/;
const SPAN_RE = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;
const CN_N: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
// 七天累计 · 8天长假: the length of the holiday, stated.
const DAYS_RE = /(\d{1,2}|[两二三四五六七八九十])天/;

/** First and last day (ISO) of a holiday key of the text: its days as stated (N天) or as usually set for that year. */
export function holidayDays(key: string, stated: number | null): [string, string] | null {
	const span = SPAN_RE.exec(key);
	if (span) {
		const days = (Date.parse(span[2]!) - Date.parse(span[1]!)) / 864e5;
		return days >= 1 && days <= 9 ? [span[1]!, span[2]!] : null;
	}
	const hk = HOLIDAY_KEY_RE.exec(key);
	if (!hk) return null;
	const y = +hk[1]!;
	const joined = hk[2] === 'national-day' ? midAutumnBefore(y) : null;
	const first = joined ?? holidayStart(hk[2]!, y);
	if (!first) return null;
	// 国庆 and 春节 are a week (国庆 joined with 中秋 eight days; 春节 2024–2026 longer), 五一 five days from 2020 (four in
	// 2019), the others three.
	const usual = officialDays(hk[2]!, y) ?? (hk[2] === 'national-day' ? (joined || midAutumnInside(y) ? 8 : 7) : hk[2] === 'spring-festival' ? 7 : hk[2] === 'labour-day' ? (y >= 2020 ? 5 : y === 2019 ? 4 : 3) : 3);
	return [first, addDays(first, (stated ?? usual) - 1)];
}

const HOLIDAY_NAMES: Record<string, RegExp> = {
	'spring-festival': /春节|除夕|大年|正月/,
	qingming: /清明/,
	'labour-day': /五一|劳动节/,
	'dragon-boat': /端午/,
	'mid-autumn': /中秋/,
	'national-day': /国庆|十一/
};

/**
 * 春节前夕,…。截至1月22日15时,全省累计接待… · 春节假日第三天,…。截至2月17日下午4时,全省累计…: with no holiday mention
 * before it (the text names the holiday only in passing), a running total (累计) to an hour of a day 1–8 days into a
 * holiday the text names counts from that holiday's first day.
 */
// 截至2月16日15:00,…共接待游客537.6万人次 (fixture 533): the hour may be written with a colon, and 共接待 · 共实现 total the
// days so far as 累计 does.
function namedInText(folded: string, p: PeriodMention, clause: string): string | null {
	if (!/^(?:上午|下午|晚上|早上|晚)?\d{1,2}(?:时|点|:\d{2})/.test(folded.slice(p.end, p.end + 6)) && !/\d{1,2}(?:时|点)$/.test(folded.slice(p.start, p.end))) return null;
	if (!/累计|共(?:接待|实现)/.test(clause)) return null;
	const day = p.key!.slice(0, 10);
	const y = +day.slice(0, 4);
	for (const kind of Object.keys(HOLIDAY_START)) {
		const start = holidayStart(kind, y);
		if (!start || !HOLIDAY_NAMES[kind]!.test(folded)) continue;
		const days = (Date.parse(day) - Date.parse(start)) / 864e5;
		if (days >= 1 && days <= 8) return `${start}/${day}`;
	}
	return null;
}

/**
 * For each 截至 day inside the days of the holiday (or holiday span) named last before it, the period its figures count
 * for: the holiday itself when the day is its last, else the span from its first day to that day. A day that is the
 * holiday's first, a day named as a day of the holiday (国庆假期第三天,截至10月3日15时), and an hour data were published at
 * (截至10月7日21时,已有25个省份公布…) stay as they are.
 */
export function holidaySoFar(folded: string, periods: readonly PeriodMention[]): Map<PeriodMention, PeriodMention> {
	const out = new Map<PeriodMention, PeriodMention>();
	periods.forEach((p, k) => {
		if (!p.day || !p.key || !/(?:截至|截止到?)$/.test(folded.slice(Math.max(0, p.start - 3), p.start)) || /^当[天日]/.test(folded.slice(p.start, p.end))) return;
		const sentStart = Math.max(folded.lastIndexOf('。', p.start), folded.lastIndexOf('\n', p.start), folded.lastIndexOf(';', p.start)) + 1;
		if (periods.slice(0, k).some((q) => q.day && q.start >= sentStart)) return;
		const clause = folded.slice(p.end, forwardTo(folded, p.end, /[。!?;\n\r]/));
		if (/公布|发布|第[一二三四五六七八九十\d]{1,2}[天日]|首日|当[天日]/.test(clause)) return;
		// 2月17日全国旅游接待…。春节假日前三天,…累计…。截至17日下午4时,全国电影票房达8.14亿元: a day the text reports
		// as a day is that day's count so far, unless 累计 says the count runs on from before it (截至1月22日15时,全省累计…
		// after 1月22日是大年初一: from 除夕); and the first days of a holiday (前三天) are no holiday of their own.
		if (!/累计/.test(clause) && periods.slice(0, k).some((q) => q.day && q.key === p.key)) return;
		const named = periods.slice(0, k).filter((q) => !q.day && !q.keys && q.key !== null && (HOLIDAY_KEY_RE.test(q.key) || SPAN_RE.test(q.key)));
		if (named.length === 0) {
			const k = namedInText(folded, p, clause);
			if (k) out.set(p, { ...p, day: false, key: k });
			return;
		}
		const found = holidayOf(folded, named, p.key.slice(0, 10), clause);
		if (found) out.set(p, { ...p, day: false, key: found });
	});
	return out;
}

/**
 * The period a 截至 day counts for, from the holidays and spans named before it, last first: 黄金周(10月1日至7日)…
 * 10月1日至5日每天…。截至10月7日,…累计: a span named later that ends before the day (the first five days) is passed
 * over for the one the day falls in.
 */
function holidayOf(folded: string, named: readonly PeriodMention[], day: string, clause: string): string | null {
	for (let j = named.length - 1; j >= 0; j--) {
		const hol = named[j]!;
		const n = DAYS_RE.exec(clause)?.[1] ?? DAYS_RE.exec(folded.slice(hol.end, hol.end + 4))?.[1];
		const days = holidayDays(hol.key!, n === undefined ? null : /\d/.test(n) ? +n : CN_N[n]!);
		if (!days) return null;
		if (day <= days[0]) return null;
		if (day > days[1] && SPAN_RE.test(hol.key!) && j > 0) continue;
		if (day > days[1]) return null;
		return day === days[1] ? hol.key! : `${days[0]}/${day}`;
	}
	return null;
}
