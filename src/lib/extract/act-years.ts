// A year written inside a clause, naming when something happened or which edition of an event is meant
// (宝箴塞景区今年开放后首次迎来黄金周 · 文山州2021年文化和自然遗产日活动暨…在…举行): no period for the figures after it.
import type { PeriodMention } from './periods';

const YEAR_WORD_RE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年$|^(?:今年|本年)$/;
// 开放后 · 建成开业以后: the time of an act.
const ACT_AFTER_RE = /^[\u4e00-\u9fff]{1,6}?(?:以后|之后|后)/;
// …遗产日活动暨… · …文化节在…举行: the edition of an event, named before what is done with it.
const EVENT_RE = /^[^,;。!?:\n\r]{0,24}?(?:活动|节|赛|展|会|嘉年华)(?:暨|在|于|举办|举行|开幕|启动|期间|正式)/;

// 将于2018年底或2019年基本完成的有11项: a year a thing is due by, in a clause that names the things (…完成的), is a due date;
// the count is of those things now, not of that year (将于2019年完成投资5亿元, a plan for the year, is not such a clause).
const DUE_BEFORE_RE = /(?:将|拟|计划|预计|力争|争取)(?:于|在)[^,;。!?\n\r]{0,12}$/;
const DUE_AFTER_RE = /^(?:底|末|年底|年内|前)?[^,;。!?\n\r\d]{0,10}?(?:完成|解决|建成|落实|办结|到位|整改)的/;

// 在2014年全国旅游工作会议上说,预计全年…: the year in a meeting's name (在…会议上, 会上) names the meeting, not the period of
// what is said at it.
const MEETING_RE = /^[^,;。!?:\n\r\d]{0,24}?会(?:议)?上/;
/** The year phrase at start…end opens the name of a meeting something is said at (在2014年全国旅游工作会议上). */
export function meetingYear(s: string, start: number, end: number): boolean {
	return s[start - 1] === '在' && YEAR_WORD_RE.test(s.slice(start, end)) && MEETING_RE.test(s.slice(end, end + 30));
}

/** The year is said inside a clause (after its subject) of no figures, of an act or an event, or is a due date: not a period. */
export function yearOfAct(s: string, p: PeriodMention): boolean {
	if (!p.key || !/^\d{4}$/.test(p.key) || !YEAR_WORD_RE.test(s.slice(p.start, p.end))) return false;
	if (!/[\u4e00-\u9fff]/.test(s[p.start - 1] ?? '')) return false;
	if (meetingYear(s, p.start, p.end)) return true;
	if (DUE_BEFORE_RE.test(s.slice(Math.max(0, p.start - 16), p.start)) && DUE_AFTER_RE.test(s.slice(p.end, p.end + 16))) return true;
	const rest = s.slice(p.end, p.end + 80);
	const clause = rest.slice(0, rest.search(/[,;。!?\n\r]|$/));
	if (/\d/.test(clause)) return false;
	return ACT_AFTER_RE.test(clause) || EVENT_RE.test(clause);
}

// 以2015年的数据看,山东省国庆黄金周旅游收入达到392.1亿元,已高于今年的榜首四川: a year named as the source of the data
// (以/从/按/据 N年的数据看) scopes its sentence: a period after it that names no year of its own (国庆黄金周) is of that year
// there; the sentences after it go back to the report's year, and that period carries on as the text named it.
const SOURCE_YEAR_RE = /(?:以|从|按|据)(\d{4})年的?(?:统计)?(?:数据|数字|情况)(?:来)?看/g;
const YEAR_WRITTEN_RE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年|^(?:今年|本年|去年|上年|前年|同年)/;

/** The source years of the text (at, end, year), for `sourceYearKey`. */
export const sourceYears = (s: string): { at: number; end: number; year: string }[] => [...s.matchAll(SOURCE_YEAR_RE)].map((m) => ({ at: m.index, end: m.index + m[0].length, year: m[1]! }));

/** The key of `p` for a figure at `at`, under a source year led in the figure's sentence (from `sentStart`) before `p`; else null. */
export function sourceYearKey(s: string, leads: readonly { at: number; end: number; year: string }[], p: PeriodMention, sentStart: number, at: number): string | null {
	const lead = leads.findLast((l) => l.at >= sentStart && l.end <= at);
	if (!lead || p.key === null || p.start < lead.end || !/^\d{4}-[a-z-]+$|^\d{4}-(?:H\d|Q\d|\d{2})$/.test(p.key) || YEAR_WRITTEN_RE.test(s.slice(p.start, p.end))) return null;
	return `${lead.year}${p.key.slice(4)}`;
}
