// What round forty-nine's blind fixtures (709–722) found the reader missing or misreading: tables of years, of parts
// and of months, and the periods of prose: [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// C. A 1-本月 column (January to this month, no 累计 written) is a running total, as 1-本月累计 is: in a March table the
	// first quarter, in a May table January–May (711).
	['指标 | 本月 | 比上年同月% | 1-本月 | 比上年同期% under (2014年3月)', '2014-04-20', '全省接待过夜游客情况(2014年3月)\n指标 | 本月 | 比上年同月% | 1-本月 | 比上年同期%\n一、接待过夜游客人数(人次) | 22792906 | 6.85 | 64533707 | 2.52\n二、人均停留天数(天/人) | 2.14 | 7.54 | 1.98 | -1.98', [
		{ value: 22792906, unit: '人次', period: '2014-03', yoy_reported: 6.85 }, { value: 64533707, unit: '人次', period: '2014-Q1', yoy_reported: 2.52 },
		{ value: 2.14, unit: '天', period: '2014-03', yoy_reported: 7.54 }, { value: 1.98, unit: '天', period: '2014-Q1', yoy_reported: -1.98 }
	]],
	['own wording: 本期 | 同比% | 1-本月 | 同比% in a May table', '2021-06-15', '2021年5月全市旅游接待\n指标 | 本期 | 同比% | 1-本月 | 同比%\n接待游客(万人次) | 12.5 | 3.1 | 60.2 | 8.4', [
		{ value: 125000, unit: '人次', period: '2021-05', yoy_reported: 3.1 }, { value: 602000, unit: '人次', period: '2021-YTD05', yoy_reported: 8.4 }
	]],
	['near miss: a 本月 column without 1- stays the month', '2021-06-15', '2021年5月全市旅游接待\n指标 | 本月 | 同比%\n接待游客(万人次) | 12.5 | 3.1', [
		{ value: 125000, unit: '人次', period: '2021-05', yoy_reported: 3.1 }
	]],
];

describe('round forty-nine: tables of years, parts and months, and the periods of prose', () => {
	readsAs(CASES);
});
