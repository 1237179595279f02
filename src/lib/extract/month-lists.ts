// 暑期7、8两个月 · 10、11、12三个月: months listed with their count (N个月) are one span, from the first day of the first
// to the last day of the last (a flow summed over them), never the year so far named before.
import { interval, key, smallNum } from './calendar';

// 7、8两个月 · 七、八月份 · 7月和8月 · 6、7、8月: months listed (digits or numerals, 、 or 和/与/及 between) and closed by a count
// of months or by 月(份) — not a list whose figures are given 分别, one to each month.
const MON = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';
const AND = '(?:、|和|与|及)';
export const MONTH_LIST_RE = new RegExp(
	`(?:(\\d{4})年|(今年|本年))?${MON}(?:月份?)?${AND}(?:(?:\\d{1,2}|十[一二]?|[一二三四五六七八九])(?:月份?)?${AND})*${MON}(?:(?:月份?)?(?:这|這)?[两二三四五六七八九十]个月|月份?(?![\\d日号至到\\-—~]))(?![^,;。!?\\n\\r]*分别)`,
	'y'
);

/** The span of the months listed; without their count, only with a year or opening a clause, as a bare month is
 * (在11月及12月连续两个月突破100万人次 names when a bound was passed). */
export function monthList(m: RegExpExecArray, y: number, opens = true): string | null {
	const [a, b] = [smallNum(m[3]!), smallNum(m[4]!)];
	if (!(a >= 1 && b <= 12 && a < b)) return null;
	if (!/个月$/.test(m[0]) && !m[1] && !m[2] && !opens) return null;
	// 今年3月份和7月份,我局分别完成了…: two months apart, not counted as a run of months, are two times within the year,
	// and what the sentence counts is the year's.
	if (!/个月$/.test(m[0]) && !monthsRun(m[0])) return String(y);
	return interval(y, a, 1, b, new Date(Date.UTC(y, b, 0)).getUTCDate());
}

/** Every month of the list is the one after the month before it (6、7、8月 · 七、八月份). */
function monthsRun(list: string): boolean {
	const months = [...list.replace(/^(?:\d{4}年|今年|本年)/, '').matchAll(/\d{1,2}|十[一二]?|[一二三四五六七八九]/g)].map((x) => smallNum(x[0]));
	return months.every((n, k) => k === 0 || n === months[k - 1]! + 1);
}

// 7月及10月则分别有A及B: months written each with 月 and given 分别 are one month for each figure, in order.
export const MONTH_EACH_RE = new RegExp(`(?:(\\d{4})年|(今年|本年))?(?:\\d{1,2}月份?${AND})+\\d{1,2}月份?(?![\\d日号至到\\-—~])(?=[^,;。!?\\n\\r]{0,4}分别)`, 'y');
export function monthEach(m: RegExpExecArray, y: number, opens: boolean): string | null {
	if (!m[1] && !m[2] && !opens) return null;
	const months = [...m[0].replace(/^\d{4}年/, '').matchAll(/(\d{1,2})月/g)].map((x) => +x[1]!);
	return months.every((n) => n >= 1 && n <= 12) ? months.map((n) => key(`${y}年${n}月`)).join('|') : null;
}

// 今年七八月份 (the source of fixture 432 writes it so): two numerals side by side, the second the month after the first.
export const MONTH_PAIR_RE = /(?:(\d{4})年|(今年|本年))?(?<![十\d〇零一二三四五六七八九])([一二三四五六七八九])([二三四五六七八九十])月份?(?![\d日号至到\-—~])/y;
export function monthPair(m: RegExpExecArray, y: number, opens: boolean): string | null {
	return smallNum(m[4]!) === smallNum(m[3]!) + 1 ? monthList(m, y, opens) : null;
}

// 用两年时间集中攻坚,…新建厕所1841座 · 用3年时间实现…72227人脱贫: a task given a number of years from the report's year
// is a span over those years (fixtures 398, 410), and what it names is a target.
export const YEARS_TIME_RE = /()()用(\d|[一二两三四五六七八九十])年(?:的)?时间/y;
const SMALL: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
export function yearsTime(m: RegExpExecArray, date: string): string | null {
	const n = /\d/.test(m[3]!) ? +m[3]! : SMALL[m[3]!]!;
	const y = +date.slice(0, 4);
	return n >= 2 ? key(`${y}-01-01/${y + n - 1}-12-31`) : null;
}
// 未来三年这一数字将增至200家 · 今后五年…达到…: a level said to be reached N years ahead is a target of the report's year + N
// (过去三年 looks back: no horizon).
export const YEARS_AHEAD_RE = /()()(?:未来|今后)(\d|[一二两三四五六七八九十])年(?:内|间|里)?/y;
// 未来三年上述合作伙伴将累计为湖北引客不低于3.38亿人次 (fixture 800): what is to be summed (累计) over the years ahead is a
// flow over their span, from next January to the last year's end (as 用3年时间 is a span, fixture 398), not a level.
const SUMMED_AHEAD_RE = /^[^,;。!?\n\r]*?(?:累计|共计|总计)/;
export function yearsAhead(m: RegExpExecArray, date: string): string | null {
	const n = /\d/.test(m[3]!) ? +m[3]! : SMALL[m[3]!]!;
	if (n < 1 || n > 10) return null;
	const y = +date.slice(0, 4);
	const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 40);
	return n >= 2 && SUMMED_AHEAD_RE.test(after) ? key(`${y + 1}-01-01/${y + n}-12-31`) : String(y + n);
}
/** The period mention is such a span or horizon: its figures are a target. */
export const isYearsTime = (folded: string, start: number): boolean => /^(?:用\S{1,2}年(?:的)?时间|(?:未来|今后)\S{1,2}年)/.test(folded.slice(start, start + 6));
