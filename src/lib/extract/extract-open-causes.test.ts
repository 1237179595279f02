// Three misreadings left open on settled fixtures (619, 681, 685): the fixture's phrasing, a variant, and a near miss that
// keeps its reading: [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// 681. A bare rise then ,达 its figure: the change is that figure's when nothing before it in its sentence is a figure;
	// the numbers of a date (截至11月, 2011年) say when, not how much.
	['截至11月,2011年全国累计入境旅游人数增长1.16%,达12372.23万人 (681)', '2012-02-10', '从累计看，截至11月，2011年全国累计入境旅游人数增长1.16%，达12372.23万人；累计入境过夜旅游人数增长3.24%，达5274.17万人。', [
		{ value: 123722300, unit: '人', period: '2011-YTD11', yoy_reported: 1.16 }, { value: 52741700, unit: '人', period: '2011-YTD11', yoy_reported: 3.24 }
	]],
	['1-11月份全市游客人数增长8.5%,为320万人次 (own words: a span of months before it)', '2024-12-10', '1-11月份全市游客人数增长8.5%，为320万人次。', [
		{ value: 3200000, unit: '人次', yoy_reported: 8.5 }
	]],
	['全年接待游客500万人次,入境旅客增长5%,为120万人次: a figure before it, no forward change (unchanged)', '2024-03-01', '全年接待游客500万人次，入境旅客增长5%，为120万人次。', [
		{ value: 5000000, unit: '人次', yoy_reported: null }, { value: 1200000, unit: '人次', yoy_reported: null }
	]],
];

describe('open causes on settled fixtures (619, 681, 685)', () => {
	readsAs(CASES);
});
