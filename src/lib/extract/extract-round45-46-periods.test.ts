// Periods the reader missed in blind rounds forty-five and forty-six (653–680): the year a text accounts for, dotted spans,
// how far 目前 and a compared period reach, and future horizons. [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// A. A paragraph opening with N年度 names the year of the whole text: a later 本年度 · 全年 is that year (666).
	['2016年度,…\\n本年度本地观众32万人次…全年接待… (dated January 2017): 2016 throughout', '2017-01-10', '2016年度，青州市博物馆参观总人数为211.1万人次。\n一、本地观众。本年度本地观众32万人次。\n四、未成年观众。全年接待未成年观众70.2万人次。', [
		{ value: 2111000, period: '2016', role: 'actual' }, { value: 320000, period: '2016', role: 'actual' }, { value: 702000, period: '2016', role: 'actual' }
	]],
	['2022年度,某馆接待读者…\\n本年度新增藏书… (dated March 2023): 2022', '2023-03-05', '2022年度，市图书馆接待读者45万人次。\n本年度新增藏书3.2万册。', [
		{ value: 450000, period: '2022' }, { value: 32000, period: '2022' }
	]],
	['2022年, (a year, not a year of account) in another paragraph: 本年度 stays the report year', '2023-03-05', '2022年，市图书馆接待读者45万人次。\n本年度新增藏书3.2万册。', [
		{ value: 450000, period: '2022' }, { value: 32000, period: '2023' }
	]],
	// B. Dotted dates: 2016.1.14-4.6 · 2016.09.28-2018.01.07 are spans of days; a bracket that holds only the span and the venue
	// dates what it follows (666).
	['青州佛像艺术展(2016.1.14-4.6,南京…),参观人数30万人次: the span of the show', '2017-01-10', '（1）青州佛像艺术展（2016.1.14-4.6，南京大报恩寺遗址博物馆），参观人数30万人次。', [
		{ value: 300000, period: '2016-01-14/2016-04-06' }
	]],
	['书画精品展(2022.09.28-2023.01.07,市美术馆): both ends with their years, to the full stop', '2023-12-20', '书画精品展（2022.09.28-2023.01.07，市美术馆），接待观众12.5万人次；另有线上观展3万人次。', [
		{ value: 125000, period: '2022-09-28/2023-01-07' }, { value: 30000, period: '2022-09-28/2023-01-07' }
	]],
	['营业收入2019.5万元 (a decimal, no dash): a figure, not a date', '2023-12-20', '全年营业收入2019.5万元，接待观众12万人次。', [
		{ value: 20195000, unit: '元', period: '2023' }, { value: 120000, period: '2023' }
	]],
	['书画展(2023.7.1-8.31展出,观众3万人次): a bracket with a figure of its own holds inside only', '2023-12-20', '书画展（2023.7.1-8.31展出，观众3万人次），全年接待观众12万人次。', [
		{ value: 30000, period: '2023-07-01/2023-08-31' }, { value: 120000, period: '2023' }
	]],
	// C. A period set off as a clause of its own after 目前's clause names the period of what follows; 目前 ends there (663).
	['目前…客房28800间;去年前11个月,…入住率为82.5%: 2014-01, then 2013-YTD11', '2014-01-23', '目前澳门各类酒店共可提供客房28800间；去年前11个月，全澳酒店平均入住率为82.5%。', [
		{ value: 28800, period: '2014-01' }, { value: 82.5, period: '2013-YTD11' }
	]],
	['目前…星级饭店56家,上半年,…出租率为61.2%: the half year after the comma', '2023-08-10', '目前全市共有星级饭店56家，上半年，全市星级饭店平均出租率为61.2%。', [
		{ value: 56, period: '2023-08' }, { value: 61.2, period: '2023-H1' }
	]],
	['目前,…预计2020年5月全面对外开放 (a due date inside a clause): 目前 carries on', '2019-06-20', '目前，金沙滩已铺设完成3.1公里，预计2020年5月全面对外开放，酒店建筑面积3万平米。', [
		{ value: 3.1, period: '2019-06' }, { value: 30000, period: '2019-06' }
	]],
];

describe('periods of blind rounds forty-five and forty-six', () => readsAs(CASES));
