// Pins every period spelling from csv-format.md and the calendar arithmetic behind 同比, 环比 and 序时进度.
import { describe, it, expect } from 'vitest';
import {
	comparePeriods,
	isLikePeriod,
	monthsCovered,
	parsePeriod,
	periodEnd,
	periodLabel,
	previousPeriod,
	sameLastYear,
	timeProgress,
	type Period
} from './period';

function p(raw: string): Period {
	const r = parsePeriod(raw);
	if (!r.ok) throw new Error(`expected ${raw} to parse: ${r.en}`);
	return r.value;
}

describe('parsePeriod: accepted forms', () => {
	it.each([
		// year
		['2024', '2024', 'year', 2024, 0],
		['2024年', '2024', 'year', 2024, 0],
		['2024年度', '2024', 'year', 2024, 0],
		['２０２４年', '2024', 'year', 2024, 0],
		[' 2024 ', '2024', 'year', 2024, 0],
		// half
		['2024H1', '2024-H1', 'half', 2024, 1],
		['2024-H2', '2024-H2', 'half', 2024, 2],
		['2024h2', '2024-H2', 'half', 2024, 2],
		['H1 2024', '2024-H1', 'half', 2024, 1],
		['2024年上半年', '2024-H1', 'half', 2024, 1],
		['2024年下半年', '2024-H2', 'half', 2024, 2],
		['2024上半年', '2024-H1', 'half', 2024, 1],
		// quarter
		['2024Q1', '2024-Q1', 'quarter', 2024, 1],
		['2024-Q1', '2024-Q1', 'quarter', 2024, 1],
		['2024q4', '2024-Q4', 'quarter', 2024, 4],
		['Q1 2024', '2024-Q1', 'quarter', 2024, 1],
		['q3-2024', '2024-Q3', 'quarter', 2024, 3],
		['2024 Q2', '2024-Q2', 'quarter', 2024, 2],
		['２０２４Ｑ１', '2024-Q1', 'quarter', 2024, 1],
		['2024年一季度', '2024-Q1', 'quarter', 2024, 1],
		['2024年四季度', '2024-Q4', 'quarter', 2024, 4],
		['2024年第1季度', '2024-Q1', 'quarter', 2024, 1],
		['2024年第一季度', '2024-Q1', 'quarter', 2024, 1],
		['2024年第三季度', '2024-Q3', 'quarter', 2024, 3],
		['2024年1季度', '2024-Q1', 'quarter', 2024, 1],
		['2024年第２季度', '2024-Q2', 'quarter', 2024, 2],
		['2024年Q2', '2024-Q2', 'quarter', 2024, 2],
		// month
		['2024-03', '2024-03', 'month', 2024, 3],
		['2024-3', '2024-03', 'month', 2024, 3],
		['2024/3', '2024-03', 'month', 2024, 3],
		['2024/12', '2024-12', 'month', 2024, 12],
		['2024年3月', '2024-03', 'month', 2024, 3],
		['2024年03月', '2024-03', 'month', 2024, 3],
		['2024年3月份', '2024-03', 'month', 2024, 3],
		['2024年十二月', '2024-12', 'month', 2024, 12],
		['202403', '2024-03', 'month', 2024, 3],
		['2024.3', '2024-03', 'month', 2024, 3],
		['2024.10', '2024-10', 'month', 2024, 10],
		['Mar 2024', '2024-03', 'month', 2024, 3],
		['September 2024', '2024-09', 'month', 2024, 9],
		// year-to-date ranges
		['2024年1-5月', '2024-YTD05', 'ytd', 2024, 5],
		['2024年1—5月', '2024-YTD05', 'ytd', 2024, 5],
		['2024年1–5月', '2024-YTD05', 'ytd', 2024, 5],
		['2024年1~5月', '2024-YTD05', 'ytd', 2024, 5],
		['2024年1～5月', '2024-YTD05', 'ytd', 2024, 5],
		['2024年1至5月', '2024-YTD05', 'ytd', 2024, 5],
		['2024年1月-5月', '2024-YTD05', 'ytd', 2024, 5],
		['2024年1——5月', '2024-YTD05', 'ytd', 2024, 5],
		['2024年1-11月', '2024-YTD11', 'ytd', 2024, 11],
		['2024年1-2月', '2024-YTD02', 'ytd', 2024, 2],
		['2024年一至五月', '2024-YTD05', 'ytd', 2024, 5],
		['2024年前三季度', '2024-YTD09', 'ytd', 2024, 9],
		['2024年1-1月', '2024-01', 'month', 2024, 1],
		['2024年1-12月', '2024', 'year', 2024, 0],
		['2024-YTD05', '2024-YTD05', 'ytd', 2024, 5],
		['2024-ytd5', '2024-YTD05', 'ytd', 2024, 5],
		['Jan–May 2024', '2024-YTD05', 'ytd', 2024, 5],
		// holidays
		['2024年春节', '2024-spring-festival', 'holiday', 2024, 0],
		['2024春节', '2024-spring-festival', 'holiday', 2024, 0],
		['2024年春节假期', '2024-spring-festival', 'holiday', 2024, 0],
		['2024年清明', '2024-qingming', 'holiday', 2024, 0],
		['2024年清明节', '2024-qingming', 'holiday', 2024, 0],
		['2024年五一', '2024-labour-day', 'holiday', 2024, 0],
		['2024年劳动节', '2024-labour-day', 'holiday', 2024, 0],
		['2024五一小长假', '2024-labour-day', 'holiday', 2024, 0],
		['2024年端午', '2024-dragon-boat', 'holiday', 2024, 0],
		['2024年端午节', '2024-dragon-boat', 'holiday', 2024, 0],
		['2024年中秋', '2024-mid-autumn', 'holiday', 2024, 0],
		['2024年中秋节', '2024-mid-autumn', 'holiday', 2024, 0],
		['2024国庆', '2024-national-day', 'holiday', 2024, 0],
		['2024年国庆节', '2024-national-day', 'holiday', 2024, 0],
		['2024年国庆黄金周', '2024-national-day', 'holiday', 2024, 0],
		['２０２４年春节', '2024-spring-festival', 'holiday', 2024, 0],
		['Spring Festival 2024', '2024-spring-festival', 'holiday', 2024, 0],
		['Mid-Autumn Festival 2024', '2024-mid-autumn', 'holiday', 2024, 0],
		// intervals
		['2024-02-10/2024-02-17', '2024-02-10/2024-02-17', 'interval', 2024, 0],
		['2024-2-10/2024-2-17', '2024-02-10/2024-02-17', 'interval', 2024, 0],
		['2024-02-10 / 2024-02-17', '2024-02-10/2024-02-17', 'interval', 2024, 0],
		['2024-02-10--2024-02-17', '2024-02-10/2024-02-17', 'interval', 2024, 0],
		['2024/2/10-2024/2/17', '2024-02-10/2024-02-17', 'interval', 2024, 0],
		['2024-02-10/2024-02-10', '2024-02-10/2024-02-10', 'interval', 2024, 0],
		['2024-02-29/2024-03-01', '2024-02-29/2024-03-01', 'interval', 2024, 0],
		['2000-02-29/2000-02-29', '2000-02-29/2000-02-29', 'interval', 2000, 0],
		['2023-12-30/2024-01-02', '2023-12-30/2024-01-02', 'interval', 2023, 0],
		['2024年2月10日至2月17日', '2024-02-10/2024-02-17', 'interval', 2024, 0],
		['2024年2月10日至17日', '2024-02-10/2024-02-17', 'interval', 2024, 0],
		['2023年12月30日至2024年1月2日', '2023-12-30/2024-01-02', 'interval', 2023, 0],
		['10 Feb – 17 Feb 2024', '2024-02-10/2024-02-17', 'interval', 2024, 0],
		// year bounds
		['1900', '1900', 'year', 1900, 0],
		['2100Q4', '2100-Q4', 'quarter', 2100, 4]
	] as const)('%s → %s', (raw, key, kind, year, index) => {
		const r = parsePeriod(raw);
		expect(r).toMatchObject({ ok: true, value: { key, kind, year, index } });
	});

	it.each([
		['2024年春节', 'spring-festival'],
		['2024年清明', 'qingming'],
		['2024年五一', 'labour-day'],
		['2024年端午', 'dragon-boat'],
		['2024年中秋', 'mid-autumn'],
		['2024国庆', 'national-day']
	] as const)('%s names the holiday %s', (raw, holiday) => {
		expect(p(raw).holiday).toBe(holiday);
	});

	it('keeps interval dates on the period', () => {
		expect(p('2024-02-10/2024-02-17')).toEqual({
			key: '2024-02-10/2024-02-17', kind: 'interval', year: 2024, index: 0, start: '2024-02-10', end: '2024-02-17'
		});
	});

	it.each([
		'2024', '2024-H1', '2024-H2', '2024-Q1', '2024-Q4', '2024-01', '2024-12', '2024-YTD02', '2024-YTD11',
		'2024-spring-festival', '2024-qingming', '2024-labour-day', '2024-dragon-boat', '2024-mid-autumn',
		'2024-national-day', '2024-02-10/2024-02-17', '2023-12-30/2024-01-02'
	])('canonical key %s parses to itself', (key) => {
		expect(p(key).key).toBe(key);
	});
});

describe('parsePeriod: impossible periods are bad_period with both languages', () => {
	it.each([
		['2024Q5', 'quarter'],
		['2024Q0', 'quarter'],
		['2024-Q10', 'quarter'],
		['Q5 2024', 'quarter'],
		['2024年第五季度', 'quarter'],
		['2024年第十三季度', 'quarter'],
		['2024年13月', 'month'],
		['2024年0月', 'month'],
		['2024-00', 'month'],
		['2024-13', 'month'],
		['202413', 'month'],
		['2024H3', 'half'],
		['2024H0', 'half'],
		['2024年6-3月', 'before it starts'],
		['2024年3-5月', 'January'],
		['2024年2-2月', 'January'],
		['2024年1-13月', '1–12'],
		['2024年前五季度', 'quarters'],
		['2023-02-29/2023-03-01', '2023-02-29'],
		['2024-02-30/2024-03-01', '2024-02-30'],
		['2024-04-31/2024-05-01', '2024-04-31'],
		['2024-13-01/2024-13-02', '2024-13-01'],
		['1900-02-29/1900-03-01', '1900-02-29'],
		['2024-02-17/2024-02-10', 'end date is before'],
		['2024年2月17日至2月10日', 'end date is before'],
		['2024-03-01', 'single date'],
		['2024/3/1', 'single date'],
		['2024年3月1日', 'single date'],
		['1899', 'outside 1900–2100'],
		['2101', 'outside 1900–2100'],
		['3024Q1', 'outside 1900–2100'],
		['1850年春节', 'outside 1900–2100'],
		['2100-12-30/2101-01-02', 'outside 1900–2100'],
		['abc', 'not recognised'],
		['2024年春', 'not recognised'],
		['2024-constructor', 'not recognised'],
		['24Q1', 'not recognised'],
		['20240', 'not recognised'],
		['2024年第', 'not recognised'],
		['Q1', 'not recognised'],
		['2024-YTD', 'not recognised'],
		['2024年元旦', 'not recognised']
	])('%s is rejected (%s)', (raw, why) => {
		const r = parsePeriod(raw);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.code).toBe('bad_period');
		expect(r.en).toContain(why);
		expect(r.zh).toMatch(/[\u4e00-\u9fff]/);
		expect(r.zh).toContain(raw.trim());
		expect(r.en).toContain(raw.trim());
	});

	it.each(['', '   ', '\u3000'])('empty %j is rejected', (raw) => {
		expect(parsePeriod(raw)).toMatchObject({ ok: false, code: 'bad_period', en: 'The period is empty' });
	});
});

const SAMPLES = [
	'2024', '2024-H1', '2024-H2', '2024-Q1', '2024-Q3', '2024-03', '2024-12', '2024-YTD05', '2024-spring-festival',
	'2024-qingming', '2024-labour-day', '2024-dragon-boat', '2024-mid-autumn', '2024-national-day',
	'2024-02-10/2024-02-17', '2023-12-30/2024-01-02'
];

describe('periodLabel', () => {
	it.each([
		['2024', '2024年', '2024'],
		['2024-H1', '2024年上半年', 'H1 2024'],
		['2024-H2', '2024年下半年', 'H2 2024'],
		['2024-Q1', '2024年一季度', 'Q1 2024'],
		['2024-Q4', '2024年四季度', 'Q4 2024'],
		['2024-03', '2024年3月', 'Mar 2024'],
		['2024-09', '2024年9月', 'Sep 2024'],
		['2024-YTD05', '2024年1-5月', 'Jan–May 2024'],
		['2024-spring-festival', '2024年春节', 'Spring Festival 2024'],
		['2024-qingming', '2024年清明', 'Qingming Festival 2024'],
		['2024-labour-day', '2024年五一', 'Labour Day 2024'],
		['2024-dragon-boat', '2024年端午', 'Dragon Boat Festival 2024'],
		['2024-mid-autumn', '2024年中秋', 'Mid-Autumn Festival 2024'],
		['2024-national-day', '2024年国庆', 'National Day 2024'],
		['2024-02-10/2024-02-17', '2024年2月10日至2月17日', '10 Feb – 17 Feb 2024'],
		['2024-01-30/2024-02-03', '2024年1月30日至2月3日', '30 Jan – 3 Feb 2024'],
		['2023-12-30/2024-01-02', '2023年12月30日至2024年1月2日', '30 Dec 2023 – 2 Jan 2024'],
		['2024-02-10/2024-02-10', '2024年2月10日', '10 Feb 2024']
	])('%s → %s / %s', (key, zh, en) => {
		expect(periodLabel(p(key), 'zh-CN')).toBe(zh);
		expect(periodLabel(p(key), 'en')).toBe(en);
	});

	it.each(SAMPLES)('labels of %s parse back to the same key', (key) => {
		expect(p(periodLabel(p(key), 'zh-CN')).key).toBe(key);
		expect(p(periodLabel(p(key), 'en')).key).toBe(key);
	});
});

describe('comparePeriods', () => {
	const chronological = [
		'2023-Q4', '2023-H2', '2023', '2024-01', '2024-02-10/2024-02-17', '2024-spring-festival',
		'2024-02', '2024-YTD02', '2024-03', '2024-Q1', '2024-YTD03', '2024-qingming', '2024-04',
		'2024-labour-day', '2024-05', '2024-YTD05', '2024-dragon-boat', '2024-06', '2024-Q2', '2024-H1',
		'2024-YTD06', '2024-mid-autumn', '2024-09', '2024-national-day', '2024-12',
		'2024-Q4', '2024-H2', '2024', '2024-12-30/2025-01-02', '2025-Q1'
	];

	// The interval equals the spring-festival placeholder window, so the kind rank (interval first) decides.
	it('sorts by end, shorter first at the same end, then kind and key', () => {
		const shuffled = [...chronological].reverse().map(p);
		const swapped = [...shuffled.slice(7), ...shuffled.slice(0, 7)];
		expect(shuffled.sort(comparePeriods).map((x) => x.key)).toEqual(chronological);
		expect(swapped.sort(comparePeriods).map((x) => x.key)).toEqual(chronological);
	});

	it.each([
		['2024-Q1', '2024-Q1', 0],
		['2023', '2024-01', -1],
		['2024-03', '2024-Q1', -1],
		['2024-Q1', '2024-YTD03', -1],
		['2024-02-01/2024-02-29', '2024-02', -1],
		['2024-02-28/2024-02-29', '2024-02-01/2024-02-29', -1]
	] as const)('sign of compare(%s, %s) is %i and antisymmetric', (a, b, sign) => {
		expect(Math.sign(comparePeriods(p(a), p(b)))).toBe(sign);
		expect(Math.sign(comparePeriods(p(b), p(a)))).toBe(sign === 0 ? 0 : -sign);
	});
});

describe('sameLastYear and previousPeriod', () => {
	it.each([
		['2024', '2023', '2023'],
		['2024-H1', '2023-H1', '2023-H2'],
		['2024-H2', '2023-H2', '2024-H1'],
		['2024-Q1', '2023-Q1', '2023-Q4'],
		['2024-Q3', '2023-Q3', '2024-Q2'],
		['2024-01', '2023-01', '2023-12'],
		['2024-03', '2023-03', '2024-02'],
		['2024-YTD05', '2023-YTD05', null],
		['2024-spring-festival', '2023-spring-festival', null],
		['2024-national-day', '2023-national-day', null],
		['2024-02-10/2024-02-17', '2023-02-10/2023-02-17', '2024-02-02/2024-02-09'],
		['2024-02-29/2024-03-01', '2023-02-28/2023-03-01', '2024-02-27/2024-02-28'],
		['2024-03-01/2024-03-01', '2023-03-01/2023-03-01', '2024-02-29/2024-02-29'],
		['2024-01-01/2024-01-31', '2023-01-01/2023-01-31', '2023-12-01/2023-12-31'],
		['2023-12-30/2024-01-02', '2022-12-30/2023-01-02', '2023-12-26/2023-12-29']
	] as const)('%s: same period last year %s, previous %s', (key, lastYear, previous) => {
		const period = p(key);
		expect(sameLastYear(period)).toEqual(p(lastYear));
		expect(previousPeriod(period)).toEqual(previous === null ? null : p(previous));
	});
});

describe('monthsCovered, timeProgress and periodEnd', () => {
	it.each([
		['2024', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 1, { month: 12, day: 31 }],
		['2024-H1', [1, 2, 3, 4, 5, 6], 0.5, { month: 6, day: 30 }],
		['2024-H2', [7, 8, 9, 10, 11, 12], 1, { month: 12, day: 31 }],
		['2024-Q1', [1, 2, 3], 0.25, { month: 3, day: 31 }],
		['2024-Q2', [4, 5, 6], 0.5, { month: 6, day: 30 }],
		['2024-Q3', [7, 8, 9], 0.75, { month: 9, day: 30 }],
		['2024-Q4', [10, 11, 12], 1, { month: 12, day: 31 }],
		['2024-03', [3], 0.25, { month: 3, day: 31 }],
		['2024-02', [2], 2 / 12, { month: 2, day: 29 }],
		['2023-02', [2], 2 / 12, { month: 2, day: 28 }],
		['2024-YTD05', [1, 2, 3, 4, 5], 5 / 12, { month: 5, day: 31 }],
		['2024-spring-festival', null, null, null],
		['2024-mid-autumn', null, null, null],
		['2024-02-10/2024-02-17', [2], 48 / 366, { month: 2, day: 17 }],
		['2023-02-10/2023-03-01', [2, 3], 60 / 365, { month: 3, day: 1 }],
		['2024-12-31/2024-12-31', [12], 1, { month: 12, day: 31 }],
		['2023-12-30/2024-01-02', null, null, { month: 1, day: 2 }]
	] as const)('%s covers %j, progress %d, ends %j', (key, months, progress, end) => {
		const period = p(key);
		expect(monthsCovered(period)).toEqual(months);
		if (progress === null) expect(timeProgress(period)).toBeNull();
		else expect(timeProgress(period)).toBeCloseTo(progress, 12);
		expect(periodEnd(period)).toEqual(end);
	});
});

describe('isLikePeriod', () => {
	it.each([
		['2024', '2023', true],
		['2024-Q1', '2023-Q1', true],
		['2024-Q1', '2024-Q2', false],
		['2024-Q1', '2024-03', false],
		['2024-Q1', '2024-YTD03', false],
		['2024-H1', '2023-H1', true],
		['2024-03', '2023-03', true],
		['2024-03', '2024-04', false],
		['2024-YTD05', '2023-YTD05', true],
		['2024-YTD05', '2024-YTD06', false],
		['2024-spring-festival', '2023-spring-festival', true],
		['2024-spring-festival', '2024-national-day', false],
		['2024-02-10/2024-02-17', '2023-02-10/2023-02-17', true],
		['2024-02-10/2024-02-17', '2024-03-01/2024-03-08', true],
		['2024-02-10/2024-02-17', '2024-02-10/2024-02-18', false],
		['2024-02-28/2024-03-01', '2023-02-28/2023-03-01', true],
		['2024-02-29/2024-03-02', '2023-02-28/2023-03-02', true],
		['2024-01-05/2024-03-01', '2023-01-05/2024-03-01', false],
		['2024-02-10/2024-02-17', '2024', false]
	] as const)('%s ~ %s is %s', (a, b, like) => {
		expect(isLikePeriod(p(a), p(b))).toBe(like);
		expect(isLikePeriod(p(b), p(a))).toBe(like);
	});

	it.each(SAMPLES)('%s is like its same period last year', (key) => {
		const period = p(key);
		expect(isLikePeriod(period, sameLastYear(period))).toBe(true);
	});
});
