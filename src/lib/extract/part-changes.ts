// 签约金额509.65亿元,…,工业项目签约金额同比增长340% (fixture 790): a change whose own clause names a part of the figure's
// measure (the measure's name after the part's: 工业项目 + 签约金额) is that part's change, which has no figure; not the total's.
import type { RawFigure } from './figures';
import { startOfClause } from './scan';

// The part must be named as one (a kind of project, trade or firm), so 全市签约金额 or 今年签约金额 stays the total's.
const PART_RE = /(?:项目|产业|行业|企业|板块|领域|类)$/;
const COMPARED_RE = /(?:其中)?(?:同比|按年|比上年同期|比去年同期|较上年同期|较去年同期)?$/;

/** Whether the change starting at `changeStart` is said of a named part of `figure`'s measure, not of the figure. */
export function changeOfPart(text: string, figure: RawFigure, changeStart: number): boolean {
	const clauseStart = startOfClause(text, changeStart);
	if (clauseStart < figure.end) return false;
	const measure = /[\u4e00-\u9fff]{2,}?(?:为|达到|达|是)?$/.exec(text.slice(startOfClause(text, figure.start), figure.start));
	const noun = measure?.[0].replace(/(?:为|达到|达|是)$/, '').slice(-4);
	if (!noun || noun.length < 2) return false;
	const clause = text.slice(clauseStart, changeStart).replace(COMPARED_RE, '');
	if (!clause.endsWith(noun)) return false;
	const part = clause.slice(0, -noun.length).replace(/^其中/, '');
	return /^[\u4e00-\u9fff]{2,8}$/.test(part) && PART_RE.test(part);
}
