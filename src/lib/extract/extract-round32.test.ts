// Patterns the reader missed in round thirty-two's blind fixtures (471–484): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// A. Last year's same-period level stated after the figure (上年同期为N): a year back, and the change is the figure's.
	['平均房价为553.7元/间,上年同期为524.2元/间,同比增长5.6%: the base is 2018-05, the 同比 the current figure\'s', '2019-06-28', '北京住宿业\n2019年6月28日\n2019年5月,全市限额以上住宿业平均房价为553.7元/间,上年同期为524.2元/间,同比增长5.6%;1-5月平均房价为562.4元/间,上年同期为528.6元/间,同比增长6.4%。', [
		{ value: 553.7, period: '2019-05', yoy_reported: 5.6 }, { value: 524.2, period: '2018-05', yoy_reported: null },
		{ value: 562.4, period: '2019-YTD05', yoy_reported: 6.4 }, { value: 528.6, period: '2018-YTD05', yoy_reported: null }
	]],
	['出租率为72.6%,上年同期为71.9%,提高0.7个百分点: the points go to the current rate', '2019-06-28', '北京住宿业\n2019年6月28日\n5月份全市平均出租率为72.6%,上年同期为71.9%,提高0.7个百分点。', [
		{ value: 72.6, period: '2019-05', yoy_points: 0.7 }, { value: 71.9, period: '2018-05', yoy_points: null }
	]],
	['一季度…接待游客320万人次,去年同期为290万人次,增长10.3%: 去年同期为 too, and a quarter', '2023-04-20', '某市一季度旅游\n2023年4月20日\n一季度,全市接待游客320万人次,去年同期为290万人次,同比增长10.3%。', [
		{ value: 3200000, period: '2023-Q1', yoy_reported: 10.3 }, { value: 2900000, period: '2022-Q1', yoy_reported: null }
	]],
	['全年接待游客320万人次,上年为290万人次 · 比上年同期增加30万人次: 上年 a year back once only; a difference stays none', '2024-01-20', '某市2023年旅游\n2024年1月20日\n2023年,全市接待游客320万人次,上年为290万人次,比上年同期增加30万人次。', [
		{ value: 3200000, period: '2023' }, { value: 2900000, period: '2022' }
	]],
	// B. A month written with 份 inside the figure's own clause is its period, over the one carried from the clause before.
	['1-5月为66.3%…。其中五星级饭店5月份出租率为74.5%…;四星级为71.5%: both May, not January–May', '2019-06-28', '北京住宿业\n2019年6月28日\n1-5月全市平均出租率为66.3%,上年同期为66.9%。其中五星级饭店5月份出租率为74.5%,提高2.5个百分点;四星级为71.5%,下降0.3个百分点。', [
		{ value: 66.3, period: '2019-YTD05' }, { value: 66.9, period: '2018-YTD05' }, { value: 74.5, period: '2019-05', yoy_points: 2.5 }, { value: 71.5, period: '2019-05', yoy_points: -0.3 }
	]],
	['1-8月累计…。出境旅游总人数8月份为321669人次: August alone; a 1-8月 clause after it is January–August again', '2008-09-20', '广东8月旅游\n2008年9月20日\n1-8月全省接待入境旅游者累计1908万人次,增长3.2%。出境旅游总人数8月份为32.17万人次,下降24.79%;1-8月累计为310万人次。', [
		{ value: 19080000, period: '2008-YTD08', yoy_reported: 3.2 }, { value: 321700, period: '2008-08', yoy_reported: -24.79 }, { value: 3100000, period: '2008-YTD08' }
	]],
	['上半年…。全市5月份举办了旅游节,共接待游客…: a month in a clause of no figure is when an event was held, no period', '2023-07-20', '某市上半年旅游\n2023年7月20日\n上半年全市旅游收入为50亿元。全市5月份举办了旅游节,共接待游客120万人次。', [
		{ value: 5000000000, period: '2023-H1' }, { value: 1200000, period: '2023-H1' }
	]],
	// C. A stock counted to a stated day that ends a quarter or half year is that day's month.
	['截至2024年6月30日,全国旅行社总数为60833家: June, not the half year', '2024-09-05', '旅行社统计\n2024年9月5日\n截至2024年6月30日,全国旅行社总数为60833家,第二季度审核完成率为86.89%。', [
		{ value: 60833, period: '2024-06' }, { value: 86.89, period: '2024-Q2' }
	]],
	['截至2023年3月31日,全省共有A级景区520个: March, not the first quarter', '2023-04-25', '景区统计\n2023年4月25日\n截至2023年3月31日,全省共有A级旅游景区520个。', [
		{ value: 520, period: '2023-03' }
	]],
	['截至2011年6月30日,全县共接待游客…, 游客总数为…人次: flows run from January (the half year)', '2011-07-10', '某县上半年\n2011年7月10日\n截至2011年6月30日,全县共接待游客41.17万人次。截至2011年6月30日,邻县游客总数为45万人次。', [
		{ value: 411700, period: '2011-H1' }, { value: 450000, period: '2011-H1' }
	]],
	// D. Near misses of the counts that are no figures: places reaching last year's level, and problems found in aspects.
	['已有299家景区的接待量达到去年同期水平 · 指出6个方面10个具体问题: both counts stay figures', '2023-01-28', '某省春节\n2023年1月28日\n已有299家景区的接待量达到去年同期水平。巡察组指出6个方面10个具体问题。', [
		{ value: 299, unit: '家' }, { value: 6, unit: '个' }, { value: 10, unit: '个' }
	]],
	// E. A span of months not from January that is no quarter or half year: from the 1st of the first to the end of the last.
	['从今年4月到9月,全市旅游系统共举办66个主题活动,出台150项惠民措施: April 1 to September 30', '2018-09-18', '福州旅游\n2018年9月18日\n从今年4月到9月,全市旅游系统共举办66个主题活动,出台150项惠民措施。', [
		{ value: 66, period: '2018-04-01/2018-09-30' }, { value: 150, period: '2018-04-01/2018-09-30' }
	]],
	['5月—8月全省开展夜游活动1200场 · 2月至4月接待…: em dash too, and February to the end of April in a leap year', '2024-09-10', '某省夜游\n2024年9月10日\n5月—8月,全省开展夜游活动1200场。2月至4月,全省接待研学游客85万人次。', [
		{ value: 1200, period: '2024-05-01/2024-08-31' }, { value: 850000, period: '2024-02-01/2024-04-30' }
	]],
	['1至8月 stays January–August, 4至6月 the second quarter, 7-12月 the second half', '2024-12-20', '某省旅游\n2024年12月20日\n1至8月,全省接待游客5000万人次。4至6月,全省接待游客1800万人次。7-12月,全省接待游客2600万人次。', [
		{ value: 50000000, period: '2024-YTD08' }, { value: 18000000, period: '2024-Q2' }, { value: 26000000, period: '2024-H2' }
	]],
	// F. Every item of a list after the verb of a difference is a difference.
	['与去年同期相比分别增加了1186100人和881100人: neither is a level', '2018-09-18', '福州旅游\n2018年9月18日\n上半年全市接待游客2400万人次。其中上海和江苏游客与去年同期相比分别增加了1186100人和881100人。', [
		{ value: 24000000, period: '2018-H1' }
	]],
	['较上年分别减少了12家、8家和3家: three differences', '2021-01-15', '某市旅行社\n2021年1月15日\n年末全市共有旅行社310家,其中出境社、入境社和国内社较上年分别减少了12家、8家和3家。', [
		{ value: 310, unit: '家' }
	]],
	['接待游客120万人次和过夜游客40万人次 · 比去年增加20万人次,达到140万人次: a plain list and a level reached stay', '2021-01-15', '某市旅游\n2021年1月15日\n全年接待一日游游客120万人次和过夜游客40万人次,比去年增加20万人次,总数达到160万人次。', [
		{ value: 1200000 }, { value: 400000 }, { value: 1600000 }
	]],
	// G. A sum over two or more holidays has no one period; a bulletin about a year gone by names that year's holidays.
	['春節、“十一中秋”兩個長假期間,全國共接待國內遊客10.49億人次: no period', '2018-12-29', '旅遊業統計公報\n2018年12月29日\n文化和旅遊部發布《2017年旅遊業統計公報》。春節、“十一中秋”兩個長假期間,全國共接待國內遊客10.49億人次,實現旅遊收入10069億元。', [
		{ value: 1049000000, period: null }, { value: 1006900000000, period: null }
	]],
	['五一、端午和中秋三个小长假期间…: three holidays summed, no period', '2019-10-20', '某省假日旅游\n2019年10月20日\n五一、端午和中秋三个小长假期间,全省共接待游客3200万人次。', [
		{ value: 32000000, period: null }
	]],
	['《2017年旅游业统计公报》…国庆黄金周期间 (published 2018): the bulletin\'s year; a news item of 2018 keeps 2018', '2018-12-29', '旅游业统计公报\n2018年12月29日\n文化和旅游部发布《2017年旅游业统计公报》。国庆黄金周期间,全国共接待国内游客7.05亿人次。', [
		{ value: 705000000, period: '2017-national-day' }
	]],
	['中秋国庆假期 (one joined holiday) in a news item of its own year keeps its key', '2018-12-29', '年终回顾\n2018年12月29日\n中秋国庆假期,全国共接待国内游客7.26亿人次。', [
		{ value: 726000000, period: '2018-national-day' }
	]],
	// H. A goal stated with 目标是 holds to the full stop, across semicolons.
	['预期目标是实现总收入1.44万亿元,增长12%;新增旅游就业50万人: both targets', '2010-01-27', '全国旅游工作会议\n2010年1月27日\n局长在会上表示,我国旅游业的预期目标是实现总收入1.44万亿元,增长12%;新增旅游就业50万人。', [
		{ value: 1440000000000, role: 'target', yoy_reported: 12 }, { value: 500000, role: 'target' }
	]],
	['今年的发展目标为接待游客800万人次;旅游收入60亿元;新建旅游厕所30座: every item a target', '2021-02-20', '某市旅游工作\n2021年2月20日\n今年全市旅游的发展目标为接待游客800万人次;旅游收入60亿元;新建旅游厕所30座。', [
		{ value: 8000000, role: 'target' }, { value: 6000000000, role: 'target' }, { value: 30, role: 'target' }
	]],
	['全年目标为100万人次;上半年已接待游客60万人次: what was done already stays actual; the next sentence too', '2021-07-20', '某县旅游\n2021年7月20日\n全县全年目标为接待游客100万人次;上半年已接待游客60万人次。全县新建民宿20家。', [
		{ value: 1000000, role: 'target' }, { value: 600000, role: 'actual' }, { value: 20, role: 'actual' }
	]]
];

describe('round thirty-two blind patterns', () => readsAs(CASES));
