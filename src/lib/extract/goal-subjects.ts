// 2016年全市力争旅游总收入增长15%以上,…,13个重点旅游景区接待游客增长16%以上 (fixture 779): a count opening a clause of a goal
// whose only number is a rise of its measure (a bound, 以上) names which places the goal is set for; it is neither a level
// reached nor one planned. (A count whose clause reports a change, 24家景区接待游客数量比去年同期减少7.04%, stays a figure:
// fixtures 161 and 273.)
import type { RawFigure } from './figures';
import { startOfClause, sentenceStart } from './scan';

const GOAL_WORD_RE = /力争|确保|力保|目标|争取/;
const GOAL_RISE_AFTER_RE = /^[\u4e00-\u9fff]{2,14}?(?:增长|增幅|提高|提升)(?:达到|达)?\d+(?:\.\d+)?%(?:以上|左右)?(?:[,;。!?\n\r]|$)/;
const THINGS = new Set(['个', '家', '座', '所', '处']);

/** Whether `f` is the count of the places a goal of growth is set for. */
export function goalSubjects(folded: string, f: RawFigure): boolean {
	if (f.unit === null || !THINGS.has(f.unit) || f.qualifier !== null) return false;
	if (startOfClause(folded, f.start) !== f.start) return false;
	if (!GOAL_RISE_AFTER_RE.test(folded.slice(f.end, f.end + 30))) return false;
	return GOAL_WORD_RE.test(folded.slice(sentenceStart(folded, f.start), f.start));
}
