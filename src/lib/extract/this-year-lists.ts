// 2013年清明小长假,汉中共接待游客160.1万人次,旅游收入7.1亿元。与去年相比,今年汉中两项数据分别增长12%、19.2%。: a 分别
// list of changes said of this year, in a sentence of no figures right after a sentence of last year's figures, compares
// this year with those figures: they are its base, and its changes are this year's figures' of the same measures and
// occasion (stated elsewhere in the text), in the order last year's were given (fixture 619).
import type { Change } from './change-words';
import type { Slots } from './changes';
import type { RawFigure } from './figures';
import { measureOfUnit, measureOfWords } from './measures';
import { backTo, sentenceEnd, sentenceStart } from './scan';

const THIS_YEAR_RE = /今年|本年/;
// 两项数据 · 这两项 · 二者: the list names its figures by their count.
const COUNTED_RE = /([两二三四])(?:项|者)(?:数据|指标)?$/;
const COUNT_OF: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4 };

/** The list's own words name as many figures as it has changes: by their count, or by one measure each in `measures` order. */
function namesThem(words: string, measures: ('money' | 'visits' | null)[]): boolean {
	const counted = COUNTED_RE.exec(words);
	if (counted) return COUNT_OF[counted[1]!] === measures.length;
	const names = words.split(/和|及|与|、/);
	return names.length === measures.length && names.every((n, k) => measureOfWords(n) !== null && measureOfWords(n) === measures[k]);
}

/** Gives such lists to this year's figures; returns the changes it took, which no later reading may give to last year's. */
export function assignThisYearLists(text: string, figures: readonly RawFigure[], changes: readonly Change[], assigned: Map<number, Slots>, keyOf: (i: number) => string | null, date: string): Set<Change> {
	const taken = new Set<Change>();
	const lastYear = String(+date.slice(0, 4) - 1);
	for (const c of changes) {
		if (c.kind !== 'yoy' || !c.distributive || c.values.length < 2) continue;
		const sentStart = sentenceStart(text, c.start);
		if (!THIS_YEAR_RE.test(text.slice(sentStart, c.start)) || figures.some((f) => f.start >= sentStart && f.start < sentenceEnd(text, c.end))) continue;
		const last = figures.findLastIndex((f) => f.end <= sentStart);
		if (last < 0 || !/^[。!?\s]*$/.test(text.slice(sentenceEnd(text, figures[last]!.end), sentStart))) continue;
		const prevStart = sentenceStart(text, figures[last]!.start);
		const base = figures.map((_f, i) => i).filter((i) => figures[i]!.start >= prevStart && figures[i]!.end <= sentStart);
		if (base.length !== c.values.length || base.some((i) => !keyOf(i)?.startsWith(lastYear))) continue;
		const words = text.slice(backTo(text, c.start, /[,;:\n\r]/, sentStart), c.start).replace(/(?:分别|同比)+$/, '');
		if (!namesThem(words, base.map((i) => measureOfUnit(figures[i]!.unit)))) continue;
		// This year's figure of each: the same occasion a year on, in the same unit (a figure restated is one figure).
		const targets = base.map((i) => {
			const key = `${+lastYear + 1}${keyOf(i)!.slice(4)}`;
			const same = figures.map((_f, j) => j).filter((j) => keyOf(j) === key && figures[j]!.unit === figures[i]!.unit);
			return same.length > 0 && same.every((j) => figures[j]!.value === figures[same[0]!]!.value) ? same[0]! : -1;
		});
		// A 同比 of its own that says otherwise means the list is not of these figures.
		if (targets.some((t, k) => t < 0 || (assigned.get(t)?.yoy && assigned.get(t)!.yoy!.value !== c.values[k]))) continue;
		targets.forEach((t, k) => {
			if (!assigned.get(t)?.yoy) assigned.set(t, { ...(assigned.get(t) ?? {}), yoy: { kind: 'yoy', value: c.values[k]!, base: null, end: figures[t]!.end } });
		});
		taken.add(c);
	}
	return taken;
}
