// Statistics tables pasted as text, and the context a figure takes its period, unit or role from (titles, 截至 a day,
// 以上/多 after a unit, bounds and milestones, counts in Chinese numerals, a period carried to the next paragraph).
import { describe, expect, it } from 'vitest';
import { read, readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

// [description, report date, text, expected candidates in order (partial)].
const CASES: DatedCase[] = [
	// A1: a bulletin's monthly table pasted as lines.
	['a 1-本月累计 column in a March table is the first quarter; the caption 单位:万人次 gives each row its unit, a 其中 sub-row too; a note after the table adds no period', '2019-04-15', '2019年3月全市旅游接待情况\n单位:万人次\n指标 | 本月 | 1-本月累计 | 同比%\n接待游客 | 12.3 | 35.6 | 5.2\n其中:入境游客 | 1.2 | 3.4 | -2.1\n注:自2019年10月起,统计口径调整。', [
		{ value: 123000, unit: '人次', period: '2019-03' }, { value: 356000, unit: '人次', period: '2019-Q1', yoy_reported: 5.2 },
		{ value: 12000, unit: '人次', period: '2019-03' }, { value: 34000, unit: '人次', period: '2019-Q1', yoy_reported: -2.1 }
	]],
	['a caption line that is only the unit is no figure; prose before and after the table is read as prose, and the lead\'s figure restated by the table is one row with the table\'s change', '2021-04-20', '2021年3月全市旅游经济运行情况\n一季度,全市接待游客120万人次。\n单位:万人次\n指标 | 本月 | 1-3月累计 | 同比%\n接待游客 | 45.2 | 120.0 | 30.0\n注:自2019年10月起,统计范围含一日游游客。\n旅游收入13.2亿元。', [
		{ value: 452000, period: '2021-03' }, { value: 1200000, period: '2021-Q1', yoy_reported: 30 }, { value: 1320000000 }
	]],
	['a note line between the title and the table does not set the month of 本月; a 1-3月累计 head is the first quarter; 本月止累计 in June is the half year', '2019-07-10', '2019年6月旅游统计\n注:自2019年10月起,数据含一日游。\n指标 | 本月 | 本月止累计 | 同比%\n旅游收入(亿元) | 2.5 | 14.1 | 8.0', [
		{ value: 250000000, unit: '元', period: '2019-06' }, { value: 1410000000, unit: '元', period: '2019-H1', yoy_reported: 8 }
	]],
	['rows after a blank line inside a table keep the head above them: no row is lost', '2019-04-15', '2019年3月全市旅游接待情况\n指标 | 本月 | 1-本月累计 | 同比%\n接待游客(万人次) | 12.3 | 35.6 | 5.2\n\n旅游收入(亿元) | 3.1 | 9.8 | 4.0', [
		{ value: 123000, period: '2019-03' }, { value: 356000, period: '2019-Q1' }, { value: 310000000, period: '2019-03' }, { value: 980000000, period: '2019-Q1', yoy_reported: 4 }
	]],
	['a unit in brackets in a column head (本月(万美元)) applies to each row', '2018-04-20', '2018年3月入境旅游情况\n指标 | 本月(万美元) | 1-3月累计(万美元) | 同比增长%\n旅游外汇收入 | 1277.3 | 9812.05 | 3.1\n其中:外国人 | 800.5 | 6000.2 | 2.0', [
		{ value: 12773000, unit: '美元', period: '2018-03' }, { value: 98120500, unit: '美元', period: '2018-Q1', yoy_reported: 3.1 },
		{ value: 8005000, unit: '美元', period: '2018-03' }, { value: 60002000, unit: '美元', period: '2018-Q1', yoy_reported: 2 }
	]],
	['a table whose cells are set apart by spaces is read as one with bars', '2019-04-15', '2019年3月全市旅游接待情况\n单位:万人次\n指标  本月  1-本月累计  同比%\n接待游客  12.3  35.6  5.2\n其中:入境游客  1.2  3.4  -2.1', [
		{ value: 123000, period: '2019-03' }, { value: 356000, period: '2019-Q1', yoy_reported: 5.2 }, { value: 12000, period: '2019-03' }, { value: 34000, period: '2019-Q1' }
	]],
	['a head and rows set apart by single spaces', '2019-04-15', '2019年3月全市旅游接待情况\n单位:万人次\n指标 本月 1-本月累计 同比%\n接待游客 12.3 35.6 5.2', [
		{ value: 123000, period: '2019-03' }, { value: 356000, period: '2019-Q1', yoy_reported: 5.2 }
	]],
	['each cell naming its column before its number (本月 12.3 | 1-本月累计 35.6 | 同比% 5.2)', '2019-04-15', '2019年3月全市旅游接待情况\n单位:万人次\n接待游客 | 本月 12.3 | 1-本月累计 35.6 | 同比% 5.2\n旅游收入(亿元) | 本月 3.1 | 1-本月累计 9.8 | 同比% 4.0', [
		{ value: 123000, unit: '人次', period: '2019-03' }, { value: 356000, unit: '人次', period: '2019-Q1', yoy_reported: 5.2 },
		{ value: 310000000, unit: '元', period: '2019-03' }, { value: 980000000, unit: '元', period: '2019-Q1', yoy_reported: 4 }
	]],
	['a head with spaces inside its words (本 月) and no cell over the labels; the unit in the row label', '2008-09-20', '2008年8月旅游接待人数\n本 月 | 比上年同月 ±% | 本月止累计 | 比上年同期 ±% | |\n一、接待过夜游客(人次) | 11178898 | -14.85 | 93378082 | 9.02 |\n1、入境游客 | 1674624 | -53.35 | 14860410 | 9.71 |', [
		{ value: 11178898, unit: '人次', period: '2008-08', yoy_reported: -14.85 }, { value: 93378082, period: '2008-YTD08', yoy_reported: 9.02 },
		{ value: 1674624, unit: '人次', period: '2008-08' }, { value: 14860410, period: '2008-YTD08' }
	]],
	['a table copied one cell a line (each cell ending in |) is put back into its rows', '2004-03-20', '2004年2月旅游接待人数\n指 标 |\n本 月 |\n同比增减% |\n1-本月累计 |\n同比增减% |\n一、城市接待过夜旅游人数(人次) |\n6000714 |\n-2.2 |\n12922867 |\n8.3 |\n其中:国际游客 |\n728437 |\n-20.7 |\n1628183 |\n-7.5 |', [
		{ value: 6000714, unit: '人次', period: '2004-02', yoy_reported: -2.2 }, { value: 12922867, period: '2004-YTD02', yoy_reported: 8.3 },
		{ value: 728437, unit: '人次', period: '2004-02' }, { value: 1628183, period: '2004-YTD02', yoy_reported: -7.5 }
	]],
	// A2: the year of a title line over a report published the next year.
	['全年 in the body of a report dated in January under a title naming the year before is that year, past the date line, and it is no plan', '2022-01-20', '2021年全市旅游经济运行情况\n2022年1月20日\n全年,全市接待游客5000万人次,同比增长10%。实现旅游收入600亿元。', [
		{ value: 50000000, period: '2021', role: 'actual', yoy_reported: 10 }, { value: 60000000000, period: '2021', role: 'actual' }
	]],
	['a title naming the year before sets 全年 in a later paragraph too, past a date line with its source', '2022-01-20', '2021年全市旅游经济运行情况\n发布时间:2022年1月20日 10:30 来源:市文旅局\n今年以来,全市旅游市场回暖。\n全年接待游客5000万人次。', [
		{ value: 50000000, period: '2021', role: 'actual' }
	]],
	// A3: 截至 a day of the year.
	['截至 a day (no hour, no holiday in its paragraph) is the count from January 1 to that day, with a year or without', '2023-12-05', '截至10月15日,全市累计接待游客5000万人次,同比增长20%。\n截至2023年11月20日,全省A级景区达到500家。截至11月30日,全省接待游客6000万人次。', [
		{ value: 50000000, period: '2023-01-01/2023-10-15', yoy_reported: 20 }, { value: 500, period: '2023-01-01/2023-11-20' },
		// The last day of a month stays January to that month (fixture 194's convention).
		{ value: 60000000, period: '2023-YTD11' }
	]],
	['截至 a day of a holiday, or an hour of a day, is still that holiday or that day', '2021-05-06', '截至5月5日,全县“五一”小长假共接待游客7.55万人次。\n截至10月15日15时,景区接待游客2万人次。', [
		{ value: 75500, period: '2021-labour-day' }, { value: 20000, period: '2021-10-15/2021-10-15' }
	]],
	// A4: 以上, 多 and 余 after a value with its unit (SOURCES.md: 30000人次以上 is 超, 多 is 余; 在90%以上 is a bound).
	['N以上 after a unit is 超, also for the second of two figures joined by 、; 多 and 余 after the number or its scale are 余', '2023-10-20', '全市接待游客50万人次以上、实现收入1亿元以上。活动吸引3000多人参加。景区接待游客二十多万人次,门票收入5亿多元。共接待游客50余万人次。', [
		{ value: 500000, unit: '人次', qualifier: '超' }, { value: 100000000, unit: '元', qualifier: '超' }, { value: 3000, unit: '人', qualifier: '余' },
		{ value: 200000, unit: '人次', qualifier: '余' }, { value: 500000000, unit: '元', qualifier: '余' }, { value: 500000, qualifier: '余' }
	]],
	// A5: bounds and milestones.
	['a milestone named after the exact figure that passed it (首次突破…大关, 跨上…台阶) is a bound; a milestone with no exact figure stays the figure', '2024-01-10', '2023年全市接待游客1050万人次,首次突破1000万人次大关。全市旅游总收入达到105亿元,跨上百亿元台阶。全县接待游客首次突破300万人次。', [
		{ value: 10500000, period: '2023' }, { value: 10500000000, period: '2023' }, { value: 3000000, qualifier: '超' }
	]],
	['a bound describing which spots (N以上的景区, 超过N的景区) is no figure; the count of them is', '2024-01-10', '2023年年接待游客100万人次以上的景区达到12家。接待游客超过50万人次的景区有8家。', [
		{ value: 12, unit: '家' }, { value: 8, unit: '家' }
	]],
	// A6: counts in Chinese numerals.
	['a lone Chinese numeral with a measure word after a verb of doing is a count (出台四条措施, 举办三场演出)', '2024-01-10', '2023年,市文旅局出台四条措施,举办三场演出,新增五家A级景区。', [
		{ value: 4, unit: '条' }, { value: 3, unit: '场' }, { value: 5, unit: '家' }
	]],
	// A7: a period carried over paragraphs, not past a heading.
	['a part of the year stated in one paragraph carries over the next paragraphs of its section, a breakdown’s too, but not past a heading line or a numbered heading', '2023-07-20', '上半年,全市接待游客5000万人次,同比增长20%。\n其中,过夜游客2000万人次。\n乡村旅游方面,接待游客800万人次。\n文化市场\n全市演出1200场。\n三、项目建设\n全市完成投资30亿元。', [
		{ value: 50000000, period: '2023-H1' }, { value: 20000000, period: '2023-H1' }, { value: 8000000, period: '2023-H1' }, { value: 1200, period: '2023' }, { value: 3000000000, period: '2023' }
	]],
	['截至 the end of an earlier month carries over the next paragraph that goes on with the account; a paragraph of what the notice does is its own month', '2023-10-20', '截至9月底,全省在建文旅项目100个,完成投资50亿元。\n新开工项目30个,完成投资10亿元。\n会议决定对3家景区予以通报。', [
		{ value: 100, period: '2023-YTD09' }, { value: 5000000000, period: '2023-YTD09' }, { value: 30, period: '2023-YTD09' }, { value: 1000000000, period: '2023-YTD09' }, { value: 3, period: '2023-10' }
	]],
	['a title’s period holds past the headings of the body', '2023-07-20', '2023年上半年全市旅游经济运行情况\n上半年,全市接待游客5000万人次。\n二、文化市场\n全市演出1200场。', [
		{ value: 50000000, period: '2023-H1' }, { value: 1200, period: '2023-H1' }
	]],
];

describe('tables and the context of figures', () => {
	readsAs(CASES);
});

// A6: numerals in names and slogans, and counts naming a subject, stay no figures.
const SLOGANS: [string, string][] = [
	['a slogan of numerals, quoted or not (三个一批), and 十大/三大 names', '推进“三个一批”建设,出台三个一批项目清单,推出十大线路,实施三大行动'],
	['a count naming the subject of a change or a noun described (两项指标分别, 六个方面的问题)', '全市新增两项指标分别增长5%;梳理出六个方面的问题'],
];
describe('numerals that name, not count', () => {
	it.each(SLOGANS)('%s', (_name, text) => {
		expect(read(text)).toEqual([]);
	});
});
