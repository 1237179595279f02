// 元旦 (New Year's Day) holidays: no key of their own in csv-format.md, so their period is their span of days. The span
// is the one the text spells out for that year (元旦假期…(1月1-3日) in a later sentence), else the one the State
// Council's yearly holiday notice gives, which from 2014 follows the weekday of 1 January.
import { officialNewYear } from './calendar';
import type { PeriodMention } from './periods';

const YEAR_RE = /^(?:(\d{4})年|(今年|本年)|(去年|上年))/;
const DAYS_RE = /^(?:假期|小长假|长假|假日|期间)?(\d|[一二三])天|(\d|[一二三])天/;
const CN_DAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3 };

/** The year a span of days around 1 January is the 元旦 of (its 1 January inside it), else null. */
function newYearOf(key: string): number | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})\/(\d{4})-(\d{2})-(\d{2})$/.exec(key);
	if (!m) return null;
	const y = m[4]!.slice(0, 4);
	const jan1 = `${y}-01-01`;
	const [a, b] = [key.slice(0, 10), key.slice(11)];
	if (a > jan1 || b < jan1 || a === b) return null;
	const days = (Date.parse(b) - Date.parse(a)) / 864e5 + 1;
	return days <= 4 ? +y : null;
}

/** The year whose 元旦 a report of `date` means when it writes none: in December the coming one (it starts that month). */
export function newYearMeant(date: string): number {
	return +date.slice(0, 4) + (date.slice(5, 7) === '12' ? 1 : 0);
}

/**
 * Gives the 元旦 mentions that findPeriods leaves without a key (2023年元旦节假期 · 元旦假期三天) the span of days they
 * name: the span the text writes for that year anywhere (a holiday named without a year is the one the text spells out,
 * of the report's year or, in December, the next), else the official span of a year the mention writes out (when a
 * day count it states agrees); with no year and no span in the text, in a report of
 * January the official span of that year's 元旦, in one of December the next year's; in other months no period.
 */
export function spanNewYear(text: string, mentions: PeriodMention[], date: string): PeriodMention[] {
	const reportYear = +date.slice(0, 4);
	const written = new Map<number, string>();
	for (const p of mentions) {
		const y = p.key ? newYearOf(p.key) : null;
		if (y !== null && !written.has(y)) written.set(y, p.key!);
	}
	// 2022年元旦假日期间…。…元旦小长假,… : a 元旦 named again without a year is the one given a span earlier in the text.
	let earlier: string | undefined;
	return mentions.map((p) => {
		const words = text.slice(p.start, p.end);
		if (!p.none || !/元旦/.test(words)) return p;
		const ym = YEAR_RE.exec(words);
		const year = ym ? (ym[1] ? +ym[1] : ym[2] ? reportYear : reportYear - 1) : null;
		// 元旦假期3天 with no year and no span in the text, in a report of January: the 元旦 of the report's year (in December, of
		// the next), by its notice.
		let span = year === null ? (written.get(reportYear) ?? (date.slice(5, 7) === '12' ? written.get(reportYear + 1) : undefined) ?? earlier) : undefined;
		// A report of later months (a half year's summary) may mean any 元旦: no year, no period.
		const month = date.slice(5, 7);
		if (!span && (year !== null || month === '12' || month === '01')) {
			const y = year ?? newYearMeant(date);
			span = written.get(y) ?? officialNewYear(y) ?? undefined;
			const dm = DAYS_RE.exec(text.slice(p.end, p.end + 6)) ?? /(\d|[一二三])天/.exec(words);
			const stated = dm ? (dm[1] ?? dm[2]!) : null;
			const n = stated === null ? null : /\d/.test(stated) ? +stated : CN_DAYS[stated]!;
			if (span && n !== null && !written.has(y) && (Date.parse(span.slice(11)) - Date.parse(span.slice(0, 10))) / 864e5 + 1 !== n) span = undefined;
		}
		if (!span) return p;
		earlier = span;
		const { none: _none, ...rest } = p;
		return { ...rest, key: span, asOf: false };
	});
}
