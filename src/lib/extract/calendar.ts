// Days and their canonical keys: numerals of dates (二十九, 二〇二三), day arithmetic, and the calendar of holidays — lunar
// days through Intl's Chinese calendar, the solar term 清明, and the first day of each holiday's official span.
import { parsePeriod } from '../domain/period';

const CN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const CN_SMALL = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** 3 · 三 · 两 · 十二 → a month or a small count (NaN when malformed). */
export function smallNum(tok: string): number {
	if (/^\d+$/.test(tok)) return +tok;
	const i = CN_SMALL.indexOf(tok === '两' ? '二' : tok);
	return i < 0 ? NaN : i + 1;
}

/** 3 · 三 · 十 · 二十九 · 三十一 → the day of the month (NaN when malformed). */
export function dayNum(tok: string): number {
	if (/^\d+$/.test(tok)) return +tok;
	const t = /^([一二三]?)十([一二三四五六七八九]?)$/.exec(tok);
	if (t) return (t[1] ? smallNum(t[1]) : 1) * 10 + (t[2] ? smallNum(t[2]) : 0);
	return smallNum(tok);
}

/** 二〇二三 → 2023; digits stay as they are. */
export function yearNum(tok: string): number {
	return /^\d{4}$/.test(tok) ? +tok : +[...tok].map((c) => CN_DIGIT[c] ?? 'x').join('');
}

// Usual first day (month, day) of each holiday key: a holiday named without a year that has not begun by the report
// date is last year's (a January report on 国庆中秋假期).
export const HOLIDAY_START: Record<string, [number, number]> = {
	'spring-festival': [1, 21], qingming: [4, 4], 'labour-day': [5, 1], 'dragon-boat': [5, 28], 'mid-autumn': [9, 8], 'national-day': [10, 1]
};

/** The canonical key (csv-format.md) of a period as the domain's own reader writes it, or null. */
export function key(raw: string): string | null {
	const p = parsePeriod(raw);
	return p.ok ? p.value.key : null;
}

/** January to `to`; 1至6月 is the first half and 1-3月 the first quarter (one key per span, like 上半年). */
export function ytd(y: number, to: number): string | null {
	if (!(to >= 1 && to <= 12)) return null;
	if (to === 3) return `${y}-Q1`;
	if (to === 6) return `${y}-H1`;
	return key(`${y}年1-${to}月`);
}

/** 1-5月 is January to May; 7-9月份 · 4至6月, a range of months not from January, is a quarter or the second half year
 * when it is exactly one; any other (从今年4月到9月, fixture 478) is the span of days from the 1st of the first month to
 * the last day of the second, as csv-format.md keys a span with no name of its own. */
export function monthRange(y: number, from: number, to: number): string | null {
	if (from === 1) return ytd(y, to);
	if (to === from + 2 && (from - 1) % 3 === 0 && from <= 10) return `${y}-Q${(from - 1) / 3 + 1}`;
	if (from === 7 && to === 12) return `${y}-H2`;
	return from < to && to <= 12 ? interval(y, from, 1, to, new Date(Date.UTC(y, to, 0)).getUTCDate()) : null;
}

const CHINESE_DAY = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
const lunarCache = new Map<string, string | null>();
/**
 * The day (ISO) of Gregorian year `y` that is day `ld` of lunar month `lm` (正月初二 is 1/2, 中秋 8/15, 端午 5/5), found
 * with Intl's Chinese calendar: lunar month `lm` never starts before Gregorian month `lm` starts, and day 30 of it
 * ends within 75 days (the same day as a day-by-day scan, for every month and day of 1980–2040). A leap month is written 5bis and so never taken for the month itself.
 */
function lunarDate(y: number, lm: number, ld: number): string | null {
	const k = `${y}-${lm}-${ld}`;
	if (lunarCache.has(k)) return lunarCache.get(k)!;
	let found: string | null = null;
	// Day by day would ask Intl some 40 times; a lunar month has 29 or 30 days, so from day d of another month the next
	// one starts no sooner than 30 - d days on, and within the month the day asked for is ld - d days on.
	for (let n = 0, start = Date.UTC(y, lm - 1, 1); n < 75 && found === null; ) {
		const t = start + n * 86_400_000;
		const parts = CHINESE_DAY.formatToParts(new Date(t));
		const month = parts.find((x) => x.type === 'month')?.value;
		const d = Number(parts.find((x) => x.type === 'day')?.value);
		if (month === String(lm) && d === ld) found = new Date(t).toISOString().slice(0, 10);
		else if (month === String(lm) && d > ld) break; // passed: it comes again only a year on
		else n += month === String(lm) ? ld - d : Math.max(1, 30 - d);
	}
	lunarCache.set(k, found);
	return found;
}
const dayKey = (iso: string | null): string | null => (iso ? `${iso}/${iso}` : null);
/** 除夕 is the day before 正月初一, whatever the length of the twelfth month. */
export function lunarNewYearDay(y: number, shift: number): string | null {
	const first = lunarDate(y, 1, 1);
	return first ? dayKey(addDays(first, shift)) : null;
}
/** 中秋 (the 15th of the 8th lunar month) when it falls on 28–30 September, found with Intl's Chinese calendar. */
// 2017, 2020, 2025: a 中秋 falling in the first week of October adds its day off to 国庆, a holiday of eight days (1–8 October).
export function midAutumnInside(y: number): boolean {
	const d = lunarDate(y, 8, 15);
	return d !== null && d >= `${y}-10-01` && d <= `${y}-10-07`;
}
export function midAutumnBefore(y: number): string | null {
	const d = lunarDate(y, 8, 15);
	return d && d >= `${y}-09-28` && d <= `${y}-09-30` ? d : null;
}
/**
 * The first day (ISO) of a three-day holiday around a festival on `iso`, as the State Council has set them since 2008:
 * joined with the nearest weekend, so a Monday or Tuesday festival starts on the Saturday or Sunday before it, a Sunday
 * one on the Saturday, and any other on the festival itself (端午 2020 Thursday 25 June: 25–27; 中秋 2024 Tuesday
 * 17 September: 15–17). Its last day is not derived here: a few years gave one day only (清明 2023, 中秋 2015).
 */
function threeDayStart(iso: string): string {
	const dow = new Date(`${iso}T00:00:00Z`).getUTCDay();
	return addDays(iso, dow === 1 || dow === 2 ? -2 : dow === 0 ? -1 : 0);
}
/**
 * First days the State Council set that the rules below do not give: 春节 from 初一 (2014, 2024) or from the day before
 * 除夕 (2026); 五一 joined with the weekend before 1 May; 清明, 端午 and 中秋 moved by a swapped working day, or one day
 * only (中秋 2015). From the yearly notices on holiday arrangements, 2008–2026.
 */
const OFFICIAL_START: Record<string, Record<number, string>> = {
	'spring-festival': { 2014: '2014-01-31', 2024: '2024-02-10', 2026: '2026-02-15' },
	'labour-day': { 2011: '2011-04-30', 2012: '2012-04-29', 2013: '2013-04-29', 2016: '2016-04-30', 2017: '2017-04-29', 2018: '2018-04-29', 2022: '2022-04-30', 2023: '2023-04-29' },
	qingming: { 2012: '2012-04-02' },
	'dragon-boat': { 2010: '2010-06-14', 2012: '2012-06-22', 2013: '2013-06-10' },
	'mid-autumn': { 2015: '2015-09-27' }
};

/** Lengths the State Council set that differ from the usual (春节 a week): 2024 and 2025 eight days, 2026 nine. */
const OFFICIAL_DAYS: Record<string, Record<number, number>> = { 'spring-festival': { 2024: 8, 2025: 8, 2026: 9 } };
/** The official number of days of a holiday of year `y`, where it differs from the usual length; else null. */
export function officialDays(kind: string, y: number): number | null {
	return OFFICIAL_DAYS[kind]?.[y] ?? null;
}

/**
 * The first day (ISO) of a holiday of year `y` by its key: the official first day where OFFICIAL_START has it, else by
 * rule. 春节 from 除夕, as the official holiday has started in most years since 2008; 中秋 within 国庆's week
 * (28 September–8 October) is the joined holiday, which starts on 中秋 or on 1 October, whichever is first; 中秋, 端午 and
 * 清明 otherwise as three-day holidays. A span written in the text wins over this.
 */
export function holidayStart(kind: string, y: number): string | null {
	const official = OFFICIAL_START[kind]?.[y];
	if (official) return official;
	// 2012, 2023: 中秋 on 29–30 September joins 国庆's days off, and the one holiday starts on 中秋.
	if (kind === 'national-day') return (y >= 2008 ? midAutumnBefore(y) : null) ?? `${y}-10-01`;
	if (kind === 'labour-day') return `${y}-05-01`;
	if (kind === 'spring-festival') {
		const first = lunarDate(y, 1, 1);
		return first ? addDays(first, -1) : null;
	}
	if (kind === 'mid-autumn') {
		const d = lunarDate(y, 8, 15);
		if (!d) return null;
		if (d >= `${y}-09-28`) return d < `${y}-10-01` ? d : `${y}-10-01`;
		return threeDayStart(d);
	}
	if (kind === 'dragon-boat') {
		const d = lunarDate(y, 5, 5);
		return d ? threeDayStart(d) : null;
	}
	if (kind === 'qingming') {
		const d = qingmingDay(y);
		return d ? threeDayStart(d.slice(0, 10)) : null;
	}
	return null;
}
export function qingmingDay(y: number): string | null {
	if (y < 2000 || y > 2099) return null;
	const yy = y % 100;
	const d = Math.floor(yy * 0.2422 + 4.81) - Math.floor(yy / 4);
	return interval(y, 4, d, 4, d);
}

export function interval(y: number, m1: number, d1: number, m2: number, d2: number): string | null {
	const p2 = (n: number) => String(n).padStart(2, '0');
	// 12月30日至1月1日: a span across the year end starts in the year before.
	const y1 = m2 < m1 ? y - 1 : y;
	return key(`${y1}-${p2(m1)}-${p2(d1)}/${y}-${p2(m2)}-${p2(d2)}`);
}

/** The first day (ISO) of the holiday named, or of the period named last (`lastKey`: its span's start, or the first day of its holiday). */
export function firstDayOf(name: string | null, lastKey: string | null, year: number): string | null {
	if (name) {
		// 中秋国庆假期前5天 in 2023: when 中秋 falls just before 1 October the joined holiday starts on 中秋.
		if (/中秋/.test(name) && /国庆|十一/.test(name)) return midAutumnBefore(year) ?? `${year}-10-01`;
		if (/元旦/.test(name)) return officialNewYear(year)?.slice(0, 10) ?? `${year}-01-01`;
		const k = key(`${year}${/^[“"]?十[·.・]?一[”"]?$/.test(name) ? '国庆' : name}`);
		return k ? holidayStart(k.slice(5), year) : null;
	}
	if (!lastKey) return null;
	if (lastKey.includes('/')) return lastKey.slice(0, 10);
	const hol = /^(\d{4})-([a-z-]+)$/.exec(lastKey);
	return hol ? holidayStart(hol[2]!, +hol[1]!) : null;
}
export function addDays(iso: string, n: number): string {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + n);
	return d.toISOString().slice(0, 10);
}

/** The ISO day of year, month and day; days past the month's end or before its start roll over (1 January day 0 is 31 December). */
export const iso = (y: number, m: number, d: number): string => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

/**
 * The official 元旦 holiday of `year` as an ISO interval, from the weekday of 1 January, as every notice from 2014 to 2026
 * has set it: Monday or Tuesday → from 30 December (2018, 2019, 2024); Wednesday → the day alone (2014, 2020, 2025);
 * Thursday to Saturday → 1–3 January (2015, 2016, 2021, 2022, 2026); Sunday → 31 December to 2 January (2017, 2023).
 * Before 2014 the notices followed no one rule (2008 and 2013 both fell on a Tuesday, with different spans): null.
 */
export function newYearSpan(year: number): string | null {
	if (!(year >= 2014 && year <= 2100)) return null;
	const weekday = new Date(Date.UTC(year, 0, 1)).getUTCDay();
	const [from, to] = weekday === 1 || weekday === 2 ? [-1, 1] : weekday === 3 ? [1, 1] : weekday === 0 ? [0, 2] : [1, 3];
	return `${iso(year, 1, from)}/${iso(year, 1, to)}`;
}

// The notices before 2014: 2008 from 30 December 2007 to 1 January, 2009–2013 1–3 January.
const EARLY_SPANS: Record<number, string> = { 2008: '2007-12-30/2008-01-01', 2009: '2009-01-01/2009-01-03', 2010: '2010-01-01/2010-01-03', 2011: '2011-01-01/2011-01-03', 2012: '2012-01-01/2012-01-03', 2013: '2013-01-01/2013-01-03' };
/** The official 元旦 holiday of `year`, 2008 on (the notices before 2014 as they were, later ones by newYearSpan's rule). */
export function officialNewYear(year: number): string | null {
	return EARLY_SPANS[year] ?? newYearSpan(year);
}

/** The day key falls on the eve (除夕 before a 春节 off from 初一) or one of the first ten days of the holiday key (2025-labour-day: 30 April–10 May 2025). */
export function inHoliday(outer: string, day: string): boolean {
	const hol = /^(\d{4})-([a-z-]+)$/.exec(outer);
	const first = hol ? holidayStart(hol[2]!, +hol[1]!) : null;
	return first !== null && day.slice(0, 10) >= addDays(first, -1) && day.slice(0, 10) <= addDays(first, 9);
}
