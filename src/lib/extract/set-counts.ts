// Counts that name a set rather than state a level (fixture 426): 全区111个县(市、区)中有93个 names the whole set the count
// after 中有 is taken from; 一批百亿元重大旅游项目 · 十亿元级项目 names a kind of project by a round amount.
import type { RawFigure } from './figures';

// 111个县(市、区)中有93个 · 51家景区中,有30家: a count, a noun (its kinds in brackets), 中 and a count after it.
const WHOLE_SET_RE = /^[\u4e00-\u9fff]{1,10}(?:\([^()\n\r]{1,12}\))?中,?(?:有|共有)?(?:约|近)?\d/;
// 百亿元 · 千万元 written as a bare round scale: after 一批/一些 or a measure word, or before 级, it names a kind.
const ROUND_AMOUNT_RE = /^[十百千][万亿]元$/;

/** Whether `f` counts the whole set a following count is taken from. */
export function namesWholeSet(folded: string, f: RawFigure): boolean {
	return WHOLE_SET_RE.test(folded.slice(f.end, f.end + 30));
}

/** Whether `f` is a round amount naming a kind of thing (一批百亿元重大旅游项目, 百亿元级项目). */
export function namesKind(folded: string, f: RawFigure): boolean {
	if (!ROUND_AMOUNT_RE.test(folded.slice(f.start, f.end))) return false;
	return /(?:一批|一些|批|个|项|多个)$/.test(folded.slice(Math.max(0, f.start - 2), f.start)) || /^级|^以上的|^[\u4e00-\u9fff]{0,4}(?:项目|工程|企业|集团|产业)/.test(folded.slice(f.end, f.end + 8));
}
