// A holiday named again after its days were given: 中秋假日…。19日至21日,…。假日期间… · 1月22日至28日(除夕至正月初六)…
// 春节期间… · (title: 国庆黄金周) 10月1日至7日…。…国庆假期…: the holiday is the span of days already given.
import type { PeriodMention } from './periods';
import { addDays, holidayStart } from './calendar';

const HOLIDAY_KEY_RE = /^(\d{4})-([a-z-]+)$/;
const SPAN_RE = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;
// 假日期间 · 假期 with no name: a bare word referring back to the holiday.
const BARE_RE = /^(?:节假日|假期|假日|节日|黄金周|小长假|长假)/;
// (除夕至正月初六): a span spelled in the holiday's own days is that holiday's span wherever it is named afterwards.
const NAME_AFTER_RE = /^[\s(]*(?:春节|清明|五一|劳动节|端午|中秋|国庆|十一|元旦)/;
const LUNAR_SPELLED_RE = /^\s*\(?(?:除夕|大年|正月|初一)/;

/** Gives a holiday mention the span starting on the holiday's first day given before it, where that span spells it out. */
export function holidaysSpelledOut(folded: string, periods: PeriodMention[], bodyStart: number): void {
	// (A holiday given its span here is not itself a span that spells out a later one.)
	const given = periods.map((p) => p.key);
	periods.forEach((p, k) => {
		const hk = p.key ? HOLIDAY_KEY_RE.exec(p.key) : null;
		if (!hk) return;
		const first = holidayStart(hk[2]!, +hk[1]!);
		const earlier = periods.slice(0, k);
		// 据统计,9月30日至10月7日,南宁铁路…。今年国庆客流…,累计发送旅客311万人次: days its own paragraph gave for the holiday
		// (from its first day or the day before) are the holiday named again there, over the days an earlier paragraph gave
		// (a year named between, 仅次于今年…的59万人次, is no other span).
		const paragraph = Math.max(bodyStart, folded.lastIndexOf('\n', p.start - 1) + 1);
		let own: PeriodMention | undefined;
		// From the holiday back to its paragraph's start (periods are in the order of the text).
		for (let j = k - 1; j >= 0 && !own && periods[j]!.start >= paragraph; j--) {
			const q = periods[j]!;
			if (!q.day && q.key !== null && given[j] === q.key && coversStart(q.key, first)) own = q;
		}
		if (own && !earlier.some((q) => q.start > own.end && q.key !== null && !q.day && q.key !== p.key && !/^\d{4}$/.test(q.key))) {
			p.key = own.key;
			return;
		}
		// (The cheap tests first: a long text names many periods before each holiday.)
		const span = earlier.findLast((q, j) => {
			if (!q.key || given[j] !== q.key || q.day || q.start < bodyStart || q.key.slice(0, 10) !== first) return false;
			const days = spanDays(q.key);
			return days >= 1 && days <= 9;
		});
		if (!span) return;
		const bare = BARE_RE.test(folded.slice(p.start, p.end));
		// Another holiday or span named between them: the bare word refers to that one (the same days named again are none).
		if (bare && earlier.some((q) => q.start > span.end && q.key !== null && !q.day && q.key !== p.key && q.key !== span.key)) return;
		// The holiday named in the body before its days were given stays a name of its own (a later paragraph may report
		// another place over the holiday), unless the days were spelled in the holiday's own terms.
		// 2月4日至10日春节期间: a name right after the days counts as named with them.
		// 国庆假期新疆旅游市场火热,…。…数据显示,10月1日至7日,新疆接待…: a name in a lead that states no figure before the days
		// are given, in a sentence of its own, is no account of its own; the days spell it out.
		const account = (between: string): boolean => /\d/.test(between) || !/[。!?,;]/.test(between);
		const namedBefore = earlier.some((q) => q.start >= bodyStart && q.end <= span.start && q.key === p.key && account(folded.slice(q.end, span.start))) || NAME_AFTER_RE.test(folded.slice(span.end, span.end + 6));
		// 正月初一到初三 (志愿服务队…一连三天…演出), three days of an eight-day 春节, spells out what one group did, not the
		// holiday: only a span of a week or more (除夕至正月初六) is the whole 春节 named afterwards.
		const lunar = spanDays(span.key!) >= 6 && (earlier.some((q) => q.key === span.key && LUNAR_SPELLED_RE.test(folded.slice(q.start, q.end))) || LUNAR_SPELLED_RE.test(folded.slice(span.end, span.end + 6)));
		// A bare word in a later paragraph names the holiday again, not the days of an earlier one, unless those days are
		// the report's own: the first period of the body (据统计,5月1日至5日“五一”假期,湖北省共接待…。\n假期里,全省…), and
		// the word opens its clause (…哈尔滨融创冰雪乐园假期累计接待…: after another subject, it is that subject's holiday).
		const sameParagraph = !/[\n\r]/.test(folded.slice(span.end, p.start));
		const opensBody = periods.find((q) => q.start >= bodyStart && q.key !== null) === span && /^$|[\n\r,;。:]$/.test(folded.slice(Math.max(0, p.start - 1), p.start));
		if ((bare && (sameParagraph || opensBody)) || (!bare && (!namedBefore || lunar))) p.key = span.key;
	});
}

/** A span of two to ten days from the holiday's first day `first` (or the day before it) on. */
function coversStart(key: string, first: string | null): boolean {
	const days = spanDays(key);
	return first !== null && days >= 1 && days <= 9 && key.slice(0, 10) <= first && key.slice(0, 10) >= addDays(first, -1);
}

/** Days from the first to the last day of a span key (0 for a single day or no span). */
function spanDays(key: string): number {
	const s = SPAN_RE.exec(key);
	return s ? (Date.parse(s[2]!) - Date.parse(s[1]!)) / 864e5 : 0;
}
