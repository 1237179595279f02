// Periods that findPeriods leaves to context: the days of an act that runs from a launch to a count (4月23日正式启动 …
// 截至4月29日), a count to a month's end, two days joined (从除夕到正月初六), the days an event is held on
// (于5月1日至5月31日举办), 节前 (the days before a holiday), a bare 假期 in a later paragraph, and 已有 and 自…以来已
// (by now).
import { interval, ytd } from './calendar';
import { DAY_PART, type PeriodMention } from './periods';
import { sentenceStart } from './scan';
import { campaignSpans } from './campaign-spans';
import { stockAsOfDay } from './as-of-day';

// 4月23日正式启动 · 5月1日起开始发放: the day a programme was launched, written right before the verb.
// 从2016年12月8日18时起,…开展…专项行动: a day a campaign runs from (从/自…起), its year and hour written or not.
const LAUNCH_RE = /(?:(\d{4})年|(?<![\d年]))(\d{1,2})月(\d{1,2})日(?:\d{1,2}(?:时|点))?(?:起)?(?:正式|全面)?(?:启动|开始|开启|上线|开通|开幕|开放领取)|[从自](?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:\d{1,2}(?:时|点))?起/g;
// 平潭…于5月1日至5月31日举办: 于 naming when, not a comparison (高于 · 相当于 · 低于).
const HELD_RE = /(?<![高低等当多少大小优快慢强弱早晚好差])于(\d{1,2})月(\d{1,2})日(?:-|—|–|~|至|到)(?:(\d{1,2})月)?(\d{1,2})日/g;
// 福州节前还发放了…: what a subject did before the holiday named, on days no key names (not 因节前降雪, a cause).
// 节前,市旅游局…联合24家景区开展主题活动,并发放10万份…: 节前 opening a clause dates what its sentence tells only (the
// sentences after it go back to the holiday).
const BEFORE_HOLIDAY_RE = /(?<=[\u4e00-\u9fff\n\r,;。:]|^)(?<![春清端中秋庆动午明比较与因于在])节前(?![\d夕])/g;
const HOLIDAY_KEY_RE = /^(\d{4})-[a-z-]+$/;
// 冰雪乐园假期累计接待: 假期 inside a clause, after its subject.
const MID_HOLIDAY_RE = /(?<=[\u4e00-\u9fff])(?<!节)(?:假期|假日)(?=累计|共|接待|期间)/g;
// 其中,已有116个项目投入运营 · 全国已有345个: a count of what exists by now.
const BY_NOW_RE = /已有(?=[\d一二两三四五六七八九十])/g;
const PUBLISHED_BY_NOW_RE = /^已有[^,;。!?\n\r]{1,12}?(?:公布|发布|晒出|披露|上报)/;
// 自免费开放以来已接待观众300多万人次 · 开馆以来已举办展览200余场: a count since an event (no date of this year) runs to now,
// across years; it is as of the report date, as 已有 is. (今年以来 · 2019年以来 · 自8月8日…以来 name their start: read elsewhere.)
// 历时42天 · 为期30天: the length of a run (an exhibition, a season), with no dates.
const RUN_RE = /(?:历时|为期)(?:\d{1,3}|[两二三四五六七八九十]{1,3})(?:天|日)/g;
const SINCE_EVENT_RE = /(?:[自从][^,;。!?\n\r\d年月日]{1,16}?|(?:开馆|开放|开园|开业|建成|投用|成立|运营))以来(?=[^,;。!?\n\r]{0,12}?已)/g;
const SINCE_WORKS_RE = /(?:开工|动工|开建)(?:建设)?以来(?=[^,;。!?\n\r]{0,12}?(?:已|累计|共))/g;

// A holiday, or a day of one, named in the paragraph: 截至5月5日 there counts the holiday's days (fixtures 136, 149, 202).
const HOLIDAY_WORD_RE = /春节|黄金周|假期|假日|长假|节日|节期|国庆|五一|劳动节|中秋|端午|清明|元旦|除夕|正月|十一|节前|节后/;
// 截至当天下午4时 · 截至5日17时 · 截至5日 17:00: an hour of the day (a part of the day before it or not).
const HOUR_AFTER_RE = new RegExp(`^(?:${DAY_PART}?\\d{1,2}(?:时|点|:)|\\s*\\d{1,2}:\\d{2})`);
/** 截至 a day, not an hour of it, in a paragraph that names no holiday: the day closes a count from the year's start. */
function cumulativeDay(text: string, p: PeriodMention): boolean {
	if (HOUR_AFTER_RE.test(text.slice(p.end, p.end + 8)) || /\d{1,2}(?:时|点|:\d{2})/.test(text.slice(p.end - 5, p.end))) return false;
	const from = text.lastIndexOf('\n', p.start) + 1;
	const to = text.indexOf('\n', p.end);
	return !HOLIDAY_WORD_RE.test(text.slice(from, to < 0 ? text.length : to)) && p.key!.slice(5, 10) !== '01-01';
}

/**
 * The mentions with these periods added: a day counted to (截至…日) that ends its month is January to that month; one
 * after the day a programme was launched earlier in the text (up to 60 days before) is the span from the launch to it;
 * a span after 于 is the days an event is held and holds for its own sentence; 节前 is the year of the holiday named
 * last (the figures are not the holiday's).
 */
export function addActSpans(text: string, mentions: PeriodMention[], date: string): PeriodMention[] {
	const year = +date.slice(0, 4);
	const launches = [...text.matchAll(LAUNCH_RE)];
	const out = mentions.map((p) => {
		if (!p.day && p.key) return launchToMonthEnd(text, launches, p) ?? p;
		if (!p.day || !p.key || !/截[至止]$/.test(text.slice(Math.max(0, p.start - 2), p.start))) return p;
		const [y, mo, d] = p.key.slice(0, 10).split('-').map(Number) as [number, number, number];
		// 截至2011年6月30日 is 截至6月底: January to that month (fixture 194's convention), the quote keeping 截至; a stock
		// counted to that day (截至2024年6月30日,全国旅行社总数为60833家) is that month's, even when the day ends a quarter.
		const monthEnd = new Date(Date.UTC(y, mo, 0)).getUTCDate() === d ? ytd(y, mo) : null;
		// 1月31日…截至当日15点 (an hour after the day) is that day's count so far, not January's.
		if (monthEnd && !/\d{1,2}(?:时|点)/.test(text.slice(p.end - 4, p.end)) && !HOUR_AFTER_RE.test(text.slice(p.end, p.end + 8))) {
			const stock = stockAsOfDay(text, p);
			return stock ? { ...p, start: p.start - 2, key: stock, day: false, sentence: true } : { ...p, start: p.start - 2, key: monthEnd, day: false };
		}
		const lm = launches.findLast((m) => m.index + m[0].length <= p.start);
		const launch = lm ? launchDay(lm, y, mo) : null;
		// 截至10月15日,全市累计接待… (no hour, no holiday in its paragraph): a count from January 1 to that day.
		const stock = !launch && cumulativeDay(text, p) ? stockAsOfDay(text, p) : null;
		if (stock) return { ...p, start: p.start - 2, key: stock, day: false, sentence: true };
		if (!launch) return cumulativeDay(text, p) ? { ...p, start: p.start - 2, key: `${p.key.slice(0, 4)}-01-01/${p.key.slice(11)}`, day: false } : p;
		const from = launch.slice(0, 10), to = p.key.slice(0, 10);
		const days = (Date.parse(to) - Date.parse(from)) / 864e5;
		return days > 0 && days <= 60 ? { ...p, start: p.start - 2, key: `${from}/${to}`, day: false } : p;
	});
	// 从除夕到正月初六 · 除夕至初八: two days joined by 到/至 are the span between them.
	for (let k = out.length - 2; k >= 0; k--) {
		const [p, q] = [out[k]!, out[k + 1]!];
		if (p.day && q.day && p.key && q.key && q.key > p.key && /^(?:到|至|-|—)$/.test(text.slice(p.end, q.start))) out.splice(k, 2, { start: p.start, end: q.end, key: `${p.key.slice(0, 10)}/${q.key.slice(11)}`, asOf: false });
	}
	for (const m of text.matchAll(HELD_RE)) {
		const key = interval(year, +m[1]!, +m[2]!, m[3] ? +m[3] : +m[1]!, +m[4]!);
		if (key && !out.some((p) => p.start <= m.index + 1 && p.end > m.index + 1)) out.push({ start: m.index + 1, end: m.index + m[0].length, key, asOf: false, sentence: true });
	}
	for (const m of text.matchAll(BEFORE_HOLIDAY_RE)) {
		if (out.some((p) => p.start <= m.index && p.end > m.index)) continue;
		const hol = out.filter((p) => p.end <= m.index && p.key && HOLIDAY_KEY_RE.test(p.key)).at(-1);
		const opens = m.index === 0 || /[\n\r,;。:]/.test(text[m.index - 1]!);
		out.push({ start: m.index, end: m.index + 2, key: hol ? hol.key!.slice(0, 4) : String(year), asOf: false, ...(opens ? { sentence: true } : {}) });
	}
	beforeNamedHoliday(text, out);
	for (const p of [...sinceLaunch(text, out, date), ...campaignSpans(text, out, date)]) {
		// 8月份以来: the span replaces the month read inside it.
		for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start >= p.start && out[k]!.end <= p.end) out.splice(k, 1);
		out.push(p);
	}
	out.sort((a, b) => a.start - b.start);
	// 哈尔滨融创冰雪乐园假期累计接待…: a bare 假期 inside a clause, in a paragraph after the one that spelled the days out,
	// names the holiday (fixture 189's convention), not those days; a span in brackets still spells it (context.ts).
	for (const m of text.matchAll(MID_HOLIDAY_RE)) {
		const before = out.filter((p) => p.end <= m.index && p.key);
		const hol = before.findLast((p) => HOLIDAY_KEY_RE.test(p.key!));
		const last = before.at(-1);
		if (hol && last && last.key!.includes('/') && /[\n\r]/.test(text.slice(last.end, m.index))) out.push({ start: m.index, end: m.index + 2, key: hol.key, asOf: false });
	}
	// 3月15日,灯会圆满落幕。…在历时42天的展出中,本届灯会共接待…: a run of days told by its length only, after a single day
	// (the day it closed) or no period at all, has no key: its figures get no period, not that day's.
	for (const m of text.matchAll(RUN_RE)) {
		const last = out.findLast((p) => p.end <= m.index && (p.key !== null || p.none));
		if (!last || (last.day && !/[\n\r]/.test(text.slice(last.end, m.index)))) out.push({ start: m.index, end: m.index + m[0].length, key: null, asOf: false, none: true });
	}
	// 已有 N is as of the report date, as 目前 is, for its sentence, unless a period named earlier in the sentence says
	// as of when (截至去年底,全国已有144支).
	for (const m of [...text.matchAll(BY_NOW_RE), ...text.matchAll(SINCE_EVENT_RE)]) {
		const from = sentenceStart(text, m.index);
		// 已有16个省份公布了…,其中5个省份旅游收入超过百亿元: the count of who has published so far is by now, its clause
		// only; what the published data say keeps the period they are of.
		const published = PUBLISHED_BY_NOW_RE.test(text.slice(m.index, m.index + 24));
		if (!out.some((p) => p.start >= from && p.start < m.index)) out.push({ start: m.index, end: m.index + 2, key: null, asOf: true, ...(published ? { clause: true } : { sentence: true }) });
	}
	// 截止6月10日完成投资952万元,…,项目开工以来已累计完成投资7137万元: a project's total since work began is no span of
	// this year; it counts for the report's year, as a project's total investment does (fixtures 53, 660), in its clause.
	for (const m of text.matchAll(SINCE_WORKS_RE)) out.push({ start: m.index, end: m.index + m[0].length, key: String(year), asOf: false, clause: true });
	return out.sort((a, b) => a.start - b.start);
}

/** The day a launch names, in the year of the count to month `mo` of year `y`. */
function launchDay(lm: RegExpExecArray | RegExpMatchArray, y: number, mo: number): string | null {
	const [ly, lmo, ld] = lm[2] ? [lm[1], lm[2], lm[3]] : [lm[4], lm[5], lm[6]];
	// 从2016年12月8日起 … 截至1月3日: a launch in a later month than the count's runs from the year before.
	return interval(ly ? +ly : y - (+lmo! > mo ? 1 : 0), +lmo!, +ld!, +lmo!, +ld!);
}

// 3月18日开幕的吐鲁番杏花节,截至3月底共接待游客167.98万人次: a count to a month's end after the day its event opened, in
// the same sentence, is the span from that day to the month's last day (not January to the month).
const TO_MONTH_END_RE = /^截[至止](?:(\d{4})年)?(\d{1,2})月(?:底|末)$/;
function launchToMonthEnd(text: string, launches: RegExpExecArray[] | RegExpMatchArray[], p: PeriodMention): PeriodMention | null {
	const me = TO_MONTH_END_RE.exec(text.slice(p.start, p.end));
	const lm = me && launches.findLast((m) => m.index! + m[0].length <= p.start && !/[。!?;\n\r]/.test(text.slice(m.index!, p.start)));
	if (!me || !lm) return null;
	const y = +p.key!.slice(0, 4), mo = +me[2]!;
	const from = launchDay(lm, y, mo)?.slice(0, 10);
	const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
	const to = interval(y, mo, last, mo, last)?.slice(0, 10);
	const days = from && to ? (Date.parse(to) - Date.parse(from)) / 864e5 : -1;
	return days > 0 && days <= 60 ? { ...p, key: `${from}/${to}` } : null;
}

// 春节前夕,省文化和旅游厅推出…15条旅游线路 · 国庆节前: the days before a holiday named with it are no days of the holiday;
// as 节前 is, they are the holiday's year (SOURCES.md).
// (端午节前后 · 春节前三天 are not: days around the holiday, the holiday's own first days.)
const EVE_RE = /^(?:前夕|前(?![后後一二两三四五六七八九十\d]))/;
function beforeNamedHoliday(text: string, out: PeriodMention[]): void {
	for (const p of out) {
		const y = p.key ? HOLIDAY_KEY_RE.exec(p.key) : null;
		if (y && !p.day && EVE_RE.test(text.slice(p.end, p.end + 2))) p.key = y[1]!;
	}
}

// 自8月8日活动启动至今,参加活动的390家A级旅游景区累计接待… : from the day a campaign began to the day of the news (the
// dateline's 11月18日电 when the text has one, else the report's date).
// 8月份以来,凤凰古城日均接待游客5000人次以上: from the first of that month, as 5月14日以来 is from its day.
// 8月8日从州旅游局了解到 · 记者获悉 on a day: the day of the news too.
const SINCE_LAUNCH_RE = /(?:[自从](?:(\d{4})年)?(\d{1,2})月(\d{1,2})日[\u4e00-\u9fff]{0,8}?|(?<=^|[,;。\n\r])(\d{1,2})月份?)(?:以来|至今)/g;
const DATELINE_RE = /(\d{1,2})月(\d{1,2})日(?:电|讯|[^,;。\d]{0,10}?(?:了解到|获悉))/;
function sinceLaunch(text: string, out: PeriodMention[], date: string): PeriodMention[] {
	const found: PeriodMention[] = [];
	for (const m of text.matchAll(SINCE_LAUNCH_RE)) {
		if (out.some((p) => p.start <= m.index + 1 && p.end > m.index + 1 && p.key?.includes('/'))) continue;
		const y = m[1] ? +m[1] : +date.slice(0, 4);
		const line = DATELINE_RE.exec(text.slice(0, m.index));
		const to = line ? interval(y, +line[1]!, +line[2]!, +line[1]!, +line[2]!)?.slice(0, 10) : date;
		const from = (m[4] ? interval(y, +m[4], 1, +m[4], 1) : interval(y, +m[2]!, +m[3]!, +m[2]!, +m[3]!))?.slice(0, 10);
		if (from && to && to > from) found.push({ start: m.index, end: m.index + m[0].length, key: `${from}/${to}`, asOf: false });
	}
	return found;
}
