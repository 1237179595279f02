import type { PeriodMention } from './periods';

// A year review published in January (一年来,我市… · 全年送戏下乡57场, dated 2016-01-27) reports on the year that has just
// ended, as 去年 in such a report does (fixture 207): its 全年 and 一年来 are last year, when the text names no year of
// its own before them and the clause sets no goal (全年力争接待…, a plan for the new year, stays in the report's year).
const GOAL_RE = /力争|确保|力保|计划|目标|预计|将|要|拟/;

/** 全年 at `at` (its clause running on to `end`) in a report of `reportDate` that names no year: the year before, if a review. */
export function reviewedYear(text: string, end: number, reportDate: string): number | null {
	if (+reportDate.slice(5, 7) !== 1) return null;
	const clause = text.slice(end, end + 40).split(/[,;。!?\n\r]/)[0]!;
	return GOAL_RE.test(clause) ? null : +reportDate.slice(0, 4) - 1;
}

/** 一年来 · 过去一年 opening a January report: the year that has just ended (no period in other months). */
export const PAST_YEAR_RE = /()()(?:一年来|一年來|过去一年|过去的一年)/y;
export const pastYear = (_m: RegExpExecArray, _y: number, date: string): string | null => (+date.slice(5, 7) === 1 ? String(+date.slice(0, 4) - 1) : null);

/** 一年来 opening the body of a January review: the period of every point after it (一是…四是…). */
export const reviewLead = (folded: string, p: PeriodMention): boolean => /^(?:一年来|过去一年|过去的一年)$/.test(folded.slice(p.start, p.end));

// 《2017年旅游业统计公报》 published on 28 December 2018: a bulletin about a year gone by reports on that year, so a holiday
// it names with no year (春节黄金周期间, 国庆假期) is that year's, not the year it was published in.
const BULLETIN_RE = /(\d{4})年[^,;。!?\n\r\d]{0,16}?统计公报/;

/** The year a statistics bulletin of an earlier year than the report's is about, or null. */
export function bulletinYear(text: string, reportYear: number): number | null {
	const m = BULLETIN_RE.exec(text);
	return m && +m[1]! < reportYear ? +m[1]! : null;
}

// 丽水市文化馆2018年度整体支出绩效评价报告, dated 26 March 2020: a report whose title names the year (N年度) it accounts
// for is about that year, so its 全年 is that year, not the year it was published in.
const TITLE_YEAR_RE = /^[^\n\r。,;]*?(\d{4})年度/;
// 2016年度,青州市博物馆参观总人数为211.1万人次… (dated 10 January 2017): a paragraph that opens with the year it accounts
// for (N年度 as its first words) does the same for the whole text, so its 本年度 · 全年 later are that year (fixture 666).
const OPENING_YEAR_RE = /(?:^|[\n\r])[ \t]*(\d{4})年度,/;

/** The year a report's title line, or a paragraph opening with N年度, says it accounts for, when earlier than the report's own year, or null. */
export function titleYear(text: string, reportYear: number): number | null {
	const m = TITLE_YEAR_RE.exec(text) ?? OPENING_YEAR_RE.exec(text);
	return m && +m[1]! < reportYear ? +m[1]! : null;
}

// 一、2019年工作总结 (a heading line of a report published in 2020): the section under it, up to the next heading of its
// rank, sums up that year, so its 今年 is 2019, not the year of publication (fixture 721).
const SUMMARY_HEADING_RE = /^[ \t]*(?:[一二三四五六七八九十]+、)?[ \t]*(\d{4})年度?(?:工作)?(?:总结|完成情况|回顾|开展情况)[ \t]*$/gm;
const RANKED_HEADING_RE = /^[ \t]*[一二三四五六七八九十]+、/gm;

/** The sections of a report that sum up an earlier year than its own, with that year. */
export function summarySections(text: string, reportYear: number): { start: number; end: number; year: number }[] {
	const out: { start: number; end: number; year: number }[] = [];
	for (const m of text.matchAll(SUMMARY_HEADING_RE)) {
		if (+m[1]! >= reportYear) continue;
		const start = m.index + m[0].length;
		RANKED_HEADING_RE.lastIndex = start;
		out.push({ start, end: RANKED_HEADING_RE.exec(text)?.index ?? text.length, year: +m[1]! });
	}
	return out;
}
