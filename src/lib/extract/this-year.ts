// 今年 in a holiday report: once the text has named this year's holiday, a bare 今年 after it (观光局指出,今年民众出游仍以
// 户外赏景为主。各国家风景区的旅客人数达58万人) still speaks of that holiday, not of the whole year.
import type { PeriodMention } from './periods';
import { sentenceEnd, sentenceStart } from './scan';

const HOLIDAY_KEY_RE = /^\d{4}-[a-z-]+$/;

/** Gives each bare 今年 the key of the holiday of the same year named last before it, when no other period came between. */
export function thisYearsHoliday(folded: string, periods: PeriodMention[]): void {
	periods.forEach((p, k) => {
		if (p.key === null || !/^\d{4}$/.test(p.key) || !/^今年$/.test(folded.slice(p.start, p.end))) return;
		const before = periods.slice(0, k).findLast((q) => q.key !== null && !q.day && !q.clause);
		if (before && HOLIDAY_KEY_RE.test(before.key!) && before.key!.startsWith(`${p.key}-`)) p.key = before.key;
	});
}

// 截至6月底,…实际完成投资419亿元…;今年已新开工项目44个: 今年已 (done this year so far) after a span from January named
// earlier in its paragraph counts to the end of that span, as 已有 counts to the report's month; past the paragraph, 今年
// is the year again (…\n一批项目即将投用:…总投资20亿元).
const SO_FAR_RE = /^\d{4}-(?:H1|Q1|YTD\d{2})$/;

/**
 * For each 今年 followed by 已, a mention of the span from January of the same year named last before it in its paragraph,
 * at the same place; it holds to the paragraph's end (soFarThisYear), the 今年 itself beyond.
 */
export function thisYearSoFar(folded: string, periods: PeriodMention[]): PeriodMention[] {
	const out: PeriodMention[] = [];
	periods.forEach((p, k) => {
		if (p.key === null || !/^\d{4}$/.test(p.key) || folded.slice(p.start, p.end) !== '今年' || folded[p.end] !== '已') return;
		const before = periods.slice(0, k).findLast((q) => q.key !== null && !q.day && !q.clause && !(q.key === p.key && folded.slice(q.start, q.end) === '今年'));
		if (before && SO_FAR_RE.test(before.key!) && before.key!.startsWith(`${p.key}-`) && !/[\n\r]/.test(folded.slice(before.end, p.start))) out.push({ ...p, key: before.key });
	});
	return out;
}

/** A 今年已 read as the span before it: it holds to the end of its paragraph only. */
export function soFarThisYear(folded: string, p: PeriodMention): boolean {
	return p.key !== null && SO_FAR_RE.test(p.key) && folded.slice(p.start, p.end) === '今年';
}

// 截至今年4月底,全国共完成…厕所超过5万座。\n…决定对2家…给予严重警告: a count to the end of a month before the report's
// month says where things stood then; the paragraphs after it report what the notice itself does, in its own month.
/** A span from January to the end of a month before the report's (截至4月底), which holds to the end of its paragraph only. */
export function asOfEarlierMonth(folded: string, p: PeriodMention, date: string): boolean {
	const m = /^(\d{4})-YTD(\d{2})$/.exec(p.key ?? '');
	return m !== null && /^截[至止][^\n\r]*底$/.test(folded.slice(Math.max(0, p.start - 2), p.end).replace(/^[^截]{1,2}(?=截)/, '')) && `${m[1]}-${m[2]}` < date.slice(0, 7);
}

/** Past the paragraph of such a span, a figure no period reaches is as of the report's own time (the notice's month). */
export function pastEarlierMonth(folded: string, periods: PeriodMention[], at: number, date: string): PeriodMention | null {
	const q = periods.findLast((p) => p.start < at && p.key !== null);
	return q && asOfEarlierMonth(folded, q, date) ? { start: q.start, end: q.end, key: null, asOf: true } : null;
}

// 今年以来,走进…工地,处处是…景象。\n近日,记者从市文旅局了解到,全市共有…文旅项目78个: a 今年以来 lead does not carry
// into a later paragraph that opens a new account of its own (近日 · 日前 · 记者…了解到), which reports the year (fixture 544);
// a paragraph going on with the account (扶风县统筹…,累计接待读者14.6万人次, fixture 258) is still the year so far.
const SINCE_NEW_YEAR_RE = /^(?:今年以来|年初以来|今年1月以来)$/;
const NEW_ACCOUNT_RE = /^[\s\u3000]*(?:近日|日前|近期|记者)/;

/** Whether `p` is the span from this January to the report day read from 今年以来 (年初以来). */
export const sinceNewYear = (folded: string, p: PeriodMention): boolean => p.key !== null && SINCE_NEW_YEAR_RE.test(folded.slice(p.start, p.end));

/** Whether a span read from 今年以来 (年初以来) stops short of `at`, in a later paragraph that opens a new account. */
export function sinceNewYearEnds(folded: string, p: PeriodMention, at: number): boolean {
	if (!sinceNewYear(folded, p)) return false;
	const ls = folded.lastIndexOf('\n', at - 1) + 1;
	return ls > p.end && NEW_ACCOUNT_RE.test(folded.slice(ls, at));
}

// 羊年全省旅游消费指数昨日发布。去年黄山凭借七天超过3000万元的成绩…。…春节期间全省…: 去年 with the days a holiday lasts
// (七天), in a text about one holiday, is last year's holiday, not the whole of last year (fixture 581).
const DAYS_OF_RE = /^[^,;。!?\n\r\d]{0,8}?(?:[三五七八九]|\d)天/;

/** Keys 去年/上年 mentions whose clause counts a holiday's days as that holiday a year back, where the text names one holiday. */
export function lastYearsHoliday(folded: string, periods: PeriodMention[]): void {
	const kinds = new Set(periods.map((p) => (p.key ? /^\d{4}-([a-z-]+)$/.exec(p.key)?.[1] : undefined)).filter((k) => k !== undefined));
	if (kinds.size !== 1) return;
	const [kind] = kinds;
	for (const p of periods) {
		if (p.key && /^\d{4}$/.test(p.key) && /^(?:去年|上年)$/.test(folded.slice(p.start, p.end)) && DAYS_OF_RE.test(folded.slice(p.end, p.end + 12))) p.key = `${p.key}-${kind}`;
	}
}

// 今年以来,…。\n公共文化场馆免费开放。全市11个公共图书馆、8个文化馆、…101个乡镇综合文化站全部免费对外开放 · 全市建成715个
// 综合文化服务中心,覆盖率达95.97%: a sentence that counts the venues a place has, in the state they are in now (open free,
// built, covered), names a stock; a year or 今年以来 stated in an earlier sentence does not reach it, and its counts and rate
// are as of the report's month (fixture 624). (今年以来新建图书馆5个 · 全市8个文化馆接待… count what was done: left alone.)
const VENUE_COUNT_RE = /\d(?:个|家|座|所)[\u4e00-\u9fff()]{0,10}?(?:图书馆|文化馆|美术馆|博物馆|纪念馆|文化站|文化中心|服务中心|农家书屋|剧院)/;
const PRESENT_STATE_RE = /全部免费(?:对外)?开放|建成\d|覆盖率/;
const DONE_RE = /新建|新增|新开|举办|开展|接待|完成|投资|今年|本年|\d{4}年/;
const STOCK_UNIT_RE = /^(?:个|家|座|所|%)$/;

/** Whether a figure in `unit` at `at`, reached by `p` from an earlier sentence, is a count of venues as they stand now. */
export function venuesNow(folded: string, p: PeriodMention, at: number, unit: string | null): boolean {
	if (!p.key || !(/^\d{4}$/.test(p.key) || sinceNewYear(folded, p)) || unit === null || !STOCK_UNIT_RE.test(unit)) return false;
	const ss = sentenceStart(folded, at);
	if (p.start >= ss) return false;
	const sentence = folded.slice(ss, sentenceEnd(folded, at));
	return VENUE_COUNT_RE.test(sentence) && PRESENT_STATE_RE.test(sentence) && !DONE_RE.test(sentence);
}
