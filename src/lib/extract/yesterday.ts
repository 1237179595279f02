// 截至昨日上午十一时,今年入境旅客已突破二千万人次: a count to yesterday (an hour may follow) of this year runs from
// 1 January to the day before the report; the news item is dated the day it appears.
import { addDays } from './calendar';

// 截至昨日(8日)下午5时 · 截止昨天,澳门今年累计…: the day in brackets, and a few words before 今年, may come between.
export const TO_YESTERDAY_RE = /截[至止](?:昨[日天])(?:\([^()]{1,8}\))?(?:[上下]午|早上|晚上)?(?:[\d〇零一二三四五六七八九十]{1,3}[时点](?:[\d〇零一二三四五六七八九十]{1,3}分)?)?,?[^,;。!?\n\r\d]{0,8}?(?:今年|本年)(?:以来)?/y;

/** The span from 1 January of the report's year to the day before it (ISO dates), or null on 1 January. */
export function toYesterday(date: string): string | null {
	const y = addDays(date, -1);
	return y.slice(0, 4) === date.slice(0, 4) ? `${date.slice(0, 4)}-01-01/${y}` : null;
}

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
