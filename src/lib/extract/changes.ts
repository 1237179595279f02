// Which figure each stated change (同比, points, growth over another base, 分别 lists, 均) belongs to.
import { changeOfPart } from './part-changes';
import { wholeOfPart } from './parts';
import type { Change } from './change-words';
import type { RawFigure } from './figures';
import { backTo, startOfClause, firstFrom, sentenceStart } from './scan';

interface Assigned {
	kind: Change['kind'];
	value: number;
	base: string | null;
	end: number;
}
/** A figure's stated changes: one against last year (同比, or points), one against another base (2019, a multiple). */
export interface Slots {
	yoy?: Assigned;
	other?: Assigned;
}
const AMOUNT_UNITS = new Set(['人次', '人天', '人', '元', '美元']);
const COUNT_UNITS = new Set(['个', '家', '座', '所', '处', '项']);
const MEASURE_AFTER_COUNT_RE = /^[\u4e00-\u9fff]{1,12}?(?:接待|实现|完成|参观)[\u4e00-\u9fff]{1,10}$/;
const slotOf = (k: Change['kind']): keyof Slots => (k === 'yoy' || k === 'yoy_points' ? 'yoy' : 'other');

/**
 * Each change goes to the nearest figure before it in its sentence that has no change of that kind yet (a figure can
 * carry a 同比 and a recovery to 2019); 分别 A 和 B goes to the last figures before it, in order. A figure that only
 * describes a noun (两千两百万人次的纪录) gives way to the subject of the sentence.
 */
export function assignChanges(text: string, figures: RawFigure[], changes: Change[], lastYearOf: (i: number) => string): Map<number, Slots> {
	const out = new Map<number, Slots>();
	for (const change of changes) {
		// A change of a named subject in a ranking by growth is found by its subject (assignSubjectChanges).
		if (change.kind === 'masked' || change.subject) continue;
		let c = change;
		// 增加23.5%至4.7万间 · 同比增加17.7%,达443万人次: the figure right after 至 (or 达), unless 达 follows a figure of
		// the same clause (接待游客100万人次,同比增长5%,达…), whose change it is.
		const reach = c.forward && text[c.end] !== '至';
		const ahead = c.forward ? figures.findIndex((f) => f.start > c.end && f.start <= c.end + (reach ? 4 : 2)) : -1;
		if (c.forward && !(reach && (ahead < 0 || figures.some((f) => f.end <= c.start && f.start >= backTo(text, c.start, /[。!?;\n\r]/, 0))))) {
			const slot = slotOf(c.kind);
			if (ahead >= 0 && (figures[ahead]!.unit !== '%' || c.kind === 'yoy_points') && !out.get(ahead)?.[slot]) {
				out.set(ahead, { ...(out.get(ahead) ?? {}), [slot]: { kind: c.kind, value: c.values[0]!, base: c.base, end: c.end } });
			}
			continue;
		}
		const sentStart0 = backTo(text, c.start, /[。!?;\n\r]/, 0);
		// (Figures are in the order of the text: only those of the sentence up to the change are looked at.)
		let near = -1;
		for (let k = firstFrom(figures, c.start) - 1; k >= 0 && figures[k]!.start >= sentStart0; k--)
			if (figures[k]!.end <= c.start) {
				near = k;
				break;
			}
		// 较2023年国庆假期上升6.7个百分点 in 2024: a change in points against last year is the rate's 同比 in points.
		if (c.kind === 'base_growth' && near >= 0 && c.base === lastYearOf(near)) c = { ...c, kind: c.points ? 'yoy_points' : 'yoy', base: null };
		// 2015年…227.44亿元,2014年为210.23亿元,2015年比2014年增长8.2%: a growth over the year of the nearest figure itself
		// compares the figure before it with that one; it is that figure's 同比 (moved there by yoyToCompared).
		else if (c.kind === 'base_growth' && near > 0 && c.base === String(+lastYearOf(near) + 1) && c.base === lastYearOf(near - 1) && figures[near - 1]!.start >= sentStart0) c = { ...c, kind: 'yoy', base: null };
		// 恢复到2021年同期的64.46% in 2022 is a recovery to last year's level, which keeps no base year.
		// (恢复至疫情前的76.5% in a report on 2020 names 2019 as the level before the pandemic, not as last year: it keeps it.)
		if (c.kind === 'recovery' && near >= 0 && c.base === lastYearOf(near) && !/疫/.test(text.slice(c.start, c.end))) c = { ...c, base: null };
		const slot = slotOf(c.kind);
		const sentStart = backTo(text, c.start, /[。!?;\n\r]/, 0);
		// A figure keeps one change against another base; one against last year displaces one against an older year
		// (…恢复到2020年同期的A、2021年同期的B in 2022: B), as the board compares with last year.
		const taken = (i: number): boolean => {
			const o = out.get(i)?.[slot];
			return !!o && !(slot === 'other' && c.base === null && o.base !== null && o.kind === c.kind);
		};
		let before: number[] = [];
		for (let i = firstFrom(figures, sentStart); i < figures.length && figures[i]!.start < c.start; i++) {
			const f = figures[i]!;
			if (f.end > c.start || taken(i)) continue;
			if (f.unit === '%' && c.kind !== 'yoy_points') continue;
			// 24家景区假期接待游客数量比去年同期减少7.04%: a count whose things are the subject of a verb of what was
			// counted is not what changed; the change is of the measure named after the verb, which has no figure.
			if (COUNT_UNITS.has(f.unit ?? '') && MEASURE_AFTER_COUNT_RE.test(text.slice(f.end, c.start))) continue;
			before.push(i);
		}
		// 外联236.98万人次、…;与上年同期相比,四项指标分别持平、增长…: a list of changes with no figures in its sentence
		// belongs to the figures of the sentence before the semicolon.
		// It must match them one to one: 外港码头及氹仔码头…分别下降A及B names figures the text does not give.
		// 接待游客145.7万人次,…首次越过百万人次大关;门票收入6323.86万元,同比分别增长A和B: so does a list with more changes
		// than figures in its clause, which reaches back over the semicolon for the rest.
		if (before.length < c.values.length && c.distributive) {
			const wide = sentenceStart(text, c.start);
			const all: number[] = [];
			for (let i = firstFrom(figures, wide); i < figures.length && figures[i]!.start < c.start; i++) {
				const f = figures[i]!;
				if (f.end <= c.start && !taken(i) && (f.unit !== '%' || c.kind === 'yoy_points')) all.push(i);
			}
			if (all.length >= c.values.length) before = all;
			else if (before.length === 0) before = [];
		}
		// …旅游接待总人数为1.01亿人次。…,清明假日期间全国国内旅游接待总人数同比增长8.3%: a change whose sentence has no
		// figure, naming the measure that named the last figure of the sentence before, is that figure's.
		if (before.length === 0 && !c.distributive && !c.all) {
			let prev = -1;
			for (let k = firstFrom(figures, sentStart) - 1; k >= 0 && prev < 0; k--) if (figures[k]!.end <= sentStart) prev = k;
			const f = prev >= 0 ? figures[prev]! : null;
			if (f && f.unit !== '%' && !taken(prev) && !/[\n\r]/.test(text.slice(f.end, c.start)) && !figures.some((g) => g.start >= f.end && g.end <= c.start && g !== f)) {
				const label = /([\u4e00-\u9fff]{4,}?)(?:为|达到?|是|共计?|:)?$/.exec(text.slice(backTo(text, f.start, /[,,;;。!?:\n\r]/, 0), f.start));
				const noun = label ? label[1]!.slice(-5) : null;
				if (noun && /^[\u4e00-\u9fff]+$/.test(noun) && text.slice(sentStart, c.start).replace(/(?:同比|比上年同期|比去年同期|较上年同期|较去年同期)$/, '').endsWith(noun)) {
					const whole = wholeOfPart(text, figures, prev, noun);
					if (!taken(whole)) before = [whole];
				}
			}
		}
		// 票房收入3.78亿元,…;观演人数323.80万人次,…。票房和观演人数均恢复至2019年的八成: a change said with 均 of two or
		// more measures, in a sentence of no figures, goes to the last figure of the sentence before that each one named.
		if (before.length === 0 && c.all) {
			const prevStart = sentenceStart(text, Math.max(0, sentStart - 1));
			const nouns = text.slice(sentStart, c.start).replace(/[均都皆]$/, '').split(/和|及|与|、/);
			const named = nouns.map((noun) =>
				/^[\u4e00-\u9fff]{2,8}$/.test(noun)
					? figures.findLastIndex((f) => f.end <= sentStart && f.start >= prevStart && text.slice(startOfClause(text, f.start), f.start).includes(noun))
					: -1
			);
			if (nouns.length >= 2 && named.every((i) => i >= 0 && !taken(i)) && new Set(named).size === named.length) {
				for (const fi of named) out.set(fi, { ...(out.get(fi) ?? {}), [slot]: { kind: c.kind, value: c.values[0]!, base: c.base, end: c.end } });
				continue;
			}
		}
		before = namedMeasure(text, figures, before, c);
		const subjects = before.filter((i) => text[figures[i]!.end] !== '的');
		if (subjects.length > 0 && !c.distributive) before = subjects;
		if (before.length === 0) continue;
		// 游客量和旅游收入均比去年同期增长60%: each figure since the sentence's last change takes it.
		if (c.all) {
			const prevEnd = Math.max(sentStart, ...changes.filter((o) => o.end <= c.start).map((o) => o.end));
			const covered = before.filter((i) => figures[i]!.start >= prevEnd);
			for (const fi of covered.length ? covered : before.slice(-1)) {
				out.set(fi, { ...(out.get(fi) ?? {}), [slot]: { kind: c.kind, value: c.values[0]!, base: c.base, end: c.end } });
			}
			continue;
		}
		// 接待入境游客A人次、国内游客B人次,旅游创汇C美元,分别比上年增长x和y: fewer changes than the amounts listed before
		// 分别 since the sentence began, so which they belong to cannot be told; none is kept.
		if (c.distributive && c.values.length > 1 && before.filter((i) => AMOUNT_UNITS.has(figures[i]!.unit ?? '')).length > c.values.length) continue;
		const n = c.distributive ? c.values.length : 1;
		if (n === 1 && changeOfPart(text, figures[before.at(-1)!]!, c.start)) continue;
		const take = before.slice(-n);
		take.forEach((fi, k) => {
			const v = c.values[c.distributive ? k + (n - take.length) : 0];
			if (v === undefined) return;
			const slots = out.get(fi) ?? {};
			slots[slot] = { kind: c.kind, value: v, base: c.base, end: c.end };
			out.set(fi, slots);
		});
	}
	return out;
}

// 接待游客120万人次,实现旅游收入8亿元,其中游客人数同比增长12%,收入同比增长15% · 剧目77台、254场次,共吸引观众11万余人次,
// 演出场次增长了19.2%,观众人次增长了15.8%: a change whose own clause names the
// measure it is of (场次, 人次, 收入) by its unit, with no figure in that clause, goes to the last figure counted in that unit.
// 活动项数同比增长63.4%,活动场数同比增长68% (after 1837项、3653场): 项数 and 场数 name counts in 项 and 场.
const MEASURE_UNIT: [RegExp, string[]][] = [[/(?:人次|人数|接待量|总量)$/, ['人次', '人']], [/(?:场次|场数)$/, ['场次', '场']], [/项数$/, ['项']], [/(?:收入|金额|消费|花费|营收|营业额|票房)$/, ['元', '美元']]];
function namedMeasure(text: string, figures: readonly RawFigure[], before: number[], c: Change): number[] {
	if (c.distributive || c.all || c.values.length !== 1 || before.length < 2) return before;
	const clauseStart = startOfClause(text, c.start);
	if (figures.some((f) => f.start >= clauseStart && f.end <= c.start)) return before;
	const clause = text.slice(clauseStart, c.start).replace(/(?:同比|按年|比上年同期|比去年同期|较上年同期|较去年同期)$/, '');
	const unit = MEASURE_UNIT.find(([re]) => re.test(clause))?.[1] ?? differenceUnit(text, clauseStart, clause, c);
	const k = unit ? before.findLast((i) => unit.includes(figures[i]!.unit ?? '')) : undefined;
	return k === undefined ? before : [k];
}

// 预计发送旅客1069.6万人次,增开旅客列车601列,较去年同期增加89.2万人次,增幅为9.1% (fixture 727): a rate (增幅为) right after a
// difference names the measure by the difference's unit; it is the rate of the last figure in that unit.
const RATE_WORD_RE = /^(?:增幅|增速|增长率|降幅)/;
const DIFFERENCE_RE = /(?:较|比)[^,;。!?]*?(?:增加|减少|增长|多|少)了?[约近]?[\d.]+[万亿]?(人次|人|元|美元|场次|场|项)$/;
function differenceUnit(text: string, clauseStart: number, clause: string, c: Change): string[] | undefined {
	if (clause !== '' || !RATE_WORD_RE.test(text.slice(c.start, c.end)) || text[clauseStart - 1] !== ',') return undefined;
	const unit = DIFFERENCE_RE.exec(text.slice(startOfClause(text, clauseStart - 1), clauseStart - 1))?.[1];
	return unit === undefined ? undefined : [unit];
}

/**
 * 2011年上半年就有1050人次,2010年上半年为681人次,同比增加54.19%: a figure of the same period a year earlier, written
 * in the same sentence right after the figure it is the base of, is that base; the 同比 after it is the earlier figure's.
 */
export function yoyToCompared(text: string, figures: RawFigure[], out: Map<number, Slots>, keyOf: (i: number) => string | null): void {
	const moves: [number, number][] = [];
	for (const [i, slots] of out) {
		const ki = keyOf(i), kj = keyOf(i - 1);
		if (!slots.yoy || i === 0 || !ki || !kj || out.get(i - 1)?.yoy || figures[i]!.unit !== figures[i - 1]!.unit) continue;
		if (ki === `${+kj.slice(0, 4) - 1}${kj.slice(4)}` && !/[。!?;\n\r]/.test(text.slice(figures[i - 1]!.end, figures[i]!.start))) moves.push([i, i - 1]);
	}
	for (const [i, j] of moves) {
		out.set(j, { ...(out.get(j) ?? {}), yoy: out.get(i)!.yoy });
		delete out.get(i)!.yoy;
	}
}
