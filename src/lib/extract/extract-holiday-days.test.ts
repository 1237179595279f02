// Holiday and day periods the reader missed in rounds forty-two to forty-four (611–652): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const SPAN_HOURS: DatedCase[] = [
	// E. A span with a part of the day and an hour on both ends is the span of days (613).
	['9月29日上午8时至10月5日上午8时: the days from the 29th to the 5th', '2012-10-11', '全国假日办数据显示，9月29日上午8时至10月5日上午8时，上海主要高速公路道口进沪客车83.59万辆次。', [
		{ value: 835900, period: '2012-09-29/2012-10-05' }
	]],
	['10月1日晚8时至10月3日下午6时: evening and afternoon hours are hours too', '2024-10-04', '10月1日晚8时至10月3日下午6时，全市地铁运送乘客215万人次。', [
		{ value: 2150000, period: '2024-10-01/2024-10-03' }
	]],
	['…上午8时至…上午8时,上海…;贵州…: the timed window holds to its semicolon', '2012-10-11', '今年中秋、國慶連休8天。9月29日上午8時至10月5日上午8時，上海進滬客車83.59萬輛次；貴州自駕車遊客占接待總人數的55%。', [
		{ value: 835900, period: '2012-09-29/2012-10-05' }, { value: 55, period: '2012-national-day' }
	]],
	['10月1日至7日,…;…: a span of days with no hours holds on', '2024-10-08', '國慶假期，全市旅遊市場火爆。10月1日至7日，全市接待遊客500萬人次；旅遊收入30億元。', [
		{ value: 5000000, period: '2024-10-01/2024-10-07' }, { value: 3000000000, period: '2024-10-01/2024-10-07' }
	]],
	['10月1日晚,…: a day with the part of the day alone is still that day', '2024-10-04', '10月1日晚，全市地铁运送乘客71万人次。', [
		{ value: 710000, period: '2024-10-01/2024-10-01' }
	]]
];

const SPELLED_HOLIDAY: DatedCase[] = [
	// C. The days that open the body spell the holiday out for the whole report: a bare 假期 opening a clause in a later
	// paragraph is those days (636, 614).
	['5月1日至5日“五一”假期…\\n假期里,…: the spelled-out days', '2020-05-06', '據統計，5月1日至5日“五一”假期，湖北省共接待遊客735.86萬人次。\n假期里，全省22個已開放的重點景區共接待遊客83.47萬人次。', [
		{ value: 7358600, period: '2020-05-01/2020-05-05' }, { value: 834700, period: '2020-05-01/2020-05-05' }
	]],
	['10月1日至7日,…\\n…城市,假期共接待…: the spelled-out days', '2024-10-09', '2024年国庆假期全省接待游客4280万人次\n2024年10月9日\n据统计，10月1日至7日，全省共接待游客4280万人次。\n纳入监测的重点城市，假期共接待游客1330万人次。', [
		{ value: 42800000, period: '2024-10-01/2024-10-07' }, { value: 13300000, period: '2024-10-01/2024-10-07' }
	]],
	['…\\n其他…乐园假期累计接待…: after another subject, that subject\'s holiday', '2019-02-12', '春节冰雪游升温 崇礼雪场假期客流增长\n2019年2月12日\n2月4日至10日春节期间，崇礼全区共接待游客174946人次。\n其他冰雪目的地同样热闹。哈尔滨融创冰雪乐园假期累计接待游客1.7万人次。', [
		{ value: 174946, period: '2019-02-04/2019-02-10' }, { value: 17000, period: '2019-spring-festival' }
	]],
	['国庆假期…\n…10月1日至3日,…\n…,假期共接待…: days that do not open the body stay their paragraph\'s', '2023-10-09', '国庆假期全市共接待游客4280万人次。\n其中，10月1日至3日，全市共接待游客2100万人次。\n纳入监测的重点景区，假期共接待游客1330万人次。', [
		{ value: 42800000, period: '2023-national-day' }, { value: 21000000, period: '2023-10-01/2023-10-03' }, { value: 13300000, period: '2023-national-day' }
	]]
];

const REPORT_DAY: DatedCase[] = [
	// A. A bulletin on one day of a holiday (today said to be that day, or a count to an hour of the report's day) reports
	// that day; a later remark naming the holiday or the year with no figure does not take the figures back (611, 124).
	['今天是黃金周的頭一天…截至17時…;今年…假日市場…\\n…: the one day', '2010-10-01', '“十一”黃金周首日旅遊通報\n2010年10月1日\n全國假日辦發出2010年“十一黃金周”第1號旅遊信息通報。今天是黃金周的頭一天，各地節慶活動熱烈。\n通報稱，截至17時，全國直報景區共接待遊客206.66萬人次，同比增長43.69%。在節慶活動拉動下，今年的接待高峰比往年來得更早，假日市場開局良好。\n從各地景區看，棋盤山接待人數3.89萬人次，增長420.59%。', [
		{ value: 2066600, period: '2010-10-01/2010-10-01' }, { value: 38900, period: '2010-10-01/2010-10-01' }
	]],
	['黄金周第五天…。截至17时,…: the hour is of that day', '2010-10-05', '国庆旅游快讯\n2010年10月5日\n假日办的通报说，黄金周第五天部分长线游客开始返程。截至17时，全国直报景区共接待游客372.06万人次，同比增长10.88%。', [
		{ value: 3720600, period: '2010-10-05/2010-10-05', yoy_reported: 10.88 }
	]],
	['今日是端午假期第二天…截至下午5时…: my own wording', '2024-06-09', '端午假期旅游快报\n2024年6月9日\n今日是端午假期第二天，全市天气晴好。\n截至下午5时，全市重点景区接待游客48.2万人次。假期出游热情高涨。\n其中古城景区接待游客12.5万人次。', [
		{ value: 482000, period: '2024-06-09/2024-06-09' }, { value: 125000, period: '2024-06-09/2024-06-09' }
	]],
	['截至17时 with no day named before it: no period of its own', '2024-06-15', '截至17时，全市重点景区接待游客48.2万人次。', [
		{ value: 482000, period: '2024' }
	]],
	['一個假日當天…;…假日期間共接待…: a remark with a figure still names the holiday', '2010-10-01', '國慶旅遊快訊\n2010年10月1日\n今天是黃金周的頭一天。截至17時，全市景區接待遊客20萬人次。\n預計黃金周期間全市共接待遊客150萬人次。', [
		{ value: 200000, period: '2010-10-01/2010-10-01' }, { value: 1500000, period: '2010-national-day' }
	]]
];

const CUT_OFF_HOUR: DatedCase[] = [
	// B. 截至当天 with an hour (下午4时) is that day, not the year so far, and the figures after it are not of that span (647).
	['截至當天下午4時,…: that one day', '2025-04-05', '清明假期首日數據\n2025年4月5日\n昨天是清明假期的第一天。\n山東：當天全省5A級景區共接待遊客67.06萬人次。截至當天下午4時，全省公共文化場館服務超50萬人次。\n內蒙古：全區接待國內遊客近300萬人次。', [
		{ value: 670600, period: '2025-04-04/2025-04-04' }, { value: 500000, period: '2025-04-04/2025-04-04' }, { value: 3000000, period: '2025-04-04/2025-04-04' }
	]],
	['截至10月15日晚8时,全市累计…: an hour with its part of the day is still an hour', '2024-10-16', '截至10月15日晚8时，全市累计接待游客120万人次。', [
		{ value: 1200000, period: '2024-10-15/2024-10-15' }
	]],
	['截至10月15日,全市累计…: no hour, the year so far', '2024-10-16', '截至10月15日，全市累计接待游客120万人次。', [
		{ value: 1200000, period: '2024-01-01/2024-10-15' }
	]]
];

const UNNAMED_HOLIDAY: DatedCase[] = [
	// D. A holiday with only its length (三天小长假) opening a clause is the holiday named before it, in the year named since
	// (今年 after last year's holiday); the same amount said again with only the year is that figure (619).
	['2013年清明小長假…今年…。三天小長假,…: this year\'s 清明', '2014-04-09', '清明小長假漢中旅遊收入首超西安\n2014年4月9日\n三天清明小長假，漢中市旅遊收入合計8.5億元，排名第一。\n據介紹，2013年清明小長假，漢中共接待遊客160.1萬人次。與去年相比，今年漢中增長明顯。\n他說，8.5億元收入主要由酒店住房、餐飲構成。\n三天小長假，漢中共接待遊客180.5萬人次，同比增長12%。', [
		{ value: 850000000, period: '2014-qingming' }, { value: 1601000, period: '2013-qingming' }, { value: 1805000, period: '2014-qingming', yoy_reported: 12 }
	]],
	['五一假期…。\\n五天长假,…: my own wording', '2024-05-06', '五一假期全市旅游市场火爆\n2024年5月6日\n五一假期，全市接待游客320万人次。\n五天长假，全市旅游收入达18亿元。', [
		{ value: 3200000, period: '2024-labour-day' }, { value: 1800000000, period: '2024-labour-day' }
	]],
	['8.5億元 said again of another year stays apart', '2014-04-09', '三天清明小長假，漢中市旅遊收入合計8.5億元。\n2012年，漢中全年旅遊收入8.5億元。', [
		{ value: 850000000, period: '2014-qingming' }, { value: 850000000, period: '2012' }
	]]
];

const TWO_HOLIDAYS: DatedCase[] = [
	// F. A sum over two holidays has neither key, the word for them quoted or not (612, as 87 and 479 leave it null).
	['春節、“十一”兩個“黃金周”合計: no one holiday', '2012-11-05', '2011年，全國旅遊業發展平穩。\n春節、“十一”兩個“黃金周”合計，全國接待國內遊客4.55億人次。', [{ value: 455000000, period: null }]],
	['国庆、春节两个“长假”: my own wording', '2020-01-10', '2019年全市旅游概况。\n国庆、春节两个“长假”共接待游客420万人次。', [{ value: 4200000, period: null }]],
	['春節、“十一”期間…接待: a holiday alone keeps its key', '2012-11-05', '2011年春節黃金周，全國接待國內遊客1.5億人次。', [{ value: 150000000, period: '2011-spring-festival' }]]
];

describe('holiday and day periods (rounds forty-two to forty-four)', () => {
	describe('spans with hours on both ends', () => readsAs(SPAN_HOURS));
	describe('a holiday spelled out by the days that open the body', () => readsAs(SPELLED_HOLIDAY));
	describe('the day a bulletin reports', () => readsAs(REPORT_DAY));
	describe('a cut-off hour of the day', () => readsAs(CUT_OFF_HOUR));
	describe('a holiday with only its length', () => readsAs(UNNAMED_HOLIDAY));
	describe('a sum over two holidays', () => readsAs(TWO_HOLIDAYS));
});
