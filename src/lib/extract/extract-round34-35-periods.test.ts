// Period rules the reader missed in rounds thirty-four and thirty-five's blind fixtures (499–526): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// D. 1月份至3月份: 份 on either end or both is a month range, as 1-3月 is (516).
	['2024年1月份至3月份,全区累计接待游客: the quarter', '2024-04-19', '2024年1月份至3月份,全区累计接待国内外游客422.59万人次,同比增长65.24%。', [{ value: 4225900, period: '2024-Q1', yoy_reported: 65.24 }]],
	['4月份到6月份 · 7月至9月份: ranges too', '2024-10-20', '4月份到6月份,全县接待游客120万人次;7月至9月份,全县接待游客150万人次。', [
		{ value: 1200000, period: '2024-Q2' }, { value: 1500000, period: '2024-Q3' }
	]],
	['1月份接待…,3月份接待…: two months, no range', '2024-04-19', '1月份全区接待游客100万人次,3月份全区接待游客150万人次。', [
		{ value: 1000000, period: '2024-01' }, { value: 1500000, period: '2024-03' }
	]]
];

describe('periods of rounds thirty-four and thirty-five', () => readsAs(CASES));
