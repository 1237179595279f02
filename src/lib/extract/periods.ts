// Period phrases in running report text (一季度, 今年上半年, 1至6月, 春节7天长假, 10月1日-4日, 今年以来, 目前);
// each is turned into the canonical key of csv-format.md through the domain's own period reader (calendar.ts).
import { bulletinYear, PAST_YEAR_RE, pastYear, reviewedYear, summarySections, titleYear } from './year-review';
import { MONTH_EACH_RE, MONTH_LIST_RE, MONTH_PAIR_RE, monthEach, monthList, monthPair, YEARS_TIME_RE, yearsTime, YEARS_AHEAD_RE, yearsAhead } from './month-lists';
import { baseWithLevel } from './base-level';
import { newYearMeant } from './newyear';
import { TO_YESTERDAY_RE, toYesterday } from './as-of-day';
import { holidayDays } from './as-of-holiday';
import { CEREMONY_RE, launchDay } from './event-days';
import { afterDateline } from './report-date';
import { remarkYear } from './remark-years';
import { fromLevelYear } from './from-to';
import { isSourceYear, meetingYear } from './act-years';
import { addDays, dayNum, firstDayOf, HOLIDAY_START, holidayStart, interval, key, lunarNewYearDay, monthRange, qingmingDay, smallNum, yearNum, ytd } from './calendar';

/** A period phrase found in folded text. `asOf` is 目前/截至目前: the report's month for a stock, its year for a flow. */
export interface PeriodMention {
	/** A single day (1月30日): never read from the title lines, where it is the publication date. */
	day?: boolean;
	start: number;
	end: number;
	key: string | null;
	asOf: boolean;
	/** 一、二季度…分别为A、B: the periods of a list, in order (key is the first). */
	keys?: string[];
	/** 春节、十一两个黄金周: a sum over periods that no one key names; the figures it governs get no period. */
	none?: boolean;
	/** 疫情前的1710万人次: a period naming the one figure right after it, holding for its own clause only. */
	clause?: boolean;
	/** 于5月1日至5月31日举办…: the days an event is held, holding for its own sentence only. */
	sentence?: boolean;
	/** 截至9月 in a later month's report: the month for a stock, January to it (this key) for a flow. */
	ytd?: string;
}

/**
 * 4月3日至5日清明节假期…4月2日至4日全省铁路发送旅客…,其中小长假首日…: a day of the holiday (小长假首日, not a bare 首日)
 * after a side span that covers the holiday's first day counts from the holiday named last, not from that span.
 */
function holidayReferredTo(words: string, lastHoliday: PeriodMention | null, lastNamed: PeriodMention | null, spanOf: Map<string, string>): string | null {
	const last = lastHoliday?.key ?? null;
	const named = lastNamed?.key && /^\d{4}-[a-z-]+$/.test(lastNamed.key) ? (spanOf.get(lastNamed.key) ?? lastNamed.key) : null;
	if (!last || !named || !last.includes('/') || /^首日/.test(words)) return last;
	const start = firstDayOf(null, named, +named.slice(0, 4));
	return start && start > last.slice(0, 10) && start <= last.slice(11) ? named : last;
}

// 长假期间 · 假期中 · 黄金周期间: the holiday with no name of its own.
const BARE_HOLIDAY_RE = /^(?:节假日|假期|假日|黄金周|小长假|长假)/;

/** The one day of a match whose month and day are groups 3 and 4, as a span key. */
const oneDay = (m: RegExpExecArray, y: number): string | null => interval(y, smallNum(m[3]!), dayNum(m[4]!), smallNum(m[3]!), dayNum(m[4]!));

/** The days of a list (4月3日、4日、5日) as keys joined by |, one for each. */
function dayList(words: string, y: number, month: number): string | null {
	const days = [...words.slice(words.indexOf('月') + 1).matchAll(/(\d{1,2})日/g)].map((d) => interval(y, month, +d[1]!, month, +d[1]!));
	return days.every((d) => d) ? days.join('|') : null;
}

const Y = '(?:(\\d{4}|[〇零一二三四五六七八九]{4})年|(今年|本年|去年|上一年|上年|前一年|前年|同年))?';
const N = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';
/** 截至9月 · 截至2011年11月: a count up to a month (no day); the two patterns below and the tests after a match share it. */
const CUT_MONTH = `截[至止]${Y}${N}月`;
const DASH = '(?:-|—|–|~|至|到)';
// 九月二十九日至十月三日 (Macau and Hong Kong papers): months and days in Chinese numerals too.
const MM = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';
const DD = '(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';
const HOLIDAY = '(春节|清明节?|五一|劳动节|端午节?|中秋节?|国庆节?|[“"]?十[·.・]?一[”"]?(?=黄金周|长假|假期|小长假))';
// 国庆中秋假期 · 中秋、国庆假期 · 中秋国庆双节 · 十一中秋假日: one holiday, keyed as National Day (the longer of the two).
const NATIONAL = '(?:国庆节?|[“"]?十一[”"]?)';
const HOLIDAY_PAIR = `(?:中秋节?[、和与及]?${NATIONAL}|${NATIONAL}[、和与及]?中秋节?)(?:双节)?`;
const HOLIDAY_TAIL = '(?:\\d{1,2}天|[一二三四五六七八九十]天)?(?:长假|小长假|假期|黄金周|期间)?';
const HOLIDAY_NAME = '(?:春节|清明节?|五一|劳动节|端午节?|中秋节?|国庆节?|十一)';
const HOLIDAY_ITEM = `[“"]?(?:${HOLIDAY_PAIR}|${HOLIDAY_NAME})[”"]?`;
// 16时 · 上午8时 · 晚8点: an hour of the day, with the part of the day it falls in.
/** 上午 · 下午 · 晚: the part of the day an hour of it may be written with (下午4时). */
// (除夕) · (初六): a bracket naming the day a date is in the lunar calendar.
const DAY_NOTE = '\\((?:除夕|大年三十|(?:正月|大年)?初[一二三四五六七八九十]{1,2})\\)';
// (Under a holiday named before, 今年春节黄金周期间…。…2月9日(除夕)至15日(初六),全国假日办共收到投诉38件…。\n…庙会共接待
// 游人102.4万人次: the span is the days a bulletin counted, for its own sentence; the paragraphs after it are the holiday's.)
const LUNAR_NOTED_SPAN_RE = new RegExp(`${Y}${MM}月${DD}日${DAY_NOTE}${DASH}(?:${MM}月)?${DD}日(?:${DAY_NOTE})?`, 'y');
export const DAY_PART = '(?:上午|下午|晚上|晚|早上|凌晨|中午)';
const HOUR = `(?:${DAY_PART}?\\d{1,2}[时点])`;
const PLAN_GOAL_RE = /(?:力争|确保|争取|目标是?|预计|计划)[^,;。!?\n\r]{0,8}$/;
const SAME_DAY_VERB = /^(?:预计|共|累计|接待|发送|实现|售出)/;
const PATTERNS: { re: RegExp; build: (m: RegExpExecArray, year: number, date: string, opens: boolean) => string | null | 'asof' | 'skip' | 'none' | 'named' | 'sameday' | 'month' | 'tomonth' | 'runmonth' | 'launch' }[] = [
	// 春节、十一两个黄金周 (fixture 87) · 春节、“十一中秋”两个长假 (fixture 479): a sum over two or more holidays, each named
	// alone, in quotes, or as a joined pair, has no one key.
	// 春节、“十一”两个“黄金周”合计 (fixture 612): the word for the holidays may be quoted too.
	{ re: new RegExp(`()()${HOLIDAY_ITEM}(?:[、和与及]${HOLIDAY_ITEM})+(?:两|二|三|四|[234])个[“"]?(?:黄金周|长假|小长假|假期|节假日)`, 'y'), build: () => 'none' },
	// 2024至2025年冰雪季 · 2023-2024雪季: a season across the year end named without its dates has no key of its own;
	// its figures get no period rather than the report's year.
	{ re: /()()\d{4}(?:至|到|-|—|\/)\d{4}年?度?[\u4e00-\u9fff]{0,3}?季/y, build: () => 'none' },
	// A lone day (1月30日全国…, 2017年10月1日,…) is a one-day period where it opens a clause; elsewhere (于12月22日进行反馈) it is just a date.
	// 今年截至12月15日: from January 1 to that day.
	// 2024年11月8日至2025年2月28日: a span whose two ends name their own years (a season across the year end).
	// 从2018年12月1日0时至2019年1月31日24时止: hours on the ends do not change the days.
	{ re: new RegExp(`(\\d{4})年()${MM}月${DD}日(?:\\d{1,2}时)?起?${DASH}(\\d{4})年${MM}月${DD}日(?:\\d{1,2}时)?(?:止)?`, 'y'), build: (m) => {
		const p2 = (n: number) => String(n).padStart(2, '0');
		return key(`${m[1]}-${p2(smallNum(m[3]!))}-${p2(dayNum(m[4]!))}/${m[5]}-${p2(smallNum(m[6]!))}-${p2(dayNum(m[7]!))}`);
	} },
	// 2021-2023年市级重点文旅产业项目名单: a span of whole years, from the first one's January 1 to the last one's December 31
	// (a season or a title, 2018-2019年度, is not read so; 从2012年到2014年 reaches its last year, read below).
	{ re: /(\d{4})年?(?:-|—|–|~)(\d{4})年(?![度\d])/y, build: (m) => (+m[1]! < +m[2]! && +m[2]! - +m[1]! <= 10 ? key(`${m[1]}-01-01/${m[2]}-12-31`) : null) },
	// (2016.1.14-4.6,南京…) · 2016.09.28-2018.01.07: a span of days written with dots, the second end with or without its
	// own year (never a decimal: three dotted parts on each side of the dash).
	{ re: /(\d{4})()\.(\d{1,2})\.(\d{1,2})(?:-|—|–|~|至)(?:(\d{4})\.)?(\d{1,2})\.(\d{1,2})(?![\d.])/y, build: (m) => {
		const p2 = (n: string) => n.padStart(2, '0');
		return key(`${m[1]}-${p2(m[3]!)}-${p2(m[4]!)}/${m[5] ?? m[1]}-${p2(m[6]!)}-${p2(m[7]!)}`);
	} },
	// 2月9日(除夕)至15日(初六),全国假日办共收到…投诉38件 (fixture 803): a bracket naming the lunar day after the first
	// end does not cut the span of days.
	{ re: LUNAR_NOTED_SPAN_RE, build: (m, y) => interval(y, smallNum(m[3]!), dayNum(m[4]!), m[5] ? smallNum(m[5]) : smallNum(m[3]!), dayNum(m[6]!)) },
	{ re: new RegExp(`(?:(\\d{4})年|(今年|本年))截[至止](\\d{1,2})月(\\d{1,2})日(?!\\d{1,2}时)`, 'y'), build: (m, y) => interval(y, 1, 1, +m[3]!, +m[4]!) },
	{ re: TO_YESTERDAY_RE, build: (_m, _y, date) => toYesterday(date) },
	// 截至2021年底 · 2021年末: the year.
	{ re: new RegExp(`截[至止]${Y}(?:底|末)`, 'y'), build: (m, y) => (m[1] || m[2] ? String(y) : null) },
	// 5月14日以来: from that day to the report date.
	{ re: new RegExp(`${Y}${MM}月${DD}日以来`, 'y'), build: (m, y, date) => {
		const p2 = (n: number) => String(n).padStart(2, '0');
		return key(`${y}-${p2(smallNum(m[3]!))}-${p2(dayNum(m[4]!))}/${date}`);
	} },
	// 打破了2019年10月5日16.2万人次的单日纪录: a full date with its year right before a figure is that figure's day (a past
	// record), holding for its clause only.
	// 仅次于2019年2月7日最高纪录的22.6万人次: the same with the record named between the date and its 的.
	{ re: new RegExp(`(\\d{4})年()${MM}月${DD}日(?=\\d|[\\u4e00-\\u9fff]{1,8}的\\d)`, 'y'), build: (m, y) => interval(y, smallNum(m[3]!), dayNum(m[4]!), smallNum(m[3]!), dayNum(m[4]!)) },
	// 仅次于今年“壮族三月三”4月18日的59万人次: a day with its 的 right before a figure is that figure's day (clause only).
	{ re: new RegExp(`${Y}${MM}月${DD}日(?=的\\d)`, 'y'), build: (m, y) => oneDay(m, y) },
	// 4月3日、4日、5日,…接待量分别为A、B、C: days listed for a 分别 list are one day for each figure (holding for their sentence).
	{ re: new RegExp(`${Y}(\\d{1,2})月\\d{1,2}日(?:、\\d{1,2}日)+(?:(?:和|及|与)\\d{1,2}日)?(?=[^。!?;\\n\\r]*分别)`, 'y'), build: (m, y) => dayList(m[0], y, smallNum(m[3]!)) },
	// 10月3日及4日的入住率 · 10月3日和4日,…: two days in a row joined by 及 (和, 与) are the span of both.
	{ re: new RegExp(`${Y}${MM}月${DD}日(?:及|和|与)${DD}日(?=的|,)`, 'y'), build: (m, y) => (dayNum(m[5]!) === dayNum(m[4]!) + 1 ? interval(y, smallNum(m[3]!), dayNum(m[4]!), smallNum(m[3]!), dayNum(m[5]!)) : null) },
	// 截至去年12月30日 (a January report): a day of a year named relative to the report is a cut-off after 截至, as a day of a
	// year written out is; elsewhere (去年10月1日) it is only a date.
	{ re: new RegExp(`(?<=截[至止])(?=去年|上年|今年|本年)${Y}${MM}月${DD}日(?:\\d{1,2}(?:时(?:\\d{1,2}分)?|:\\d{2}))?(?![\\-—~至到起\\d])`, 'y'), build: (m, y) => oneDay(m, y) },
	{ re: new RegExp(`${Y}${MM}月${DD}日(?:${DAY_PART}?\\d{1,2}(?:时(?:\\d{1,2}分)?|:\\d{2}))?(?![\\-—~至到起\\d]|${DAY_PART}\\d)`, 'y'), build: (m, y, _d, opens) => (opens && (m[1] || !m[2]) ? oneDay(m, y) : 'skip') },
	{ re: /\d{4}-\d{1,2}-\d{1,2}(?![\d/])/y, build: () => 'skip' },
	// 截至17时 · 截至下午5时 (a bulletin's count so far): an hour with no day is of the day named last (see 'sameday').
	{ re: new RegExp(`()()截[至止]${HOUR}(?:\\d{1,2}分)?`, 'y'), build: () => 'sameday' },
	// 截至1日17时 · 1日接待游客…: a day without a month is a day of the report's own month, up to its date.
	{ re: /()()(截[至止])?(?<![月\d])(\d{1,2})日(?:\d{1,2}时)?(?![\d\-—~至到])/y, build: (m, _y, date, opens) => ((opens || m[3]) && +m[4]! <= +date.slice(8, 10) ? interval(+date.slice(0, 4), +date.slice(5, 7), +m[4]!, +date.slice(5, 7), +m[4]!) : 'skip') },
	// 清明节当天: 清明 is a solar term, on 4 or 5 April (4 + ⌊0.2422·yy + 4.81⌋ − 4 − ⌊yy/4⌋ for 2000–2099).
	{ re: new RegExp(`${Y}(国庆节?|国庆日|五一|劳动节|清明节?)(?:当天|当日)`, 'y'), build: (m, y) => (/国庆/.test(m[3]!) ? interval(y, 10, 1, 10, 1) : /清明/.test(m[3]!) ? qingmingDay(y) : interval(y, 5, 1, 5, 1)) },
	// 大年三十至正月初六 · 除夕至初六 · 正月初一至初五: a span of days of the lunar new year (大年三十 is 除夕, the day before 初一).
	{ re: new RegExp(`${Y}(?:春节)?(除夕|大年三十|(?:大年|正月)?初([一二三四五六七八九十]))${DASH}(?:大年|正月)?初([一二三四五六七八九十])`, 'y'), build: (m, y) => {
		const [a, b] = [lunarNewYearDay(y, m[4] ? dayNum(m[4]) - 1 : -1), lunarNewYearDay(y, dayNum(m[5]!) - 1)];
		return a && b && a < b ? `${a.slice(0, 10)}/${b.slice(0, 10)}` : null;
	} },
	// 除夕 · 大年初一 · 春节当天: days of the lunar calendar, found with Intl's Chinese calendar (the eve is the day before
	// the first day of the first month); without them the holiday's key took figures of one day.
	// 正月初二 · 大年初三 · 年初四 (Macau; never 今年年初) · 正月十五: any day of the first lunar month, a date wherever it stands.
	// 从大年初一起 (from the first day on) opens a span with no end, as 5月1日起 does: it names no one day.
	{ re: new RegExp(`${Y}(?:春节)?(除夕|(?:大年|正月|(?<![\d〇零一二三四五六七八九十今去明前上本同当全每])年)初([一二三四五六七八九十])(?![月季个年十])|正月(十[一二三四五六七八九]|二十[一二三四五六七八九]?|三十)|春节当天|春节当日)(?:当天|当日|一天|夜)?(?!起)`, 'y'), build: (m, y) => lunarNewYearDay(y, /除夕/.test(m[3]!) ? -1 : m[4] ? dayNum(m[4]) - 1 : m[5] ? dayNum(m[5]) - 1 : 0) },
	// 初四当天 · 初五接待… · 初五达到5.11万人次 in a text that speaks of the Spring Festival (春节, 除夕, 正月, 大年): a day of the first lunar month
	// written bare, opening a clause or in a list of such days. (The look back for the holiday's name runs only where 初 opens
	// a clause: tried at every place a period may start, it made a 200,000-character text take twice as long.)
	{ re: new RegExp(`${Y}(?<=^|[\\n\\r,;。:、])(?=初)(?<=(?:春节|除夕|正月|大年)[\\s\\S]*)初([一二三四五六七八九十])(?=当天|当日|[、,]|接待|共|全|达到|达|游客|客流)`, 'y'), build: (m, y) => lunarNewYearDay(y, dayNum(m[3]!) - 1) },
	// 五一假期首日 · 国庆第一天: the first day of a holiday with a fixed date.
	{ re: new RegExp(`${Y}(国庆节?|五一|劳动节|元旦|${HOLIDAY_PAIR})(?:假期|长假|小长假|黄金周)?(?:首日|第一天)`, 'y'), build: (m, y) => (/国庆|十一/.test(m[3]!) ? interval(y, 10, 1, 10, 1) : /元旦/.test(m[3]!) ? interval(y, 1, 1, 1, 1) : interval(y, 5, 1, 5, 1)) },
	// 元旦小长假 with no dates: New Year's Day holiday has no key of its own (its days move from year to year), so it is
	// no period, and no earlier one carries over it; a span in brackets after it gives the period.
	{ re: new RegExp(`${Y}元旦(?:节)?(?:\\d天|[一二三]天)?(?:小长假|长假|假期|假日|期间)(?!\\s*\\()`, 'y'), build: () => 'none' },
	// 首十个月 · 前10个月 · 头三个月 (Macau and Hong Kong bulletins) · 截至前9月: January to that month.
	{ re: new RegExp(`${Y}(?:首|前|头)(\\d{1,2}|十[一二]?|[一二两三四五六七八九])个?月`, 'y'), build: (m, y) => ytd(y, smallNum(m[3]!)) },
	{ re: new RegExp(`${Y}(?:首|(?<![提之以])前)([一二三123])(?:个)?季度?`, 'y'), build: (m, y) => (smallNum(m[3]!) === 1 ? `${y}-Q1` : ytd(y, smallNum(m[3]!) * 3)) },
	{ re: new RegExp(`${Y}首季度?`, 'y'), build: (_m, y) => `${y}-Q1` },
	// 由年初至12月29日止: from January 1 to that day.
	{ re: new RegExp(`${Y}年初${DASH}${MM}月${DD}日止?`, 'y'), build: (m, y) => interval(y, 1, 1, smallNum(m[3]!), dayNum(m[4]!)) },
	{ re: new RegExp(`今年以来|年初以来|今年1月以来`, 'y'), build: (_m, y, date) => `${y}-01-01/${date}` },
	// 今天是第30个“世界读书日”。…开展了一场共读活动,现场吸引130余名读者参与 (fixture 786): today said to be a named day (not
	// a day of a holiday, read by DAY_N_RE) is the report's day, for what was done at that day's events.
	{ re: /()()(?:今天|今日)(?=(?:是|为|正值)(?![^。,;\n\r]*?(?:假|黄金周|第(?:[一二三四五六七八九十]|\d{1,2})[天日]|头一天|首日|当天)))/y, build: (_m, _y, date) => `${date}/${date}` },
	// “十二五”期间: a five-year plan's span (十一五 is 2006–2010, 十四五 2021–2025); the name alone stays a name.
	// 「十一五」期间 (Taiwan and Hong Kong quote with corner brackets).
	// 力争“十三五”期间…突破2亿: a goal set for a plan not yet over is a level to reach by its last year.
	{ re: /()()[“"「『]?十([一二三四])五[”"」』]?(?:期间|时期)/y, build: (m, _y, date) => {
		const from = 2001 + 5 * smallNum(m[3]!);
		const goal = from + 4 >= +date.slice(0, 4) && PLAN_GOAL_RE.test(m.input.slice(Math.max(0, m.index - 12), m.index));
		return goal ? String(from + 4) : key(`${from}-01-01/${from + 4}-12-31`);
	} },
	// “十二五”末: the plan's last year.
	{ re: /()()[“"「『]?十([一二三四])五[”"」』]?(?:末|期末)/y, build: (m) => String(2005 + 5 * smallNum(m[3]!)) },
	// 2019年以来 · 2008年至今: from that year's January 1 to the report date; 举办5年来 (an event held yearly) from the first of its N years, this one included.
	{ re: new RegExp(`(\\d{4})年(?:以来|至今)|()(?<=举办)(\\d{1,2}|[两二三四五六七八九十])年(?:来|以来)`, 'y'), build: (m, y, date) => key(`${m[3] ? y - smallNum(m[3]) + 1 : y}-01-01/${date}`) },
	// 现在已经发展到187家: 现在 (now) is 目前; not 出现在 · 体现在 (a verb and 在). 当前和今后一个时期 (now and for a while to
	// come) is no as-of either.
	{ re: /截至目前|截止目前|目前|当前(?![和及与]今后)|现已|(?<![出体表实呈展])现在(?!开始|起)/y, build: () => 'asof' },
	// 近年来,我市共创建10个…,共打造3000多个…: a total over recent years (共, 累计 in its sentence) is a stock at the report
	// date, as counts after 目前 are; it takes no period of an earlier clause.
	// (公共文化 · 共享工程 are no totals: 共 or 累计 comes a few words before the count.)
	{ re: /()()近(?:几)?年(?:来|以来)(?=[^。!?\n\r]*?(?:(?<!公)共(?![享同])|累计)[\u4e00-\u9fff]{0,10}?\d)/y, build: () => 'asof' },
	// 玉田县自2015年起把…列入民生实事工程,…累计开展各类惠民演出800余场次 (fixture 801): what has been summed (累计) since
	// a year a programme began is a count to now, as 累計至今 is (709); 自2015年起 alone (全年…80场) is still that year.
	{ re: /()()(?<=[自从])\d{4}年起(?=[^。!?\n\r]*?累计)/y, build: () => 'asof' },
	// 近3年,全市旅游项目实际投资分别达到A、B和C (a report of 2014): the last N whole years, one for each figure of a 分别 list
	// (2011, 2012, 2013), the span of them all for a figure alone; 从A增加到B takes the first and the last.
	{ re: /()()近(\d|[两二三四五六七八九十])年(?=,)/y, build: (m, y, _d, opens) => {
		const n = smallNum(m[3]!);
		return opens && n >= 2 && n <= 10 ? Array.from({ length: n }, (_, i) => String(y - n + i)).join('|') : null;
	} },
	// 远高于疫情前的1710万余人次: the level before the pandemic is 2019's.
	{ re: /()()疫(?:情)?前的?(?=[\d〇零一二两三四五六七八九十])/y, build: () => '2019' },
	// 截至11月 with no year in a February report: the November gone by, of the year before.
	{ re: new RegExp(`${CUT_MONTH}(?:底|末|份)`, 'y'), build: (m, y, date) => ytd(cutYear(m, y, date), smallNum(m[3]!)) },
	// 截至9月 (no day, no 底): the month; a flow counted to it in a later month's report runs from January (see ytd below).
	{ re: new RegExp(`${CUT_MONTH}(?![\\d日号底末份])`, 'y'), build: (m, y, date) => key(`${cutYear(m, y, date)}年${smallNum(m[3]!)}月`) },
	// 注:本月接待…5145人次;一至本月接待26378人次 (a note under a monthly table): 本月 is the month the text named last (its
	// title), else the report's own; 一至本月 · 1-本月累计 run from January to it.
	{ re: /()()(?:([1一])(?:-|—|–|~|至|到))?本月(?:累计|止)?/y, build: (m) => (m[3] ? 'tomonth' : 'month') },
	// 入境游客2月份为760542人次;累计1760652人次 · 2月份1.75天、累计1.9天: a bare 累计 opening the clause after a month's
	// figure in its sentence is the running total from January to that month; the month's own figure keeps the month.
	{ re: /()()(?<=[,;、])累计(?=(?:为|达|共)?\d)/y, build: () => 'runmonth' },
	{ re: MONTH_EACH_RE, build: (m, y, _d, opens) => monthEach(m, y, opens) },
	{ re: MONTH_LIST_RE, build: (m, y, _d, opens) => monthList(m, y, opens) },
	{ re: MONTH_PAIR_RE, build: (m, y, _d, opens) => monthPair(m, y, opens) },
	{ re: YEARS_TIME_RE, build: (m, _y, date) => yearsTime(m, date) },
	{ re: YEARS_AHEAD_RE, build: (m, _y, date) => yearsAhead(m, date) },
	// 2015年1月至春节期间 · 12月至春节: from the month's first day to the last day of the holiday (the next one after that day);
	// 1月至春节前 (up to the days before it) is not read so.
	{ re: new RegExp(`${Y}${N}月份?${DASH}${HOLIDAY}${HOLIDAY_TAIL}(?![前后])`, 'y'), build: (m, y) => monthToHoliday(y, smallNum(m[3]!), m[4]!) },
	// 1-3月 · 1月至3月 · 1月份至3月份: 份 on either end or both is the same range.
	{ re: new RegExp(`${Y}${N}(?:月份?)?${DASH}${N}月份?`, 'y'), build: (m, y) => monthRange(y, smallNum(m[3]!), smallNum(m[4]!)) },
	// 10月4日16时至10月5日16时 · 9月29日上午8时至10月5日上午8时: hours on the ends (a part of the day before them or not)
	// do not change the days.
	{ re: new RegExp(`${Y}${MM}月${DD}日?${HOUR}?起?${DASH}(?:${MM}月)?${DD}日${HOUR}?`, 'y'), build: (m, y) => interval(y, smallNum(m[3]!), dayNum(m[4]!), m[5] ? smallNum(m[5]) : smallNum(m[3]!), dayNum(m[6]!)) },
	// 2018年和2019年江苏国庆假期旅游收入…,分别为578.62亿、631.27亿: two years that a list after 分别 takes in order, each
	// with the holiday its clause names.
	{ re: new RegExp(`()()(\\d{4})年(?:和|与|及|、)(\\d{4})年(?:[^,;。!?\\n\\r\\d]{0,8}?((?:${HOLIDAY_PAIR}|${HOLIDAY}))${HOLIDAY_TAIL})?(?=[^。!?;\\n\\r]*分别)`, 'y'), build: (m) => {
		const hol = m[5] ? (/国庆|十.?一/.test(m[5]) ? '国庆' : m[5]) : '';
		const keys = [m[3]!, m[4]!].map((y) => (hol ? key(`${y}${hol}`) : y));
		return keys.every((k) => k) ? keys.join('|') : null;
	} },
	// 一、二季度 · 上、下半年: two periods that a list after 分别 takes in order.
	{ re: new RegExp(`${Y}第?([一二三四1-4])、第?([一二三四1-4])季度`, 'y'), build: (m, y) => `${y}-Q${smallNum(m[3]!)}|${y}-Q${smallNum(m[4]!)}` },
	{ re: new RegExp(`${Y}上、下半年`, 'y'), build: (_m, y) => `${y}-H1|${y}-H2` },
	{ re: new RegExp(`${Y}第?([一二三四1-4])季度`, 'y'), build: (m, y) => `${y}-Q${smallNum(m[3]!)}` },
	{ re: new RegExp(`${Y}([上下])半年`, 'y'), build: (m, y) => `${y}-H${m[3] === '上' ? 1 : 2}` },
	{ re: new RegExp(`${Y}${HOLIDAY_PAIR}${HOLIDAY_TAIL}`, 'y'), build: (_m, y) => key(`${y}国庆`) },
	{ re: new RegExp(`${Y}${HOLIDAY}${HOLIDAY_TAIL}`, 'y'), build: (m, y) => key(`${y}${/十.?一/.test(m[3]!) ? '国庆' : m[3]!}`) },
	// 2023年暑期(7.1—8.31): a span written with dots, in brackets after the period it spells out.
	{ re: /()()(?<=[(])(\d{1,2})\.(\d{1,2})(?:-|—|–|~|至|到)(\d{1,2})\.(\d{1,2})(?=[)])/y, build: (m, y) => (+m[3]! <= 12 && +m[5]! <= 12 && +m[4]! <= 31 && +m[6]! <= 31 ? interval(y, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : 'skip') },
	// 今年暑期 after 暑期(7.1—8.31): the span named last.
	{ re: new RegExp(`${Y}(?:暑期|暑假|寒假)`, 'y'), build: () => 'back' },
	// “十二五”期间…五年累计: the five years of the plan named last.
	{ re: /()()五年(?=累计|来|间|共|合计|总计)/y, build: () => 'back' },
	// 假期中 · 假日期间 · 黄金周期间 with no name: the holiday or span named last.
	{ re: /()()(?:节假日|假期|假日|节日|黄金周|小长假|长假)(?:期间|中|内|里)/y, build: () => 'back' },
	// 昨天是春节假期最后一天,预计…3.6亿人次: 昨天 (昨日) opening a clause is the day before the report, with what it is said to
	// be (a holiday's last day) read as part of it, not as the whole holiday. (截至昨天 is a cut-off, read elsewhere.)
	{ re: /()()(?<!截[至止])(?:昨天|昨日)(?:是[^,;。!?\n\r]{0,16})?/y, build: (_m, _y, date, opens) => (opens ? `${addDays(date, -1)}/${addDays(date, -1)}` : null) },
	// 10月3日,…。…消息,当天全省…接待游客… · 正月初二开园,当日接待…: 当天 opening a clause is the day named last in its paragraph.
	// 全国铁路当日预计发送旅客689万人次: so is 当日 after the clause's subject, right before the verb of its figure.
	{ re: /()()(?:当天|当日)/y, build: (m, _y, _d, opens) => (opens || SAME_DAY_VERB.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 4)) ? 'sameday' : null) },
	{ re: CEREMONY_RE, build: (_m, _y, _d, opens) => (opens ? 'launch' : null) },
	// 假期各地接待的游客中…: 假期 opening a clause is the holiday named last (not a span of other days read since).
	// 三天小长假,汉中共接待… · 七天长假期间: so is the holiday with only its length.
	{ re: /()()(?:(?:\d|[两二三四五六七八九十])天(?:的)?)?(?:假期|假日|黄金周|小长假|长假)(?=[\u4e00-\u9fff])|()()(?:\d|[两二三四五六七八九十])天(?:的)?(?:小长假|长假|黄金周)/y, build: (_m, _y, _d, opens) => (opens ? 'named' : null) },
	// 9月内地旅客… opening a clause: a month of the report's year, or of the year before when it is later than the report.
	// 2月份1.75天: a figure right after 月份 (no 日) is the month's.
	{ re: new RegExp(`${Y}(\\d{1,2}|十[一二]?|[一二三四五六七八九])(?:月份(?![日至到\\-—~]|\\d{1,2}[日号])|月(?![\\d日至到\\-—~份]))`, 'y'), build: (m, y, date, opens) => {
		const mo = smallNum(m[3]!);
		if (m[1] || m[2]) return key(`${y}年${mo}月`);
		return opens && /^\d/.test(m[3]!) ? key(`${mo <= +date.slice(5, 7) ? y : y - 1}年${mo}月`) : null;
	} },
	{ re: PAST_YEAR_RE, build: pastYear },
	// 2021中国旅游百强县市分布在19个省: a year written without 年 right before the name of a ranked list is the list's year.
	{ re: /(\d{4})()(?![年\d])(?=[\u4e00-\u9fff]{0,10}?(?:百强|[十\d]{1,3}强|榜单|排行榜|名单|十佳))/y, build: (_m, y) => String(y) },
	// 去年 alone is a period where it opens a clause (去年全市接待…), not in 受上年基数影响. 上一年 · 前一年 are 去年 too.
	// 上年结转结余263.90万元: money carried into the year from the last is a label, not last year's figure.
	// (Never empty: the lookahead asks for a year or 全年/年度 where the rest is all optional; see ANY_PERIOD_RE.)
	{ re: new RegExp(`(?=(?:\\d{4}|[〇零一二三四五六七八九]{4})年|今年|本年|去年|上一年|上年|前一年|前年|同年|全年|年度)${Y}(全年|年度)?(?!结转|结余)`, 'y'), build: (m, y, _d, opens) => (m[1] || m[3] || (m[2] && (opens || /^[今本]/.test(m[2]))) ? String(y) : null) }
];

const PLACE_AFTER = /^(?:上河|[园路街桥寺宫楼门巷坊])/;
const HOLIDAY_COMING_RE = /^(?:中秋|国庆|春节|清明|五一|端午|元旦|劳动节|十一)[\u4e00-\u9fff、]{0,6}?(?:即将|就要|快要)(?:到来|来临)/;
const EVENT_AFTER = /^(?:节)?(?:彩灯|灯会|灯展|烟花|焰火|晚会|诗会|游园|庙会|祈福|赏月|望月|礼盒|档期)/;
// 黄金周第五天 · 国庆假期第3日 · 春节“黄金周”的头一天: one day of a holiday whose first day is known.
// 春节长假前三天 · 中秋假期第二天: a lunar holiday's days are counted from its first day found by holidayStart.
// 今年“十一”长假的头一天: 十一 (National Day) only with the word for its days off after it.
const DAY_HOLIDAY = `(国庆节?|五一|劳动节|元旦|${HOLIDAY_PAIR}|春节|中秋节?|端午节?|清明节?|[“"]?十[·.・]?一[”"]?(?=[“"]?(?:放假|假期|假日|长假|小长假|黄金周)))(?:[“"]?(?:节)?(?:放假|假期|假日|长假|小长假|黄金周)[”"]?)?`;
// 元旦节放假首日 · 春节放假第三天: the days off (放假) of a holiday are its days too.
// 端午假期首日 · 假期第一天 · 湖北省博物馆首日 (a holiday named before): its first day, found the same way.
// 今天是2014年国庆黄金周第二天: the holiday's year may be written before it (the day, not the whole holiday).
const DAY_N_RE = new RegExp(`(?:(\\d{4})年|(今年|本年))?(?:${DAY_HOLIDAY}|假期|假日|长假|黄金周|小长假)(?:的)?(?:第([一二三四五六七八九十]|\\d{1,2})(?:天|日)|首日|头一天)|首日(?=[^,。;!?\\n\\r]{0,12}?(?:接待|游客|客流|人次))`, 'y');
// 小长假三天,黄山风景区分别接待游客A、B和C · 九华山风景区三天分别接待…: a holiday's days counted (no 前) before a list
// given 分别 are its days from the first, one for each figure; its other figures take the holiday.
const FIRST_DAYS_RE = new RegExp(`(?:${DAY_HOLIDAY}|假期|假日|长假|黄金周|小长假)?(?:[前头首]([两二三四五六七八九十]|\\d{1,2})(?:天|日)(?![\\d元])|([两二三四五六七八九十]|\\d{1,2})天(?=[^,。;!?\\n\\r]{0,12}?分别|,[^,。;!?\\n\\r]{0,12}?分别))`, 'y');
const NO_PERIOD_AFTER_NUMBER = /^\d+(?:\.\d+)?(?:[\s|%,;。)万亿千百人元家项场]|$)/;
const START_RE = /用|未来|今后|今天|今日|昨|(?<=[,;、])累计|近(?:几)?年(?:来|以来)|近(?:\d|[两二三四五六七八九十])年,|今年|本年|本月|仪式|活动现场|去年|上年|前年|同年|全年|截[至止]\d|截|目前|当前|当天|当日|现已|现在|年初|首|头|元旦|除夕|大年|正月|初|民国|\d|[〇零一二两三四五六七八九十上下前第春清五劳端中国“"节假黄小长暑寒疫]/g;
// Taiwan writes years of the Republic of China calendar (114年 = 2025); read them only in a text that is Taiwan's.
// (台湾 alone is not enough: mainland and Macau texts name 台湾地区 as a market.)
const ROC_TEXT_RE = /民国|来台|來台|观光署|觀光署|观光局|觀光局|行政院|新台币|新臺幣/;
const DATE_LINE_TAIL = /^\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:(?:信息)?(?:来源|发布|作者|编辑|浏览|字号|点击)[^\n]*)?$/;
const ROC_YEAR_RE = /(?:民国)?(\d{2,3})年(?!代|前|以来|间)/y;
/**
 * Any phrase of PATTERNS that a start can open: one sticky alternation of them all. Where it does not match, none
 * of them would, and they are not tried one by one (some sixty execs at every 一, 上, 中, 国 START_RE stops at were
 * most of the time of reading a long text). A pattern that could match nothing would let every start through, so
 * none may (an empty match is skipped in findPeriods anyway).
 */
const ANY_PERIOD_RE = new RegExp(
	PATTERNS.map(({ re }) => {
		re.lastIndex = 0;
		if (re.flags !== 'y' || re.exec('x')?.[0] === '') throw new Error(`period pattern /${re.source}/${re.flags}: must be sticky only and never match empty`);
		return `(?:${re.source})`;
	}).join('|'),
	'y'
);
// A county's or city's own report names no ministry: 澎湖县政府 · 台南市 with 105年的108万人 is Taiwan's too, when its ROC
// years fall in the two decades before the report (a mainland text naming 台北 as a market keeps 建党100年).
const TW_PLACE_RE = /台北|台中|台南|高雄|新北|桃园|基隆|新竹|苗栗|彰化|南投|云林|嘉义|屏东|宜兰|花莲|台东|澎湖|金门县|连江县|马祖/;
// 建党100年 · 成立105年: an anniversary is no year of the calendar.
function rocYearNear(y: number, reportYear: number, before: string): boolean {
	return y <= reportYear && y >= reportYear - 20 && !/(?:建党|建国|建校|成立|诞辰|百年|周年)$/.test(before);
}

/** A quarter, half, months from January or month of the report's year that ends after the report's month. */
function endsAfter(k: string, reportDate: string): boolean {
	const m = /^(\d{4})-(?:Q(\d)|H(\d)|YTD(\d{2})|(\d{2}))$/.exec(k);
	if (!m || m[1] !== reportDate.slice(0, 4)) return false;
	const end = m[2] ? +m[2] * 3 : m[3] ? +m[3] * 6 : +(m[4] ?? m[5])!;
	return end > +reportDate.slice(5, 7);
}

// 今年…将迎来…。\n去年,我市…。据统计,全年接待国内游客…: 去年 opening a clause names the year the sentences after it
// report, so a 全年 after it in its paragraph is last year's whole year, not the report's.
function lastYearOpens(text: string, at: number, word: string): boolean {
	return /^(?:去年|上年|上一年)(?:全年|年度)?$/.test(word) && opens0(text, at);
}

// 在2014年全国旅游工作会议上说,预计全年… (a January report): the year's work conference, held as the year opens, sums up the
// year just ended, so its name gives no year to a 全年 after it; later in the year (a March report) it still does.
const januaryMeeting = (text: string, at: number, end: number, reportDate: string): boolean => reportDate.slice(5, 7) === '01' && meetingYear(text, at, end);

// 去年1月到11月,…。1至11月来台陆客达…: a part of last year opening a clause names the year the sentences after it report,
// as 去年 alone does, so a bare 1至11月 after it is of that year too.
function lastYearPart(text: string, at: number, word: string, rel: string | undefined): boolean {
	return (rel === '去年' || rel === '上年') && word.length > rel.length && /^(?:去年|上年)(?:\d|[一二三四五六七八九十上下前首])/.test(word) && opens0(text, at);
}

// 截至2014年12月31日…,并预估今年将超过1000万人次。观光局表示,陆客人数可能接近400万人次: this year named inside a forecast
// (预估今年将…) holds for its own sentence; the sentences after it go on with the year reported before it.
const forecastYear = (text: string, at: number, rel: string | undefined): boolean => rel === '今年' && /(?:预估|预计|预测|估计)$/.test(text.slice(Math.max(0, at - 2), at)) && text.startsWith('将', at + 2);

// 三五一二亿元 · 五一二万: 五一 inside a number written digit by digit is no holiday.
function insideNumeral(text: string, at: number): boolean {
	return text.startsWith('五一', at) && (/[〇零一二两三四五六七八九十]$/.test(text.slice(Math.max(0, at - 1), at)) || /^[〇零一二两三四五六七八九十百千万亿]/.test(text.slice(at + 2, at + 3)));
}

// 省文化馆6月23日线上线下共服务2924人次: a day right after the short subject that opens its sentence is the day of that
// sentence's figures, as a day opening the clause is, when its clause states a figure (文旅厅2月23日晚发布, — a day of
// publishing — states none).
function subjectDay(text: string, at: number, word: string): boolean {
	return /月[^月]*日$/.test(word) && /(?:^|[。!?;\n\r])[\u4e00-\u9fff]{2,8}$/.test(text.slice(Math.max(0, at - 9), at)) && /^[^,;。!?\n\r]*\d/.test(text.slice(at + word.length, at + word.length + 40));
}

// 其中五星级饭店5月份出租率为74.5% · 出境旅游总人数8月份为321669人次: a month written with 份 inside a clause that states
// a figure names that figure's month, as a month opening the clause does, over the period carried from the clause before.
function clauseMonth(text: string, at: number, word: string): boolean {
	return /^\d{1,2}月份$/.test(word) && /^[^,;。!?\n\r]*\d/.test(text.slice(at + word.length, at + word.length + 40));
}

// 以8月份最多,达365.80万人次,其次为2月份的324.48万人次: a month ranked first (以N月最多) or next (其次为N月的) names the
// figure that follows it.
function rankedMonth(text: string, at: number, word: string): boolean {
	if (!/^\d{1,2}月份?$/.test(word)) return false;
	return (text[at - 1] === '以' && /^(?:最多|最高|最大|最少|最低|居首|为最)/.test(text.slice(at + word.length, at + word.length + 4))) || nextRankedMonth(text, at);
}
// (其次为 is no comparison, as 为 before a year may be.)
const nextRankedMonth = (text: string, at: number): boolean => /其次(?:为|是)$/.test(text.slice(Math.max(0, at - 3), at)) && /^\d{1,2}月份?的\d/.test(text.slice(at, at + 8));

// 以观光署前年的调查推算: a relative year naming when a survey was made is a period (of the figure taken from it).
function surveyYear(text: string, end: number, word: string): boolean {
	return /^(?:去年|上年|前年|上一年|前一年)$/.test(word) && /^的?(?:调查|统计|普查|抽样)/.test(text.slice(end, end + 4));
}

const MULTIPLE_OF_RE = /^[^,;。!?\n\r的]{1,14}的(?:约|近)?\d+(?:\.\d+)?(?:倍|%)/;

const NOW_RANKED_RE = /^[^,;。!?\n\r\d]{0,12}?(?:最多|最高|最大|最少|最低|第一)的/;

const RECORD_SINCE_RE = /^\d{4}年(?:有(?:纪录|记录|统计))?(?:以来|之?后)的?(?:新高|新低|最高|最低)/;

const opens0 = (text: string, at: number): boolean => at === 0 || /[\n\r,;。:(]/.test(text[at - 1]!);

/** Every period phrase in folded `text`, each with its key relative to the report date (ISO). */
/** The text from `at` to the end of its line (not a copy of the whole rest of the text, split: that made reading quadratic). */
function restOfLine(text: string, at: number): string {
	const end = text.indexOf('\n', at);
	return text.slice(at, end < 0 ? text.length : end);
}

/**
 * Starts where no period is read: a number inside a longer one or before its unit, a base of a comparison, a holiday
 * that is a remark. (A function of its own, small enough to be optimised early, not a part of the long loop below.)
 */
function noPeriodAt(text: string, at: number): boolean {
	// A digit inside a longer number (12024年) or a year after 比/较/到 (a comparison base) is not a period.
	if (at > 0 && /[\d.]/.test(text[at - 1]!)) return true;
	// A number followed by a unit, a space, a cell's bar or a stop (a figure, or a table's cell) starts no period:
	// every period written in digits goes on with 年, 月, 日, 季, a dash, a dot or the like right after its digits.
	if (NO_PERIOD_AFTER_NUMBER.test(text.slice(at, at + 16))) return true;
	if (insideNumeral(text, at)) return true;
	// 超过2019年全年接待量 · 突破2019年水平: a year after 超过/突破 is a comparison too.
	// …but 力争到2017年 · 计划到2025年 names the year a goal is for, and so does 到2027年 opening a clause or ending a span (从今年到2017年).
	if (/[比较到于为过破与]$/.test(text.slice(Math.max(0, at - 1), at)) && /\d|去|上|前|今/.test(text[at]!) && !nextRankedMonth(text, at) && !/(?:(?:力争|争取|确保|计划|预计|目标|将|要)|^|[,。;:\n]|从(?:今|本|\d{4})年)到$/.test(text.slice(Math.max(0, at - 8), at)) && !baseWithLevel(text, at)) return true;
	// 分别是“十二五”时期的2.5倍和2.8倍 · 为去年同期的1.3倍: a period after 是/为/相当于 whose 的 leads to a multiple or share is
	// the base of the comparison, as 比2019年 is; the period stated before it carries on.
	if (/[是为于][“"「『]?$/.test(text.slice(Math.max(0, at - 2), at)) && MULTIPLE_OF_RE.test(text.slice(at, at + 24))) return true;
	// 四川同时也是目前接待游客总数最多的省份,达5955.96万人次: 目前 inside a ranking (目前…最多的) says "so far among those
	// published", not as of when the figure is; the period stated before it holds on.
	if (text.startsWith('目前', at) && NOW_RANKED_RE.test(text.slice(at + 2, at + 20))) return true;
	// 较2022年、2019年同比增加18.86%、210.74%: every year of a list of bases after 比/较 is a base too, never a period.
	if (/[、和及与]/.test(text[at - 1] ?? '') && /\d/.test(text[at]!) && /(?:比|较)(?:\d{4}年(?:同期)?[、和及与])+$/.test(text.slice(Math.max(0, at - 40), at))) return true;
	// 同创2019年有纪录以来新高 · 同为2019年后新高: the year a record is counted from is no period of the figures.
	if (RECORD_SINCE_RE.test(text.slice(at, at + 16))) return true;
	if (remarkYear(text, at)) return true;
	// 国庆假期恰逢中秋 · 适逢周末: a holiday the days happen to meet is a remark, not a period of its own.
	if (/(?:逢|赶上|正值|时值)$/.test(text.slice(Math.max(0, at - 2), at)) && /[春清五劳端中国十元]/.test(text[at]!)) return true;
	// 中秋国庆即将到来,…联合举办…演出 · 迎国庆庆中秋“四季村晚”文化活动: a holiday said to be coming, or welcomed (迎, 庆) in
	// the name of an event, is the occasion, not the period of the figures (fixture 575).
	if (/[春清五劳端中国十元]/.test(text[at]!) && (/[迎庆]$/.test(text[at - 1] ?? '') || HOLIDAY_COMING_RE.test(text.slice(at, at + 14)))) return true;
	// 为春节假期铁路出行最高峰 · 成为国庆假期热门目的地: a holiday in what a day or place is said to be is a remark too.
	if (/为$/.test(text.slice(Math.max(0, at - 1), at)) && /[春清五劳端中国十元]/.test(text[at]!) && /^[^,;。!?\n\r]*?(?:高峰|峰值|热门|首选|之最)/.test(text.slice(at, at + 24))) return true;
	// 较五一黄金周高约一成: a holiday after 比/较 is the base of a comparison.
	if (/[比较]$/.test(text.slice(Math.max(0, at - 1), at)) && /[春清五劳端中国十]/.test(text[at]!)) return true;
	// 增速较一季度加快1.2个百分点: a quarter or half after 比/较 is the base of a comparison as well.
	if (/[比较]$/.test(text.slice(Math.max(0, at - 1), at)) && /^(?:[一二三四]季度|第[一二三四]季度|[上下]半年|前三季度)/.test(text.slice(at, at + 5))) return true;
	return false;
}

export function findPeriods(text: string, reportDate: string): PeriodMention[] {
	const reportYear = +reportDate.slice(0, 4);
	const out: PeriodMention[] = [];
	// The last period written with its year (2021年…, 今年…): 全年 in the same paragraph is that year, not the report's.
	let stated: { year: number; at: number } | null = null;
	// 去年4月…。同年9月: 同年 is the year named last, however it was named.
	let lastYearNamed: number | null = null;
	const roc = ROC_TEXT_RE.test(text);
	const rocPlace = !roc && TW_PLACE_RE.test(text);
	let lastHoliday: PeriodMention | null = null;
	let lastNamed: PeriodMention | null = null;
	// The days a holiday was last spelled out with (9月30日至10月7日中秋、国庆长假期间).
	let spelled: string | null = null;
	let lastPastPlan: string | null = null;
	const spanOf = new Map<string, string>();
	const bulletin = bulletinYear(text, reportYear);
	// 《2014年中国旅游业统计公报》 published in 2016: a bulletin accounts for its year as a title naming N年度 does.
	const titled = titleYear(text, reportYear) ?? bulletin;
	const summaries = summarySections(text, reportYear);
	START_RE.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = START_RE.exec(text))) {
		const at = m.index;
		if (noPeriodAt(text, at)) continue;
		// 假期前三天 · 国庆假期前两天 · 前五日 · 长假头三天 · 假期首三天: the first days of a holiday whose first day is known.
		// 2019年全市春节长假前三天: a holiday named with its days takes the year written earlier in its sentence.
		const dayYear = stated && !/[。;!?\n\r]/.test(text.slice(stated.at, at)) ? stated.year : reportYear;
		FIRST_DAYS_RE.lastIndex = at;
		const fd = FIRST_DAYS_RE.exec(text);
		if (fd) {
			const each = fd[3] !== undefined;
			const first = firstDayOf(fd[1] ?? null, lastHoliday?.key ?? null, dayYear);
			const n = smallNum(fd[2] ?? fd[3]!);
			const hk = fd[1] ? (/国庆|十一/.test(fd[1]) ? key(`${dayYear}国庆`) : key(`${dayYear}${fd[1]}`)) : null;
			const named = hk ?? lastHoliday?.key ?? null;
			if (first && n >= 1 && n <= 10 && (!each || (n > 1 && named))) {
				const days = Array.from({ length: n }, (_, i) => addDays(first, i));
				const mention: PeriodMention = { start: at, end: at + fd[0].length, key: each ? named : `${first}/${days.at(-1)}`, asOf: false };
				if (n > 1) mention.keys = days.map((d) => `${d}/${d}`);
				out.push(mention);
				START_RE.lastIndex = at + fd[0].length;
				// 国庆假期前5日…。假期首日…: a holiday named with its first days is the holiday later words refer back to.
				if (hk) lastHoliday = lastNamed = { start: at, end: at + fd[0].length, key: hk, asOf: false };
				continue;
			}
		}
		DAY_N_RE.lastIndex = at;
		const dn = DAY_N_RE.exec(text);
		if (dn && (dn[3] || !(dn[1] || dn[2]))) {
			// 元旦假期首日 in a report of 30 December: the coming 元旦's first day.
			const dnYear = dn[1] ? +dn[1] : dn[2] ? reportYear : dn[3] && /元旦/.test(dn[3]) && dayYear === reportYear ? newYearMeant(reportDate) : dayYear;
			const first = firstDayOf(dn[3] ?? null, dn[3] ? null : holidayReferredTo(dn[0], lastHoliday, lastNamed, spanOf), dnYear);
			const n = dn[4] ? smallNum(dn[4]) : 1;
			if (first && n >= 1 && n <= 10) {
				const d = addDays(first, n - 1);
				out.push({ start: at, end: at + dn[0].length, key: `${d}/${d}`, asOf: false, day: true });
				START_RE.lastIndex = at + dn[0].length;
				// 国庆假期第三天…假期前三天: a holiday named with its day is also the holiday later words refer back to.
				if (dn[3]) {
					const hk = /国庆|十一/.test(dn[3]) ? key(`${dnYear}国庆`) : key(`${dnYear}${dn[3]}`);
					if (hk) lastHoliday = lastNamed = { start: at, end: at + dn[0].length, key: hk, asOf: false };
				}
				continue;
			}
		}
		// 9月30日既是中秋节,也是…长假的头一天: a holiday a day is said to be (not a day of it, read above) says what the day is,
		// as 恰逢 does; the day is the period.
		if (/\d日(?:既|也|又|正|恰)?是$/.test(text.slice(Math.max(0, at - 6), at)) && /[春清五劳端中国十元“"]/.test(text[at]!)) continue;
		// 完成全年比例的52.97% · 占全年的28.11%: the whole year is the base of a share, not the period.
		if (/(?:完成|占|达到|达)$/.test(text.slice(Math.max(0, at - 2), at)) && /^(?:全年|年度)(?:比例|总量|总数)?的/.test(text.slice(at, at + 8))) continue;
		if ((roc || rocPlace) && /\d|民/.test(text[at]!)) {
			ROC_YEAR_RE.lastIndex = at;
			const r = ROC_YEAR_RE.exec(text);
			const n = r ? +r[1]! : NaN;
			if (r && n >= 1 && n <= 150 && (roc || rocYearNear(n + 1911, reportYear, text.slice(Math.max(0, at - 4), at)))) {
				const y = n + 1911;
				stated = { year: y, at };
				const rest = text.slice(at + r[0].length);
				// 111年底 · 112年 alone: the year; a month or holiday after it is read with that year.
				const sub = findPeriods(`${y}年${rest.slice(0, 20)}`, reportDate)[0];
				const k = sub && sub.start === 0 ? sub.key : String(y);
				const len = sub && sub.start === 0 ? sub.end - 5 + r[0].length : r[0].length;
				out.push({ start: at, end: at + len, key: k, asOf: false });
				START_RE.lastIndex = at + len;
				continue;
			}
		}
		START_RE.lastIndex = at + 1;
		ANY_PERIOD_RE.lastIndex = at;
		if (!ANY_PERIOD_RE.test(text)) continue;
		for (const p of PATTERNS) {
			p.re.lastIndex = at;
			const pm = p.re.exec(text);
			if (!pm || pm[0].length === 0) continue;
			if (/^同期/.test(text.slice(at + pm[0].length))) break; // 2019年同期: a base, not the period
			if (roc && pm[1] === undefined && /^\d{2,3}年/.test(text.slice(at))) break; // an ROC year, read above
			let y = pm[1] ? yearNum(pm[1]) : pm[2] ? reportYear - ({ 去年: 1, 上年: 1, 上一年: 1, 前一年: 1, 前年: 2 }[pm[2]] ?? 0) : reportYear;
			if (pm[2] === '同年') y = lastYearNamed ?? reportYear;
			// 今年 (or a month with no year) under 一、2019年工作总结 in a report of 2020: the year summed up.
			if (!pm[1] && (!pm[2] || pm[2] === '今年')) y = summaries.find((s) => at >= s.start && at < s.end)?.year ?? y;
			if (pm[1] || pm[2]) lastYearNamed = y;
			// 2020年度…,确保本年度人均…达到150元: 本年 after a year written out in its sentence is that year, not the report's.
			// 2016年度,…\n本年度本地观众32万人次: elsewhere it is the year the text accounts for (titleYear), as 全年 is.
			if (pm[2] === '本年') y = stated && !/[。;;!?\n\r]/.test(text.slice(stated.at, at)) ? stated.year : titled ?? y;
			// (7.1—8.31) right after 2023年暑期 is in 2023.
			if (text[at - 1] === '(' && stated && at - stated.at <= 10) y = stated.year;
			if (!pm[1] && !pm[2] && pm[0].startsWith('全年') && stated) {
				// A bulletin published early in the year reports on the year before: its 全年 is that year.
				const sameParagraph = !/[\n\r]/.test(text.slice(stated.at, at));
				// 截至2017年末… \n …全年 in a text that never names the report's own year: the year the whole text is about.
				const ownYearNamed = out.some((o) => !o.day && o.key !== null && o.key.startsWith(String(reportYear)));
				if (sameParagraph || stated.year === titled || (stated.year === reportYear - 1 && (+reportDate.slice(5, 7) <= 3 || !ownYearNamed))) y = stated.year;
			}
			if (!pm[1] && !pm[2] && pm[0].startsWith('全年') && !stated) y = titled ?? reviewedYear(text, at + pm[0].length, reportDate) ?? y;
			// 截至去年底: a year-end names the year a bulletin is about, so 全年 after it in its paragraph is that year too.
			// A line that is only a date (2022年1月20日 under a title) is when the report was published: no year it is about.
			// 发布时间:2022年1月20日 10:30 来源:市文旅局 is one too.
			const dateLine = /日$/.test(pm[0]) && /^\s*(?:(?:发布)?(?:日期|时间)\s*:)?\s*$/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at)) && DATE_LINE_TAIL.test(restOfLine(text, at + pm[0].length));
			// 与2019年的3263.51万册次大体相当;全年举办…: the base year of a comparison with its own level names that level only;
			// a 全年 after it is still the year stated before it.
			if ((pm[1] || pm[2] === '今年' || pm[2] === '本年' || (pm[2] && /^截/.test(pm[0])) || lastYearOpens(text, at, pm[0]) || lastYearPart(text, at, pm[0], pm[2])) && !dateLine && !baseWithLevel(text, at) && !januaryMeeting(text, at, at + pm[0].length, reportDate)) stated = { year: y, at };
			if (!(y >= 1900 && y <= 2100)) break;
			// 截至10月1日15时: an as-of time opens its clause too.
			// 其中10月4日当天接待… · 仅10月4日当天: a day singled out of a span (其中, 仅) opens its clause too.
			const opens = at === 0 || /[\n\r,;。:(]/.test(text[at - 1]!) || afterDateline(text, at) || /截[至止]$|其中$|仅$/.test(text.slice(Math.max(0, at - 2), at)) || subjectDay(text, at, pm[0]) || clauseMonth(text, at, pm[0]) || rankedMonth(text, at, pm[0]) || surveyYear(text, at + pm[0].length, pm[0]);
			let k = p.build(pm, y, reportDate, opens);
			// 2021年1至11月,…。前三季度全省…增加值866.37亿元 in a report of 1 January 2022: a part of a year written without
			// its year that would end after the report date is of the year stated before it in the text.
			if (!pm[1] && !pm[2] && stated && stated.year < reportYear && typeof k === 'string' && endsAfter(k, reportDate)) k = p.build(pm, stated.year, reportDate, opens);
			if (k === null) continue;
			START_RE.lastIndex = at + pm[0].length;
			if (k === 'skip') break;
			if (k === 'none') {
				out.push({ start: at, end: at + pm[0].length, key: null, asOf: false, none: true });
				break;
			}
			if (k === 'month' || k === 'tomonth') {
				const named = out.findLast((o) => o.key !== null && /^\d{4}-\d{2}$/.test(o.key))?.key ?? reportDate.slice(0, 7);
				k = k === 'month' ? named : ytd(+named.slice(0, 4), +named.slice(5));
				if (k === null) break;
			}
			if (k === 'runmonth') {
				const last = out.at(-1);
				if (!last?.key || !/^\d{4}-\d{2}$/.test(last.key) || /[。!?\n\r]/.test(text.slice(last.end, at))) break;
				k = ytd(+last.key.slice(0, 4), +last.key.slice(5));
				if (k === null) break;
			}
			if (k === 'launch') {
				const day = launchDay(text, out);
				if (!day) break;
				k = day;
			}
			if (k === 'sameday') {
				const day = out.findLast((o) => o.day && o.key !== null);
				// 5月4日晚7时,…发布通报。\n…截至当天18时 (a bulletin dated 5月4日): the day named last, in an earlier paragraph,
				// still holds when it is the report's own day, or the day its headline reports (…旅游市场信息(2月17日)).
				const firstLine = text.search(/[\n\r]/);
				const headline = /[。,;!?]/.test(text.slice(0, firstLine)) ? 0 : firstLine;
				// …18日大年初三…共接待游客184万人次。\n其中,…景点当天共接待… (765): a paragraph opened by 其中 breaks down the one
				// right before it, so the day named there still holds.
				const paragraph = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
				const breaksDown = day !== undefined && /^\s*其中/.test(text.slice(paragraph, at)) && text.slice(day.end, at).split(/[\n\r]+/).length === 2;
				if (!day || (/[\n\r]/.test(text.slice(day.end, at)) && !breaksDown && day.key !== `${reportDate}/${reportDate}` && !out.some((o) => o.day && o.key === day.key && o.end <= headline))) break;
				k = day.key!;
			}
			if (k === 'named') {
				if (!lastNamed) break;
				k = spanOf.get(lastNamed.key!) ?? lastNamed.key!;
				// 2013年清明小长假,…。与去年相比,今年…增长12%。\n三天小长假,…: a year named since (今年) is the year of the holiday meant.
				const since = out.findLast((o) => o.start > lastNamed!.start && o.key !== null && /^\d{4}$/.test(o.key));
				if (since && /^\d{4}-[a-z-]+$/.test(k) && !k.startsWith(since.key!)) k = `${since.key}${k.slice(4)}`;
				// 2021年国庆节假期…。…测算,10月1日至7日,全国…。…假日客流…: a span read since the holiday was named that starts
				// on its first official day, with no other period between, spells the holiday out.
				const named = lastNamed;
				const hk = /^(\d{4})-([a-z-]+)$/.exec(k);
				const span = lastHoliday !== null && lastHoliday.start > named.start && lastHoliday.key!.includes('/') ? lastHoliday : null;
				if (hk && span && span.key!.slice(0, 10) === holidayStart(hk[2]!, +hk[1]!) && !out.some((o) => o.start > named.start && o.start < span.start && !o.day && o.key !== null)) k = span.key!;
			}
			const back = k === 'back';
			if (back) {
				// 今年暑期 with no span before it: read on (今年 is the year).
				if (!lastHoliday) {
					if (pm[1] || pm[2]) continue;
					break;
				}
				k = lastHoliday.key!;
				// 9月30日至10月7日中秋、国庆长假期间…。9月29日至10月6日,民航…。\n长假期间全国公路…(fixture 758): a bare holiday word
				// after a side span (days of transport that overlap the holiday, named as none) is the holiday named last, as its
				// days spelled it out; the side span holds for its own account only.
				if (spelled && k !== spelled && k.includes('/') && BARE_HOLIDAY_RE.test(pm[0]) && k.slice(0, 10) <= spelled.slice(11) && spelled.slice(0, 10) <= k.slice(11)) k = spelled;
				// 「十一五」期间…为「十二五」期间…打下基础。五年来…累计: five years looked back on are the last plan already over.
				if (/^五年/.test(pm[0])) {
					if (!lastPastPlan) break;
					k = lastPastPlan;
				}
			}
			const hol = /^\d{4}-([a-z-]+)$/.exec(k);
			// 中秋彩灯会 · 国庆烟花汇演: a holiday naming an event is no period; nor is one inside a place's name (清明上河园).
			if (hol && (EVENT_AFTER.test(text.slice(at + pm[0].length)) || PLACE_AFTER.test(text.slice(at + pm[0].length)))) break;
			// 国庆黄金周(9月29日至10月6日)…国庆黄金周共有…: a holiday once spelled out as a span is that span.
			if (hol && !back && spanOf.has(k)) k = spanOf.get(k)!;
			if (hol && HOLIDAY_START[hol[1]!] && !back) {
				// 9月30日起至10月7日中秋、国庆假期: the name after a span is that span, already read.
				// (It spells the holiday out for a bare 长假期间 later on: see 'back'.)
				if (lastHoliday && /^[\s,、(()]*$/.test(text.slice(lastHoliday.end, at)) && lastHoliday.key!.includes('/')) {
					spelled = lastHoliday.key;
					break;
				}
				const [hm, hd] = HOLIDAY_START[hol[1]!]!;
				// 2017年我国国庆假期旅游收入5836亿元 (in a 2020 report): a holiday after a year written earlier in its sentence is
				// that year's (a source year, 以2015年的数据看, scopes its sentence in context.ts instead).
				if (!pm[1] && !pm[2] && dayYear !== reportYear && !isSourceYear(text, stated!.at)) k = `${dayYear}-${hol[1]}`;
				else if (!pm[1] && !pm[2] && bulletin !== null && /^\d{4}-[a-z-]+$/.test(k)) k = `${bulletin}-${hol[1]}`;
				else if (!pm[1] && !pm[2] && hm * 100 + hd > (+reportDate.slice(5, 7) + 6) * 100 + +reportDate.slice(8, 10)) k = `${+k.slice(0, 4) - 1}-${hol[1]}`;
			}
			// 截至2023年9月27日,…每星期免费开放时间在60小时以上 (a report dated that day): up to the report's own day, written in
			// full with no hour, is 截至目前 (the report's month for a stock, its year for a flow).
			if (pm[1] && k === `${reportDate}/${reportDate}` && /截[至止]$/.test(text.slice(Math.max(0, at - 2), at)) && !/^\d{1,2}(?:时|点|:)/.test(text.slice(at + pm[0].length))) k = 'asof';
			const keys = k.includes('|') ? k.split('|') : undefined;
			if (keys) k = /^近/.test(pm[0]) ? `${keys[0]}-01-01/${keys.at(-1)}-12-31` : keys[0]!;
			const mention: PeriodMention = { start: at, end: at + pm[0].length, key: k === 'asof' ? null : k, asOf: k === 'asof', day: k !== 'asof' && k.length === 21 && k.slice(0, 10) === k.slice(11) };
			if (keys) mention.keys = keys;
			// (2018年和2019年…分别为 too: the years of a list, like its days, hold for their own sentence.)
			if (keys && /^近|日(?:、|和|及|与)\d|^\d{4}年(?:和|与|及|、)\d{4}年|月份?(?:、|和|及|与)\d/.test(pm[0])) mention.sentence = true;
			if (mention.key && (forecastYear(text, at, pm[2]) || p.re === YEARS_AHEAD_RE)) mention.sentence = true;
			if (p.re === LUNAR_NOTED_SPAN_RE && lastNamed) mention.sentence = true;
			if (CUT_MONTH_RE.test(pm[0]) && mention.key && /^\d{4}-\d{2}$/.test(mention.key) && mention.key < reportDate.slice(0, 7)) mention.ytd = ytd(+mention.key.slice(0, 4), +mention.key.slice(5)) ?? undefined;
			// 截至11月,2011年全国累计入境旅游人数…达12372.23万人 · 截至9月,今年全省累计…: a year written right after 截至N月 (with no
			// year of its own) is the year that month is of: its flows run from January to that month, as under 截至2011年11月.
			const cut = out.at(-1);
			if ((pm[1] || pm[2] === '今年' || pm[2] === '本年') && mention.key === String(y) && cut?.key && CUT_BARE_MONTH_RE.test(text.slice(cut.start, cut.end)) && /^[\s,]*$/.test(text.slice(cut.end, at))) {
				const month = `${y}${cut.key.slice(4)}`;
				mention.key = month;
				if (month < reportDate.slice(0, 7)) mention.ytd = ytd(y, +month.slice(5)) ?? undefined;
			}
			// 12月24日及25日,出入境总数分别为A及B人次: the two days of a pair, one for each figure of a 分别 list.
			const pair = /^(?:\d{4}年)?(\d{1,2})月(\d{1,2})日(?:及|和|与)(\d{1,2})日$/.exec(pm[0]);
			if (pair && mention.key) mention.keys = [`${mention.key.slice(0, 10)}/${mention.key.slice(0, 10)}`, `${mention.key.slice(11)}/${mention.key.slice(11)}`];
			if (/^疫/.test(pm[0]) || baseWithLevel(text, at) || (mention.day && /^\d{4}年[^日]*日$/.test(pm[0]) && /^(?:\d|[\u4e00-\u9fff]{1,8}的\d)/.test(text.slice(mention.end, mention.end + 10)) && !opens0(text, at)) || (mention.day && /^的\d/.test(text.slice(mention.end, mention.end + 2))) || fromLevelYear(text, at, mention.end)) mention.clause = true;
			// 清明节假期(4月5日): one day in brackets right after a holiday is that holiday's span, not a day inside it.
			if (mention.day && text[at - 1] === '(' && lastHoliday && /^\d{4}-[a-z-]+$/.test(lastHoliday.key!) && /^[\s(]*$/.test(text.slice(lastHoliday.end, at))) mention.day = false;
			out.push(mention);
			// The holiday's span: written right before or after its name, in brackets or not.
			if (mention.key && lastHoliday && !mention.day && /^[\s,、(()]*$/.test(text.slice(lastHoliday.end, at))) {
				const [a, b] = [lastHoliday.key!, mention.key];
				if (/^\d{4}-[a-z-]+$/.test(a) && b.includes('/')) spanOf.set(a, (spelled = b));
				if (/^\d{4}-[a-z-]+$/.test(b) && a.includes('/')) spanOf.set(b, (spelled = a));
			}
			// (2019年国庆7天全国共接待…): a holiday named inside a bracketed remark is not the one later words refer back to.
			const open = text.lastIndexOf('(', at);
			const remark = open > text.lastIndexOf(')', at) && text[mention.end] !== ')';
			if (mention.key && !remark && (hol || (mention.key.includes('/') && !mention.day && !partOfSpan(mention.key, lastHoliday?.key ?? null)))) lastHoliday = mention;
			if (mention.key && !remark && hol) lastNamed = mention;
			const plan = mention.key ? /^(\d{4})-01-01\/(\d{4})-12-31$/.exec(mention.key) : null;
			if (plan && +plan[2]! - +plan[1]! === 4 && +plan[2]! <= reportYear) lastPastPlan = mention.key;
			START_RE.lastIndex = at + pm[0].length;
			break;
		}
	}
	return out;
}

/** The year of a month a count runs to (截至N月): the year written, else the last such month up to the report's. */
const cutYear = (m: RegExpExecArray, y: number, date: string): number => (!m[1] && !m[2] && smallNum(m[3]!) > +date.slice(5, 7) ? y - 1 : y);
/** A whole period phrase that is a count up to a month: 截至9月 · 截至2011年11月 · 截至11月份. */
const CUT_MONTH_RE = new RegExp(`^${CUT_MONTH}份?$`);
/** The same with no year of its own (截至11月,2011年…), so that a year written right after it can be that month's. */
const CUT_BARE_MONTH_RE = new RegExp(`^截[至止]${N}月份?$`);

/** From the first day of month `mm` of year `y` to the last day of the holiday `name` that follows it. */
function monthToHoliday(y: number, mm: number, name: string): string | null {
	if (mm < 1 || mm > 12) return null;
	const from = `${y}-${String(mm).padStart(2, '0')}-01`;
	const days = [y, y + 1].map((hy) => key(`${hy}${/十.?一/.test(name) ? '国庆' : name}`)).map((k) => (k ? holidayDays(k, null) : null)).find((d) => d !== null && d[0] >= from);
	return days ? `${from}/${days[1]}` : null;
}

// 黄金周(10月1日至7日),…。避暑山庄10月1日至5日每天…。…黄金周期间,…: a span of days inside the span named before it (its
// first five days) is a part of it; a bare word (黄金周期间, 假期) after it still refers back to the whole.
function partOfSpan(key: string, outer: string | null): boolean {
	const a = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(key), b = outer ? /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(outer) : null;
	return a !== null && b !== null && key !== outer && a[1]! >= b[1]! && a[2]! <= b[2]!;
}
