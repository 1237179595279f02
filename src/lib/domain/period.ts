// Statistical periods (期间): read every written form into one canonical key, and order, label and relate periods for 同比/环比/序时进度.
import { fail, ok, type Result } from './issues';

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'ytd' | 'holiday' | 'interval';
export type Holiday = 'spring-festival' | 'qingming' | 'labour-day' | 'dragon-boat' | 'mid-autumn' | 'national-day';

export interface Period {
	key: string; // canonical: '2024', '2024-H1', '2024-Q1', '2024-03', '2024-YTD05', '2024-spring-festival', '2024-02-10/2024-02-17'
	kind: PeriodKind;
	year: number; // always the key's first four digits, so an interval's start year
	index: number; // half 1-2, quarter 1-4, month 1-12, ytd end month 2-11; year, holiday, interval 0
	holiday?: Holiday;
	start?: string; // interval only: ISO date 'YYYY-MM-DD'
	end?: string; // interval only
}

// Lunar holidays move every year; these typical windows only place them among calendar periods when sorting.
const HOLIDAYS: Record<Holiday, { zh: string; en: string; win: readonly [number, number, number, number]; aliases: string }> = {
	'spring-festival': { zh: '春节', en: 'Spring Festival', win: [2, 10, 2, 17], aliases: '春节 springfestival chinesenewyear' },
	qingming: { zh: '清明', en: 'Qingming Festival', win: [4, 4, 4, 6], aliases: '清明 清明节 qingmingfestival' },
	'labour-day': { zh: '五一', en: 'Labour Day', win: [5, 1, 5, 5], aliases: '五一 劳动节 五一劳动节 五一节 labourday laborday mayday' },
	'dragon-boat': { zh: '端午', en: 'Dragon Boat Festival', win: [6, 8, 6, 10], aliases: '端午 端午节 dragonboatfestival dragonboat' },
	'mid-autumn': { zh: '中秋', en: 'Mid-Autumn Festival', win: [9, 15, 9, 17], aliases: '中秋 中秋节 mid-autumnfestival midautumnfestival midautumn' },
	'national-day': { zh: '国庆', en: 'National Day', win: [10, 1, 10, 7], aliases: '国庆 国庆节 nationalday' }
};
// A Map, not an object, so that inputs like '2024constructor' cannot hit prototype keys.
const HOLIDAY_ALIASES = new Map<string, Holiday>();
for (const h of Object.keys(HOLIDAYS) as Holiday[]) {
	for (const a of [h, ...HOLIDAYS[h].aliases.split(' ')]) HOLIDAY_ALIASES.set(a, h);
}
const HOLIDAY_SUFFIX = /(?:假期|黄金周|小长假|长假|期间)$/;

const CN_NUM = new Map([['〇', 0], ['零', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9], ['十', 10], ['十一', 11], ['十二', 12]]);
// Fixed English abbreviations instead of Intl: ICU versions disagree (en-GB 'Sept'), and labels end up in briefings and tests.
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_FULL = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ZH_QUARTER = ['一', '二', '三', '四'];
const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Patterns run on the folded string (NFKC, no whitespace, lower case), so they need no case or width variants.
const DASH = '[-‐‑‒–—―−~〜至到]{1,2}';
const NUM = '(\\d{1,2}|[〇零一二两三四五六七八九十]{1,3})';
const DATE = '(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})';
const R_MONTH = /^(\d{4})(?:[-/.](\d{1,2})|(\d{2}))$/;
const R_HQ = /^(\d{4})[-年]?([hq])(\d{1,2})$/;
const R_HQ_PRE = /^([hq])(\d{1,2})-?(\d{4})年?$/;
const R_YEAR = /^(\d{4})(?:年度?)?(?:全年)?$/;
const R_HALF_ZH = /^(\d{4})年?([上下])半年度?$/;
const R_QUARTER_ZH = new RegExp(`^(\\d{4})年?第?${NUM}季度?$`);
const R_MONTH_ZH = new RegExp(`^(\\d{4})年${NUM}月份?$`);
const R_YTD = new RegExp(`^(\\d{4})年?${NUM}月?${DASH}${NUM}月份?$`);
const R_YTD_KEY = /^(\d{4})-?ytd(\d{1,2})$/;
const R_YTD_QUARTERS = new RegExp(`^(\\d{4})年?(?:前|1${DASH})${NUM}(?:个)?季度$`);
const R_INTERVAL = new RegExp(`^${DATE}(?:/|${DASH})${DATE}$`);
const R_INTERVAL_ZH = new RegExp(`^(\\d{4})年(\\d{1,2})月(\\d{1,2})日${DASH}(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日$`);
const R_INTERVAL_EN = new RegExp(`^(\\d{1,2})([a-z]+)\\.?(\\d{4})?${DASH}(\\d{1,2})([a-z]+)\\.?(\\d{4})$`);
const R_SINGLE_DATE = new RegExp(`^(?:${DATE}|\\d{4}年\\d{1,2}月\\d{1,2}日)$`);
const R_NAME_AFTER = /^(?<y>\d{4})[-年]?(?<n>\D+)$/;
const R_NAME_BEFORE = /^(?<n>\D+?)-?(?<y>\d{4})年?$/;
const R_WORD_RANGE = new RegExp(`^([a-z]+\\.?)${DASH}([a-z]+\\.?)$`);
const R_SPACE = /\s+/g;

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, m: number): number => (m === 2 && isLeap(y) ? 29 : (DIM[m - 1] ?? 31));
const iso = (y: number, m: number, d: number): string => `${y}-${pad2(m)}-${pad2(d)}`;
const ymd = (s: string): [number, number, number] => [+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10)];
const dayNumber = (s: string): number => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / 86_400_000;
const fromDayNumber = (n: number): string => {
	const t = new Date(n * 86_400_000);
	return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
};

/** Chinese numerals appear in headers copied from reports (一季度, 三月); anything unknown becomes NaN and fails range checks. */
function num(tok: string | undefined): number {
	if (tok === undefined) return NaN;
	const c = tok.charCodeAt(0);
	return c >= 48 && c <= 57 ? +tok : (CN_NUM.get(tok) ?? NaN);
}
function monthWord(w: string): number {
	if (w.endsWith('.')) w = w.slice(0, -1);
	for (let i = 0; i < 12; i++) if (w === MONTH_FULL[i] || w === MON[i]!.toLowerCase()) return i + 1;
	return w === 'sept' ? 9 : NaN;
}

/** Rebuilds a non-interval period; the single place where canonical keys are spelled. */
function build(kind: Exclude<PeriodKind, 'interval'>, year: number, index: number, holiday?: Holiday): Period {
	switch (kind) {
		case 'year': return { key: `${year}`, kind, year, index: 0 };
		case 'half': return { key: `${year}-H${index}`, kind, year, index };
		case 'quarter': return { key: `${year}-Q${index}`, kind, year, index };
		case 'month': return { key: `${year}-${pad2(index)}`, kind, year, index };
		case 'ytd': return { key: `${year}-YTD${pad2(index)}`, kind, year, index };
		case 'holiday': return { key: `${year}-${holiday}`, kind, year, index: 0, holiday };
	}
}
const interval = (start: string, end: string): Period =>
	({ key: `${start}/${end}`, kind: 'interval', year: +start.slice(0, 4), index: 0, start, end });

function bad(raw: string, zh: string, en: string): Result<Period> {
	const r = raw.trim();
	return fail('bad_period', `无效的统计期“${r}”：${zh}`, `Invalid period "${r}": ${en}`);
}
const yearOk = (y: number): boolean => y >= 1900 && y <= 2100;
const badYear = (raw: string, y: number): Result<Period> =>
	bad(raw, `年份${y}不在1900–2100之间`, `year ${y} is outside 1900–2100`);

const COUNTED = { half: ['半年', 2], quarter: ['季度', 4], month: ['月份', 12] } as const;
function counted(raw: string, ys: string | undefined, tok: string | undefined, kind: keyof typeof COUNTED): Result<Period> {
	const y = num(ys), n = num(tok), [zh, max] = COUNTED[kind];
	if (!yearOk(y)) return badYear(raw, y);
	if (!(n >= 1 && n <= max)) return bad(raw, `${zh}须为1–${max}，不能是${tok}`, `${kind} must be 1–${max}, not ${tok}`);
	return ok(build(kind, y, n));
}

/** A range always runs from January; 1-1月 is that month and 1-12月 the year, so each span has one key. */
function ytd(raw: string, ys: string | undefined, fromTok: string | undefined, toTok: string | undefined): Result<Period> {
	const y = num(ys), from = num(fromTok), to = num(toTok);
	if (!yearOk(y)) return badYear(raw, y);
	if (!(from >= 1 && from <= 12 && to >= 1 && to <= 12)) return bad(raw, '月份须为1–12', 'months must be 1–12');
	if (to < from) return bad(raw, `结束月份${to}早于开始月份${from}`, `the range ends (month ${to}) before it starts (month ${from})`);
	if (from !== 1) return bad(raw, '累计区间须从1月开始', 'a month range must start in January');
	return ok(to === 1 ? build('month', y, 1) : to === 12 ? build('year', y, 0) : build('ytd', y, to));
}

/** Words beside a year: holiday names (zh or en), English months and month ranges. */
function named(raw: string, ys: string | undefined, name: string): Result<Period> | null {
	const h = HOLIDAY_ALIASES.get(name) ?? HOLIDAY_ALIASES.get(name.replace(HOLIDAY_SUFFIX, ''));
	if (h) return yearOk(num(ys)) ? ok(build('holiday', num(ys), 0, h)) : badYear(raw, num(ys));
	const mo = monthWord(name);
	if (mo) return counted(raw, ys, String(mo), 'month');
	const r = R_WORD_RANGE.exec(name);
	const from = r ? monthWord(r[1]!) : NaN, to = r ? monthWord(r[2]!) : NaN;
	return from && to ? ytd(raw, ys, String(from), String(to)) : null;
}

function dates(raw: string, y1: number, m1: number, d1: number, y2: number, m2: number, d2: number): Result<Period> {
	for (const [y, m, d] of [[y1, m1, d1], [y2, m2, d2]] as const) {
		if (!yearOk(y)) return badYear(raw, y);
		if (!(m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)))
			return bad(raw, `${y}年${m}月${d}日不是有效日期`, `${iso(y, m, d)} is not a calendar date`);
	}
	const start = iso(y1, m1, d1), end = iso(y2, m2, d2);
	if (end < start) return bad(raw, '结束日期早于开始日期', 'the end date is before the start date');
	return ok(interval(start, end));
}

/**
 * Answers remembered per text (the last few thousand): deriving a large upload asks the same hundred-odd
 * periods a million times over, and each answer is frozen so that sharing it cannot leak a change.
 */
function remembered<T>(fn: (key: string, arg: never) => T): (key: string, arg: never) => T {
	const seen = new Map<string, T>();
	return (key, arg) => {
		let r = seen.get(key);
		if (r === undefined && !seen.has(key)) {
			r = fn(key, arg);
			deepFreeze(r);
			if (seen.size >= 5000) seen.clear();
			seen.set(key, r);
		}
		return r as T;
	};
}
function deepFreeze(v: unknown) {
	if (v === null || typeof v !== 'object' || Object.isFrozen(v)) return;
	for (const x of Object.values(v)) deepFreeze(x);
	Object.freeze(v);
}

/** Parses any accepted spelling, including every canonical key and every label periodLabel writes (except one-day intervals). */
export const parsePeriod: (raw: string) => Result<Period> = remembered((raw: string) => parseAny(raw)) as (raw: string) => Result<Period>;

function parseAny(raw: string): Result<Period> {
	const s = raw.normalize('NFKC').replace(R_SPACE, '').toLowerCase();
	if (s === '') return fail('bad_period', '统计期为空', 'The period is empty');
	let m: RegExpExecArray | null;
	// Most frequent tidy-file forms first; every pattern is anchored, so misses fail after a few characters.
	if ((m = R_MONTH.exec(s))) return counted(raw, m[1], m[2] ?? m[3], 'month');
	if ((m = R_HQ.exec(s))) return counted(raw, m[1], m[3], m[2] === 'h' ? 'half' : 'quarter');
	if ((m = R_YEAR.exec(s))) return yearOk(num(m[1])) ? ok(build('year', num(m[1]), 0)) : badYear(raw, num(m[1]));
	if ((m = R_QUARTER_ZH.exec(s))) return counted(raw, m[1], m[2], 'quarter');
	if ((m = R_MONTH_ZH.exec(s))) return counted(raw, m[1], m[2], 'month');
	if ((m = R_YTD.exec(s))) return ytd(raw, m[1], m[2], m[3]);
	if ((m = R_HALF_ZH.exec(s))) return counted(raw, m[1], m[2] === '上' ? '1' : '2', 'half');
	if ((m = R_HQ_PRE.exec(s))) return counted(raw, m[3], m[2], m[1] === 'h' ? 'half' : 'quarter');
	if ((m = R_YTD_KEY.exec(s))) return ytd(raw, m[1], '1', m[2]);
	if ((m = R_YTD_QUARTERS.exec(s)))
		return num(m[2]) <= 4 ? ytd(raw, m[1], '1', String(num(m[2]) * 3)) : bad(raw, '季度须为1–4', 'quarters must be 1–4');
	if ((m = R_INTERVAL.exec(s))) return dates(raw, +m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
	if ((m = R_INTERVAL_ZH.exec(s))) {
		const y1 = +m[1]!, m1 = +m[2]!;
		return dates(raw, y1, m1, +m[3]!, m[4] ? +m[4] : y1, m[5] ? +m[5] : m1, +m[6]!);
	}
	if ((m = R_INTERVAL_EN.exec(s))) {
		const y2 = +m[6]!;
		return dates(raw, m[3] ? +m[3] : y2, monthWord(m[2]!), +m[1]!, y2, monthWord(m[5]!), +m[4]!);
	}
	// Excel turns a typed month like 2024-03 into the date 2024/3/1, so a lone date is refused rather than guessed.
	if (R_SINGLE_DATE.test(s))
		return bad(raw, '单个日期不是统计期，请写月份（2024-03）或区间（2024-03-01/2024-03-31）', 'a single date is not a period; write a month (2024-03) or an interval (2024-03-01/2024-03-31)');
	const r = (m = R_NAME_AFTER.exec(s) ?? R_NAME_BEFORE.exec(s)) && named(raw, m.groups!.y, m.groups!.n!);
	return r || bad(raw, '无法识别，可写作 2024、2024年一季度、2024-03、2024年1-5月、2024年春节 或 2024-02-10/2024-02-17',
		'not recognised; write e.g. 2024, 2024-Q1, 2024-03, 2024年1-5月, 2024年春节 or 2024-02-10/2024-02-17');
}

export function periodLabel(p: Period, locale: 'zh-CN' | 'en'): string {
	const zh = locale === 'zh-CN', y = p.year, i = p.index;
	switch (p.kind) {
		case 'year': return zh ? `${y}年` : `${y}`;
		case 'half': return zh ? `${y}年${i === 1 ? '上' : '下'}半年` : `H${i} ${y}`;
		case 'quarter': return zh ? `${y}年${ZH_QUARTER[i - 1] ?? i}季度` : `Q${i} ${y}`;
		case 'month': return zh ? `${y}年${i}月` : `${MON[i - 1]} ${y}`;
		case 'ytd': return zh ? `${y}年1-${i}月` : `Jan–${MON[i - 1]} ${y}`;
		case 'holiday': {
			const h = HOLIDAYS[p.holiday!];
			return zh ? `${y}年${h.zh}` : `${h.en} ${y}`;
		}
		case 'interval': {
			const [y1, m1, d1] = ymd(p.start!), [y2, m2, d2] = ymd(p.end!);
			if (p.start === p.end) return zh ? `${y1}年${m1}月${d1}日` : `${d1} ${MON[m1 - 1]} ${y1}`;
			if (zh) return `${y1}年${m1}月${d1}日至${y2 !== y1 ? `${y2}年` : ''}${m2}月${d2}日`;
			return y1 === y2 ? `${d1} ${MON[m1 - 1]} – ${d2} ${MON[m2 - 1]} ${y2}` : `${d1} ${MON[m1 - 1]} ${y1} – ${d2} ${MON[m2 - 1]} ${y2}`;
		}
	}
}

/** First and last month of a calendar-aligned period (not holiday or interval). */
function monthSpan(p: Period): [number, number] {
	const i = p.index;
	switch (p.kind) {
		case 'half': return [i * 6 - 5, i * 6];
		case 'quarter': return [i * 3 - 2, i * 3];
		case 'month': return [i, i];
		case 'ytd': return [1, i];
		default: return [1, 12];
	}
}

/** An order-preserving number for a date (at module level: a function made per call costs, run by tsx). */
function ord(y: number, m: number, d: number): number {
	return y * 512 + m * 32 + d;
}

/** Start and end as order-preserving numbers (y·512 + m·32 + d): cheaper than Date and enough for sorting. */
function bounds(p: Period): [number, number] {
	if (p.kind === 'interval') {
		const [y1, m1, d1] = ymd(p.start!), [y2, m2, d2] = ymd(p.end!);
		return [ord(y1, m1, d1), ord(y2, m2, d2)];
	}
	if (p.kind === 'holiday') {
		const [m1, d1, m2, d2] = HOLIDAYS[p.holiday!].win;
		return [ord(p.year, m1, d1), ord(p.year, m2, d2)];
	}
	const [a, b] = monthSpan(p);
	return [ord(p.year, a, 1), ord(p.year, b, daysInMonth(p.year, b))];
}
const KIND_RANK: Record<PeriodKind, number> = { interval: 0, holiday: 1, month: 2, quarter: 3, half: 4, ytd: 5, year: 6 };

/**
 * Chronological: by end date; at the same end, the shorter period (later start) first, so 2024-03 < 2024-Q1 < 2024-YTD03
 * and Q4/H2 come before the year they close; then by kind, then by key, so the order is total and stable.
 * Holidays use their usual window (春节 ~10–17 Feb … 国庆 1–7 Oct).
 */
export function comparePeriods(a: Period, b: Period): number {
	const [sa, ea] = bounds(a), [sb, eb] = bounds(b);
	if (ea !== eb) return ea - eb;
	if (sa !== sb) return sb - sa;
	const k = KIND_RANK[a.kind] - KIND_RANK[b.kind];
	if (k !== 0) return k;
	return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Last day of the period; null for holidays, whose dates follow the lunar calendar. */
export function periodEnd(p: Period): { month: number; day: number } | null {
	if (p.kind === 'holiday') return null;
	if (p.kind === 'interval') {
		const [, month, day] = ymd(p.end!);
		return { month, day };
	}
	const month = monthSpan(p)[1];
	return { month, day: daysInMonth(p.year, month) };
}

export function sameLastYear(p: Period): Period {
	return lastYearOf(p.key, p as never);
}
const lastYearOf = remembered((_key: string, p: Period) => sameLastYearOf(p));
function sameLastYearOf(p: Period): Period {
	if (p.kind !== 'interval') return build(p.kind, p.year - 1, p.index, p.holiday);
	// 2024-02-29 has no twin in 2023; the 28th is the day a reader would compare with.
	const back = (s: string): string => {
		const [y, m, d] = ymd(s);
		return iso(y - 1, m, m === 2 && d === 29 ? 28 : d);
	};
	return interval(back(p.start!), back(p.end!));
}

export function previousPeriod(p: Period): Period | null {
	return previousOf(p.key, p as never);
}
const previousOf = remembered((_key: string, p: Period) => previousPeriodOf(p));
function previousPeriodOf(p: Period): Period | null {
	const y = p.year, i = p.index;
	switch (p.kind) {
		case 'year': return build('year', y - 1, 0);
		case 'half': return i === 1 ? build('half', y - 1, 2) : build('half', y, i - 1);
		case 'quarter': return i === 1 ? build('quarter', y - 1, 4) : build('quarter', y, i - 1);
		case 'month': return i === 1 ? build('month', y - 1, 12) : build('month', y, i - 1);
		case 'interval': {
			const s = dayNumber(p.start!), e = dayNumber(p.end!);
			return interval(fromDayNumber(s - 1 - (e - s)), fromDayNumber(s - 1));
		}
		default: return null; // ytd overlaps its predecessor and holidays are not back to back
	}
}

export function monthsCovered(p: Period): readonly number[] | null {
	return monthsOf(p.key, p as never);
}
const monthsOf = remembered((_key: string, p: Period) => monthsCoveredOf(p));
function monthsCoveredOf(p: Period): number[] | null {
	if (p.kind === 'holiday') return null;
	let a: number, b: number;
	if (p.kind === 'interval') {
		if (p.start!.slice(0, 4) !== p.end!.slice(0, 4)) return null;
		a = +p.start!.slice(5, 7);
		b = +p.end!.slice(5, 7);
	} else [a, b] = monthSpan(p);
	const out: number[] = [];
	for (let m = a; m <= b; m++) out.push(m);
	return out;
}

/** 序时进度; null where no single year's clock applies (holidays, intervals spanning New Year). */
export function timeProgress(p: Period): number | null {
	if (p.kind === 'holiday') return null;
	if (p.kind === 'interval') {
		const [y1] = ymd(p.start!), [y, m, d] = ymd(p.end!);
		if (y1 !== y) return null;
		let day = d;
		for (let k = 1; k < m; k++) day += daysInMonth(y, k);
		return day / (isLeap(y) ? 366 : 365);
	}
	return monthSpan(p)[1] / 12;
}

/**
 * Like periods may be compared for 同比: same kind and index (Q1 with Q1, YTD05 with YTD05), same holiday, or intervals of
 * equal length or on the same calendar dates (so an interval is like its sameLastYear even across 29 Feb).
 * 环比 pairs such as Q1/Q4 are not "like" here: previousPeriod builds them by construction.
 */
export function isLikePeriod(a: Period, b: Period): boolean {
	if (a.kind !== b.kind) return false;
	if (a.kind === 'holiday') return a.holiday === b.holiday;
	if (a.kind !== 'interval') return a.index === b.index;
	const days = (p: Period): number => dayNumber(p.end!) - dayNumber(p.start!);
	if (days(a) === days(b)) return true;
	const md = (s: string): string => (s.endsWith('02-29') ? '02-28' : s.slice(5));
	const spanYears = (p: Period): number => +p.end!.slice(0, 4) - +p.start!.slice(0, 4);
	return md(a.start!) === md(b.start!) && md(a.end!) === md(b.end!) && spanYears(a) === spanYears(b);
}
