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
	// A. Over rows headed by years (1951 · 2019年), a column whose head names a measure and its unit holds that row's value
	// of that year; — is no value, and the year cell is no figure (716).
	['年份 | 接待读者(万人次) | 办理证件(本) | 外借图书(万册) over rows of years from 1951', '2019-06-01', '泰顺县图书馆历年图书借阅情况\n年份 | 接待读者(万人次) | 办理证件(本) | 外借图书(万册)\n1951 | 0.72 | — | 0.80\n1957 | 0.12 | — | —\n1985 | 1.10 | 600 | 1.35', [
		{ value: 7200, unit: '人次', period: '1951' }, { value: 8000, unit: '册', period: '1951' }, { value: 1200, unit: '人次', period: '1957' },
		{ value: 11000, unit: '人次', period: '1985' }, { value: 600, unit: '本', period: '1985' }, { value: 13500, unit: '册', period: '1985' }
	]],
	['own wording: rows of 2019年 · 2020年 with a 增长% column after the count', '2021-03-01', '某县历年旅游接待\n年份 | 接待游客(万人次) | 增长% | 旅游收入(亿元)\n2019年 | 120.5 | 8.2 | 10.1\n2020年 | 80.3 | -33.4 | 6.2', [
		{ value: 1205000, unit: '人次', period: '2019', yoy_reported: 8.2 }, { value: 1010000000, unit: '元', period: '2019' },
		{ value: 803000, unit: '人次', period: '2020', yoy_reported: -33.4 }, { value: 620000000, unit: '元', period: '2020' }
	]],
	['near miss: rows of places under a head with units stay the period above the table', '2021-03-01', '2020年各县旅游接待\n县 | 接待游客(万人次) | 旅游收入(亿元)\n甲县 | 120.5 | 10.1', [
		{ value: 1205000, unit: '人次', period: '2020' }, { value: 1010000000, unit: '元', period: '2020' }
	]],
	// B. A yearbook table whose columns are the whole and its parts (总计 | 群众艺术馆、文化馆 | 文化站), each row naming its
	// unit in brackets: every cell is a figure of the year in the title, in its row's unit (a row with none, #公用支出, in
	// the unit above it); a line of words between rows heads the rows under it and keeps the table whole (720).
	['项目 | 总计 | 群众艺术馆、文化馆 | 文化站 under （2009年）, a heading line and #公用支出', '2010-10-01', '江苏群众艺术馆、文化馆站业务活动及经费情况（2009年）\n项目 | 总计 | 群众艺术馆、文化馆 | 文化站\n单位数(个) | 1447 | 117 | 1330\n由群众艺术馆、文化馆(站)指导的单位\n馆办文艺团体(个) | 136 | 136 | —\n总支出(万元) | 57413 | 22197 | 35215\n#公用支出 | 24706 | 8085 | 16621\n注：本表仅为文化系统内。', [
		{ value: 1447, unit: '个', period: '2009' }, { value: 117, unit: '个', period: '2009' }, { value: 1330, unit: '个', period: '2009' },
		{ value: 136, unit: '个', period: '2009' }, { value: 136, unit: '个', period: '2009' },
		{ value: 574130000, unit: '元', period: '2009' }, { value: 221970000, unit: '元', period: '2009' }, { value: 352150000, unit: '元', period: '2009' },
		{ value: 247060000, unit: '元', period: '2009' }, { value: 80850000, unit: '元', period: '2009' }, { value: 166210000, unit: '元', period: '2009' }
	]],
	['own wording: 指标 | 合计 | 城镇 | 乡村 with 万人次 and 家 rows under 2022年', '2023-05-01', '2022年全县文化设施情况\n指标 | 合计 | 城镇 | 乡村\n接待观众(万人次) | 30.5 | 20.1 | 10.4\n文化站(家) | 18 | 3 | 15', [
		{ value: 305000, unit: '人次', period: '2022' }, { value: 201000, unit: '人次', period: '2022' }, { value: 104000, unit: '人次', period: '2022' },
		{ value: 18, unit: '家', period: '2022' }, { value: 3, unit: '家', period: '2022' }, { value: 15, unit: '家', period: '2022' }
	]],
	['near miss: 排名 | 城市 | 接待游客 | 增幅 with no unit in the rows gives no figure', '2023-05-01', '2022年各市旅游接待\n排名 | 城市 | 接待游客 | 增幅\n1 | 甲市 | 3050 | 12.1\n2 | 乙市 | 2010 | 8.3', []],
	// D. Under a heading 一、2019年工作总结 in a report of 2020, 今年 is the year summed up; two months apart joined by 和
	// (3月份和7月份), not a run of months, are two times in the year, so the sentence's counts are the year's (721).
	['今年3月份和7月份…转隶干部84人 under 一、2019年工作总结, dated 2020', '2020-03-23', '青田县文化和广电旅游体育局2019年工作总结和2020年工作思路\n2020年3月23日\n一、2019年工作总结\n（一）机构改革任务圆满完成。今年3月份和7月份，我局分别完成了局机关和下属事业单位的机构改革：转隶干部84人，整合调整局属科室5个。', [
		{ value: 84, unit: '人', period: '2019' }, { value: 5, unit: '个', period: '2019' }
	]],
	['own wording: 二、2022年工作回顾 … 今年全县接待游客, and 5月和9月 two months apart', '2023-02-10', '某县文旅局工作报告\n2023年2月10日\n二、2022年工作回顾\n今年全县接待游客120万人次。5月和9月，全县共举办展览12场。', [
		{ value: 1200000, unit: '人次', period: '2022' }, { value: 12, unit: '场', period: '2022' }
	]],
	['near miss: after the next heading (二、2020年工作思路) 今年 is the report\'s year again; 7月和8月 in a row stay their span', '2020-03-23', '某局2019年工作总结和2020年工作思路\n2020年3月23日\n一、2019年工作总结\n全年接待游客120万人次。\n二、2020年工作思路\n今年7月和8月，全县接待游客30万人次。', [
		{ value: 1200000, unit: '人次', period: '2019' }, { value: 300000, unit: '人次', period: '2020-07-01/2020-08-31' }
	]],
	// E. A span of whole years (2021-2023年) is from the first one's January 1 to the last one's December 31, not the last
	// year alone (722).
	['公布2021-2023年市级重点文旅产业项目名单,共129个项目,涉及总投资8995.42亿元', '2021-02-26', '重庆：公布2021-2023年市级重点文旅产业项目名单，共129个项目，涉及总投资8995.42亿元。', [
		{ value: 129, unit: '个', period: '2021-01-01/2023-12-31' }, { value: 899542000000, unit: '元', period: '2021-01-01/2023-12-31' }
	]],
	['own wording: 2019年—2021年 with 年 on both ends', '2022-03-01', '2019年—2021年，全县累计接待游客560万人次。', [
		{ value: 5600000, unit: '人次', period: '2019-01-01/2021-12-31' }
	]],
	['near miss: a season named 2018-2019年度 is no span of years', '2018-12-20', '推出2018-2019年度冰雪旅游系列活动，今年全县接待游客120万人次。', [
		{ value: 1200000, unit: '人次', period: '2018' }
	]],
	['near miss: 从2012年到2014年 reaches its last year (unchanged)', '2015-06-13', '从2012年到2014年,全省建成旅游强县8个。', [
		{ value: 8, period: '2014', role: 'actual' }
	]],
];

describe('round forty-nine: tables of years, parts and months, and the periods of prose', () => {
	readsAs(CASES);
});
