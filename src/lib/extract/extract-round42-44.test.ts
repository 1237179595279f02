// Patterns the reader missed in blind rounds forty-two to forty-four (611–652): years, the year so far and stock periods.
// [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// A. A bare 累计 opening the clause after a month's figure is January to that month; the month's figure keeps the month (627).
	['入境游客2月份为760542人次;累计1760652人次: 2020-02 and 2020-YTD02', '2020-10-21', '其中，入境游客2月份为760542人次，下降71.54%；累计1760652人次，下降65.08%。', [
		{ value: 760542, period: '2020-02', yoy_reported: -71.54 }, { value: 1760652, period: '2020-YTD02', yoy_reported: -65.08 }
	]],
	['入境游客2月份1.75天、累计1.9天: the month, then the year so far', '2020-10-21', '其中，入境游客2月份1.75天、累计1.9天，分别下降24.89%和18.45%。', [
		{ value: 1.75, period: '2020-02', yoy_reported: -24.89 }, { value: 1.9, period: '2020-YTD02', yoy_reported: -18.45 }
	]],
	['全市5月份接待游客12万人次,累计达48万人次: 2023-05 and 2023-YTD05', '2023-06-20', '全市5月份接待游客12万人次，累计达48万人次。', [
		{ value: 120000, period: '2023-05' }, { value: 480000, period: '2023-YTD05' }
	]],
	['6月18日…,两天累计接待 (a day before, 累计 not opening its clause): unchanged', '2023-06-20', '6月18日，全市接待游客3万人次，两天累计接待游客5万人次。', [
		{ value: 30000, period: '2023-06-18/2023-06-18' }, { value: 50000 }
	]],
	// C. 去年这一数字为N: last year's level of the figure before it, a year earlier (615).
	['元旦三天共接待遊客52萬人次,而去年這一數字為62萬人次: the span a year before', '2013-01-04', '元旦假期（1月1日至3日），頤和園等市屬公園元旦三天共接待遊客52萬人次，而去年這一數字為62萬人次。', [
		{ value: 520000, period: '2013-01-01/2013-01-03' }, { value: 620000, period: '2012-01-01/2012-01-03' }
	]],
	['上半年…300万人次,去年的这个数字是260万人次: 2022-H1', '2023-07-20', '上半年全市接待游客300万人次，去年的这个数字是260万人次。', [
		{ value: 3000000, period: '2023-H1' }, { value: 2600000, period: '2022-H1' }
	]],
	['这一数字较去年增长12% (a change, not a level): no base keyed', '2023-07-20', '上半年全市接待游客300万人次，这一数字较去年增长12%。', [
		{ value: 3000000, period: '2023-H1', yoy_reported: 12 }
	]],
	// E. A goal for a five-year plan not yet over is a level to reach by the plan's last year (635).
	['力争“十三五”期间…突破2亿,总收入突破500亿元: 2020 targets', '2017-02-10', '下一步，我市将继续拓展农业的多种功能，力争“十三五”期间全市接待乡村旅游人次突破2亿，总收入突破500亿元。', [
		{ value: 200000000, period: '2020', role: 'target', qualifier: '超' }, { value: 50000000000, period: '2020', role: 'target', qualifier: '超' }
	]],
	['目标是“十四五”时期全省旅游总收入达到1万亿元: 2025', '2022-03-01', '我们的目标是“十四五”时期全省旅游总收入达到1万亿元。', [
		{ value: 1000000000000, period: '2025', role: 'target' }
	]],
	['“十二五”期间…累计接待 (a plan over, an actual): the plan\'s span', '2017-02-10', '“十二五”期间，全市累计接待游客1.5亿人次。', [
		{ value: 150000000, period: '2011-01-01/2015-12-31', role: 'actual' }
	]],
	// D. The year in a meeting's name (在2014年…会议上说) names the meeting, not the period; in a January report its 全年
	// estimates are of the year just ended, the year the text states (618).
	['在2014年全国旅游工作会议上说,预计全年…2.9万亿元 (January 2014): 2013', '2014-01-23', '记者统计了2013年全国各省区市的旅游总收入。\n国家旅游局局长在2014年全国旅游工作会议上说，预计全年旅游总收入可达2.9万亿元；旅游外汇收入约478亿美元。新增旅游直接就业50多万人。', [
		{ value: 2900000000000, period: '2013', role: 'target' }, { value: 47800000000, unit: '美元', period: '2013', role: 'target', qualifier: '约' },
		{ value: 500000, period: '2013' }
	]],
	['在2020年全省文化和旅游工作会上通报,全年接待游客… (January 2020): 2019', '2020-01-15', '2019年全省旅游市场平稳。厅长在2020年全省文化和旅游工作会上通报，全年接待游客8亿人次。', [
		{ value: 800000000, period: '2019' }
	]],
	['在2024年全省旅游工作会议上说,预计全年… (a March report): still 2024', '2024-03-10', '2023年全省接待游客5亿人次。局长在2024年全省旅游工作会议上说，预计全年旅游总收入可达1000亿元。', [
		{ value: 500000000, period: '2023' }, { value: 100000000000, period: '2024', role: 'target' }
	]],
	// B. A part of last year opening a clause (去年1月到11月) gives its year to a bare 1至11月 after it; this year inside a
	// forecast (预估今年将…) holds for its own sentence only (617).
	['去年1月到11月,…。1至11月來台陸客達364萬211人 (January 2015): 2014-YTD11', '2015-01-02', '觀光局統計，去年1月到11月，4個國家和地區的來台旅客都已進入「百萬俱樂部」。1至11月來台陸客達364萬211人，較2013年同期成長38.2%；日本148萬3671人，增加16.04%。', [
		{ value: 3640211, period: '2014-YTD11', yoy_reported: 38.2 }, { value: 1483671, period: '2014-YTD11', yoy_reported: 16.04 }
	]],
	['上年1至9月,…。1-9月全市接待游客… (a February report): the year before', '2024-02-20', '据统计，上年1至9月，全市旅游市场稳步回升。1-9月全市接待游客1200万人次。', [
		{ value: 12000000, period: '2023-YTD09' }
	]],
	['与去年1至5月相比 (a base, not opening its clause): 1-5月 stays this year', '2024-06-20', '全市旅游市场与去年1至5月相比明显回升。1-5月全市接待游客800万人次。', [
		{ value: 8000000, period: '2024-YTD05' }
	]],
	['截至2014年12月31日…超過990萬人次,並預估今年將超過1000萬人次。…陸客人數可能接近400萬人次: 2014, 2015, 2014', '2015-01-02', '截至2014年12月31日午夜，來台訪問旅客超過990萬人次，並預估今年將超過1000萬人次。交通部觀光局表示，陸客人數可能接近400萬人次。', [
		{ value: 9900000, period: '2014', qualifier: '超' }, { value: 10000000, period: '2015', role: 'target' }, { value: 4000000, period: '2014', qualifier: '近' }
	]],
	['今年全市接待游客…。旅游收入… (今年 opening its clause): still this year', '2015-01-02', '2014年全市接待游客900万人次。今年全市预计接待游客1000万人次。旅游收入预计达到100亿元。', [
		{ value: 9000000, period: '2014' }, { value: 10000000, period: '2015', role: 'target' }, { value: 10000000000, period: '2015', role: 'target' }
	]],
	// F. 占年度计划92.8% (no 的): the plan names the share's base, not its period; the share is done, so actual (624).
	['截至7月底…完成投资2010.95万元,占年度计划92.8%: 2020-YTD07, actual', '2020-08-19', '截至7月底，全市公共文化场馆免费开放完成投资2010.95万元，占年度计划92.8%。', [
		{ value: 20109500, period: '2020-YTD07' }, { value: 92.8, unit: '%', period: '2020-YTD07', role: 'actual' }
	]],
	['1-9月完成投资5亿元,完成全年任务80%: 2023-YTD09, actual', '2023-10-20', '1-9月，全市文旅项目完成投资5亿元，完成全年任务80%。', [
		{ value: 500000000, period: '2023-YTD09' }, { value: 80, unit: '%', period: '2023-YTD09', role: 'actual' }
	]],
	['年度计划投资6亿元 (the plan itself): a target of the year', '2023-10-20', '1-9月，全市文旅项目完成投资5亿元，年度计划投资6亿元。', [
		{ value: 500000000, period: '2023-YTD09', role: 'actual' }, { value: 600000000, period: '2023', role: 'target' }
	]],
	// G. A total over recent years (近年来…共/累计) is a stock at the report date, as counts after 目前 are; it takes no
	// period of an earlier clause (635, 638).
	['去年…。近年来,我市共创建10个…,共打造3000多个…: 2017-02', '2017-02-10', '去年，全市接待游客1亿人次。\n近年来，我市共创建10个全国休闲农业与乡村旅游示范区县，共打造3000多个特色村。', [
		{ value: 100000000, period: '2016' }, { value: 10, period: '2017-02' }, { value: 3000, period: '2017-02', qualifier: '余' }
	]],
	['截至6月底…。近年來…共發展鄉村旅遊特色村90多個: 2014-08', '2014-08-06', '截至6月底，全市接待游客2500万人次。近年來，臺州鄉村旅遊異軍突起，共發展鄉村旅遊特色村90多個，特色村經營戶1500多家。', [
		{ value: 25000000, period: '2014-H1' }, { value: 90, period: '2014-08', qualifier: '余' }, { value: 1500, period: '2014-08', qualifier: '余' }
	]],
	['近几年来全县累计建成农家书屋120个: the report month', '2023-05-10', '近几年来，全县累计建成农家书屋120个。', [{ value: 120, period: '2023-05' }]],
	['近年来…公共文化服务…。2018年…新建160处 (公共 is no total): unchanged', '2019-04-01', '近年来，全县大力完善公共文化服务体系。2018年，全县新建农村健身广场160处。', [
		{ value: 160, period: '2018' }
	]],
	// H. 近N年, opening a clause, is the last N whole years: one for each figure of a 分别 list, the first and the last for
	// 从A增加到B (638).
	['近3年,全市旅遊項目實際投資分別達到26.3億元、49.6億元和60.65億元 (2014): 2011, 2012, 2013', '2014-08-06', '近3年，全市旅遊項目實際投資分別達到26.3億元、49.6億元和60.65億元，均超額完成既定目標。', [
		{ value: 2630000000, period: '2011' }, { value: 4960000000, period: '2012' }, { value: 6065000000, period: '2013' }
	]],
	['近3年,全市接待國內外遊客從3977.7萬人次增加到5176.43萬人次: 2011 and 2013', '2014-08-06', '近3年，全市接待國內外遊客從3977.7萬人次增加到5176.43萬人次，年均增長16.29%。', [
		{ value: 39777000, period: '2011' }, { value: 51764300, period: '2013' }
	]],
	['近两年,全县接待游客分别为120万人次和150万人次 (2024): 2022 and 2023', '2024-03-01', '近两年，全县接待游客分别为120万人次和150万人次。', [
		{ value: 1200000, period: '2022' }, { value: 1500000, period: '2023' }
	]],
	['近5年来…累计 (no comma after 近5年): the span it had before, not a list of years', '2024-03-01', '2023年全县接待游客150万人次。近5年来全县累计接待游客600万人次。', [
		{ value: 1500000, period: '2023' }, { value: 6000000, period: '2020-01-01/2024-12-31' }
	]]
];

describe('blind rounds forty-two to forty-four: years, the year so far and stocks', () => readsAs(CASES));
