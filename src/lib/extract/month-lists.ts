// 暑期7、8两个月 · 10、11、12三个月: months listed with their count (N个月) are one span, from the first day of the first
// to the last day of the last (a flow summed over them), never the year so far named before.
import { interval, key } from './calendar';

export const MONTH_LIST_RE = /(?:(\d{4})年|(今年|本年))?(\d{1,2})、(?:\d{1,2}、)*(\d{1,2})(?:月份?)?(?:这|這)?[两二三四五六七八九十]个月/y;

export function monthList(m: RegExpExecArray, y: number): string | null {
	const [a, b] = [+m[3]!, +m[4]!];
	if (!(a >= 1 && b <= 12 && a < b)) return null;
	return interval(y, a, 1, b, new Date(Date.UTC(y, b, 0)).getUTCDate());
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
/** The period mention is such a span: its figures are a target. */
export const isYearsTime = (folded: string, start: number): boolean => folded.startsWith('用', start) && /^用\S{1,2}年(?:的)?时间/.test(folded.slice(start, start + 6));
