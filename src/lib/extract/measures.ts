// What a measure counts, from the words naming it or from a figure's unit: money or visits.
const MONEY_WORDS = /收入|消费|花费|营收|营业额|票房|金额/;
const VISIT_WORDS = /人次|游客|人数|客流|接待/;
export function measureOfWords(s: string): 'money' | 'visits' | null {
	return MONEY_WORDS.test(s) ? 'money' : VISIT_WORDS.test(s) ? 'visits' : null;
}
export function measureOfUnit(u: string | null): 'money' | 'visits' | null {
	return u === '元' || u === '美元' ? 'money' : u === '人次' || u === '人' ? 'visits' : null;
}
// 其中游客人数 · 收入 · 接待人次 · 旅游总收入: words that name only a measure, with no subject or part of their own
// (乡村旅游接待人数 names a part).
const MEASURE_ONLY_RE = /^(?:其中,?)?(?:国内|旅游|游客|接待|综合|总)*(?:人数|人次|接待量|游客量|总量|收入|花费|消费|营收)(?:分别)?$/;
/** The measure a clause names when it names nothing else (其中游客人数同比增长12%: visits), else null. */
export function measureOnly(clause: string): 'money' | 'visits' | null {
	const words = clause.trim().replace(/(?:同比|比上年同期|比去年同期|较上年同期|较去年同期|按可比口径)+$/, '');
	return MEASURE_ONLY_RE.test(words) ? measureOfWords(words) : null;
}
