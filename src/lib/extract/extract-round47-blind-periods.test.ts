// Periods the reader missed in the blind round of fixtures 681–694 (round forty-seven): a year written before a holiday in
// its sentence, a bulletin on one day of a holiday, a span from a month to a holiday's end, a year-to-date after 截至N月,
// a span dating only an activity, 节前, and a year per clause in a list of milestones. [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// A. A year written earlier in a sentence is the year of a holiday named there without one, and of the 分别 list after it (688).
	['2017年我國國慶假期旅遊收入5836億元。其中…分別為559.6億元、524.71億元 (a 2020 report, traditional): 2017\'s holiday', '2020-10-20', '2020年國慶節、中秋節八天，全國實現國內旅遊收入4665.6億元。\n2017年我國國慶假期旅遊收入5836億元。其中山東、四川的旅遊總收入位居全國前二，分別為559.6億元、524.71億元。', [
		{ value: 466560000000, period: '2020-national-day' }, { value: 583600000000, period: '2017-national-day' }, { value: 55960000000, period: '2017-national-day' }, { value: 52471000000, period: '2017-national-day' }
	]],
	['2018年全省春节假期共接待游客320万人次。今年春节假期…: 2018\'s holiday, then this year\'s', '2019-02-11', '2018年全省春节假期共接待游客320万人次。今年春节假期，全省接待游客350万人次。', [
		{ value: 3200000, period: '2018-spring-festival' }, { value: 3500000, period: '2019-spring-festival' }
	]],
	['2018年全省旅游收入120亿元。春节假期,… (the year in an earlier sentence): the report\'s holiday', '2019-02-11', '2018年全省旅游收入120亿元。春节假期，全省接待游客350万人次。', [
		{ value: 12000000000, period: '2018' }, { value: 3500000, period: '2019-spring-festival' }
	]],
	// B. A day of a holiday that opens the body (the holiday's name at most before it) is the day the whole bulletin reports (690).
	['“五一”假期第二天,…当日接待游客297.38万人次…。\\n纳入监测的旅游区接待游客270.95万人次: that day throughout', '2023-04-30', '“五一”假期第二天，全省各市州旅游接待量继续攀升。全省纳入假日统计监测的单位当日接待游客297.38万人次，同比增长282.45%。\n纳入监测的旅游区接待游客270.95万人次，同比增长319.94%。\n住宿方面，监测住宿单位当日客房出租率为82.75%。', [
		{ value: 2973800, period: '2023-04-30/2023-04-30' }, { value: 2709500, period: '2023-04-30/2023-04-30' }, { value: 82.75, period: '2023-04-30/2023-04-30' }
	]],
	['今天是“五一”假期第三天,各地游客持续增多。\\n全省重点景区接待游客120万人次: that day', '2019-05-03', '今天是“五一”假期第三天，各地游客持续增多。\n全省重点景区接待游客120万人次。', [
		{ value: 1200000, period: '2019-05-03/2019-05-03' }
	]],
	['“五一”假期,全省接待…。其中5月1日当天接待…。\\n全省实现旅游收入… (a summary naming one day): the holiday again', '2019-05-05', '“五一”假期，全省接待游客500万人次。其中5月1日当天接待游客150万人次。\n全省实现旅游收入30亿元。', [
		{ value: 5000000, period: '2019-labour-day' }, { value: 1500000, period: '2019-05-01/2019-05-01' }, { value: 3000000000, period: '2019-labour-day' }
	]],
	['2019年5月1日,全省召开旅游工作会议。\\n全省接待游客500万人次 (a date opening the body, no holiday\'s day): the year', '2019-05-05', '2019年5月1日，全省召开旅游工作会议。\n全省接待游客500万人次。', [
		{ value: 5000000, period: '2019' }
	]],
	// D. <month>至<holiday>期间 is a span from that month's first day to the holiday's last day (685).
	['2015年1月至春節期間,…專項檢查5490次…出動檢查人員78135人次 (traditional): 1 January to the holiday\'s last day', '2015-04-02', '2015年1月至春節期間，國家旅遊局會同公安、工商等部門聯動執法。據統計，31個省區市共組織旅遊市場秩序專項檢查5490次，出動檢查人員78135人次。', [
		{ value: 5490, unit: '次', period: '2015-01-01/2015-02-24' }, { value: 78135, unit: '人次', period: '2015-01-01/2015-02-24' }
	]],
	['去年12月至春节期间,全市共查处…120起: from December to the next Spring Festival\'s end', '2019-03-05', '去年12月至春节期间，全市共查处旅游违法案件120起。', [
		{ value: 120, unit: '起', period: '2018-12-01/2019-02-10' }
	]],
	['1月至3月,…;春节期间,… (a month range, the holiday alone): as before', '2019-03-05', '1月至3月，全市共查处旅游违法案件120起。春节期间，全市接待游客50万人次。', [
		{ value: 120, period: '2019-Q1' }, { value: 500000, period: '2019-spring-festival' }
	]],
	// E. A year written right after 截至N月 is the year of that month: the flows counted to it run from January (681); 截至N月
	// with no year in an earlier month's report is the month gone by, of the year before.
	['截至11月,2011年全國累計入境旅遊人數增長1.16%,達12372.23萬人;…累計旅遊外匯收入…達430.35億美元 (traditional): 2011-YTD11', '2012-02-10', '從累計看，截至11月，2011年全國累計入境旅遊人數增長1.16%，達12372.23萬人；累計旅遊外匯收入同比增長2.01%，達430.35億美元。', [
		{ value: 123722300, unit: '人', period: '2011-YTD11' }, { value: 43035000000, unit: '美元', period: '2011-YTD11', yoy_reported: 2.01 }
	]],
	['截至9月,今年全省累计接待游客5000万人次 (an October report): January to September', '2019-10-20', '截至9月，今年全省累计接待游客5000万人次，同比增长8%。', [
		{ value: 50000000, period: '2019-YTD09', yoy_reported: 8 }
	]],
	['截至11月,全国累计接待游客5000万人次 (a February report): the November gone by', '2012-02-10', '截至11月，全国累计接待游客5000万人次。', [
		{ value: 50000000, period: '2011-YTD11' }
	]],
	['截至9月,2019年全省旅行社达到120家 (a stock): the month', '2019-10-20', '截至9月，2019年全省旅行社达到120家。', [
		{ value: 120, unit: '家', period: '2019-09' }
	]],
	// F. Days that only date an activity in a sentence of no figure are not the holiday a bare 假日期间 later refers back to (692).
	['阆中古城从除夕到正月初七每天都有民俗巡游…。\\n…假日期间全市共接待游客1777.84万人次: the holiday', '2025-02-06', '今年春节假期四川省共接待游客6372.22万人次。“春节文化之乡”阆中古城从除夕到正月初七每天都有民俗巡游和特色演艺。\n上海旅游大数据监测显示，假日期间全市共接待游客1777.84万人次，同比增长6.08%。', [
		{ value: 63722200, period: '2025-spring-festival' }, { value: 17778400, period: '2025-spring-festival', yoy_reported: 6.08 }
	]],
	['西湖景区从10月1日到7日每天都有灯光秀…。\\n黄金周期间,杭州市共接待…: the holiday', '2019-10-08', '国庆假期，全省接待游客3000万人次。\n西湖景区从10月1日到7日每天都有灯光秀和音乐喷泉表演。\n黄金周期间，杭州市共接待游客1200万人次，同比增长6%。', [
		{ value: 30000000, period: '2019-national-day' }, { value: 12000000, period: '2019-national-day' }
	]],
	['从除夕到正月初六,全市共接待… (days with a figure).\\n假日期间,…: those days', '2025-02-06', '今年春节，全省文旅市场繁荣。\n从除夕到正月初六，全市共接待游客500万人次。\n假日期间，全市实现旅游收入40亿元。', [
		{ value: 5000000, period: '2025-01-28/2025-02-03' }, { value: 4000000000, period: '2025-01-28/2025-02-03' }
	]],
	// L. 节前 opening a clause is the holiday's year (SOURCES.md), for its own sentence (684; 498 aligned).
	['节前,市旅游局…联合西安周边24家景区开展主题活动,并发放10万份…: 2014', '2014-04-08', '清明小长假期间，全市接待游客214.7万人次。\n节前，市旅游局联合西安周边24家景区开展主题活动，并发放10万份“春季旅游一券通”。', [
		{ value: 2147000, period: '2014-qingming' }, { value: 24, unit: '家', period: '2014' }, { value: 100000, unit: '份', period: '2014' }
	]],
	['节前,县文旅局向市民发放消费券5000张。全县实现旅游收入…: the year, then the holiday again', '2023-06-25', '端午假期，全县接待游客30万人次。节前，县文旅局向市民发放消费券5000张。全县实现旅游收入1.2亿元。', [
		{ value: 300000, period: '2023-dragon-boat' }, { value: 5000, unit: '张', period: '2023' }, { value: 120000000, period: '2023-dragon-boat' }
	]],
	['因节前降雪,… (a cause, no period): the holiday', '2023-06-25', '端午假期，全县接待游客30万人次。因节前降雪，全县滑雪场接待游客2万人次。', [
		{ value: 300000, period: '2023-dragon-boat' }, { value: 20000, period: '2023-dragon-boat' }
	]],
	// G2. A list of milestones takes the year each clause names (2012年度 is 2012); 年度接待 inside a clause is no period (687).
	['2009年故宮年度接待觀眾人次首次突破1000萬人次,…:2012年度突破1500萬人次,2016年突破1600萬人次,今年… (traditional)', '2018-12-16', '2009年故宮年度接待觀眾人次首次突破1000萬人次，此後參觀人數每年以百萬計持續增長：2012年度突破1500萬人次，2016年突破1600萬人次，今年又首次突破1700萬人次。', [
		{ value: 10000000, period: '2009' }, { value: 15000000, period: '2012' }, { value: 16000000, period: '2016' }, { value: 17000000, period: '2018' }
	]],
	['2015年全县游客首次突破100万人次,2017年度突破150万人次,今年突破200万人次', '2019-12-20', '2015年全县游客首次突破100万人次，2017年度突破150万人次，今年突破200万人次。', [
		{ value: 1000000, period: '2015' }, { value: 1500000, period: '2017' }, { value: 2000000, period: '2019' }
	]]
];

describe('periods of round forty-seven (fixtures 681–694)', () => {
	readsAs(CASES);
});
