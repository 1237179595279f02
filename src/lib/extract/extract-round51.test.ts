// What round fifty-one's blind fixtures (737–750) found the reader misreading: a ranking's head that pairs each measure with
// its 同比, the day news came, a peak day with its share, and counts, bounds and rates that are no figures: [description,
// report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// A. A list whose head pairs each measure with its change (旅游总收入,同比;接待游客总数,同比) gives each figure of its rows
	// its 同比 as the bare percentage right after it; that percentage is no figure of its own (747).
	['排行榜前六位（旅游总收入，同比；接待游客总数，同比）：530.42亿元，10%；6785.8万人次，9.6%', '2019-10-08', '2019年国庆假期各省旅游收入排行\n2019年10月8日\n2019年国庆假期已经结束。\n排行榜前六位（旅游总收入，同比；接待游客总数，同比）：\n第1位 四川：530.42亿元，10%；6785.8万人次，9.6%。\n第2位 河南：502亿元，8.1%；6632万人次，7.2%。', [
		{ value: 53042000000, unit: '元', period: '2019-national-day', yoy_reported: 10 }, { value: 67858000, unit: '人次', period: '2019-national-day', yoy_reported: 9.6 },
		{ value: 50200000000, unit: '元', period: '2019-national-day', yoy_reported: 8.1 }, { value: 66320000, unit: '人次', period: '2019-national-day', yoy_reported: 7.2 }
	]],
	['own wording: 各市排名（接待游客，增长；旅游收入，增长） with a fall written -3.5%', '2021-01-20', '2020年各市旅游接待排名（接待游客，增长；旅游收入，增长）\n甲市：1250万人次，-3.5%；98.6亿元，2.1%。\n乙市：860万人次，4%；45.2亿元，-1%。', [
		{ value: 12500000, unit: '人次', period: '2020', yoy_reported: -3.5 }, { value: 9860000000, unit: '元', period: '2020', yoy_reported: 2.1 },
		{ value: 8600000, unit: '人次', period: '2020', yoy_reported: 4 }, { value: 4520000000, unit: '元', period: '2020', yoy_reported: -1 }
	]],
	['near miss: without such a head, a percentage after a figure stays a figure of its own', '2021-01-20', '2020年各市旅游接待排名（接待游客；旅游收入占比）\n甲市：1250万人次，35%。', [
		{ value: 12500000, unit: '人次', yoy_reported: null }, { value: 35, unit: '%' }
	]],
	// B. The day news came from a place (8日,清徐县传来消息:) is when it was said, not the period of the figures after it: an
	// event with no dates of its own (2012中国·清徐葡萄采摘月期间) counts for the year (744).
	['8日，清徐县传来消息：2012中国·清徐葡萄采摘月期间，全县共接待游客42.6232万人次', '2012-10-08', '清徐葡萄采摘月游客接待量创新高\n2012年10月8日\n8日，清徐县传来消息：2012中国·清徐葡萄采摘月期间，全县共接待游客42.6232万人次，实现总收入3117.363万元。', [
		{ value: 426232, unit: '人次', period: '2012' }, { value: 31173630, unit: '元', period: '2012' }
	]],
	['own wording: 10月15日，某县旅游局传出好消息：葡萄节期间…', '2021-10-16', '10月15日，某县旅游局传出好消息：葡萄节期间，全县共接待游客12万人次。', [
		{ value: 120000, unit: '人次', period: '2021' }
	]],
	['near miss: a day that opens what was done that day stays the day', '2012-10-08', '清徐县旅游简讯\n2012年10月8日\n8日，清徐县共接待游客1.2万人次。', [
		{ value: 12000, unit: '人次', period: '2012-10-08/2012-10-08' }
	]],
	// C. A day said to be the peak with the share it took right after (端午第一天是出遊最高峰，佔比高達59.8%) is the subject,
	// not the period: the share, and the shares after it, are the holiday's (746).
	['端午第一天是出遊最高峰，佔比高達59.8%；…90後以42.6%的佔比…80後…佔37.3%', '2019-06-10', '18省端午旅遊收入排行\n2019年6月10日\n2019年端午假期已經結束。報告顯示，端午第一天是出遊最高峰，佔比高達59.8%；從年齡看，90後以42.6%的佔比成為出遊主力，80後緊隨其後，佔37.3%。', [
		{ value: 59.8, unit: '%', period: '2019-dragon-boat' }, { value: 42.6, unit: '%', period: '2019-dragon-boat' }, { value: 37.3, unit: '%', period: '2019-dragon-boat' }
	]],
	['own wording: 国庆假期第二天是出行高峰日，占比约22%', '2023-10-07', '2023年国庆假期已经结束。国庆假期第二天是出行高峰日，占比约22%；亲子游占35%。', [
		{ value: 22, unit: '%', period: '2023-national-day' }, { value: 35, unit: '%', period: '2023-national-day' }
	]],
	['near miss: the peak day with a count of its own stays that day', '2023-10-07', '2023年国庆假期已经结束。国庆假期第二天是出行高峰日，全市接待游客50万人次。', [
		{ value: 500000, unit: '人次', period: '2023-09-30/2023-09-30' }
	]],
	// D. Counts of the places that have published (SOURCES.md): handing in a report card (已有21個省份交出旅遊「成績單」) is
	// publishing, and 在公布…數據的21個省份中 (among those that published, no 已) names them too (740).
	['已有21個省份交出旅遊「成績單」 · 在公布春節假期文旅數據的21個省份（…）中', '2023-01-29', '2023年春節假期剛剛結束，已有21個省份交出旅遊「成績單」。截至1月29日21時，在公布春節假期文旅數據的21個省份（個別省份未計入）中，四川接待遊客最多，達到5387.59萬人次。', [
		{ value: 53875900, unit: '人次' }
	]],
	['own wording: 已有15个城市亮出假日成绩单 · 在发布假期数据的15个城市中', '2023-05-04', '五一假期结束，已有15个城市亮出假日成绩单。在发布假期数据的15个城市中，成都接待游客最多，达1200万人次。', [
		{ value: 12000000, unit: '人次' }
	]],
	['near miss: places that did something else (已有21个省份完成评定) are a figure', '2023-05-04', '已有21个省份完成评定，全市旅游交出了成绩单，接待游客1200万人次。', [
		{ value: 21, unit: '个' }, { value: 12000000, unit: '人次' }
	]],
	// D. A count naming the set a superlative is said in (是18個省區市中增長最快的) is no figure (746, 747).
	['新疆旅遊總收入同比增長55.36%，是18個省區市中增長最快的', '2019-06-10', '2019年端午假期已經結束。新疆旅遊總收入同比增長55.36%，是18個省區市中增長最快的；陝西接待遊客總數最多，達2126.05萬人次。', [
		{ value: 21260500, unit: '人次' }
	]],
	['own wording: 为12个地市中最多的', '2023-05-04', '五一假期，甲市接待游客320万人次，为12个地市中最多的。', [
		{ value: 3200000, unit: '人次' }
	]],
	['near miss: 有12个景区最受欢迎 (no set with 中) is a figure', '2023-05-04', '五一假期，全市有12个景区最受欢迎。', [
		{ value: 12, unit: '个' }
	]],
	// D. A bound that repeats a figure: 突破 opening a clause of no words of its own after the exact figure (達到329.5億元，
	// 突破300億元, 740), or an amount passed equal to an exact amount said before (以6500亿元位列其后…总收入虽然突破6500亿元, 743).
	['浙江旅遊收入同比增長36.10%，達到329.5億元，突破300億元', '2023-01-29', '春節假期，浙江旅遊收入同比增長36.10%，達到329.5億元，突破300億元。', [
		{ value: 32950000000, unit: '元', yoy_reported: 36.1 }
	]],
	['江苏…以6500亿元位列其后。…2012年总收入虽然突破6500亿元，排名却下降一位', '2013-02-20', '2012年，江苏、浙江分别以6500亿元和4801.2亿元位列其后。\n江苏2012年总收入虽然突破6500亿元，排名却下降一位。', [
		{ value: 650000000000, unit: '元' }, { value: 480120000000, unit: '元' }
	]],
	['own wording: 接待游客1260万人次，突破千万人次 · 突破1260万人次 said again later', '2023-05-04', '五一假期，全市接待游客1260万人次，突破千万人次。\n全市游客量突破1260万人次，创历史新高。', [
		{ value: 12600000, unit: '人次' }
	]],
	['near miss: 突破 with words of its own, or passing an amount not said before, stays a figure', '2023-05-04', '五一假期，全市接待游客1260万人次，旅游收入突破10亿元。\n全市游客量突破1300万人次。', [
		{ value: 12600000, unit: '人次' }, { value: 1000000000, unit: '元', qualifier: '超' }, { value: 13000000, unit: '人次', qualifier: '超' }
	]],
	// D. The rates by which a place ranks first (同比增幅上都排名第一，分别为41.17%和34.25%) are changes with no figure of their
	// own (743).
	['甘肃在两项数据的同比增幅上都排名第一，分别为41.17%和34.25%', '2013-02-20', '江苏接待游客总人次最多，达4.68亿人次。甘肃在两项数据的同比增幅上都排名第一，分别为41.17%和34.25%。', [
		{ value: 468000000, unit: '人次' }
	]],
	['own wording: 游客增速位居全省第一，为25.3%', '2023-05-04', '五一假期，全市接待游客320万人次。甲县游客增速位居全省第一，为25.3%。', [
		{ value: 3200000, unit: '人次' }
	]],
	['near miss: a share by which a place ranks first is a figure', '2023-05-04', '五一假期，甲县游客满意度位居全省第一，为98.3%。', [
		{ value: 98.3, unit: '%' }
	]],
	// D. A round bound in words in the clause right after one counting places (吉林7個省份緊隨其後，旅遊收入超過百億元) is what
	// each of them passed, no figure; the count of places meeting it is the figure (740).
	['湖北、河南…吉林7個省份緊隨其後，旅遊收入超過百億元', '2023-01-29', '春節假期，江蘇旅遊收入215億元；湖北、河南、上海、湖南、福建、黑龍江、吉林7個省份緊隨其後，旅遊收入超過百億元。', [
		{ value: 21500000000, unit: '元' }, { value: 7, unit: '个' }
	]],
	['own wording: 另有5个城市位列其后，接待游客超千万人次', '2023-05-04', '五一假期，成都接待游客1200万人次；另有5个城市位列其后，接待游客超千万人次。', [
		{ value: 12000000, unit: '人次' }, { value: 5, unit: '个' }
	]],
	['near miss: a round bound after one place (no count) stays a figure', '2023-05-04', '五一假期，甲市紧随其后，旅游收入超过百亿元。', [
		{ value: 10000000000, unit: '元', qualifier: '超' }
	]],
	// D. A count of the places monitored names the subject of the figures after it, also when who monitors is named and the
	// figures follow in the next clause (纳入国家旅游局监测的125个传统热点景区没有出现…暴涨，七天共接待…, 745; 158 agrees).
	['纳入国家旅游局监测的125个传统热点景区没有出现往年那样的无序暴涨，七天共接待游客2962.17万人次', '2015-10-08', '国庆假期，纳入国家旅游局监测的125个传统热点景区没有出现往年那样的无序暴涨，七天共接待游客2962.17万人次，门票收入15.88亿元。', [
		{ value: 29621700, unit: '人次' }, { value: 1588000000, unit: '元' }
	]],
	['own wording: 纳入省文旅厅监测的40家景区运行平稳，假期累计接待…', '2023-05-04', '五一假期，纳入省文旅厅监测的40家景区运行平稳，假期累计接待游客80万人次。', [
		{ value: 800000, unit: '人次' }
	]],
	['near miss: the monitored count in a sentence of its own is a figure', '2023-05-04', '今年纳入省文旅厅监测的景区达40家。全市接待游客80万人次。', [
		{ value: 40, unit: '家' }, { value: 800000, unit: '人次' }
	]]
];

describe('round fifty-one: change columns named in a head, news days, peak days and non-figures', () => {
	readsAs(CASES);
});
