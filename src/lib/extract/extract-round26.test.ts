// Patterns the reader missed in round twenty-six's blind fixtures (387–400): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// 1. 去年 in a report that also speaks of 今年: last year's results, and the older level of a 由…到.
	['去年 opening a paragraph after one on 今年: its 全年 is last year too', '2016-03-27', '会上获悉,今年全市旅游工作稳步推进。\n去年,全市旅游业跨越发展。据统计,全年接待国内游客2901.14万人次,实现旅游收入281.02亿元。', [
		{ value: 29011400, period: '2015' }, { value: 28102000000, period: '2015' }
	]],
	['去年 opening a paragraph: its figures are last year\'s though 今年 was named before', '2007-02-16', '今年全省旅游工作会议召开。\n去年,全省旅游总收入达到979.6亿元,接待游客2.1亿人次。', [
		{ value: 97960000000, period: '2006' }, { value: 210000000, period: '2006' }
	]],
	['由去年的877元提高到913元: the older level is the base year\'s (the year before the sentence\'s period)', '2018-07-27', '上半年,全省接待游客3.6亿人次,人均旅游消费由去年的877元提高到913元。', [
		{ value: 360000000, period: '2018-H1' }, { value: 877, period: '2017' }, { value: 913, period: '2018-H1' }
	]],
	// 2. Levels still to come: 将 + a verb of reaching a level, and a figure named a goal after it.
	['今年我市将迎来游客3200万人次,实现旅游收入约345亿元: 将迎来 makes the sentence\'s levels goals', '2016-03-27', '会上获悉,今年我市将迎来游客3200万人次,实现旅游收入约345亿元。去年全市接待游客2901.14万人次。', [
		{ value: 32000000, period: '2016', role: 'target' }, { value: 34500000000, period: '2016', role: 'target', qualifier: '约' }, { value: 29011400, period: '2015', role: 'actual' }
	]],
	['今年全省将接待游客突破5000万人次: 将接待 is a goal too; 将近 is only "nearly"', '2019-02-20', '今年全省将接待游客5000万人次。去年全省接待游客将近4800万人次。', [
		{ value: 50000000, role: 'target' }, { value: 48000000, role: 'actual' }
	]],
	['去年订下的九百万人次国际旅客目标确定落空: a figure whose noun phrase ends in 目标 is a goal', '2025-02-17', '去年來台旅客則只有八五七萬四五四七人次;觀光署去年訂下的九百萬人次國際旅客目標確定落空。', [
		{ value: 8574547, role: 'actual' }, { value: 9000000, role: 'target' }
	]],
	// 3. Changes not attached to their figures.
	['a share\'s 同比 right after it (省内游客占60%,同比下降5%) is that share\'s change', '2018-07-27', '上半年,从客源结构看,省内游客占60%,同比下降5%;外省入鄂游客占35%,同比上升5%。', [
		{ value: 60, unit: '%', yoy_reported: -5 }, { value: 35, unit: '%', yoy_reported: 5 }
	]],
	['占比40%,同比下降2% too; a share of a named whole (占全市游客的60%) leaves its 同比 to the part\'s count', '2018-07-27', '上半年,过夜游客占比40%,同比下降2%;一日游游客占全市游客的60%,同比上升2%。', [
		{ value: 40, unit: '%', yoy_reported: -2 }, { value: 60, unit: '%', yoy_reported: null }
	]],
	['比前一年的七八五萬人次增加百分之九 in the next sentence: the base level is the year before, the change is the 同比 of the measure named before 比', '2025-02-17', '去年出國人次高達一八九四萬四四三六人次,來台旅客則只有八五七萬四五四七人次。\n統計顯示,去年來台旅客比前一年的七八五萬人次增加百分之九;國人出國人次比前年的一六八四萬人次增加百分之十二。', [
		{ value: 18944436, period: '2024', yoy_reported: 12 }, { value: 8574547, period: '2024', yoy_reported: 9 },
		{ value: 7850000, period: '2023', yoy_reported: null }, { value: 16840000, period: '2023', yoy_reported: null }
	]],
	['较2016年的1556万人次增长42.4% opening a clause after the figure: the same part of the base year, and the figure\'s 同比; 的 may be left out', '2017-06-01', '2017年1到4月份,全市接待外省游客2216万人次,较2016年的1556万人次增长42.4%。市民出游735万人次,较2016年568万人次增长29.4%。', [
		{ value: 22160000, period: '2017-YTD04', yoy_reported: 42.4 }, { value: 15560000, period: '2016-YTD04', yoy_reported: null },
		{ value: 7350000, period: '2017-YTD04', yoy_reported: 29.4 }, { value: 5680000, period: '2016-YTD04', yoy_reported: null }
	]],
	['較前年 is the year before last (a 同比 of last year\'s figure); 百分之廿九 is 29%', '2025-02-17', '去年國人出國最常去的國家中,日本六七三萬人次,較前年成長百分之十二;港澳二一九萬人次,成長百分之廿九。', [
		{ value: 6730000, period: '2024', yoy_reported: 12 }, { value: 2190000, period: '2024', yoy_reported: 29 }
	]],
	['甚至还比前年成长了2.4% (a report early in the year on last year) is last year\'s 同比', '2017-02-05', '据统计通报,去年来台旅客达1069万人次,创历史新高,甚至还比前年成长了2.4%。', [
		{ value: 10690000, period: '2016', yoy_reported: 2.4 }
	]],
	['较前年 in a report on this year is a growth over the year before last', '2016-07-20', '上半年全市接待游客500万人次,较前年同期增长20%。', [
		{ value: 5000000, period: '2016-H1', yoy_reported: null, change: { kind: 'base_growth', base: '2014', value: 20 } }
	]],
	// 4. Chinese numerals.
	['接近百分之九十 is 近 90% (not 近 100 and a unit 分之九十)', '2017-10-09', '全市宾馆平均入住率接近百分之九十。', [
		{ value: 90, unit: '%', qualifier: '近' }
	]],
	['一兆五二二億 (digits one per place after 兆) is 1兆0522亿', '2025-02-17', '去年出國旅客總花費高達一兆五二二億元。', [
		{ value: 1052200000000, unit: '元' }
	]],
	['五一 inside a number written digit by digit (三五一二億) is no holiday for the figures after it', '2025-02-17', '2024年觀光收入為三五一二億元,國人平均出國一趟花費五萬五千元。', [
		{ value: 351200000000, period: '2024' }, { value: 55000, unit: '元', period: '2024' }
	]],
	['比例高達七成 is a share of 70%; 填报率在九成以上 stays a bound', '2013-01-20', '其中港澳旅客自由行比例高達七成,重遊率63%;26个地区的填报率在九成以上。', [
		{ value: 70, unit: '%' }, { value: 63, unit: '%' }
	]],
	// 5. Periods.
	['春節前夕 (launches before the holiday) is the holiday\'s year; 截至1月22日15時…累計 in the holiday is its days so far, for the paragraph', '2023-01-23', '1月22日是農曆兔年大年初一。\n春節前夕,省文化和旅遊廳推出15條旅遊線路和千餘項文旅活動。據該廳統計,截至1月22日15時,全省累計接待遊客719.52萬人次;旅遊總收入40.13億元。', [
		{ value: 15, unit: '条', period: '2023' }, { value: 1000, unit: '项', period: '2023', qualifier: '余' },
		{ value: 7195200, period: '2023-01-21/2023-01-22' }, { value: 4013000000, period: '2023-01-21/2023-01-22' }
	]],
	['截至2月17日下午4时…累计 in a Spring Festival report: the holiday\'s days so far, the hour named with 下午', '2018-02-18', '春节假日第三天,各地游客众多。截至2月17日下午4时,全省累计接待游客2140万人次,同比增长9.7%。', [
		{ value: 21400000, period: '2018-02-15/2018-02-17', yoy_reported: 9.7 }
	]],
	['端午節前後 (days around the holiday) stays the holiday', '2023-06-25', '2023年端午假期,重慶在端午節前後推出超過200項特色文旅活動。', [
		{ value: 200, unit: '项', period: '2023-dragon-boat', qualifier: '超' }
	]],
	['a day right after the subject of its sentence (省文化館6月23日…2924人次) is that sentence\'s day; a day of publishing (文旅厅2月23日晚发布,) is not', '2023-06-24', '端午假期第二日,截至6月23日12時到館3043人次。省文化館6月23日線上線下共服務2924人次。\n湖南省文旅厅6月23日晚发布,全省端午假期累计接待游客584万人次。', [
		{ value: 3043, period: '2023-06-23/2023-06-23' }, { value: 2924, period: '2023-06-23/2023-06-23' }, { value: 5840000, period: '2023-dragon-boat' }
	]],
	['自8月8日活動啟動至今 is the span from the launch to the day of the news (the dateline\'s 11月18日電)', '2020-11-19', '新華社武漢11月18日電 記者18日了解到,自8月8日活動啟動至今,參加活動的390家A級旅遊景區累計接待遊客5338.02萬人次,實現景區旅遊綜合收入51.19億元。', [
		{ value: 53380200, period: '2020-08-08/2020-11-18' }, { value: 5119000000, period: '2020-08-08/2020-11-18' }
	]],
	['从5月1日活动开展以来 with no dateline runs to the report date', '2021-06-10', '从5月1日活动开展以来,全市发放消费券1.2亿元。', [
		{ value: 120000000, period: '2021-05-01/2021-06-10' }
	]],
	['8月份以来 runs from the first of the month to the day of the news (8月8日…了解到)', '2013-08-09', '8月8日从州旅游局了解到,1-7月全州接待游客1000万人次。8月份以来,凤凰古城日均接待游客5000人次以上。', [
		{ value: 10000000, period: '2013-YTD07' }, { value: 5000, period: '2013-08-01/2013-08-08', qualifier: '超' }
	]],
	['以觀光署前年的調查推算: the year before last of the survey is the period of the figure taken from it (its clause only)', '2025-02-17', '去年來台旅客八五七萬人次。\n以觀光署前年的調查推算,來台旅客平均每人每趟花費約四萬元,去年觀光收入為三五一二億元。', [
		{ value: 8570000, period: '2024' }, { value: 40000, period: '2023', qualifier: '约' }, { value: 351200000000, period: '2024' }
	]],
	// 6. Bounds, gaps and counts that name a list.
	['有3個月單月…突破10萬人次 is a bound months passed (no figure); 突破100萬人次 for the year stays one', '2013-01-20', '但101年有3個月單月來台人數突破10萬人次,全年來台旅客突破100萬人次。', [
		{ value: 1000000, qualifier: '超' }
	]],
	['超过30%承载量 is a bound on crowding, not a share', '2020-06-28', '假期内全省没有接到A级景区超过30%承载量的报告,全市接待游客100万人次。', [
		{ value: 1000000 }
	]],
	['every item of a list of gaps (逆差約一千萬人次、約七千億元) is a gap', '2025-02-17', '觀光逆差約一千萬人次、約七千億元;據此推算觀光逆差為一〇三六萬人次、七千多億元。', []],
	['a count of places whose measure meets a bound (299家景區的接待量達到…水平) is a figure; 入选全国10个…试点单位 names a list', '2020-11-19', '其中,299家景區的接待量達到或超過去年同期水平,佔比76.67%。淮安区入选全国10个红色旅游融合发展试点单位,宜兴等3个项目入选。', [
		{ value: 299, unit: '家' }, { value: 76.67, unit: '%' }, { value: 3, unit: '个' }
	]],
];

describe('round twenty-six patterns', () => {
	readsAs(CASES);
});
