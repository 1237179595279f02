// Finds the changes a report states (同比…, 比2019年同期…, 恢复至…的x%, …倍, 分别…) in folded report text, in order.
import { parseNumber } from '../domain/quantity';
import { AR, CN, CN_YEAR, SCALE_CHARS, UNITS } from './figures';
import { backTo } from './scan';
import { carriedRecovery, carriedYoy, continuedOtherBases, describedBases, openedBases, rankedByGrowth } from './carried-changes';
import { ADV, AFTER_BRACKETED, AFTER_COMPARED, AFTER_FIGURE, APPROX, AVG_NOUN, BASE, DOWN, FLAT_WORDS, LAST_YEAR, LINK, MEASURE_CLAUSE, multiples, PCT, pct, RECOVER, saidOfAll, sharedUnit, TENTHS, UP, yearDigits, YOY, type Change, type ChangeKind } from './change-words';

const CHANGE_RE = new RegExp(
	// 按可比口径分别较去年假期增长A和B: 分别 may come before the comparison; 相当于增长9% after a comma is 同比.
	// 同比去年累计增速30.5% · ,累计增速40.3%: the growth of the running total (累计) is its 同比 too.
	`(?:按可比口径)?(?:分别)?(${YOY}|${BASE}|(?<=[,;:(]|${AFTER_FIGURE}、|${AFTER_BRACKETED}|\\d[ \\t]|${MEASURE_CLAUSE}|${AFTER_COMPARED})(?:按可比口径|相当于)?)(?:${LAST_YEAR}?累计)?(?:更是)?(?:(?:日均|人均)${AVG_NOUN})?(分别)?${ADV}(?:(${UP})|(${DOWN})|(?<=同比))率?了?(?:分别)?(?:为|达到|达|(?:收窄|扩大)(?:至|到))?(${APPROX}${PCT}(?:${LINK}${APPROX}${PCT})*)` +
		// 恢复至疫前同期的70.1%: before the pandemic is 2019. 约为2017年至2019年…的约85%: an average of years, kept as no change.
		// 达2019年同期的110.2% · 恢复至2019年同期81% · 为疫情前2019年同期的81% · 达到2019年同期的1.2倍 (a multiple).
		`|(?:按可比口径)?(分别)?(?:${RECOVER}|达到|达|为|是|相当于)(?:疫情前的?|疫前的?)?((?:\\d{4})年(?:(?:至|到|-|—)\\d{4}年)?|去年|上年|疫情前|疫前)(?:同期)?[^,;。的\\d]{0,8}?的?(${APPROX}${PCT}(?:${LINK}${APPROX}${PCT})*)` +
		`|是(去年|上年|(?:\\d{4}|${CN_YEAR})年)同期的(${AR}|${CN})倍` +
		// 与去年同期相若 (Macau, Hong Kong) is 持平.
		`|(${YOY}|${BASE})(?:基本|大体|大致)?(?:${FLAT_WORDS})` +
		`|(?:(${UP})|${DOWN})了?(?:为|达到|达)?${APPROX}(?:百分之${CN}|(?:${AR}|${CN})(?:%|${TENTHS}|倍|个百分点|百分点))(?=至)` +
		// 同比恢复73.8%: a recovery to last year's level.
		`|(?:按可比口径)?(?:同比|较上年同期|比上年同期)恢复(?:到|至)?(${APPROX}${PCT})` +
		// 分别持平、增长4.50%、下降4.92%和下降2.31%: one verb per item.
		`|分别((?:持平|(?:${UP}|${DOWN})了?${APPROX}${PCT})(?:${LINK}(?:持平|(?:${UP}|${DOWN})了?${APPROX}${PCT}))+)` +
		// 成长十一至十二%: a range of change is a change too, never a level; so is a list of them (分别增长15%、14%).
		`|(?:${UP}|${DOWN})了?(?:为|达到|达)?${APPROX}(?:(?:${AR}|${CN})(?:至|到|-|~))?(?:百分之${CN}|(?:${AR}|${CN})(?:%|${TENTHS}))` +
		`(?:(?:、|和|及)${APPROX}(?:百分之${CN}|(?:${AR}|${CN})(?:%|${TENTHS})))*` +
		// 比二〇二二年、二〇一九年分别增长A和B: one figure, a change against each year in turn.
		// 较2022年、2019年同比增加18.86%、210.74% · 同比分别增长6.79、9.33个百分点 (one unit after the last item): the same.
		`|(?:比|较|与)((?:\\d{4}|${CN_YEAR})年)、((?:\\d{4}|${CN_YEAR})年)(?:同期)?(?:相比)?,?(?:同比)?(?:分别)?(?:(${UP})|${DOWN})了?(${APPROX}${PCT}(?:${LINK}${APPROX}${PCT})*|${AR}(?:${LINK}${AR})+(?:%|个百分点|百分点))` +
		// …分别恢复到2020年同期的A和B、2021年同期的C和D: a second recovery list against another year.
		`|(?<=%)、((?:\\d{4})年|去年|上年)(?:同期)?[^,;。的\\d]{0,8}?的(${PCT}(?:${LINK}${PCT})*)` +
		// 环比增长均超过300% · 环比二季度增长47.2%: a change on the period before is no 同比 and no level (masked).
		`|环比[^,;。\\d]{0,6}?(?:${UP}|${DOWN})了?[均都]?(?:为|达到|达)?${APPROX}${PCT}` +
		// 游客量突破15.89万人次,实现182.14%的增幅: a rise stated as a noun right after a figure is that figure's 同比.
		`|(?<=,)实现了?(${APPROX}(?:百分之${CN}|(?:${AR}|${CN})%))的(?:增幅|增长)`,
	'g'
);

const ITEM_RE = new RegExp(`${APPROX}${PCT}`, 'g');
const FIGURE_BEFORE_RE = new RegExp(`${AFTER_FIGURE},$`);
const MORE_RE = new RegExp(`${LINK}(?:(${UP})|${DOWN})了?${APPROX}${PCT}`, 'y');
// 外国人入境市场的规模和增速分别为2815万人次和8.3%: in a pair of a level word and a rate of growth given 分别, the rate is the
// level's change on the year before, no figure of its own (fixture 538).
const SIZE_AND_RATE_RE = new RegExp(`(?:规模|总量|数量|人数|人次|收入|总额)(?:和|及|与)(?:增速|增幅|增长率|增长速度)分别(?:为|是|达到?)${APPROX}${AR}(?:${SCALE_CHARS})?(?:${UNITS})?(?:和|及|与)(-?${AR})%`, 'g');
const FLAT_RE = new RegExp(`(?:维持|保持)(?:在)?${LAST_YEAR}同期(?:的)?水平|(?<=${AFTER_BRACKETED})(?:基本)?(?:持平|维持不变|保持不变)`, 'g');
// 留宿旅客(2.2日)及不过夜旅客(0.3日)的平均逗留时间维持不变: unchanged said of the measure of a list of bracketed figures
// is a 0 for each of them (as 均持平 is).
const HELD_LIST_RE = /维持不变|保持不变/g;
const LIST_BEFORE_HELD_RE = new RegExp(`\\([^()]{0,30}\\d[^()]{0,30}\\)的[\u4e00-\u9fff]{1,8}$`);
// Not 保持在 (a bound kept: 保持在90%以上), nor a held level with a bound after it.
const HELD_RE = /维持在(?=[\d零〇一二两三四五六七八九十]+(?:\.\d+)?[^\d.,;。以左]{0,3}(?:[,;。]|$))/g;
// 同比录得26.1%及14.1%跌幅: a list of them, one for each figure the sentence gives (分别有A及B). 分别录得7.0倍及1.4倍升幅
// (794): a rise of N倍 is growth of N×100%, as 增加1.7倍 is; a fall of N倍 says nothing.
const RECORDED_RE = new RegExp(`录得(${AR}(?:%|倍)(?:(?:及|和|、)${AR}(?:%|倍))*)的?(升幅|增幅|涨幅|增长|跌幅|降幅|减幅|下跌|下降)`, 'g');
const DOWN_LEAD_RE = new RegExp(`^(?:${DOWN})`);
// 2011年 · 11月份 · 1-11月 · 5日: numbers that name a time.
const DATE_NUMBER_RE = /\d+(?:[-—~至到]\d+)?(?:年|月份?|日|号)/g;
// 亦下跌18.8%,至2376万人次 (810): 至 after the comma reaches the level as 达 does, unless what follows is a date (,至10月底).
const FORWARD_REACH_RE = /^,(?:(?:达到|达|为)(?:约|近|超过|超|逾)?[\d零〇一二两三四五六七八九十]|至(?:约|近|超过|超|逾)?[\d零〇一二两三四五六七八九十](?![\d.零〇一二两三四五六七八九十]*(?:年|月|日|号)))/;

/** A 同比 found by a phrase of its own, unless a change read before already covers its words. */
function addYoy(out: Change[], start: number, end: number, value: number, all = false): void {
	if (!out.some((c) => start < c.end && c.start < end)) out.push({ start, end, kind: 'yoy', values: [value], base: null, distributive: false, ...(all ? { all } : {}) });
}

/** Stated changes in folded text, in order. */
export function findChanges(text: string): Change[] {
	const out: Change[] = [];
	CHANGE_RE.lastIndex = 0;
	let m: RegExpExecArray | null;
	const read = (list: string, growth = false) =>
		(list.match(ITEM_RE) ?? []).map((x) => pct(x, growth)).filter((x): x is { value: number; points: boolean } => x !== null);
	while ((m = CHANGE_RE.exec(text))) {
		const start = m.index, end = start + m[0].length;
		// 增加23.5%至4.7万间 · 同比增加8倍至41.8万人次: the change comes first and its figure follows 至.
		// …同比增加17.7%,达443万人次: the same, with 达 after a comma.
		// 不过夜旅客消费则减少8.9%,为679元: so is a bare rise or fall naming no comparison, with no figure before it in its
		// sentence (after one it is that figure's, which the reader leaves unsaid). The numbers of a date say when, not how
		// much: 截至11月,2011年全国累计入境旅游人数增长1.16%,达12372.23万人 (fixture 681).
		const lone = m.slice(1).every((g) => g === undefined) && !m[0].startsWith('环比') && !/\d/.test(text.slice(backTo(text, start, /[。!?;\n\r]/, 0), start).replace(DATE_NUMBER_RE, ''));
		const forward = text[end] === '至' || ((m[7] !== undefined || lone) && FORWARD_REACH_RE.test(text.slice(end, end + 16)));
		// 接待游客1009.3万人次,日均同比增长81.7%: the change of a daily (or per-head) average, not of the total before it.
		// 日均4123.2万人次,比2019年同期日均下降18.8%: a daily average after the comparison is that average's change, so it
		// belongs to a figure only when the clause it follows (past other changes) is a daily (or per-head) average too.
		const averaged = /(?:日均|人均)/.exec(m[0]);
		if (averaged && !/(?:^|[,;。!?\n\r])(?:日均|人均)[^,;。!?\n\r]*,(?:(?:比|较|同比|与)[^,;。!?\n\r]*,)*$/.test(text.slice(Math.max(0, start - 80), start))) {
			out.push({ start, end, kind: 'masked', values: [], base: null, distributive: false });
			continue;
		}
		// 日均同比2023年分别增长111.5%和98.9%: 比2023年 after 日均同 (a 同比 with its base year inside it) is the average's change too.
		if (/(?:日均|人均)同?$/.test(text.slice(Math.max(0, start - 3), start))) {
			out.push({ start, end, kind: 'masked', values: [], base: null, distributive: false });
			continue;
		}
		if (m[7] !== undefined) {
			const values = read(m[7], !m[6]);
			if (values.length === 0) continue;
			const sign = m[6] ? -1 : 1;
			const baseText = m[2] ?? m[3];
			const base = baseText ? (baseText === '前年' ? '前年' : yearDigits(baseText)) : null;
			const points = values.some((r) => r.points);
			const kind: ChangeKind = base ? 'base_growth' : points ? 'yoy_points' : 'yoy';
			const signed = values.map((r) => sign * r.value);
			// 分别比上年下降2.2%和增长3.2%: the items after the first may carry verbs of their own.
			let stop = end;
			MORE_RE.lastIndex = end;
			for (let x: RegExpExecArray | null; (x = MORE_RE.exec(text)) && x.index === stop; stop = MORE_RE.lastIndex) {
				const v = read(x[0], x[1] !== undefined)[0];
				if (!v || v.points !== points) break;
				signed.push((x[1] !== undefined ? 1 : -1) * v.value);
			}
			if (stop > end) CHANGE_RE.lastIndex = stop;
			const distributive = !!m[4] || /分别/.test(m[0]) || signed.length > 1;
			// 均比去年同期增长60% · 同比均增长5%: one change for each figure before it (a bound after it, 以上, is not kept).
			// 比去年同期各增加22.7%及27% (771): 各 (each) gives a list in order, as 分别 does, and one change to all, as 均 does.
			const all = !distributive && (saidOfAll(text, start) || /(?<![日人])均|皆|各/.test(m[0]));
			out.push({ start, end: stop, kind, values: signed, base, distributive, forward, all, bare: m[1] === '', ...(base && points ? { points } : {}) });
		} else if (m[10] !== undefined) {
			const values = read(m[10]);
			const times = multiples(m[10]);
			// 恢复到去年同期…的67.9%: a recovery to last year's level keeps no base year.
			if (/至|到|-|—/.test(m[9]!)) out.push({ start, end, kind: 'masked', values: [], base: null, distributive: false });
			// 达到2019年同期的1.2倍: a multiple of that year's level, as 是去年同期的N倍 is; 分别达到2019年的1.76倍和1.59倍 gives
			// one to each figure before it, in order, as 分别恢复至 gives recoveries.
			else if (times) out.push({ start, end, kind: 'multiple', values: times, base: /^(?:去年|上年)$/.test(m[9]!) ? null : /疫/.test(m[9]!) ? '2019' : m[9]!.replace('年', ''), distributive: times.length > 1 });
			else if (values.length) {
				const distributive = !!m[8] || values.length > 1;
				// 票房和观演人数均恢复至2019年的八成: one recovery for each figure it follows, as 均比去年同期增长 is.
				const all = !distributive && saidOfAll(text, start);
				out.push({ start, end, kind: 'recovery', values: values.map((r) => r.value), base: /疫/.test(m[9]!) ? '2019' : /^\d/.test(m[9]!) ? m[9]!.replace('年', '') : null, distributive, all });
			}
		} else if (m[12] !== undefined) {
			const base = /^(?:去年|上年)$/.test(m[11]!) ? null : yearDigits(m[11]!);
			const v = parseNumber(m[12]);
			if (v.ok && v.value.unit === null) out.push({ start, end, kind: 'multiple', values: [v.value.value], base, distributive: false });
		} else if (m[22] !== undefined) {
			// Each value against its own year; a year that is last year's becomes 同比 where the change is assigned.
			const values = read(sharedUnit(m[22]), m[21] !== undefined);
			const sign = m[21] !== undefined ? 1 : -1;
			// In points (出租率…增长6.79、9.33个百分点), each stays in points: against last year it is the rate's 同比 in points.
			const points = values.length === 2 && values.every((v) => v.points);
			if (values.length === 2 && (points || !values.some((v) => v.points))) {
				out.push({ start, end, kind: 'base_growth', values: [sign * values[0]!.value], base: yearDigits(m[19]!), distributive: false, ...(points ? { points } : {}) });
				out.push({ start, end, kind: 'base_growth', values: [sign * values[1]!.value], base: yearDigits(m[20]!), distributive: false, ...(points ? { points } : {}) });
			} else out.push({ start, end, kind: 'masked', values: [], base: null, distributive: false });
		} else if (m[24] !== undefined) {
			const prev = out.at(-1);
			const values = read(m[24]);
			if (prev?.kind === 'recovery' && prev.end === start && values.length === prev.values.length) {
				out.push({ start, end, kind: 'recovery', values: values.map((r) => r.value), base: /^\d/.test(m[23]!) ? m[23]!.replace('年', '') : null, distributive: prev.distributive });
			}
		} else if (m[25] !== undefined) {
			// Checked here, not in a lookbehind of CHANGE_RE, which would be tried at every comma of the text.
			const v = FIGURE_BEFORE_RE.test(text.slice(Math.max(0, start - 24), start)) ? pct(m[25]) : null;
			out.push(v ? { start, end, kind: 'yoy', values: [v.value], base: null, distributive: false } : { start, end, kind: 'masked', values: [], base: null, distributive: false });
		} else if (m[13] !== undefined) {
			const baseText = m[14] ?? m[15];
			// 计算机22.58万台,其中…终端14.57万台,均与上年基本持平: 均 gives the 0 to each figure before it, as 均增长 does.
			out.push({ start, end, kind: baseText ? 'base_growth' : 'yoy', values: [0], base: baseText ? yearDigits(baseText) : null, distributive: false, all: saidOfAll(text, start) });
		} else if (m[17] !== undefined) {
			const v = pct(m[17]);
			if (v && !v.points) out.push({ start, end, kind: 'recovery', values: [v.value], base: null, distributive: false });
		} else if (m[18] !== undefined) {
			const items = m[18].split(new RegExp(LINK)).filter((x) => x !== '');
			const values: number[] = [];
			for (const it of items) {
				if (it === '持平') values.push(0);
				else {
					const down = new RegExp(`^(?:${DOWN})`).test(it);
					const v = read(it, !down)[0];
					if (v && !v.points) values.push((down ? -1 : 1) * v.value);
				}
			}
			if (values.length === items.length) out.push({ start, end, kind: 'yoy', values, base: null, distributive: true });
		} else if (forward) {
			// A bare rise or fall written before its figure (可供客房数目增加23.5%至4.7万间) is the change on the year before.
			const up = !DOWN_LEAD_RE.test(m[0]);
			const values = read(m[0], up);
			const points = values[0]?.points ?? false;
			if (values.length) out.push({ start, end, kind: points ? 'yoy_points' : 'yoy', values: [(up ? 1 : -1) * values[0]!.value], base: null, distributive: false, forward: true });
			else out.push({ start, end, kind: 'masked', values: [], base: null, distributive: false });
		} else {
			out.push({ start, end, kind: 'masked', values: [], base: null, distributive: false });
		}
	}
	// 平均逗留时间维持在2.3日: a level held where it was is unchanged on the year before (持平), said before the figure.
	HELD_RE.lastIndex = 0;
	for (let h: RegExpExecArray | null; (h = HELD_RE.exec(text)); ) out.push({ start: h.index, end: h.index + 2, kind: 'yoy', values: [0], base: null, distributive: false, forward: true });
	// 平均逗留时间为1.2日,维持去年同期水平 · 不过夜旅客(0.2日)则持平: a level kept at last year's, or a bare 持平 right after a
	// figure in brackets, is a change of 0 on the year before, said after the figure (fixture 529, as 118).
	SIZE_AND_RATE_RE.lastIndex = 0;
	for (let h: RegExpExecArray | null; (h = SIZE_AND_RATE_RE.exec(text)); ) {
		const end = h.index + h[0].length;
		addYoy(out, end - h[1]!.length - 1, end, +h[1]!.replace(/,/g, ''));
	}
	FLAT_RE.lastIndex = 0;
	for (let h: RegExpExecArray | null; (h = FLAT_RE.exec(text)); ) addYoy(out, h.index, h.index + h[0].length, 0);
	HELD_LIST_RE.lastIndex = 0;
	for (let h: RegExpExecArray | null; (h = HELD_LIST_RE.exec(text)); ) {
		if (LIST_BEFORE_HELD_RE.test(text.slice(Math.max(0, h.index - 72), h.index))) addYoy(out, h.index, h.index + h[0].length, 0, true);
	}
	// 俄罗斯(2,726人次)旅客则录得21.1%的升幅: a rise or fall recorded as a noun after its rate is the change on the year before.
	RECORDED_RE.lastIndex = 0;
	for (let r: RegExpExecArray | null; (r = RECORDED_RE.exec(text)); ) {
		const falls = /[跌降减]/.test(r[2]!);
		const vs = r[1]!.split(/及|和|、/).map((x) => pct(x, !falls));
		if (vs.some((v) => !v || v.points)) continue;
		const values = vs.map((v) => (falls ? -1 : 1) * v!.value);
		if (values.length === 1) addYoy(out, r.index, r.index + r[0].length, values[0]!);
		else if (!out.some((c) => r!.index < c.end && c.start < r!.index + r![0].length)) out.push({ start: r.index, end: r.index + r[0].length, kind: 'yoy', values, base: null, distributive: true });
	}
	describedBases(text, out);
	openedBases(text, out);
	out.sort((a, b) => a.start - b.start);
	carriedYoy(text, out);
	carriedRecovery(text, out);
	continuedOtherBases(text, out);
	rankedByGrowth(text, out);
	return out;
}

/** 较前年: the base year before last, as a year of the report's calendar (in place). */
export function relativeBases(changes: Change[], date: string): void {
	for (const c of changes) if (c.base === '前年') c.base = String(+date.slice(0, 4) - 2);
}