// Where a sentence breaks down the figures stated just before it, so that its parts take their role (goal or done).
import { backTo } from './scan';

// 2018年我国力争实现旅游总收入5.98万亿元…。其中,国内旅游人数55亿人次… (fixture 751) · 2016年全市有40个重点旅游项目计划列入
// 市级调控。其中有…等7个传统文化类项目;…等12个生态休闲类项目 (fixture 779): a sentence opened by 其中 (其中有, 其中包括)
// breaks down the one before it into its parts, across its semicolons.
const PARTS_OPEN_RE = /^\s*其中(?:[,:]|有|包括)/;
// 2015年全市拟建设重点旅游项目68个,…;按投资规模看,投资额1亿元以上的旅游项目55个 (fixture 776): a part after a semicolon
// that sorts what was just stated by some measure (按…看, 按…分) breaks down the figures before it in its sentence.
const BY_CLASS_RE = /^\s*按[\u4e00-\u9fff]{1,8}?(?:看|分|划分)[,:]/;

/**
 * The span whose figures the part holding a figure breaks down: the sentence before the one at `fullStart` when that opens
 * with 其中, else the words from `fullStart` to `sentStart` when the part after that semicolon opens with 按…看; else null.
 */
export function brokenDownSpan(s: string, fullStart: number, sentStart: number, lineStart: number): [number, number] | null {
	if (fullStart > lineStart && s[fullStart - 1] === '。' && PARTS_OPEN_RE.test(s.slice(fullStart, fullStart + 5))) return [backTo(s, fullStart - 1, /[。!?\n\r]/, lineStart), fullStart];
	if (sentStart > fullStart && s[sentStart - 1] === ';' && BY_CLASS_RE.test(s.slice(sentStart, sentStart + 14))) return [fullStart, sentStart];
	return null;
}
