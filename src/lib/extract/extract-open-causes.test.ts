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
	// 619. A 分别 list said of this year (今年…两项数据分别增长A、B) right after a sentence of last year's figures takes those
	// figures as its base: its changes are this year's figures' of the same measures, in the order last year's were given.
	['2013年清明小长假…160.1万人次,旅游收入7.1亿元。与去年相比,今年两项数据分别增长12%、19.2% (619)', '2014-04-09', '三天清明小長假，漢中市旅遊收入合計8.5億元，第一次超過西安。\n據介紹，2013年清明小長假，漢中共接待遊客160.1萬人次，旅遊收入7.1億元。與去年相比，今年漢中兩項數據分別增長12%、19.2%。\n三天小長假，漢中共接待遊客180.5萬人次，同比增長12%。', [
		{ value: 850000000, unit: '元', period: '2014-qingming', yoy_reported: 19.2 },
		{ value: 1601000, unit: '人次', period: '2013-qingming', yoy_reported: null },
		{ value: 710000000, unit: '元', period: '2013-qingming', yoy_reported: null },
		{ value: 1805000, unit: '人次', period: '2014-qingming', yoy_reported: 12 }
	]],
	['去年国庆黄金周…。与去年同期相比,今年游客人数和旅游收入分别增长8%、10% (own words: the list names its measures)', '2024-10-08', '国庆黄金周，全县接待游客52万人次，实现旅游收入3.1亿元。\n去年国庆黄金周，全县接待游客48万人次，旅游收入2.8亿元。与去年同期相比，今年游客人数和旅游收入分别增长8%、10%。', [
		{ value: 520000, period: '2024-national-day', yoy_reported: 8 },
		{ value: 310000000, period: '2024-national-day', yoy_reported: 10 },
		{ value: 480000, period: '2023-national-day', yoy_reported: null },
		{ value: 280000000, period: '2023-national-day', yoy_reported: null }
	]],
	['2013年…接待游客A,旅游收入B。与上年相比,两项分别增长12%、19.2% (a January report, no 今年): the list is of those figures (unchanged)', '2014-01-15', '2013年，全市共接待游客160.1萬人次，旅游收入7.1億元。與上年相比，兩項分別增長12%、19.2%。', [
		{ value: 1601000, period: '2013', yoy_reported: 12 }, { value: 710000000, period: '2013', yoy_reported: 19.2 }
	]],
	// 685. A paragraph whose every figure (two or more, small counts too) comes again in order in one later paragraph
	// restates it: one row each, with the later, more exact period (the bare year and a span inside it are one time).
	['各地共摘牌A级旅游景区44家,吊销12家 … 2015年1月至春节期间…共有44家…;12家旅行社被吊销 (685)', '2015-04-02', '國家旅遊局4月2日在北京舉行新聞發佈會。在專項整治的“第一戰役”中，各地共摘牌A級旅遊景區44家，吊銷12家旅行社的經營許可證。\n2015年1月至春節期間，國家旅遊局會同公安等部門聯動執法。共有44家A級旅遊景區被摘牌，9家5A級旅遊景區被警告；12家旅行社被吊銷經營許可證。', [
		{ value: 44, unit: '家', period: '2015-01-01/2015-02-24', line: 2 }, { value: 9, unit: '家', line: 2 }, { value: 12, unit: '家', period: '2015-01-01/2015-02-24', line: 2 }
	]],
	['全省新增5A级景区3家、4A级景区11家 … 1月至6月,全省共有3家景区晋升5A级、11家景区晋升4A级 (own words)', '2024-07-10', '全省新增5A级景区3家、4A级景区11家。\n2024年1月至6月，全省共有3家景区晋升5A级、11家景区晋升4A级，新增3A级景区20家。', [
		{ value: 3, unit: '家', period: '2024-H1', line: 2 }, { value: 11, unit: '家', period: '2024-H1', line: 2 }, { value: 20, unit: '家', line: 2 }
	]],
	['摘牌44家,吊销12家 … only 44家 again: not the whole paragraph, both mentions stay (unchanged)', '2015-04-02', '各地共摘牌A級旅遊景區44家，吊銷12家旅行社的經營許可證。\n2015年1月至春節期間，共有44家A級旅遊景區被摘牌，33家旅行社被責令停業整頓。', [
		{ value: 44, line: 1 }, { value: 12, line: 1 }, { value: 44, line: 2 }, { value: 33, line: 2 }
	]],
];

describe('open causes on settled fixtures (619, 681, 685)', () => {
	readsAs(CASES);
});
