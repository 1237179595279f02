// Finds the changes a report states (同比…, 比2019年同期…, 恢复至…的x%, …倍, 分别…) in folded report text, in order.
import { parseNumber } from '../domain/quantity';
import { APPROX_WORDS, AR, CN, CN_YEAR, SCALE_CHARS, UNITS, withoutApprox } from './figures';
import { measureOfWords, measureOnly } from './measures';
import { backTo } from './scan';

/** `masked`: a change with no comparison named that is not a clause of its own (香港旅客上升15.4%): never a level, never assigned. */
export type ChangeKind = 'yoy' | 'yoy_points' | 'base_growth' | 'recovery' | 'multiple' | 'masked';
export interface Change {
	start: number;
	end: number;
	kind: ChangeKind;
	/** Signed percent (or points, or a multiple); 下降/减少 negative. */
	values: number[];
	/** The comparison period as written when it is not last year (2019); null for last year. */
	base: string | null;
	distributive: boolean;
	/** 较2023年国庆假期上升6.7个百分点: a change against a base year stated in percentage points. */
	points?: boolean;
	/** Written before its figure (增加23.5%至4.7万间): it belongs to the figure right after 至. */
	forward?: boolean;
	/** 游客量和旅游收入均比去年同期增长60%以上: one change stated for every figure it follows (均/都). */
	all?: boolean;
	/** ,收入增长3%: a rise or fall after a comma that names no comparison of its own. */
	bare?: boolean;
	/** 以增幅来看,香港澳门成长49.57%最高: a change in a ranking by growth, of the subject its clause names (said before). */
	subject?: string;
}

// 同比增长-14.21%: a rise written with a minus sign is a fall.
// 同比下跌逾一成八 (Macau): N成M is N tenths and M hundredths, 18%.
const TENTHS = '成[一二三四五六七八九]?';
const PCT = `(?:百分之${CN}|(?:-?${AR}|${CN})(?:%|个百分点|百分点|倍|${TENTHS}))`;
const APPROX = `(?:${APPROX_WORDS})?`;
// 成长 (Taiwan) is 增长; 负成长 · 负增长 (growth below zero) is a fall.
// 同比增速为29.2%: the rate of growth named as a noun (增速) is the rise too.
const UP = '增长|增加|成长|提高|提升|上升|上涨|高出|增幅|增速|升幅|涨幅|多|回升|增|升';
// 同比减幅为27.3%: the size of a fall named as a noun (减幅, 跌幅, 降幅) is the fall.
const DOWN = '负成长|负增长|下降|减少|降低|下滑|回落|下跌|降幅|跌幅|减幅|减|降|跌|少';
// 再跌2.2%: a further change on the year before.
// 与2019年同期相比仍下降11.3%: 仍 (still) is an adverb too.
// 相对增幅433.38% (after a difference against last year's same day): the relative rise is the change too.
// 亦增长1.86% · 也增长: the same change again (亦, 也) is a change of its own clause's figure.
// 按年轻微增加0.7% · 按年微增 (Macau): a slight rise. 较去年略增0.7% · 略降: 略 alone too (fixture 580).
// 比前年还成长了2.4% · 大增34.3% (Taiwan): 还 (still) and 大 (greatly) before the verb too.
const ADV = '(?:大幅|小幅|略有|略|轻微|微幅|微|稳步|明显|均|将再|再|仍然|仍|依然|相对|亦|也|还|大(?=增|减|涨|跌|降|升))?';
const LINK = `(?:和|、|,|及|与)`;
const LAST_YEAR = '(?:上年|去年|前一年|上一年)';
const SAME = '(?:同期|同月|同日|同季)';
// 较去年假期 · 比上年黄金周: last year's holiday, named or not.
// 较去年清明节当日: the same holiday's day last year; 较去年“五一”假期 · 比2019年“五一”假日: the name may stand in quotes.
const HOL = '(?:[“"]?(?:春节|国庆节?|五一|十一|清明节?|端午节?|中秋节?)[”"]?(?:黄金周|假期|假日|长假|小长假|当日|当天)?|假期|假日|黄金周|小长假|长假|[一二三四]季度|[上下]半年|前三季度)';
// 营业收入341.1万元,同比36.8%: 同比 with no verb before its rate is a rise (the verb may be left out, never the sign).
// Year-on-year: 同比 · 按年 · 较上年同期 · 比去年同月 · 与上年同期相比; another base: 比2019年同期 · 与2019年同日相比.
// 比上年春节黄金周 · 与2022年同比 (a base year then 同比) name the comparison too.
// 与去年同期同基数相比 · 与2019年同期同口径相比: the same comparison on a like-for-like basis.
const LIKE = '(?:同基数|同口径|可比口径)?';
// 较去年春节同期增长6.3% · 比2021年同口径分别增长9.52%和17.64%: the period compared with may be a holiday's same days
// (the holiday, then 同期) or the same sample (同口径); either way it is that year's same occasion.
const OCCASION = `(?:${SAME}|${HOL}${SAME}?)?${LIKE}`;
// 年增11.4% · 年减3% · 年增率28.5% (Taiwan's press): the year's change, right after a comma or a bracket, never 2017年增长;
// a rate word after the verb (年增率 · 同比增长率) names the same change.
// 总藏量135959万册,比上年末增长7.8%: a stock against last year's end is its 同比 too.
// 但比去年1至3月大幅成长72.3%: last year's same span of months, named, is its same period. (A single month, 比去年4月
// 多了两成以上, is left as it was: fixture 672 keeps that rounded restatement without a change.)
const LAST_MONTHS = '(?:\\d{1,2}月?(?:至|到|-|—)\\d{1,2}月份?)?';
const YOY = `同比|按年|(?<=[,;:(、])年(?=增|减)|${LAST_YEAR}${SAME}|(?:比|较之|较)${LAST_YEAR}(?:末|底)?${LAST_MONTHS}${OCCASION}|(?:与|和|同)${LAST_YEAR}${SAME}?(?:${LIKE}相比,?)?|比(?=增|降)`;
// 比历史上最好的2007年同期 · 与疫情前的2019年同期相比: a base year may be described before it.
// 较前年成长百分之十二: the year before last, resolved against the report's year (relativeBases).
// 不过比104年减少了16.1% (Taiwan): a year of the Republic calendar (民国104年, 2015) is a base year too.
const ROC_YEAR = '1[01]\\d(?=年)';
const BASE = `(?:比|较之|较)(?:[\u4e00-\u9fff]{1,8}的)?((?:\\d{4}|${ROC_YEAR}|${CN_YEAR})年|前年)${OCCASION}同?比?|(?:与|和|同)(?:[\u4e00-\u9fff]{1,8}的)?((?:\\d{4}|${CN_YEAR})年)(?:${SAME}|${HOL})?(?:${LIKE}相比,?|同比)?`;
// 個人遊旅客(12,281,055人次)上升15.5% · (7,179,722人次)則減少0.2%: a bare change right after a figure in brackets is
// that figure's change on the year before, as the bracket makes the figure the subject of the verb.
const AFTER_BRACKETED = `\\([^()]{0,30}\\d[^()]{0,30}\\)[\u4e00-\u9fff]{0,4}`;
// 旅居人数389.75万、增长20.7%: a change set after a figure by 、 alone is that figure's, as after a comma; so is one
// after a space (旅游外汇收入(万美元) 1200.5 下降3.2%, a table written out in prose lines).
const AFTER_FIGURE = `[\\d.]+(?:${SCALE_CHARS})?(?:${UNITS})?`;
// 剧目…254场次,共吸引观众11万余人次,演出场次增长了19.2%,观众人次增长了15.8%: a clause naming a measure by its unit
// (场次, 人次) before a bare verb is that measure's change on the year before (assignChanges finds its figure by the unit).
const MEASURE_CLAUSE = '[,;][\u4e00-\u9fff]{0,4}(?:场次|人次)';
// 与去年同期相比,游客总量增长28%,旅游收入增长53%: the comparison with last year named before its clauses of measures
// holds for each bare change after it in the sentence.
const AFTER_COMPARED = `(?:与|和|同|较|比)${LAST_YEAR}同期相比,(?:[\u4e00-\u9fff]{1,8}(?:增长|下降|增加|减少|上升)了?[\\d.]+%,)*[\u4e00-\u9fff]{1,8}`;
// 较2023年同期日均客量上升22.9%: the average may be named with its measure (客量, 旅客量, 消费) before the verb.
// 持平 · 维持不变 · 保持不变 (Macau's 維持不變): unchanged on the year before, a change of 0 (fixtures 118, 643, 652).
const FLAT_WORDS = '持平|相若|相近|维持不变|保持不变';
// 分别回复至2019年同期的85%、92.8%及78.4% (Macau): 回复 is 恢复.
const RECOVER = '(?:恢复|回复)(?:到|至)';
const AVG_NOUN = '(?:客量|旅客量|游客量|接待量|客流量?|旅客|游客|人次|消费|花费|支出)?';
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

/** A stated change as a percent; `growth`: 增加1.7倍 is growth of 170% (a 倍 after a rise, never after a fall or alone). */
function pct(s: string, growth = false): { value: number; points: boolean } | null {
	const t = withoutApprox(s);
	const points = /百分点$/.test(t);
	if (/倍$/.test(t)) {
		const p = growth ? parseNumber(t.slice(0, -1)) : null;
		return p?.ok && p.value.unit === null ? { value: Math.round(p.value.value * 100 * 1e6) / 1e6, points: false } : null;
	}
	const tenths = /成([一二三四五六七八九])?$/.exec(t);
	if (tenths) {
		const p = parseNumber(t.slice(0, tenths.index));
		const extra = tenths[1] ? +CN_DIGITS[tenths[1]]! : 0;
		return p.ok && p.value.unit === null ? { value: p.value.value * 10 + extra, points: false } : null;
	}
	const p = parseNumber(t.replace(/个百分点$|百分点$/, ''));
	if (!p.ok || (p.value.unit !== null && p.value.unit !== '%')) return null;
	return { value: p.value.value, points };
}
const ITEM_RE = new RegExp(`${APPROX}${PCT}`, 'g');
const FIGURE_BEFORE_RE = new RegExp(`${AFTER_FIGURE},$`);
/** 1.2倍 · 1.76倍和1.59倍: the multiples of a list whose every item is one (no qualifier), or null. */
function multiples(list: string): number[] | null {
	const items = list.split(/[、和及与,]/);
	const values = items.map((x) => (/^[^倍]+倍$/.test(x) ? parseNumber(withoutApprox(x).slice(0, -1)) : null));
	return values.every((v) => v?.ok && v.value.unit === null) ? values.map((v) => (v!.ok ? v!.value.value : NaN)) : null;
}
const MORE_RE = new RegExp(`${LINK}(?:(${UP})|${DOWN})了?${APPROX}${PCT}`, 'y');
const CN_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
/** 二〇一九年 → 2019; 2019年 → 2019; 104年 (the Republic calendar) → 2015. */
function yearDigits(s: string): string {
	const y = s.replace('年', '').replace(/[〇零一二三四五六七八九]/g, (c) => CN_DIGITS[c]!);
	return y.length === 3 ? String(+y + 1911) : y;
}
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
// 同比录得26.1%及14.1%跌幅: a list of them, one for each figure the sentence gives (分别有A及B).
const RECORDED_RE = new RegExp(`录得(${AR}%(?:(?:及|和|、)${AR}%)*)的?(升幅|增幅|涨幅|增长|跌幅|降幅|减幅|下跌|下降)`, 'g');
const DOWN_LEAD_RE = new RegExp(`^(?:${DOWN})`);
const FORWARD_REACH_RE = /^,(?:达到|达|为)(?:约|近|超过|超|逾)?[\d零〇一二两三四五六七八九十]/;

/** 6.79、9.33个百分点 → 6.79个百分点、9.33个百分点: a unit written once after a list of bare numbers is every item's. */
function sharedUnit(list: string): string {
	const u = /(?:%|个百分点|百分点)$/.exec(list);
	return u && !/^[\d.]+(?:%|个百分点|百分点)/.test(list) ? list.slice(0, -u[0].length).split(new RegExp(LINK)).map((x) => x + u[0]).join('、') : list;
}

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
		// 不过夜旅客消费则减少8.9%,为679元: so is a bare rise or fall naming no comparison, with no number before it in its
		// sentence (after one it is that figure's, which the reader leaves unsaid).
		const lone = m.slice(1).every((g) => g === undefined) && !m[0].startsWith('环比') && !/\d/.test(text.slice(backTo(text, start, /[。!?;\n\r]/, 0), start));
		const forward = text[end] === '至' || ((m[7] !== undefined || lone) && FORWARD_REACH_RE.test(text.slice(end, end + 4)));
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
			const all = !distributive && (/[均都]$/.test(text.slice(Math.max(0, start - 1), start)) || /(?<![日人])均/.test(m[0]));
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
				const all = !distributive && /[均都]$/.test(text.slice(Math.max(0, start - 1), start));
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
			out.push({ start, end, kind: baseText ? 'base_growth' : 'yoy', values: [0], base: baseText ? yearDigits(baseText) : null, distributive: false, all: /[均都]$/.test(text.slice(Math.max(0, start - 1), start)) });
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
		const vs = r[1]!.split(/及|和|、/).map((x) => pct(x));
		if (vs.some((v) => !v || v.points)) continue;
		const values = vs.map((v) => (/[跌降减]/.test(r![2]!) ? -1 : 1) * v!.value);
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

// 若以增幅来看,香港澳门成长49.57%最高,…;中国大陆成长34.95%居次,…: after an opener ranking by growth, each bare change whose
// clause is only a subject is that subject's change on the year before, to the end of the paragraph.
const RANKED_BY_GROWTH_RE = /(?:以|从|按)(?:增幅|增速|成长率?|增长率?)(?:来看|看|而言),/g;
const SUBJECT_CLAUSE_RE = /(?:^|[,;:])([\u4e00-\u9fff]{2,6})$/;
function rankedByGrowth(text: string, out: Change[]): void {
	RANKED_BY_GROWTH_RE.lastIndex = 0;
	for (let o: RegExpExecArray | null; (o = RANKED_BY_GROWTH_RE.exec(text)); ) {
		const from = o.index + o[0].length;
		let to = from;
		while (to < text.length && !/[\n\r]/.test(text[to]!)) to++;
		for (const c of out) {
			if (c.kind !== 'masked' || c.start < from || c.start >= to) continue;
			const subject = SUBJECT_CLAUSE_RE.exec(text.slice(Math.max(from - 1, c.start - 7), c.start));
			const r = subject ? BARE_CHANGE_RE.exec(text.slice(c.start, c.end)) : null;
			const v = r ? pct(r[3]!, r[1] !== undefined) : null;
			if (v && !v.points) Object.assign(c, { kind: 'yoy', values: [(r![1] !== undefined ? 1 : -1) * v.value], subject: subject![1] });
		}
	}
}

// 存款余额1107.30亿元,比年初增长23.6%;…其中人民币各项存款余额1106.06亿元,增长23.6%: a bare rise after a comparison with
// the start of the year (or last month, or 环比) in its paragraph continues that comparison, not 同比; it is masked.
const OTHER_BASE_BEFORE_RE = /(?:比|较)(?:年初|上月|上季度?)$/;
function continuedOtherBases(text: string, out: Change[]): void {
	out.forEach((c, k) => {
		if (!c.bare || c.kind !== 'yoy') return;
		const prev = out.slice(0, k).findLast((o) => !o.bare);
		if (!prev || prev.kind !== 'masked' || /[\n\r]/.test(text.slice(prev.end, c.start))) return;
		if (OTHER_BASE_BEFORE_RE.test(text.slice(Math.max(0, prev.start - 4), prev.start)) || text.startsWith('环比', prev.start)) Object.assign(c, { kind: 'masked', values: [] });
	});
}

const BRACKETED_CLAUSE_RE = new RegExp(`^[,;][^,;。!?\\n\\r\\d()]{1,8}${AFTER_BRACKETED}$`);
// 部分重点景区接待人次较2019年增长11.73%,门票收入恢复至98.31%: a bare recovery after a clause that names a measure,
// following a change against a year in its sentence, is a recovery to that year (no level of its own, like a bare rise).
function carriedRecovery(text: string, out: Change[]): void {
	const found: Change[] = [];
	BARE_RECOVERY_RE.lastIndex = 0;
	for (let r: RegExpExecArray | null; (r = BARE_RECOVERY_RE.exec(text)); ) {
		const [start, end] = [r.index, r.index + r[0].length];
		if (out.some((c) => start < c.end && c.start < end)) continue;
		const prev = out.findLast((c) => c.end <= start);
		if (!prev || (prev.kind !== 'base_growth' && prev.kind !== 'recovery') || prev.base === null || prev.distributive) continue;
		const between = text.slice(prev.end, start);
		const v = pct(r[1]!);
		// 恢复至2019年同期的82.9%;国际旅客(134.16万人次)恢复至68.1%: the measure's figure may stand in brackets before it.
		if (!(BRACKETED_CLAUSE_RE.test(between) || /^,[^,;。!?\n\r\d]{1,8}$/.test(between)) || !measureOfWords(between) || !v || v.points) continue;
		found.push({ start, end, kind: 'recovery', values: [v.value], base: prev.base, distributive: false });
	}
	out.push(...found);
	out.sort((a, b) => a.start - b.start);
}

// 其中人数同比增长8.2%,收入增长10.1%: a bare rise after a clause that names only a measure, following a 同比 in its
// sentence, is a 同比 too (the comparison is said once for the list of measures).
function carriedYoy(text: string, out: Change[]): void {
	out.forEach((c, k) => {
		if (c.kind !== 'masked' || k === 0) return;
		const prev = out[k - 1]!;
		if (prev.kind !== 'yoy' || prev.bare || prev.distributive || /[。!?;\n\r]/.test(text.slice(prev.end, c.start))) return;
		const clauseStart = Math.max(prev.end, c.start - 12, text.lastIndexOf(',', c.start - 1) + 1);
		if (!measureOnly(text.slice(clauseStart, c.start))) return;
		const r = BARE_CHANGE_RE.exec(text.slice(c.start, c.end));
		const v = r ? pct(r[3]!, r[1] !== undefined) : null;
		if (v && !v.points) Object.assign(c, { kind: 'yoy', values: [(r![1] !== undefined ? 1 : -1) * v.value] });
	});
}

// 与2019年相比,游客人数恢复到95%,收入增长3% · 与疫情前的2019年同期相比,…: a comparison opening a clause names the base
// of the bare changes after it, to the end of its sentence; 恢复到95% there is a recovery to that base.
// 票房收入66.09亿元,比2013年场次上升10.36%,票房收入上升1.10%: a comparison whose first clause names its measure between
// the year and the verb opens the same way, for that clause and the ones after it.
const OPENER_RE = new RegExp(`(?:与|和|同)(?:[\u4e00-\u9fff]{1,8}的)?((?:\\d{4}|${CN_YEAR})年|去年|上年)(?:同期)?(?:[^,;。!?\\n\\r]{1,20}?(?:同口径|同基数|可比口径))?(?:相比|比较),` +
	`|(?:比|较)((?:\\d{4}|${CN_YEAR})年|去年|上年)(?:同期)?(?=[\u4e00-\u9fff]{2,6}?(?:略有|大幅|小幅)?(?:上升|增长|增加|下降|减少))`, 'g');
const BARE_CHANGE_RE = new RegExp(`^(?:(${UP})|(${DOWN}))了?(?:为|达到|达)?(${APPROX}${PCT})$`);
const BARE_RECOVERY_RE = new RegExp(`${RECOVER}了?(${APPROX}${PCT})`, 'g');
// 与2021年纳入统计的654家重点景区同口径比较, · 与2021年113家重点景区同口径相比,: a comparison whose base is described after its
// year (the sample compared against, like for like) opens a clause as 与2021年相比 does; the counts in that description
// name last year's sample, not figures of the report, so the whole opener is masked.
const DESCRIBED_OPENER_RE = new RegExp(`(?:与|和|同)((?:\\d{4}|${CN_YEAR})年|去年|上年)(?:同期)?[^,;。!?\\n\\r]{1,20}?(?:同口径|同基数|可比口径)(?:相比|比较)(?=,)`, 'g');
function describedBases(text: string, out: Change[]): void {
	DESCRIBED_OPENER_RE.lastIndex = 0;
	for (let o: RegExpExecArray | null; (o = DESCRIBED_OPENER_RE.exec(text)); ) {
		const start = o.index;
		const end = start + o[0].length;
		if (out.some((c) => c.start < end && start < c.end)) continue;
		out.push({ start, end, kind: 'masked', values: [], base: null, distributive: false });
	}
}

// 同2020年同期同口径相比,接待人次、门票收入分别增长13.04%和15.21%: a 分别 list of bare rises after an opener is a list of
// changes against the opener's base, one for each measure named before 分别.
const BARE_LIST_RE = new RegExp(`^(?:(${UP})|(${DOWN}))了?(${PCT}(?:(?:和|、|,)${PCT})+)$`);
function openedList(text: string, c: Change, kind: ChangeKind, base: string | null): void {
	const r = /分别$/.test(text.slice(Math.max(0, c.start - 2), c.start)) ? BARE_LIST_RE.exec(text.slice(c.start, c.end)) : null;
	const vs = r ? r[3]!.split(/和|、|,/).map((s) => pct(s, r[1] !== undefined)) : [];
	if (vs.length < 2 || vs.some((v) => !v || v.points)) return;
	Object.assign(c, { kind, base, distributive: true, values: vs.map((v) => (r![1] !== undefined ? 1 : -1) * v!.value) });
}

function openedBases(text: string, out: Change[]): void {
	OPENER_RE.lastIndex = 0;
	for (let o: RegExpExecArray | null; (o = OPENER_RE.exec(text)); ) {
		const from = o.index + o[0].length;
		let to = from;
		while (to < text.length && !/[。!?;\n\r]/.test(text[to]!)) to++;
		// 与去年同期相比,游客总量增长28%: against last year the bare changes are 同比.
		const year = o[1] ?? o[2]!;
		const base = /^(?:去年|上年)$/.test(year) ? null : yearDigits(year);
		const kind = base === null ? 'yoy' : 'base_growth';
		for (const c of out) {
			if (c.start < from || c.start >= to) continue;
			if (c.bare && c.kind === 'yoy') Object.assign(c, { kind, base, bare: false });
			// ,国内旅游收入增长了4.1%: a rise after the measure it names, read as no change of its own until now.
			const r = c.kind === 'masked' ? BARE_CHANGE_RE.exec(text.slice(c.start, c.end)) : null;
			const v = r ? pct(r[3]!, r[1] !== undefined) : null;
			if (v && !v.points) Object.assign(c, { kind, base, values: [(r![1] !== undefined ? 1 : -1) * v.value] });
			else if (c.kind === 'masked') openedList(text, c, kind, base);
		}
		BARE_RECOVERY_RE.lastIndex = from;
		for (let r: RegExpExecArray | null; (r = BARE_RECOVERY_RE.exec(text)) && r.index < to; ) {
			if (out.some((c) => r!.index < c.end && c.start < r!.index + r![0].length)) continue;
			const v = pct(r[1]!);
			if (v && !v.points) out.push({ start: r.index, end: r.index + r[0].length, kind: 'recovery', values: [v.value], base, distributive: false });
		}
	}
}

/** 较前年: the base year before last, as a year of the report's calendar (in place). */
export function relativeBases(changes: Change[], date: string): void {
	for (const c of changes) if (c.base === '前年') c.base = String(+date.slice(0, 4) - 2);
}
