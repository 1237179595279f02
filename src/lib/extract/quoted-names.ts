// 黟县获“2021—2023年度安徽省民间文化艺术之乡(摄影)”称号: a period inside a quoted name (a title, an award, a campaign)
// is part of the name, not the period of the figures after it. A quoted holiday (“五一”假期, 春节“黄金周”) closes right
// after its own words and stays a period.
const OPEN = '“《「『';
const CLOSE = '”》」』';

/** Whether the period phrase [start, end) stands inside a quoted name that goes on for words of its own after it. */
export function inQuotedName(s: string, p: { start: number; end: number }): boolean {
	const left = s.slice(Math.max(0, p.start - 30), p.start);
	const open = Math.max(...[...OPEN].map((c) => left.lastIndexOf(c)));
	if (open < 0 || Math.max(...[...CLOSE].map((c) => left.lastIndexOf(c))) > open) return false;
	const right = s.slice(p.end, p.end + 40);
	const close = Math.min(...[...CLOSE].map((c) => right.indexOf(c)).filter((k) => k >= 0));
	if (!Number.isFinite(close)) return false;
	const inner = right.slice(0, close);
	// A quoted sentence of figures (“接待游客220万人次,收入6.5亿元”的目标) keeps its periods.
	return /[\u4e00-\u9fff]{4}/.test(inner) && !/[,;,;]|\d/.test(inner);
}
