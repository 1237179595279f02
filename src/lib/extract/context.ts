// The period of each figure from its context: the title, headings, numbered points, brackets, breakdowns, holidays
// named again, days inside a period, and the rules for how far a stated period carries.
import { inOccasionList, newYearOpening, occasionLists } from './occasion-lists';
import { clausesUnderNow, nowInterrupts, nowReaches } from './now-clause';
import { reviewLead } from './year-review';
import { baseWithLevel, statedBaseLevels } from './base-level';
import { inEventName, inQuotedName } from './quoted-names';
import { peakDay } from './peak-day';
import { remarksAfterDay, reportDays, thisYearToYesterday, yearToRelativeDay } from './as-of-day';
import type { RawFigure } from './figures';
import { addDays, HOLIDAY_START, holidayStart, inHoliday } from './calendar';
import { findPeriods, type PeriodMention } from './periods';
import { anyIn, backTo, forwardTo, sentenceEnd, sentenceStart } from './scan';
import { hasLabelledFigure } from './label-units';
import { holidayIsDay, titleBulletinDay } from './title-day';
import { weekdayMentions } from './weekdays';
import { spanNewYear } from './newyear';
import { headingYears } from './year-headings';
import { addActSpans } from './spans';
import { bracketDaySpans } from './subspans';
import { holidaysSpelledOut } from './holiday-spans';
import { sourceYearKey, sourceYears, yearOfAct } from './act-years';
import { datelineDay } from './report-date';
import { eventDays, subjectDays } from './event-days';
import { purposeStarts } from './purpose-resets';
import { holidaySoFar } from './as-of-holiday';
import { daysCounted } from './days-counted';
import { asOfEarlierMonth, pastEarlierMonth, sinceNewYearEnds, soFarThisYear, thisYearSoFar, thisYearsHoliday, lastYearsHoliday, venuesNow } from './this-year';
import { monthsCovered, parsePeriod } from '../domain/period';

// A new enumerated point (一是…, (二)…) starts a new context: a period stated earlier no longer applies.
const GROUP_LABEL_RE = /^(?:已|计划|拟|新)?(?:新?开工|竣工|签约|投产|续建|开业|落地)(?:的)?(?:重点)?项目/;
// 正月初四、初五是高峰期: a day of the month before 是 is no enumerated point.
const RESET_RE = /(?<![初第])[一二三四五六七八九十]是|\([一二三四五六七八九十]+\)|其[一二三]是/g;

// 青州佛像艺术展(2016.1.14-4.6,南京大报恩寺遗址博物馆),参观人数30万: a bracket that opens with a span of days and goes on
// with only where it was held (no figure) gives the dates of what it follows, as a bracket that is only a span does (fixture 666).
const spanThenPlace = (folded: string, p: PeriodMention, close: number): boolean =>
	p.key !== null && /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/.test(p.key) && folded[p.end] === ',' && !/\d/.test(folded.slice(p.end, close));

/** The periods the text names that can be a figure's period, and where the body starts (after the title lines). */
export function readPeriods(folded: string, blanked: string, date: string): { periods: PeriodMention[]; bodyStart: number } {
	const bodyStart = titleEnd(folded);
	// 与今年“五一”假日第一天相比: the period named in a comparison is its base, not the period of what follows.
	// 2021年的假期放3天,今年放5天,上述增幅是拿今年假期的前3天与去年的3天相比。: a sentence of no amounts that ends in
	// the comparison explains how one was made; no period it names (今年, 前3天) is the period of what follows.
	const compared = blanked
		// (Tried from sentence starts only, where any such match starts: from every position, a sentence without one was
		// scanned to its end once per character.)
		.replace(/(?<=^|[。!?\n\r])[^。!?\n\r]*?(?:与|和|同)[^,;。!?与和同\n\r]{1,20}?相比(?=[。;!?\n\r])/g, (x) => (/%|人次|元/.test(x) ? x : ' '.repeat(x.length)))
		// …but 与106年的115万532人相比 states the base's own level: that year is the period of the level.
		.replace(/(?:与|和|同)[^,;。与和同]{1,20}?相比/g, (x, at: number, all: string) => (x[0] === '与' && baseWithLevel(all, at + 1) ? x : ' '.repeat(x.length)))
		// 较去年同期(2018年9月22日至24日)上升3.4%: the dates of the base in brackets after 同期 are no period of what follows.
		.replace(/(?<=同期)\([^()\n\r]{1,30}\)/g, (x) => ' '.repeat(x.length))
		// 比2022年国庆假期第四天(10月4日)多35213.91万元: the base of a difference (比…多/少/增加 a number) names no period of
		// what follows.
		.replace(/(?<![占对相类排评])(?:比|较)[^,;。!?\n\r比较]{1,24}?(?=(?:多出?|少|增加|减少|高出|低)了?(?:约|近)?\d)/g, (x) => ' '.repeat(x.length));
	// 一季度开工项目完成投资38.6% · 二季度计划开工项目: a quarter or month naming a group of projects (those started in it)
	// is the group's label, not the period of the figure.
	// 2023年元旦节假期 · 元旦假期三天 (no key of their own): the span of days the text or the year's notice gives.
	const found0 = addActSpans(compared, headingYears(compared, spanNewYear(compared, findPeriods(compared, date), date)), date).map((p) => sinceYear(compared, p, date));
	const occasions = occasionLists(compared);
	const titleDay = titleBulletinDay(compared, found0, bodyStart);
	const periods = found0.filter(
		(p, k) =>
			!(p.day && p.start < bodyStart && p !== titleDay) &&
			!(p.day && datelineDay(compared, p.end)) &&
			!auditedYear(compared, p) &&
			!actDate(compared, p) &&
			!yearOfAct(compared, p) &&
			!inQuotedName(compared, p) &&
			!inEventName(compared, p) &&
			!peakDay(compared, p) &&
			!inOccasionList(occasions, p) &&
			!(p.key && /^\d{4}-(?:Q\d|\d{2})$/.test(p.key) && GROUP_LABEL_RE.test(compared.slice(p.end, p.end + 10)) && !quarterPlanned(compared, p.end, p.key, date)) &&
			!yearSoFar(compared, p, found0[k - 1])
	);
	// (The title's day is no single day said inside the account: it heads the whole bulletin, as a title's holiday would.)
	if (titleDay) titleDay.day = false;
	if (titleDay) holidayIsDay(periods, titleDay, bodyStart);
	periods.push(...bracketDaySpans(compared, periods, date));
	periods.push(...yearToRelativeDay(compared, periods, bodyStart, date));
	periods.push(...newYearOpening(compared, date));
	periods.push(...weekdayMentions(compared, date).filter((p) => p.start >= bodyStart));
	// 报告日已整改40项 · 截至报告日: as of the day the report was written, as 截至目前 is.
	for (const m of compared.matchAll(REPORT_DAY_RE)) periods.push({ start: m.index, end: m.index + m[0].length, key: null, asOf: true });
	periods.sort((a, b) => a.start - b.start);
	holidaysSpelledOut(compared, periods, bodyStart);
	lastYearsHoliday(compared, periods);
	thisYearsHoliday(folded, periods);
	thisYearToYesterday(folded, periods);
	periods.push(...thisYearSoFar(folded, periods));
	periods.sort((a, b) => a.start - b.start);
	// 恢复至疫前同期的59.9%(2019年国内旅游收入为6497.1亿元): a year in brackets right after a comparison with the same
	// period (同期) of that year is that year's same holiday, the one named last.
	periods.forEach((p, k) => {
		if (!p.key || !/^\d{4}$/.test(p.key) || folded[p.start - 1] !== '(' || !/同期的(?:接近|约)?[\d.]+%$/.test(folded.slice(Math.max(0, p.start - 21), p.start - 1))) return;
		const hol = periods.slice(0, k).findLast((q) => q.key !== null && /^\d{4}-[a-z-]+$/.test(q.key));
		if (hol) p.key = `${p.key}${hol.key!.slice(4)}`;
	});
	return { periods, bodyStart };
}

// 今年一季度计划开工项目5个 in a report of March 31: the projects planned for the quarter the report closes are that
// quarter's figures (二季度开工项目, those started in it, still only names a group).
function quarterPlanned(s: string, end: number, key: string, date: string): boolean {
	return /^\d{4}-Q\d$/.test(key) && s.startsWith('计划', end) && key.slice(0, 4) === date.slice(0, 4) && +key.slice(6) * 3 === +date.slice(5, 7);
}

const HOURS_SPAN_RE = /[时点][^时点至到\-—~]*[至到\-—~][^时点]+[时点]$/;
const REPORT_DAY_RE = /(?:截[至止])?报告日/g;
// 自2017年列入省政府民生实事以来,…7年间: from that year's January 1 to the report date, as 2017年以来 is.
const SINCE_RE = /^[^,;。:!?\n\r]{1,32}?以来/;
// 他从2020年底开始固定来借书: when one person or thing began doing something is no period of the figures after it;
// it holds for its own sentence only.
const BEGAN_RE = /^(?:底|末|初)?(?:开始|起)/;
function sinceYear(s: string, p: PeriodMention, date: string): PeriodMention {
	if (p.key && /^\d{4}$/.test(p.key) && /[自从]$/.test(s.slice(Math.max(0, p.start - 1), p.start)) && BEGAN_RE.test(s.slice(p.end, p.end + 3)) && !/以来/.test(s.slice(p.end, forwardTo(s, p.end, /[,;。!?\n\r]/)))) return { ...p, sentence: true };
	if (!p.key || !/^\d{4}$/.test(p.key) || !/[自从]$/.test(s.slice(Math.max(0, p.start - 1), p.start)) || !SINCE_RE.test(s.slice(p.end, p.end + 36))) return p;
	const key = `${p.key}-01-01/${date}`;
	return key.slice(11) > key.slice(0, 10) ? { ...p, key } : p;
}
// 关于2020年度…审计查出问题整改情况的报告: the year of the accounts audited names what was audited, not the period of the
// figures reported on their rectification (a year later).
const AUDITED_RE = /^度?[^,;。:!?\n\r]{0,24}?审计/;
function auditedYear(s: string, p: PeriodMention): boolean {
	return p.key !== null && /^\d{4}$/.test(p.key) && /^\d{4}年$/.test(s.slice(p.start, p.end)) && AUDITED_RE.test(s.slice(p.end, p.end + 30));
}

// 10月4日截至17时, · 1月31日截至当日15点,: the hour a day's count runs to, after the day and before the comma.
const DAY_HOUR_RE = /^截[至止](?:当[天日])?\d{1,2}(?:时|点)(?:\d{1,2}分)?,/;

/** Each figure's period mention (null when none reaches it), and the keys a 分别 list of periods gives its figures. */
export function periodsOfFigures(
	text: string,
	folded: string,
	blanked: string,
	periods: PeriodMention[],
	bodyStart: number,
	figures: RawFigure[],
	date: string
): { periodOf: (PeriodMention | null)[]; listKey: Map<number, string> } {
	const resets = [...blanked.matchAll(RESET_RE)].map((m) => m.index);
	const purposes = purposeStarts(blanked);
	// Where the figures start, in order (asked "is there a figure between" for every period: a search, not a scan).
	const starts = figures.map((f) => f.start).sort((a, b) => a - b);
	// A period inside a breakdown (分季度看,一季度…;二季度… · 其中一季度…) holds to the end of its paragraph only.
	const local = new Set<PeriodMention>();
	const partHoliday = new Set<PeriodMention>();
	for (const p of periods) {
		const ls = text.lastIndexOf('\n', p.start - 1) + 1;
		const ss = backTo(blanked, p.start, /[。!?;\n\r]/, ls);
		// 交通客运:9月13-15日,全省机场…: a span of days right after a section's label, under a holiday named before, is the
		// days that section counted; the sections after it go back to the holiday.
		const sectionDays = p.key !== null && p.key.includes('/') && /^[\u4e00-\u9fff]{2,6}:$/.test(blanked.slice(ls, p.start)) && periods.some((q) => q.end <= ls && q.key !== null && /^\d{4}-[a-z-]+$/.test(q.key));
		if (sectionDays || /分季度|分月|分地区|分区域/.test(blanked.slice(ls, p.start)) || /其中/.test(blanked.slice(ss, p.start)) || soFarThisYear(folded, p)) local.add(p);
		// 其中,春节黄金周6天期间共接待观众36万人次…。本届灯会实现总收入…: a holiday singled out as a part of a longer run holds
		// for its own sentence only.
		if (p.key !== null && /^\d{4}-[a-z-]+$/.test(p.key) && /其中/.test(blanked.slice(ss, p.start))) partHoliday.add(p);
		// 日均观灯人次、单日观灯总人数、春节黄金周观灯总人数和经济总收入四项均创新高: a holiday naming an item of a list of
		// measures, in a sentence that states no figure, is part of the item's name.
		const fs = sentenceStart(folded, p.start), fe = sentenceEnd(folded, p.end);
		if (p.key !== null && /^\d{4}-[a-z-]+$/.test(p.key) && folded[p.start - 1] === '、' && !anyIn(starts, fs, fe)) partHoliday.add(p);
	}

	// 上半年…;2月11日更录得30,671人次…;莲花口岸…: a day inside the period stated before it is a point of that period,
	// and holds for its own clause only.
	const pointIn = new Set<PeriodMention>();
	const holidayDays = new Set<PeriodMention>();
	const findings = new Map<PeriodMention, PeriodMention>();
	// 今天是黄金周的头一天 · 截至17时 (the report's day): what a bulletin reports, holding on as the holiday would.
	const todays = reportDays(folded, periods, date, bodyStart);
	const remarks = remarksAfterDay(folded, periods, todays, starts);
	periods.forEach((p, k) => {
		if (!p.day || !p.key || todays.has(p)) return;
		const outer = periods.slice(0, k).findLast((q) => q.key !== null && !q.day);
		// 单看假期第5天,全区接待…。当天…;过夜游客…: a day that opens its paragraph is what the paragraph reports.
		const lead = folded.slice(folded.lastIndexOf('\n', p.start - 1) + 1, p.start);
		// (正月初四、初五是…高峰期,初四当天接待…: days named, not a day set before the paragraph's account, stay points.)
		// (据初步统计,6月23日(假期第二日),…: the source of the data may come first.)
		// (…。秦皇岛:当天全市各景区共接待…: a place's section opened by its label is a paragraph of its own.)
		// (当天游客接待量排名前十…。东、中、西部…占比分别为…: 当天 opening its paragraph needs no comma after it.)
		// (据通报,10月4日截至17时,…: the day opens the account with the hour its count runs to.)
		const opensParagraph = (/^\s*(?:据[\u4e00-\u9fff]{1,10},)?[\u4e00-\u9fff]{0,3}$/.test(lead) && !/其中|仅|单日/.test(lead) && (/[,(]/.test(folded[p.end] ?? '') || DAY_HOUR_RE.test(folded.slice(p.end, p.end + 12)))) || /(?:^|[。!?])[\u4e00-\u9fff]{2,6}:$/.test(lead) || (/^\s*$/.test(lead) && /^当[天日]/.test(folded.slice(p.start, p.end)));
		if (outer && contains(outer.key!, p.key) && !opensParagraph) pointIn.add(p);
		// 天山天池景区假期首日接待量突破2万人次。…嘉年华吸引2.3万人次 · 5月1日,…锦标赛开赛,吸引近万名游客。\n…: a day of the
		// holiday named before it, said inside the account, is that day for its own sentence; the sentences after it report the
		// holiday again.
		if (outer && outer.start >= bodyStart && inHoliday(outer.key!, p.key) && !opensParagraph) holidayDays.add(p);
		// 截至10月7日21时,已有25个省份公布假期数据: the hour the data were published, not the period of what follows.
		// 2021年9月15日,市人大常委会听取并审议了…报告: the day of a meeting or hearing, not the period of later figures.
		const rest = folded.slice(p.end, forwardTo(folded, p.end, /[。!?;\n\r]/));
		if (/^[^。!?;\n\r]*?(?:公布|发布|听取|审议|召开|举行)/.test(rest)) pointIn.add(p);
		// 10月25日,巡察组…反馈了巡察意见,指出6个方面10个具体问题: the problems an inspection or audit found, counted on the
		// day its findings were handed over or heard, are counts of the report's year.
		if (/^[^。!?;\n\r]*?(?:反馈|听取|审议|公示)/.test(rest)) {
			pointIn.add(p);
			findings.set(p, { ...p, key: date.slice(0, 4), day: false });
		}
	});
	// 报告日已整改40项,…;正在整改10项…: the report day holds to the end of its sentence; the sections after it report the year.
	// 仅2018年,全县就新修建…: a year singled out (仅, 单单, 光是) picks a part of a running account, so it holds for its own sentence.
	// 以2015年的数据看,… (act-years.ts): the source year holds for its own sentence.
	const leads = sourceYears(folded);
	const sentenceOnly = new Set(periods.filter((p) => leads.some((l) => p.start >= l.at && p.end <= l.end) || (p.asOf && /报告日$/.test(folded.slice(p.start, p.end))) || (p.key !== null && /^\d{4}$/.test(p.key) && /(?:仅仅|仅|单单|单是|光是)$/.test(folded.slice(Math.max(0, p.start - 2), p.start)))));
	for (const p of [...holidayDays, ...partHoliday]) sentenceOnly.add(p);
	// 春节黄金周期间,…。截至2月15日,全市共接待游客79万人次: a day the data run to, shortly after a holiday named earlier in
	// its paragraph, is that holiday's last day; the figures are the holiday's.
	const holidayEnd = new Map<PeriodMention, PeriodMention>();
	periods.forEach((p, k) => {
		if (!p.day || !p.key || !/(?:截至|截止到?)$/.test(blanked.slice(Math.max(0, p.start - 3), p.start))) return;
		const ls = folded.lastIndexOf('\n', p.start - 1) + 1;
		const hol = periods.slice(0, k).findLast((q) => q.start >= ls && q.key !== null && /^\d{4}-[a-z-]+$/.test(q.key));
		const start = hol && HOLIDAY_START[hol.key!.slice(5)];
		// 国庆假期第三天,截至10月3日15时: a day of the holiday named, or an hour, is that day's count so far.
		if (!hol || !start || hol.key!.slice(0, 4) !== p.key.slice(0, 4) || /^(?:第|首日|当[天日])/.test(blanked.slice(hol.end, hol.end + 2)) || /日\d{1,2}(?:时|点)/.test(blanked.slice(p.start, p.end + 3))) return;
		const days = (Date.parse(p.key.slice(0, 10)) - Date.UTC(+p.key.slice(0, 4), start[0] - 1, start[1])) / 864e5;
		if (days >= 0 && days <= 45) holidayEnd.set(p, hol);
	});
	for (const p of subjectDays(folded, periods)) if (!todays.has(p)) pointIn.add(p);
	// 9月29日上午8时至10月5日上午8时,上海…分别为A、B;辽宁…;贵州…: a span timed to the hour at both ends is the window of
	// one count, holding to its semicolon; the counts after it go back to the holiday. (从2018年12月1日0时至2019年1月31日24时止,
	// a season's run, is longer than any holiday and holds on.)
	for (const p of periods) if (p.key !== null && !p.day && HOURS_SPAN_RE.test(folded.slice(p.start, p.end)) && (Date.parse(p.key.slice(11)) - Date.parse(p.key.slice(0, 10))) / 864e5 <= 10) pointIn.add(p);
	// 截至1月22日15时,全省累计…;旅游总收入…: the holiday's days so far hold on as the holiday would, not as a point of its clause.
	const soFar = holidaySoFar(folded, periods);
	for (const p of soFar.keys()) pointIn.delete(p);
	// 截至当日15时,…两天累计接待…: the days a running total says it covers, up to the cut-off day.
	const counted = daysCounted(folded, periods);
	for (const p of counted.keys()) pointIn.delete(p);
	// (2019年国庆7天全国共接待国内游客7.82亿人次): a period inside a bracketed remark holds inside it only; a bracket
	// that is only a span (元旦假期(12月30日至1月1日)) spells out the period before it and holds on.
	const closeOf = new Map<PeriodMention, number>();
	for (const p of periods) {
		const open = folded.lastIndexOf('(', p.start);
		const close = open >= 0 ? folded.indexOf(')', open) : -1;
		if (close >= p.end && !(open === p.start - 1 && (close === p.end || spanThenPlace(folded, p, close)))) closeOf.set(p, close);
	}
	const events = eventDays(folded, periods, starts);
	for (const p of todays) events.delete(p);
	// …恢复至疫前同期的70.1%(2019年国庆7天…)。…假日客流主要集中在省内…: a bare 假日 (假期, 黄金周) refers back to the
	// holiday or span named last in the running text, not to one named inside a bracketed remark, nor to days that only
	// date an activity in a sentence of no figure (阆中古城从除夕到正月初七每天都有民俗巡游…。\n…假日期间全市共接待…).
	const aside = (q: PeriodMention): boolean => closeOf.has(q) || events.has(q);
	const namedBack = new Map<PeriodMention, PeriodMention>();
	periods.forEach((p, k) => {
		if (!p.key || !/^(?:节假日|假期|假日|节日|黄金周|小长假|长假)(?:期间|中|内|里)?$/.test(folded.slice(p.start, p.end))) return;
		const earlier = periods.slice(0, k);
		if (!earlier.some((q) => q.key === p.key && aside(q)) || earlier.some((q) => q.key === p.key && !aside(q))) return;
		const r = earlier.findLast((q) => !aside(q) && !q.day && q.key !== null && (/^\d{4}-[a-z-]+$/.test(q.key) || q.key.includes('/')));
		if (r) namedBack.set(p, r);
	});
	// 今年全市在建项目94个,总投资…;一季度完成投资34.32亿元…。这批项目中…: a part of the year named inside a sentence
	// that opened with the year holds to the full stop; the sentences after it are the year's again.
	const inner = new Set<PeriodMention>();
	periods.forEach((p, k) => {
		if (!p.key || !/^\d{4}(?:-(?:Q\d|H\d|\d{2}|YTD\d{2}))?$/.test(p.key)) return;
		const fs = sentenceStart(blanked, p.start);
		for (let j = k - 1; j >= 0 && periods[j]!.start >= fs; j--) {
			const q = periods[j]!;
			if (q.key !== null && /^\d{4}$/.test(q.key) && p.key.startsWith(`${q.key}-`) && /[,;]/.test(blanked.slice(q.end, p.start))) inner.add(p);
			// 2011年上半年就有1050人次,2010年上半年为681人次: the same part of the year before, named as a base beside it, too;
			// so is the year before (2015年9868655人次,2014年9021531人次), to its semicolon: the clauses after it report 2015 again.
			if (q.key === `${+p.key.slice(0, 4) + 1}${p.key.slice(4)}` && /[,;]/.test(blanked.slice(q.end, p.start))) (p.key.length === 4 ? pointIn : inner).add(p);
		}
	});
	// 依观光署113年的调查,国人每出国一趟平均花费5万5541元,据此推估去年… · 以观光署前年的调查推算: the year of a survey a figure is taken from
	// holds for the clause after it only, not for the estimates made from it.
	const sourced = new Set<PeriodMention>();
	for (const p of periods) {
		const cs = backTo(blanked, p.start, /[,;。!?\n\r]/, 0);
		if (/(?:依|据|根据|按照|按|以)[^,;。]{0,10}$/.test(blanked.slice(cs, p.start)) && /^[^,;。]{0,6}(?:调查|统计|普查|抽样|监测)/.test(blanked.slice(p.end, p.end + 12))) sourced.add(p);
	}
	// 12月6日反馈了巡察意见。…\n一、整改工作组织情况\n…共指出4项12个问题: a day or span of days (when something was
	// done) does not carry past a numbered heading into the next section; nor does 目前 (as of now), which is said of
	// its own point (目前器材采购已完成…\n二、旅游公共服务…另有2座厕所…).
	const underNow = clausesUnderNow(folded, periods, starts);
	const sectionStarts = [...folded.matchAll(/(?<=^|[\n\r])[ \t\u3000]*[一二三四五六七八九十]+、/g)].map((m) => m.index);
	// 上半年,全市接待…。\n二、文化市场\n全市演出1200场: a period stated in the body carries over the paragraphs after it
	// that name none, but not past a numbered heading or a heading line into another section (a title's period, or a
	// heading's, still holds over it; so does a year the body states, which fixture 197 carries over its numbered points).
	const headingLines = sectionLines(folded, bodyStart);
	const dated = (p: PeriodMention): boolean => p.key !== null && p.key.includes('/') && !p.key.endsWith('-12-31');
	// 10月1日至7日,全市接待游客…(opening a report of 国庆): the holiday's span that opens the body is the period of the
	// whole report, holding over its later paragraphs, numbered sections and points that name no period of their own.
	// 一年来,我市从四个方面… (a January review's lead) is the year reviewed for every point after it.
	const opening = periods.find((p) => p.start >= bodyStart && p.key !== null);
	const reportSpan = opening && (holidaySpan(opening.key!) || reviewLead(folded, opening)) ? opening : null;
	const reaches = (at: number) => (p: PeriodMention) =>
		(!(dated(p) || p.asOf) || p === reportSpan || !anyIn(sectionStarts, p.end + 1, at)) &&
		!(p.start < bodyStart && titlePartOverProjects(folded, p, sectionStarts, at)) &&
		(heading(p) || (p.key !== null && /^\d{4}$/.test(p.key)) || !anyIn(headingLines, p.end + 1, at)) &&
		(!p.clause || !/[,;。!?\n\r]/.test(folded.slice(p.end, at))) &&
		(!sourced.has(p) || !/[;。!?\n\r]|,[^,]*,/.test(folded.slice(p.end, at))) &&
		(!local.has(p) || !/[\n\r]/.test(folded.slice(p.end, at))) &&
		!sinceNewYearEnds(folded, p, at) &&
		(!asOfEarlierMonth(folded, p, date) || !/[\n\r]/.test(folded.slice(p.end, at)) || !NOTICE_ACT_RE.test(folded.slice(sentenceStart(folded, at), sentenceEnd(folded, at)))) &&
		(!(inner.has(p) || p.sentence) || !/[。!?\n\r]/.test(folded.slice(p.end, at))) &&
		(!pointIn.has(p) || !/[;。!?\n\r]/.test(folded.slice(p.end, at))) &&
		(!sentenceOnly.has(p) || !/[。!?\n\r]/.test(folded.slice(p.end, at))) &&
		(!events.has(p) || !/[。!?\n\r]/.test(folded.slice(p.end, at))) &&
		(!underNow.has(p) || !/[,;。!?\n\r]/.test(folded.slice(p.end, at))) &&
		(!planYear(folded, p) || !/[,;。!?\n\r]/.test(folded.slice(p.end, at))) &&
		(!closeOf.has(p) || at < closeOf.get(p)!) &&
		!remarks.has(p) &&
		(!nowInterrupts(folded, periods, p) || nowReaches(folded, p, at));
	// 一、2023年工作完成情况 (a heading line): its period holds over the numbered points under it.
	const headings = new Set<PeriodMention>();
	for (const p of periods) {
		const ls = folded.lastIndexOf('\n', p.start - 1) + 1;
		const le = forwardTo(folded, p.start, /[\n\r]/);
		if (le - ls <= 40 && /^\s*[一二三四五六七八九十]+、/.test(folded.slice(ls, le)) && !/[。,;!?:]/.test(folded.slice(ls, le))) headings.add(p);
	}
	// 2010年“十一”黄金周旅游统计报告 (the title) …(二)在…中: a period the title names holds over every numbered point
	// that names none of its own.
	// 2023年工作总结和2024年工作打算 (the title): the body reports the year summed up; the year planned for is not the
	// period of its numbered points.
	const planned = (p: PeriodMention): boolean =>
		/^(?:年度)?(?:的)?(?:工作|重点工作)?(?:打算|计划|安排|思路|要点)/.test(folded.slice(p.end, p.end + 8)) && periods.some((q) => q !== p && q.start < p.start && q.key !== null);
	const heading = (p: PeriodMention): boolean => headings.has(p) || p === reportSpan || (p.start < bodyStart && p.key !== null && !p.day && !planned(p));
	// 春节假日(1月28日至2月4日)期间…。今年是…第一个春节…乡村旅游接待游客…: once a holiday's span is spelled out in
	// brackets, the holiday named again later is that span (also 端午节假期三天(6月12日至14日)).
	const spelled = new Map<string, PeriodMention>();
	const spanOf = new Map<PeriodMention, PeriodMention>();
	periods.forEach((p, k) => {
		const next = periods[k + 1];
		if (p.key && /^\d{4}-[a-z-]+$/.test(p.key) && next?.key?.includes('/') && /^(?:假日|假期|长假|小长假|黄金周)?(?:\d{1,2}天|[一二三四五六七八九十]天)?\s*\($/.test(folded.slice(p.end, next.start))) spelled.set(p.key, next);
		else if (p.key && spelled.has(p.key)) spanOf.set(p, spelled.get(p.key)!);
	});
	const periodOf = figures.map((f) => {
		const p = periodFor(periods, resets, purposes, f.start, reaches(f.start), heading);
		if (p && venuesNow(folded, p, f.start, f.unit)) return { start: p.start, end: p.end, key: null, asOf: true };
		const sourced = p && leads.length ? sourceYearKey(folded, leads, p, sentenceStart(folded, f.start), f.start) : null;
		if (sourced) return { ...p!, key: sourced };
		return (p && (holidayEnd.get(p) ?? soFar.get(p) ?? counted.get(p) ?? spanOf.get(p) ?? namedBack.get(p) ?? findings.get(p))) ?? p ?? pastEarlierMonth(folded, periods, f.start, date);
	});
	// 1879个场馆免费开放,…3100余场……记者获悉,2024年全省…: a lead before any period takes the year its sentence names.
	// 二是…。全市8个文化馆、…95个文化站实行免费开放,全年接待…95.7万人次: so does a count no period reaches (a numbered point
	// starts afresh), in a sentence whose later figures are of a year, up to its semicolon (推出线路超20条;…计划全年开展…: the
	// year of a later plan is not the count's).
	const firstBody = periods.find((p) => p.start >= bodyStart);
	figures.forEach((f, i) => {
		if (periodOf[i] !== null) return;
		const lead = !(firstBody && firstBody.start < f.start);
		const own = forwardTo(folded, f.end, lead ? /[。!?\n\r]/ : /[。;!?\n\r]/);
		// (…9成8的民众对国内旅游地点整体表示满意。\n调查显示,2012年国人…: a lead ending its paragraph takes the year the first
		// sentence of the next one names.)
		const paraEnd = forwardTo(folded, f.end, /[\n\r]/);
		const end = lead && /^。?\s*$/.test(folded.slice(own, paraEnd)) ? sentenceEnd(folded, paraEnd + 1) : own;
		const later = periods.find((p) => p.start > f.end && p.start < end && p.key !== null && /^\d{4}$/.test(p.key));
		if (later) periodOf[i] = later;
	});
	// 一、二季度居民出游意愿分别为83.0%、84.8%: the figures of the list take the listed periods in order.
	// 小长假三天,黄山…分别接待A、B和C…;天柱山…分别接待…。芜湖方特…分别接待…: a holiday's days (keyed as the holiday) go on
	// to every 分别 list of as many figures that the mention governs, each list in its own clause.
	const listKey = new Map<number, string>();
	for (const p of periods) {
		if (!p.keys) continue;
		const days = p.key !== null && /^\d{4}-[a-z-]+$/.test(p.key);
		for (let from = p.end; from < folded.length; ) {
			const end = forwardTo(folded, from, /[。!?;\n\r]/);
			const list = figures.map((f, i) => i).filter((i) => periodOf[i] === p && figures[i]!.start >= from && figures[i]!.start < end);
			if (list.length === p.keys.length && /分别/.test(folded.slice(from, figures[list[0]!]!.start))) list.forEach((i, k) => listKey.set(i, p.keys![k]!));
			if (!days || !figures.some((f, i) => periodOf[i] === p && f.start >= end)) break;
			from = end + 1;
		}
	}
	statedBaseLevels(folded, figures, (i) => listKey.get(i) ?? periodOf[i]?.key ?? null, listKey);
	return { periodOf, listKey };
}

// 县旅游局2017年上半年工作总结… (the title) \n二、重点项目稳步推进\n1.…公园。…图纸设计已完成(其中3个洞已经出图);…土方工程完成
// 47万立方米: a part of the year the title names does not hold over a numbered section on projects, whose progress is
// counted for the report's year (fixture 53's convention; fixture 660); the sections on the half's accounts keep it.
const PROJECT_SECTION_RE = /^[ \t\u3000]*[一二三四五六七八九十]+、[^\n\r。]{0,16}项目[^\n\r。]{0,12}(?:[\n\r]|$)/;
function titlePartOverProjects(s: string, p: PeriodMention, sectionStarts: readonly number[], at: number): boolean {
	const h = sectionStarts.findLast((x) => x > p.end && x < at);
	return h !== undefined && p.key !== null && /^\d{4}-(?:H\d|Q\d|YTD\d{2})$/.test(p.key) && PROJECT_SECTION_RE.test(s.slice(h, h + 40));
}

// 2020年以来,…完成演出100余场,全年计划演出923场;全市放映农村电影3939场次: the year of a plan (全年计划, 年度任务)
// names what the plan is for, in its own clause only; the actual counts after it keep the period before it.
function planYear(s: string, p: PeriodMention): boolean {
	return p.key !== null && /^\d{4}$/.test(p.key) && /^(?:全年|年度)$/.test(s.slice(p.start, p.end)) && /^(?:的)?(?:计划|任务|目标)/.test(s.slice(p.end, p.end + 3));
}

/**
 * 截至6月底,在建项目827个,本年完成投资195.21亿元,占全年投资计划的61.0%: 本年 after a span from January in its sentence
 * is that span (the year so far), and 占(完成)全年(年度)…计划 (任务, 目标) is a share of the year's plan or task; neither is a period of its own.
 */
function yearSoFar(s: string, p: PeriodMention, before: PeriodMention | undefined): boolean {
	if (!p.key || !/^\d{4}$/.test(p.key)) return false;
	const word = s.slice(p.start, p.end);
	// 两项分别完成全年计划的83.8%和84.7%: 完成 a share of the plan, as 占 is.
	if ((word === '全年' || word === '年度') && /(?:占|完成)$/.test(s.slice(Math.max(0, p.start - 2), p.start)) && /^[\u4e00-\u9fff]{0,4}(?:计划|任务|目标)/.test(s.slice(p.end, p.end + 8))) return true;
	return (
		word === '本年' &&
		!!before?.key &&
		/^\d{4}-(?:H1|YTD\d{2}|Q1)$/.test(before.key) &&
		before.key.startsWith(p.key) &&
		!/[。!?\n\r]/.test(s.slice(before.end, p.start))
	);
}

// 10月25日,巡察组向局党组反馈了巡察意见,指出6个方面10个具体问题 · 2020年6月24日至7月3日,…开展…督查: the day or days
// an inspection was made or its findings given are the date of that act; what it found is counted for the report's year.
const ACT_RE = /巡察|巡视|督查|督导|进驻|反馈/;
function actDate(s: string, p: PeriodMention): boolean {
	if (!p.key || !/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/.test(p.key) || !/日/.test(s.slice(p.start, p.end))) return false;
	return ACT_RE.test(s.slice(p.end, forwardTo(s, p.end, /[。!?;\n\r]/)));
}

/** A span of two to ten days that starts on (or a day next to) the first day of a holiday of its year. */
function holidaySpan(key: string): boolean {
	const m = /^(\d{4})-\d{2}-\d{2}\/(\d{4}-\d{2}-\d{2})$/.exec(key);
	if (!m) return false;
	const from = key.slice(0, 10);
	const days = (Date.parse(m[2]!) - Date.parse(from)) / 864e5;
	if (!(days >= 1 && days <= 9)) return false;
	return Object.keys(HOLIDAY_START).some((h) => {
		const start = holidayStart(h, +m[1]!);
		return start !== null && (start === from || addDays(start, 1) === from || addDays(start, -1) === from);
	});
}

// 截至4月底,全国共完成厕所超过5万座。\n…决定对2家景区给予严重警告: a later paragraph saying what the notice itself does
// (decides, warns, delists) counts in its own month; one that goes on with the account keeps the month it was as of.
const NOTICE_ACT_RE = /决定|给予|予以|责令|约谈|通报批评|摘牌|警告|处罚|处理/;

/** Where the body's heading lines start: numbered (二、文化市场) or short lines without sentence punctuation or figures. */
function sectionLines(s: string, bodyStart: number): number[] {
	const out: number[] = [];
	for (const m of s.slice(bodyStart).matchAll(/(?<=^|\n)[^\n]*/g)) {
		const line = m[0].trim();
		if (line === '' || /[|\t]/.test(line)) continue;
		if (/^[一二三四五六七八九十]+、/.test(line) || (line.length <= 20 && !/[。,;!?:\d%]/.test(line) && /[\u4e00-\u9fff]{2}/.test(line))) out.push(bodyStart + m.index);
	}
	return out;
}

/** End of the title lines: leading lines without sentence punctuation (a headline, a date line). */
function titleEnd(s: string): number {
	let at = 0;
	for (let k = 0; k < 3; k++) {
		const nl = s.indexOf('\n', at);
		if (nl < 0) return at;
		const line = s.slice(at, nl).trim();
		// A headline may shout (9.84亿人次!重点村…): only a full stop or a semicolon makes a line body text.
		// 2019年上半年逾9,600万人次出入境: a thousands separator is no clause comma.
		// 旅游总收入(亿元):1289.21,增长12.5%: a label with its unit in brackets and its number is a line of figures.
		if (line.length > 60 || /[。;]/.test(line) || (/,(?!\d{3})/.test(line) && line.length > 30) || hasLabelledFigure(line)) return at;
		at = nl + 1;
	}
	return at;
}

/** The day key (YYYY-MM-DD/YYYY-MM-DD) falls inside the months of a year, half, quarter, month or year-to-date key. */
function contains(outer: string, day: string): boolean {
	const p = parsePeriod(outer);
	if (!p.ok) return false;
	if (p.value.kind === 'interval') return day.slice(0, 10) >= p.value.start! && day.slice(0, 10) <= p.value.end!;
	if (+day.slice(0, 4) !== p.value.year) return false;
	const months = monthsCovered(p.value);
	return months !== null && months.includes(+day.slice(5, 7));
}

function periodFor(periods: PeriodMention[], resets: number[], purposes: number[], at: number, reaches: (p: PeriodMention) => boolean, heading: (p: PeriodMention) => boolean): PeriodMention | null {
	let floor = 0;
	for (const r of resets) if (r <= at && r > floor) floor = r;
	// (A sentence opened by a purpose, purposeStarts, is out of reach of every period before it, a title's too.)
	let purpose = 0;
	for (const r of purposes) if (r <= at && r > purpose) purpose = r;
	// The last one that holds: looked for from `at` backwards, as the nearest usually does (from the text's start, a long
	// text's every figure tried every period before it).
	let end = 0;
	while (end < periods.length && periods[end]!.start < at) end++;
	for (let k = end - 1; k >= 0; k--) {
		const p = periods[k]!;
		if (p.start >= purpose && (p.start >= floor || heading(p)) && reaches(p)) return p;
	}
	return null;
}
