// 治安警昨日表示,截至同日上午十一时,入境旅客突破二千万人次: a count to a day named relative to the report (昨日, 同日 after
// 昨日) with no period named before it is the year so far, from January 1 to that day (as 今年截至12月15日 is).
import type { PeriodMention } from './periods';
import { addDays } from './calendar';
import { anyIn, backTo, sentenceEnd, sentenceStart } from './scan';

// 截至昨日上午十一时,今年入境旅客已突破二千万人次: a count to yesterday (an hour may follow) of this year runs from
// 1 January to the day before the report; the news item is dated the day it appears.

// 截至昨日(8日)下午5时 · 截止昨天,澳门今年累计…: the day in brackets, and a few words before 今年, may come between.
export const TO_YESTERDAY_RE = /截[至止](?:昨[日天])(?:\([^()]{1,8}\))?(?:[上下]午|早上|晚上)?(?:[\d〇零一二三四五六七八九十]{1,3}[时点](?:[\d〇零一二三四五六七八九十]{1,3}分)?)?,?[^,;。!?\n\r\d]{0,8}?(?:今年|本年)(?:以来)?/y;

/** The year so far up to `day` (ISO), as a span key: null when `day` falls in another year than the report's. */
function yearSoFar(day: string, date: string): string | null {
	return day.slice(0, 4) === date.slice(0, 4) ? `${day.slice(0, 4)}-01-01/${day}` : null;
}

/** The span from 1 January of the report's year to the day before it, or null on 1 January. */
export const toYesterday = (date: string): string | null => yearSoFar(addDays(date, -1), date);

/**
 * 截至昨日…,今年入境旅客已突破二千万人次…;…今年提前了二十六日。: a bare 今年 later in the paragraph of such a span is the
 * same year so far, not the whole year, so the paragraphs after it keep the span.
 */
export function thisYearToYesterday(folded: string, periods: { start: number; end: number; key: string | null }[]): void {
	let span: { start: number; key: string } | null = null;
	for (const p of periods) {
		TO_YESTERDAY_RE.lastIndex = p.start;
		if (p.key && TO_YESTERDAY_RE.test(folded)) span = { start: p.start, key: p.key };
		else if (span && p.key === span.key.slice(0, 4) && folded.slice(p.start, p.end) === '今年' && !/[\n\r]/.test(folded.slice(span.start, p.start))) p.key = span.key;
	}
}

const AS_OF_RE = /截[至止](昨日|同日|今日)/g;

/** Year-to-date spans for 截至昨日 · 截至同日 (after 昨日 in its sentence) · 截至今日, where the body names no period before. */
export function yearToRelativeDay(s: string, periods: readonly PeriodMention[], bodyStart: number, date: string): PeriodMention[] {
	const out: PeriodMention[] = [];
	for (const m of s.matchAll(AS_OF_RE)) {
		if (m.index < bodyStart || periods.some((p) => p.start >= bodyStart && p.start < m.index && p.key !== null)) continue;
		const sent = s.slice(backTo(s, m.index, /[。!?\n\r]/, bodyStart), m.index);
		const day = m[1] === '今日' ? date : m[1] === '昨日' || /昨日|昨天/.test(sent) ? addDays(date, -1) : null;
		const key = day && yearSoFar(day, date);
		if (key) out.push({ start: m.index, end: m.index + m[0].length, key, asOf: false });
	}
	return out;
}

// 截至9月20日,各地已设立旅游警察机构437家 (fixture 415): what exists by a day (已设立, 已建成, 已有, 共有), not a running
// total (累计), is a stock as of that day's month, as 已有 and 目前 take the report month (SOURCES.md).
// Like 目前, it holds for its own sentence only (spans.ts marks it so).
// 截至2024年6月30日,全国旅行社总数为60833家 (fixture 475): the total number of places or things (家, 个…) there are is
// such a stock too; 游客总数 (人次) is a flow and is not.
const STOCK_AFTER_RE = /^,?[^,;。!?\n\r\d累]{0,12}?(?:已(?:设立|建成|建立|组建|成立|设置|开通|有|拥有)|共有|现有|总数(?:为|是|达到?)?(?:约|近|超过)?[\d.]+[万亿]?(?:家|个|座|所|处|支|条|艘|辆))/;
/** The month of a 截至 day (mention `p`, key a one-day span) when a stock said to exist by then follows it; else null. */
export function stockAsOfDay(s: string, p: PeriodMention): string | null {
	return p.key && STOCK_AFTER_RE.test(s.slice(p.end, p.end + 40)) ? p.key.slice(0, 7) : null;
}

// 今天是黄金周的头一天…。\n通报称,截至17时,全国…接待游客206.66万人次…。…今年的接待高峰比往年来得更早,假日市场开局良好。\n…
// 棋盘山接待3.89万人次 (fixture 611): a bulletin on one day of a holiday (today said to be that day, or a count to an hour of
// the report's own day) reports that day; a bare word for the holiday or the year (假日 · 今年) in a later remark that
// states no figure does not take the figures after it back to the whole holiday.
const TODAY_BEFORE_RE = /(?:今天|今日|当天)(?:是|为|正是|正值)?$/;
const HOUR_CUT_RE = /^截[至止][^日]*[时点]/;
const HOLIDAY_KEY_RE = /^(\d{4})-[a-z-]+$/;

// “五一”假期第二天,全省…当日接待游客297.38万人次…。\n纳入监测的旅游区共339家,接待游客270.95万人次 (fixture 690): a day that
// opens the body, with at most the holiday's name before it, is the day the whole bulletin reports, as 今天是…第N天 is (a day
// singled out later, 其中5月1日当天, is not).
const BODY_DAY_LEAD_RE = /^\s*(?:(?:今天|今日)(?:是|为)?)?$/;
// (1月5日,全市召开… · 2024年3月1日,…签约: a date opening the body says when something was done, not a holiday's day reported.)
const HOLIDAY_DAY_RE = /(?:第(?:[一二三四五六七八九十]|\d{1,2})[天日]|首日|头一天|当[天日])$/;

/** The mentions of the day a bulletin reports: 今天是…第N天 · 截至17时 (the report's own day) · a day opening the body. */
export function reportDays(folded: string, periods: readonly PeriodMention[], date: string, bodyStart: number): Set<PeriodMention> {
	const today = `${date}/${date}`;
	const days = new Set(periods.filter((p) => p.day && p.key === today && (TODAY_BEFORE_RE.test(folded.slice(Math.max(0, p.start - 4), p.start)) || HOUR_CUT_RE.test(folded.slice(p.start, p.end)))));
	// 2015年春节旅游市场信息(2月18日) (title-day.ts): the title's day is the day the bulletin reports.
	for (const p of periods) if (p.start < bodyStart && !p.day && p.key && /^(\d{4}-\d{2}-\d{2})\/\1$/.test(p.key)) days.add(p);
	const first = periods.findIndex((p) => p.start >= bodyStart && !(p.key !== null && HOLIDAY_KEY_RE.test(p.key)));
	const p = periods[first];
	if (p?.day && p.key && HOLIDAY_DAY_RE.test(folded.slice(p.start, p.end)) && /^[,:]/.test(folded.slice(p.end, p.end + 1))) {
		let lead = folded.slice(bodyStart, p.start);
		for (const q of periods.slice(0, first)) if (q.start >= bodyStart) lead = lead.replace(folded.slice(q.start, q.end), '');
		if (BODY_DAY_LEAD_RE.test(lead.replace(/[“”"]/g, ''))) days.add(p);
	}
	return days;
}

/** Bare holiday (or year) mentions after a report day, of its year, in sentences that state no figure: remarks, no period. */
export function remarksAfterDay(folded: string, periods: readonly PeriodMention[], days: ReadonlySet<PeriodMention>, figureStarts: readonly number[]): Set<PeriodMention> {
	const out = new Set<PeriodMention>();
	const first = periods.find((p) => days.has(p));
	if (!first) return out;
	for (const p of periods) {
		if (p.start <= first.end || !p.key) continue;
		const hol = HOLIDAY_KEY_RE.exec(p.key);
		if ((hol ? hol[1] : p.key) !== first.key!.slice(0, 4)) continue;
		const a = sentenceStart(folded, p.start);
		const b = sentenceEnd(folded, p.end);
		if (!anyIn(figureStarts, a, b)) out.add(p);
	}
	return out;
}
