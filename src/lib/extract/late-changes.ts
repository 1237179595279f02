// Stated changes that assignChanges leaves with no figure, given one where the text still says whose they are: the
// change of a rate stated right after it (入住率为70.18%,同比增长220.93%), and comparisons with another year in a
// sentence of no figures that name the measures of the figures before (…人次与2019年同期相比下降11.3%,…收入较2019年…).
import type { Change } from './change-words';
import type { Slots } from './changes';
import type { RawFigure } from './figures';
import { wholesOnly } from './parts';
import { backTo, startOfClause, forwardTo, sentenceEnd, sentenceStart } from './scan';
import { measureOfUnit, measureOfWords, measureOnly } from './measures';

/** The changes no figure has taken (by their ends, as assigned slots record them). */
function unassigned(changes: readonly Change[], assigned: Map<number, Slots>): Change[] {
	const ends = new Set<number>();
	for (const s of assigned.values()) for (const a of [s.yoy, s.other]) if (a) ends.add(a.end);
	return changes.filter((c) => c.kind !== 'masked' && !ends.has(c.end));
}

/**
 * 主城区星级酒店平均入住率为70.18%,同比增长220.93%: a 同比 in percent right after a rate, with no other figure in its
 * sentence to take it, is the rate's own relative change (a change in points is found by assignChanges already).
 */
// 从客源结构看,省内游客占60%,同比下降5% · 过夜游客占比40%,同比下降2%: a share of a structure (a bare 占, 占比) with its
// 同比 right after it is that share's change, as a rate's is. (全市游客占全省的30%,同比增长5%: a share of a named whole
// leaves the 同比 to the part's own count, which has no figure; extract.test.ts pins that.)
function shareLabel(label: string): boolean {
	return /占比?(?:为|是|达到?)?$/.test(label);
}

export function assignRateChanges(text: string, figures: readonly RawFigure[], changes: readonly Change[], assigned: Map<number, Slots>): void {
	for (const c of unassigned(changes, assigned)) {
		if (c.kind !== 'yoy' || c.distributive || c.forward || c.all || c.values.length !== 1) continue;
		const sentStart = backTo(text, c.start, /[。!?;\n\r]/, 0);
		const i = figures.findLastIndex((f) => f.end <= c.start);
		const f = i >= 0 ? figures[i]! : null;
		if (!f || f.start < sentStart || f.unit !== '%' || !/^[,\s]*$/.test(text.slice(f.end, c.start))) continue;
		if (assigned.get(i)?.yoy) continue;
		const label = text.slice(backTo(text, f.start, /[,;。!?:\n\r]/, sentStart), f.start);
		if (!/率(?:为|是|达到?)?$/.test(label) && !shareLabel(label)) continue;
		assigned.set(i, { ...(assigned.get(i) ?? {}), yoy: { kind: 'yoy', value: c.values[0]!, base: null, end: c.end } });
	}
}

/**
 * 全区共接待游客11.9万人次,…;实现旅游收入1585.6万元,…。\n今年国庆首日全区旅游接待人次与疫情前的2019年同期相比仍
 * 下降11.3%,但旅游直接收入较2019年同期增长15.5%。: a change against another year in a sentence of no figures goes to
 * the one figure of the sentence before (across a paragraph break) that counts what the words before the change name.
 */
// 部分重点景区接待人次较2019年增长11.73%,…;重点景区…较2020年分别增长…: changes in a sentence said of some of the places
// are none of the whole's figures before it.
function saidOfPart(text: string, sentStart: number, c: Change): boolean {
	return /部分/.test(text.slice(sentStart, c.start));
}

// 接待游客量同比增长6.8%,较2019年增长5.1%: a change whose clause names nothing, right after another's, is of the measure
// that one names.
function changeMeasure(text: string, c: Change, changes: readonly Change[], sentStart: number): 'money' | 'visits' | null {
	const yoy = c.kind === 'yoy' || c.kind === 'yoy_points';
	const clause = text.slice(backTo(text, c.start, /[,;。!?\n\r]/, sentStart), c.start);
	const before = changes.findLast((o) => o.end <= c.start && o.start >= sentStart && !o.distributive && o.kind !== 'masked');
	if (clause === '' && before && /^,$/.test(text.slice(before.end, c.start))) return changeMeasure(text, before, changes, sentStart);
	return yoy ? measureOnly(clause) : measureOfWords(clause);
}

export function assignNextSentenceBases(text: string, figures: readonly RawFigure[], changes: readonly Change[], assigned: Map<number, Slots>, lastYearOf?: (i: number) => string): void {
	for (const c of unassigned(changes, assigned)) {
		// 其中游客人数同比增长12%,收入同比增长15%: a 同比 too, when its clause names only the measure.
		const yoy = c.kind === 'yoy' || c.kind === 'yoy_points';
		if ((!yoy && ((c.kind !== 'base_growth' && c.kind !== 'recovery') || c.base === null)) || c.distributive || c.forward || c.all || c.values.length !== 1) continue;
		const sentStart = sentenceStart(text, c.start);
		// 其中接待游客量…同比增长6.8%,较2019年增长5.1%;日均旅游收入60.9亿元…: the figures after a semicolon are another's.
		const sentEnd = forwardTo(text, c.end, /[。!?;\n\r]/);
		if (figures.some((f) => f.start >= sentStart && f.start < sentEnd)) continue;
		const clause = text.slice(backTo(text, c.start, /[,;。!?\n\r]/, sentStart), c.start);
		// 部分重点景区接待人次较2019年增长11.73%: a change said of some of the places is none of the whole's figures.
		const measure = saidOfPart(text, sentStart, c) ? null : changeMeasure(text, c, changes, sentStart);
		const last = figures.findLastIndex((f) => f.end <= sentStart);
		// The sentence right before, the last of the paragraph before included; 游客人数和收入均超过去年同期。 (a sentence
		// of no numbers) may stand between.
		if (!measure || last < 0 || !/^[。!?\s]*(?:[^。!?\n\r\d]+[。!?])?\s*$/.test(text.slice(sentenceEnd(text, figures[last]!.end), sentStart))) continue;
		const prevStart = sentenceStart(text, figures[last]!.start);
		const same = wholesOnly(text, figures, figures.map((f, i) => i).filter((i) => figures[i]!.start >= prevStart && figures[i]!.end <= sentStart && measureOfUnit(figures[i]!.unit) === measure), clause);
		// 与2020年…同口径比较,接待人次增长43.88%;与2021年…同口径比较,接待人次增长4.12% (a report of 2022): against last year
		// the change is the figure's 同比, kept beside the one against an older year.
		const asYoy = !yoy && c.kind === 'base_growth' && same.length === 1 && lastYearOf?.(same[0]!) === c.base;
		const slot = yoy || asYoy ? 'yoy' : 'other';
		if (same.length !== 1 || assigned.get(same[0]!)?.[slot]) continue;
		// The quote stays in the figure's sentence: a change read from a later one does not stretch it.
		const end = yoy || /[\n\r]/.test(text.slice(figures[same[0]!]!.end, c.start)) ? figures[same[0]!]!.end : c.end;
		assigned.set(same[0]!, { ...(assigned.get(same[0]!) ?? {}), [slot]: asYoy ? { kind: 'yoy', value: c.values[0]!, base: null, end: figures[same[0]!]!.end } : { kind: c.kind, value: c.values[0]!, base: c.base, end } });
	}
}

/**
 * 河南省接待国内游客6281万人次,实现旅游收入376.3亿元。按可比口径(…),接待人次和旅游收入分别同比增长9.1%和9.6%。: a 分别
 * list of changes in a sentence of no figures, naming one measure for each change, goes to the figures of the sentence
 * right before when they count those measures one to one, in order.
 */
// 同2020年同期同口径相比,接待人次、门票收入分别增长13.04%和15.21%,分别恢复到2019年同期的75.56%和95.02%: a list against
// last year is their 同比, one against another year (or a recovery to it) their other change; a list whose clause names
// nothing (,分别恢复到…) is of the measures the list before it in the sentence names.
function listNames(text: string, c: Change, changes: readonly Change[], sentStart: number): string[] {
	const own = text.slice(backTo(text, c.start, /[,;:)\n\r]/, sentStart), c.start).replace(/(?:分别|同比|按可比口径)+$/, '');
	const before = changes.findLast((o) => o.end <= c.start && o.start >= sentStart && o.distributive && o.values.length === c.values.length);
	return own === '' && before && /^[,;]?(?:分别)?$/.test(text.slice(before.end, c.start)) ? listNames(text, before, changes, sentStart) : own.split(/和|及|与|、/);
}
// 与2023年同期同口径相比,两项分别增长25.74%、32.63% (fixture 533): a list that names its figures by their count (两项, 二者)
// instead of their measures takes that many figures of the sentence before, in order.
const COUNTED_NAMES_RE = /^(?:这|以上|上述)?([两二三四])(?:项|者|项指标)$/;
const COUNT_OF: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4 };
function countedNames(names: string[]): number | null {
	const m = names.length === 1 ? COUNTED_NAMES_RE.exec(names[0]!) : null;
	return m ? COUNT_OF[m[1]!]! : null;
}

// 7月中国内地、香港及台湾地区旅客分别回复至2019年同期的85%、92.8%及78.4% (after 中国内地旅客…至218.34万人次,香港旅客
// (58.9万人次)…,台湾地区旅客(7.58万人次)…): a list naming subjects (places, kinds of visitor), not measures, goes to the
// figures of its paragraph that those subjects' own words name, one each, in order and in one unit (fixtures 643, 652).
const SUBJECT_EDGES_RE = /^(?:\d{4}年)?(?:\d{1,2}月)?|(?:旅客|游客|市场)$/g;
/** The words of a figure's own clause, back to its clause start or the figure before. */
function ownWords(text: string, figures: readonly RawFigure[], i: number): string {
	const f = figures[i]!;
	const from = Math.max(startOfClause(text, f.start), i > 0 ? figures[i - 1]!.end : 0);
	return text.slice(from, f.start);
}
function subjectFigures(text: string, figures: readonly RawFigure[], names: string[], sentStart: number): number[] | null {
	const paraStart = backTo(text, sentStart, /[\n\r]/, 0);
	const found = names.map((name) => {
		const subject = name.replace(SUBJECT_EDGES_RE, '');
		return /^[\u4e00-\u9fff]{2,6}$/.test(subject) ? figures.findLastIndex((f, i) => f.start >= paraStart && f.end <= sentStart && ownWords(text, figures, i).includes(subject)) : -1;
	});
	const unit = found[0] !== undefined && found[0] >= 0 ? figures[found[0]]!.unit : null;
	return unit !== null && found.every((i, k) => i >= 0 && figures[i]!.unit === unit && (k === 0 || i > found[k - 1]!)) ? found : null;
}

export function assignNextSentenceLists(text: string, figures: readonly RawFigure[], changes: readonly Change[], assigned: Map<number, Slots>, lastYearOf?: (i: number) => string): void {
	for (const c of unassigned(changes, assigned)) {
		if ((c.kind !== 'yoy' && c.kind !== 'base_growth' && c.kind !== 'recovery') || !c.distributive || c.values.length < 2) continue;
		const sentStart = sentenceStart(text, c.start);
		const sentEnd = sentenceEnd(text, c.end);
		if (figures.some((f) => f.start >= sentStart && f.start < sentEnd)) continue;
		if (saidOfPart(text, sentStart, c)) continue;
		const names = listNames(text, c, changes, sentStart);
		const counted = countedNames(names);
		const measures = counted === null ? names.map(measureOfWords) : null;
		if (counted === null && names.length === c.values.length && measures!.some((m) => m === null)) {
			const named = subjectFigures(text, figures, names, sentStart);
			const slot = c.kind === 'yoy' ? 'yoy' : 'other';
			if (named && named.every((i) => !assigned.get(i)?.[slot])) named.forEach((i, k) => assigned.set(i, { ...(assigned.get(i) ?? {}), [slot]: { kind: c.kind, value: c.values[k]!, base: c.base, end: figures[i]!.end } }));
			continue;
		}
		if (counted !== null ? counted !== c.values.length : names.length !== c.values.length || measures!.some((m) => m === null)) continue;
		const last = figures.findLastIndex((f) => f.end <= sentStart);
		if (last < 0 || !/^[。!?\s]*$/.test(text.slice(sentenceEnd(text, figures[last]!.end), sentStart))) continue;
		const prevStart = sentenceStart(text, figures[last]!.start);
		const prev = figures.map((_f, i) => i).filter((i) => figures[i]!.start >= prevStart && figures[i]!.end <= sentStart);
		const asYoy = c.kind === 'yoy' || (c.kind === 'base_growth' && prev.length > 0 && lastYearOf?.(prev[0]!) === c.base);
		const slot = asYoy ? 'yoy' : 'other';
		if (prev.length !== c.values.length || prev.some((i, k) => (measures !== null && measureOfUnit(figures[i]!.unit) !== measures[k]) || assigned.get(i)?.[slot])) continue;
		// The quotes stay in their sentence: a change read from the next one does not stretch them.
		prev.forEach((i, k) => assigned.set(i, { ...(assigned.get(i) ?? {}), [slot]: asYoy ? { kind: 'yoy', value: c.values[k]!, base: null, end: figures[i]!.end } : { kind: c.kind, value: c.values[k]!, base: c.base, end: figures[i]!.end } }));
	}
}

/**
 * 全县共接待国内游客13810人次,与去年同期相比,游客总量增长28%,旅游收入增长53%。…\n…实现旅游收入847万元: a lead's 同比 of a
 * measure its sentence gives no figure of goes to the first figure of that measure stated later in the text, when that
 * figure has no 同比 of its own.
 */
export function assignLaterMeasures(text: string, figures: readonly RawFigure[], changes: readonly Change[], assigned: Map<number, Slots>): void {
	for (const c of unassigned(changes, assigned)) {
		if (c.kind !== 'yoy' || c.distributive || c.forward || c.all || c.values.length !== 1) continue;
		const sentStart = sentenceStart(text, c.start);
		const sentEnd = sentenceEnd(text, c.end);
		const measure = measureOfWords(text.slice(backTo(text, c.start, /[,;。!?\n\r]/, sentStart), c.start));
		// A lead states figures of other measures in the same sentence; a change of a sentence with no figure, or one
		// bounded (26%以上), is not one.
		const own = figures.filter((f) => f.start >= sentStart && f.start < sentEnd);
		if (!measure || own.length === 0 || own.some((f) => measureOfUnit(f.unit) === measure) || /^(?:以上|以下)/.test(text.slice(c.end))) continue;
		const later = figures.findIndex((f) => f.start >= sentEnd && measureOfUnit(f.unit) === measure);
		if (later < 0 || assigned.get(later)?.yoy || listItem(text, figures[later]!)) continue;
		// The later figure's own sentence states no change: the lead's is the only one said of it.
		const ls = sentenceStart(text, figures[later]!.start);
		if (changes.some((o) => o.start >= ls && o.start < sentenceEnd(text, figures[later]!.end) && o.kind !== 'masked')) continue;
		assigned.set(later, { ...(assigned.get(later) ?? {}), yoy: { kind: 'yoy', value: c.values[0]!, base: null, end: figures[later]!.end } });
	}
}

// 接待国内游客人次同比增长6.29%。\n…排名前三的景区是:共和国摇篮景区123.73万人次、庐山…: an item of a list (after a colon, or
// joined to the next by 、) is a part, never the whole a lead's change is of. (数据显示:全县… opens an account, no list.)
function listItem(text: string, f: RawFigure): boolean {
	return text[f.end] === '、' || /(?:是|为|如下|有):[^,;。!?\n\r]*$/.test(text.slice(backTo(text, f.start, /[;。!?\n\r]/, 0), f.start));
}

/**
 * 平均房价为338.45元/间夜,平均出租率为42.22%。其中平均房价同比增长2.25%,平均出租率同比下降15.23%。: a 同比 whose clause
 * names a label and no figure of its own goes to the nearest figure before it in its paragraph whose label ends in those
 * words, across a sentence end (fixture 527).
 */
const LABEL_VERB_RE = /(?:为|是|达到|达|共计|共)$/;
const CHANGE_LEAD_RE = /(?:同比|按年|比上年同期|比去年同期|较上年同期|较去年同期|与上年同期相比|与去年同期相比)+$/;
export function assignLabelledChanges(text: string, figures: readonly RawFigure[], changes: readonly Change[], assigned: Map<number, Slots>): void {
	for (const c of unassigned(changes, assigned)) {
		if ((c.kind !== 'yoy' && c.kind !== 'yoy_points') || c.distributive || c.forward || c.all || c.values.length !== 1) continue;
		const clauseStart = startOfClause(text, c.start);
		const words = text.slice(clauseStart, c.start).replace(/^\s*(?:其中,?)?/, '').replace(CHANGE_LEAD_RE, '');
		if (!/^[\u4e00-\u9fff]{2,10}$/.test(words)) continue;
		const paraStart = backTo(text, c.start, /[\n\r]/, 0);
		const k = figures.findLastIndex((f) => f.end <= clauseStart && f.start >= paraStart && text.slice(startOfClause(text, f.start), f.start).replace(LABEL_VERB_RE, '').endsWith(words));
		if (k < 0 || assigned.get(k)?.yoy || figures.some((f, i) => i > k && f.start < c.start && f.start >= clauseStart)) continue;
		assigned.set(k, { ...(assigned.get(k) ?? {}), yoy: { kind: c.kind, value: c.values[0]!, base: null, end: figures[k]!.end } });
	}
}

/**
 * 新加坡及马来西亚旅客人均消费则同比增加10.2%及5.1%,分别为1977元及1718元 · 同比录得26.1%及14.1%跌幅,…,分别有3587元及815元:
 * a list of changes with no figure before it in its sentence pairs, in order, with the figures listed after 分别为 (分别有)
 * later in that sentence. 旅游演出增速最快,同比上升9.58%,票房收入73.79亿元: a lone 同比 whose clause names nothing, with no
 * figure before it in its sentence, is of the figure whose clause comes right after it.
 * (分别 after a lone change lists several figures, none of which it is.)
 */
const LIST_AHEAD_RE = /分别(?:为|有|是|达到?)(?:约|近|超过|逾)?$/;
const LIST_JOIN_RE = /^(?:及|和|、|与)$/;
export function assignChangesAhead(text: string, figures: readonly RawFigure[], changes: readonly Change[], assigned: Map<number, Slots>): void {
	for (const c of unassigned(changes, assigned)) {
		if ((c.kind !== 'yoy' && c.kind !== 'yoy_points') || c.forward || c.all) continue;
		const sentStart = backTo(text, c.start, /[。!?;\n\r]/, 0);
		const sentEnd = forwardTo(text, c.end, /[。!?;\n\r]/);
		if (figures.some((f) => f.start >= sentStart && f.end <= c.start)) continue;
		const next = figures.findIndex((f) => f.start >= c.end && f.start < sentEnd);
		if (next < 0) continue;
		let take: number[] = [];
		if (c.distributive && c.values.length > 1) {
			const first = figures.findIndex((f, i) => i >= next && f.start < sentEnd && LIST_AHEAD_RE.test(text.slice(Math.max(c.end, f.start - 8), f.start)));
			take = first < 0 ? [] : c.values.map((_v, k) => first + k);
			if (take.some((i, k) => !figures[i] || figures[i]!.start >= sentEnd || (k > 0 && !LIST_JOIN_RE.test(text.slice(figures[i - 1]!.end, figures[i]!.start))))) continue;
		} else if (c.values.length === 1 && !c.distributive && !c.bare) {
			// (增幅超过15%,分别接待游客A、B和C: a bare rise names no comparison, and 分别 lists several figures.)
			const own = text.slice(backTo(text, c.start, /[,;。!?:\n\r]/, sentStart), c.start);
			if (!/^(?:同比|按年)?$/.test(own) || !/^,(?!分别)[\u4e00-\u9fff]{0,8}$/.test(text.slice(c.end, figures[next]!.start))) continue;
			take = [next];
		}
		if (take.length === 0 || take.some((i) => figures[i]!.unit === '%' || assigned.get(i)?.yoy)) continue;
		take.forEach((i, k) => assigned.set(i, { ...(assigned.get(i) ?? {}), yoy: { kind: c.kind, value: c.values[k]!, base: null, end: figures[i]!.end } }));
	}
}

/** 遵义共接待游客12.13万人次。同比增长21.7%。: a sentence that is only a 同比 is of the last figure of the sentence before. */
export function assignLoneChanges(text: string, figures: readonly RawFigure[], changes: readonly Change[], assigned: Map<number, Slots>): void {
	for (const c of unassigned(changes, assigned)) {
		if ((c.kind !== 'yoy' && c.kind !== 'yoy_points') || c.distributive || c.forward || c.all || c.values.length !== 1) continue;
		const sentStart = sentenceStart(text, c.start);
		if (!/^\s*(?:同比|按年)?$/.test(text.slice(sentStart, c.start)) || !/^[。!?]/.test(text.slice(c.end)) || !/[。!?]$/.test(text.slice(0, sentStart))) continue;
		const i = figures.findLastIndex((f) => f.end <= sentStart);
		if (i < 0 || figures[i]!.unit === '%' || assigned.get(i)?.yoy || !/^\s*[。!?]$/.test(text.slice(figures[i]!.end, sentStart))) continue;
		assigned.set(i, { ...(assigned.get(i) ?? {}), yoy: { kind: c.kind, value: c.values[0]!, base: null, end: figures[i]!.end } });
	}
}

/**
 * 其中中国大陆307,354人次最多,其次是香港澳门183,353人次…\n若以增幅来看,香港澳门成长49.57%最高,…;中国大陆成长34.95%居次: a
 * change in a ranking by growth goes to the last figure before its paragraph whose own words name its subject, when that
 * figure has no 同比 and is no rate.
 */
export function assignSubjectChanges(text: string, figures: readonly RawFigure[], changes: readonly Change[], assigned: Map<number, Slots>): void {
	for (const c of unassigned(changes, assigned)) {
		if (!c.subject) continue;
		const paraStart = backTo(text, c.start, /[\n\r]/, 0);
		const i = figures.findLastIndex((f, k) => f.end <= paraStart && f.unit !== '%' && ownWords(text, figures, k).includes(c.subject!));
		if (i < 0 || assigned.get(i)?.yoy) continue;
		assigned.set(i, { ...(assigned.get(i) ?? {}), yoy: { kind: c.kind, value: c.values[0]!, base: null, end: figures[i]!.end } });
	}
}
