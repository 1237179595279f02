// Days of a holiday counted from its official first day (第N天, 前N天, 首日), in the years whose first day the rules
// (除夕, 1 May, 1 January, a three-day holiday joined with the nearest weekend) do not give.
import { describe, expect, it } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';
import { holidayStart, lunarNewYearDay } from './calendar';

const CASES: DatedCase[] = [
	['春节 2024 started on 初一 (10 February), not on 除夕: 前5天 are 10–14 February, 第5天 the 14th', '2024-02-15', '春节假期前5天,全区接待国内游客2097.53万人次。假期第5天,全区接待国内游客405.06万人次。', [
		{ value: 20975300, period: '2024-02-10/2024-02-14' }, { value: 4050600, period: '2024-02-14/2024-02-14' }
	]],
	['春节 2014 started on 初一 (31 January) too', '2014-02-03', '2014年春节长假前三天,全市接待游客69.65万人次。', [{ value: 696500, period: '2014-01-31/2014-02-02' }]],
	['五一 2023 ran from Saturday 29 April: its 第三天 is 1 May', '2023-05-02', '五一假期第三天,全省接待游客520万人次。', [{ value: 5200000, period: '2023-05-01/2023-05-01' }]],
	['五一 2019 began on 1 May as the rule says', '2019-05-03', '五一假期第二天,全市接待游客3万人次。', [{ value: 30000, period: '2019-05-02/2019-05-02' }]],
	['元旦 2024 began on Saturday 30 December 2023', '2024-01-02', '元旦假期第一天,全市接待游客12.5万人次。', [{ value: 125000, period: '2023-12-30/2023-12-30' }]],
	['中秋 2015 was one day, Sunday 27 September, not the weekend before it', '2015-09-28', '中秋假期首日,全省接待游客80万人次。', [{ value: 800000, period: '2015-09-27/2015-09-27' }]],
	['端午 2012 was 22–24 June (a swapped working day), not from the festival on Saturday the 23rd', '2012-06-25', '端午假期第一天,全市接待游客15万人次。', [{ value: 150000, period: '2012-06-22/2012-06-22' }]]
];

describe('holiday days counted from the official first day', () => readsAs(CASES));

describe('holidayStart', () => {
	it.each([
		['spring-festival', 2019, '2019-02-04'], // 除夕, the rule
		['spring-festival', 2024, '2024-02-10'], // 初一
		['spring-festival', 2026, '2026-02-15'], // the day before 除夕
		['labour-day', 2018, '2018-04-29'],
		['labour-day', 2024, '2024-05-01'],
		['qingming', 2012, '2012-04-02'],
		['qingming', 2016, '2016-04-02'], // Monday 4 April: from the Saturday, by rule
		['dragon-boat', 2013, '2013-06-10'],
		['mid-autumn', 2024, '2024-09-15'],
		['national-day', 2025, '2025-10-01']
	] as const)('%s %i starts on %s', (kind, year, first) => expect(holidayStart(kind, year)).toBe(first));
});

describe('正月初一 from the Chinese calendar', () => {
	// The first day of the lunar year, 2010–2026, as published calendars give it.
	it.each([
		[2010, '2010-02-14'], [2011, '2011-02-03'], [2012, '2012-01-23'], [2013, '2013-02-10'], [2014, '2014-01-31'], [2015, '2015-02-19'],
		[2016, '2016-02-08'], [2017, '2017-01-28'], [2018, '2018-02-16'], [2019, '2019-02-05'], [2020, '2020-01-25'], [2021, '2021-02-12'],
		[2022, '2022-02-01'], [2023, '2023-01-22'], [2024, '2024-02-10'], [2025, '2025-01-29'], [2026, '2026-02-17']
	])('%i: %s, and 除夕 the day before', (year, day) => {
		expect(lunarNewYearDay(year, 0)).toBe(`${day}/${day}`);
		const eve = new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10);
		expect(lunarNewYearDay(year, -1)).toBe(`${eve}/${eve}`);
	});
});
