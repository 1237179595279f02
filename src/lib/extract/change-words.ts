// The words of a stated change (同比, 比2019年同期, 增长/下降, 恢复至…) as pattern parts, and the reading of its rates and base years.
import { parseNumber } from '../domain/quantity';
import { APPROX_WORDS, AR, CN, CN_YEAR, SCALE_CHARS, UNITS, withoutApprox } from './figures';

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
	/** 游客量和旅游收入均比去年同期增长60%以上: one change stated for every figure it follows (均/都/皆). */
	all?: boolean;
	/** ,收入增长3%: a rise or fall after a comma that names no comparison of its own. */
	bare?: boolean;
	/** 以增幅来看,香港澳门成长49.57%最高: a change in a ranking by growth, of the subject its clause names (said before). */
	subject?: string;
}

// 同比增长-14.21%: a rise written with a minus sign is a fall.
// 同比下跌逾一成八 (Macau): N成M is N tenths and M hundredths, 18%.
export const TENTHS = '成[一二三四五六七八九]?';
export const PCT = `(?:百分之${CN}|(?:-?${AR}|${CN})(?:%|个百分点|百分点|倍|${TENTHS}))`;
export const APPROX = `(?:${APPROX_WORDS})?`;
// 成长 (Taiwan) is 增长; 负成长 · 负增长 (growth below zero) is a fall.
// 同比增速为29.2%: the rate of growth named as a noun (增速) is the rise too.
export const UP = '增长|增加|成长|提高|提升|上升|上涨|高出|增幅|增速|升幅|涨幅|多|回升|增|升';
// 同比减幅为27.3%: the size of a fall named as a noun (减幅, 跌幅, 降幅) is the fall.
export const DOWN = '负成长|负增长|下降|减少|降低|下滑|回落|下跌|降幅|跌幅|减幅|减|降|跌|少';
// 再跌2.2%: a further change on the year before.
// 与2019年同期相比仍下降11.3%: 仍 (still) is an adverb too.
// 相对增幅433.38% (after a difference against last year's same day): the relative rise is the change too.
// 亦增长1.86% · 也增长: the same change again (亦, 也) is a change of its own clause's figure.
// 按年轻微增加0.7% · 按年微增 (Macau): a slight rise. 较去年略增0.7% · 略降: 略 alone too (fixture 580).
// 比前年还成长了2.4% · 大增34.3% (Taiwan): 还 (still) and 大 (greatly) before the verb too.
// 均, 都, 皆 and 各 (同比皆增长20% · 各比去年增长5%): one change said of every figure before it.
const ALL_WORD_RE = /[均都皆各]$/;
/** The change starting at `start` is said of every figure before it: the word right before it is 均, 都 or 皆. */
export const saidOfAll = (text: string, start: number): boolean => ALL_WORD_RE.test(text.slice(Math.max(0, start - 1), start));
export const ADV = '(?:大幅|小幅|略有|略|轻微|微幅|微|稳步|明显|均|皆|各|将再|再|仍然|仍|依然|相对|亦|也|还|大(?=增|减|涨|跌|降|升))?';
export const LINK = `(?:和|、|,|及|与)`;
export const LAST_YEAR = '(?:上年|去年|前一年|上一年)';
const SAME = '(?:同期|同月|同日|同季)';
// 较去年假期 · 比上年黄金周: last year's holiday, named or not.
// 较去年清明节当日: the same holiday's day last year; 较去年“五一”假期 · 比2019年“五一”假日: the name may stand in quotes,
// the corner quotes of traditional text too (比2010年「十一」黃金周, 815).
// 较去年农历正月初三 · 比去年除夕: the same lunar day of last year's Spring Festival is that day's same period (765).
const HOL = '(?:[“"「]?(?:春节|国庆节?|五一|十一|清明节?|端午节?|中秋节?)[”"」]?(?:黄金周|假期|假日|长假|小长假|当日|当天)?|(?:农历)?(?:(?:正月|大年)初[一二三四五六七八九十]|除夕)(?:当日|当天)?|假期|假日|黄金周|小长假|长假|[一二三四]季度|[上下]半年|前三季度)';
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
export const YOY = `同比|按年|(?<=[,;:(、])年(?=增|减)|${LAST_YEAR}${SAME}|(?:比|较之|较)${LAST_YEAR}(?:末|底)?${LAST_MONTHS}${OCCASION}|(?:与|和|同)${LAST_YEAR}${SAME}?(?:${LIKE}相比,?)?|比(?=增|降)`;
// 比历史上最好的2007年同期 · 与疫情前的2019年同期相比: a base year may be described before it.
// 较前年成长百分之十二: the year before last, resolved against the report's year (relativeBases).
// 不过比104年减少了16.1% (Taiwan): a year of the Republic calendar (民国104年, 2015) is a base year too.
const ROC_YEAR = '1[01]\\d(?=年)';
export const BASE = `(?:比|较之|较)(?:[\u4e00-\u9fff]{1,8}的)?((?:\\d{4}|${ROC_YEAR}|${CN_YEAR})年|前年)${OCCASION}同?比?|(?:与|和|同)(?:[\u4e00-\u9fff]{1,8}的)?((?:\\d{4}|${CN_YEAR})年)(?:${SAME}|${HOL})?(?:${LIKE}相比,?|同比)?`;
// 個人遊旅客(12,281,055人次)上升15.5% · (7,179,722人次)則減少0.2%: a bare change right after a figure in brackets is
// that figure's change on the year before, as the bracket makes the figure the subject of the verb.
export const AFTER_BRACKETED = `\\([^()]{0,30}\\d[^()]{0,30}\\)[\u4e00-\u9fff]{0,4}`;
// 旅居人数389.75万、增长20.7%: a change set after a figure by 、 alone is that figure's, as after a comma; so is one
// after a space (旅游外汇收入(万美元) 1200.5 下降3.2%, a table written out in prose lines).
export const AFTER_FIGURE = `[\\d.]+(?:${SCALE_CHARS})?(?:${UNITS})?`;
// 剧目…254场次,共吸引观众11万余人次,演出场次增长了19.2%,观众人次增长了15.8%: a clause naming a measure by its unit
// (场次, 人次) before a bare verb is that measure's change on the year before (assignChanges finds its figure by the unit).
export const MEASURE_CLAUSE = '[,;][\u4e00-\u9fff]{0,4}(?:场次|人次)';
// 与去年同期相比,游客总量增长28%,旅游收入增长53%: the comparison with last year named before its clauses of measures
// holds for each bare change after it in the sentence.
export const AFTER_COMPARED = `(?:与|和|同|较|比)${LAST_YEAR}同期相比,(?:[\u4e00-\u9fff]{1,8}(?:增长|下降|增加|减少|上升)了?[\\d.]+%,)*[\u4e00-\u9fff]{1,8}`;
// 较2023年同期日均客量上升22.9%: the average may be named with its measure (客量, 旅客量, 消费) before the verb.
// 持平 · 维持不变 · 保持不变 (Macau's 維持不變): unchanged on the year before, a change of 0 (fixtures 118, 643, 652).
export const FLAT_WORDS = '持平|相若|相近|维持不变|保持不变';
// 分别回复至2019年同期的85%、92.8%及78.4% (Macau): 回复 is 恢复.
export const RECOVER = '(?:恢复|回复)(?:到|至)';
export const AVG_NOUN = '(?:客量|旅客量|游客量|接待量|客流量?|旅客|游客|人次|消费|花费|支出)?';

/** A stated change as a percent; `growth`: 增加1.7倍 is growth of 170% (a 倍 after a rise, never after a fall or alone). */
export function pct(s: string, growth = false): { value: number; points: boolean } | null {
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
/** 1.2倍 · 1.76倍和1.59倍: the multiples of a list whose every item is one (no qualifier), or null. */
export function multiples(list: string): number[] | null {
	const items = list.split(/[、和及与,]/);
	const values = items.map((x) => (/^[^倍]+倍$/.test(x) ? parseNumber(withoutApprox(x).slice(0, -1)) : null));
	return values.every((v) => v?.ok && v.value.unit === null) ? values.map((v) => (v!.ok ? v!.value.value : NaN)) : null;
}
const CN_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
/** 二〇一九年 → 2019; 2019年 → 2019; 104年 (the Republic calendar) → 2015. */
export function yearDigits(s: string): string {
	const y = s.replace('年', '').replace(/[〇零一二三四五六七八九]/g, (c) => CN_DIGITS[c]!);
	return y.length === 3 ? String(+y + 1911) : y;
}

/** 6.79、9.33个百分点 → 6.79个百分点、9.33个百分点: a unit written once after a list of bare numbers is every item's. */
export function sharedUnit(list: string): string {
	const u = /(?:%|个百分点|百分点)$/.exec(list);
	return u && !/^[\d.]+(?:%|个百分点|百分点)/.test(list) ? list.slice(0, -u[0].length).split(new RegExp(LINK)).map((x) => x + u[0]).join('、') : list;
}

