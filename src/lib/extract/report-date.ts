// The report's date: the date of a title line, else of a signature line.
import { key } from './calendar';

const DATE_RE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;

/** The report's date: a date in the first (title) lines, else a signature line that is only a date, else null. */
export function findReportDate(text: string): string | null {
	const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '');
	const asIso = (m: RegExpExecArray | null): string | null => {
		if (!m) return null;
		if (m[1] === undefined) m = [m[0], m[4]!, m[5]!, m[6]!] as unknown as RegExpExecArray;
		const p = key(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}/${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
		return p ? p.slice(0, 10) : null;
	};
	for (const l of lines.slice(0, 3)) {
		const d = l.length <= 80 ? asIso(DATE_RE.exec(l)) : null;
		if (d) return d;
	}
	for (const l of lines.slice(-6).reverse()) {
		if (/^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|^\d{4}-\d{2}-\d{2}$/.test(l)) return asIso(DATE_RE.exec(l));
	}
	return null;
}

// 中新网太原6月19日电 · 大公网10月8日讯 (a news dateline) · 旅游局19日通报 · 8日发布: the day the news was filed or the data
// announced (N日通报, with nothing between) names when it was said, never the period of the figures reported (1─5月份, the golden week just past).
// 8日,清徐县传来消息:2012中国·清徐葡萄采摘月期间… (fixture 744): the day news came from a place, said before it, too.
const DATELINE_TAIL_RE = /^\s*(?:电(?![影视话子力器脑池动商台站网梯费竞])|讯|通报|发布|公布|,?[\u4e00-\u9fff]{1,10}?(?:传来|传出)(?:的)?(?:好)?消息)/;

/** The day mention ending at `end` in folded `text` is a dateline or the day the data were announced. */
export function datelineDay(text: string, end: number): boolean {
	return DATELINE_TAIL_RE.test(text.slice(end, end + 16));
}

// 华声在线9月27日讯　22日举行的…签约会上,16个项目集中签约 (fixture 790): the words after a dateline open the report's first
// clause, so a day there opens it as it would after a full stop (not 9月27日讯消息 or a dateline's own day).
const AFTER_DATELINE_RE = /\d日(?:电|讯)\s+$/;

/** `at` in folded `text` is just after a news dateline and the space that ends it. */
export function afterDateline(text: string, at: number): boolean {
	return AFTER_DATELINE_RE.test(text.slice(Math.max(0, at - 8), at));
}
