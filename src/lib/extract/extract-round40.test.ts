// Patterns the reader missed in round forty's blind fixtures (583–596): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// A. A news dateline (…M月D日电 · …M月D日讯) or the day data were announced (19日通报) is never the period of the figures
	// (591, 588); a box-drawing line between numbers (1─5月份) is the dash of a range.
	['中新網太原6月19日電 …19日通報，1─5月份: January to May', '2012-06-20', '山西景區\n2012年6月20日\n中新網太原6月19日電 山西省旅遊局19日通報，1─5月份，全省景區累計接待遊客1528.54萬人次，同比增長30.54%。', [
		{ value: 15285400, period: '2012-YTD05', yoy_reported: 30.54 }
	]],
	['大公網10月8日訊 …黃金周: the holiday of the title, not the dateline', '2018-10-08', '國慶黃金周旅遊火爆\n2018年10月8日\n大公網10月8日訊 剛剛過去的黃金周，全區共接待遊客2743.98萬人次，同比增長23.5%。', [
		{ value: 27439800, period: '2018-national-day' }
	]],
	['本报讯 in my words: 3月2日讯 with a month range after it', '2024-03-03', '文旅快报\n2024年3月3日\n本报3月2日讯 1─2月，全市接待游客320万人次。', [{ value: 3200000, period: '2024-YTD02' }]],
	['near miss: 10月3日 opening the account is still the day', '2016-10-03', '假期第三天\n2016年10月3日\n新华社北京10月3日电 据测算，10月3日全国旅游接待人数1.08亿人次。', [{ value: 108000000, period: '2016-10-03/2016-10-03' }]],
	['near miss: 5月1日电影院… is no dateline', '2024-05-03', '五一观影\n2024年5月3日\n5月1日电影院共接待观众3.2万人次。', [{ value: 32000, period: '2024-05-01/2024-05-01' }]],
	// B. A holiday's first day named as what a day is (9月30日既是中秋節，也是…長假的頭一天) is that day, for the whole account
	// after it (583, as fixture 211's 首日); 节前 said of an event after it dates the event only.
	['9月30日既是中秋節，也是今年“十一”長假的頭一天…當天', '2012-10-01', '長假首日\n2012年10月1日\n東北網10月1日訊 9月30日既是中秋節，也是今年“十一”長假的頭一天。當天全省天氣晴好。\n太陽島風景區接待遊客4000人次，門票收入10萬元。\n省旅遊局節前推介的線路成了首選。北極村接待遊客1500人次。', [
		{ value: 4000, period: '2012-09-30/2012-09-30' }, { value: 100000, period: '2012-09-30/2012-09-30' }, { value: 1500, period: '2012-09-30/2012-09-30' }
	]],
	['my words: 10月1日是“十一”假期的第一天 · 黄金周的头一天', '2024-10-02', '国庆首日\n2024年10月2日\n10月1日是“十一”黄金周的头一天，全市接待游客52万人次。', [{ value: 520000, period: '2024-10-01/2024-10-01' }]],
	['near miss: 十一 with no word for days off stays a number', '2024-10-02', '全市共有十一家景区，接待游客52万人次。', [{ value: 11, period: '2024' }, { value: 520000, period: '2024' }]],
	['near miss: 国庆假期 named alone keeps the holiday', '2024-10-08', '国庆假期\n2024年10月8日\n国庆假期，全市接待游客152万人次。', [{ value: 1520000, period: '2024-national-day' }]],
	// C. A day with its 的 right before a figure (4月18日的59萬人次) is that figure's day, for its clause only; a holiday named again
	// in a paragraph that gave its own days for it (9月30日至10月7日, from the day before its first day) is those days, not the
	// days an earlier paragraph gave (588).
	['僅次於今年「壯族三月三」4月18日的59萬人次 · 今年國慶…累計發送旅客311萬人次', '2018-10-08', '國慶黃金周\n2018年10月8日\n10月1-5日，口岸日均辦證4900多人。\n據統計，9月30日至10月7日，其中10月1日國慶當天發送旅客55.76萬人次，僅次於今年「壯族三月三」4月18日的59萬人次，為歷史次高。今年國慶客流仍以短途為主，累計發送旅客311萬人次。', [
		{ value: 4900, period: '2018-10-01/2018-10-05' }, { value: 557600, period: '2018-10-01/2018-10-01' }, { value: 590000, period: '2018-04-18/2018-04-18' }, { value: 3110000, period: '2018-09-30/2018-10-07' }
	]],
	['my words: 高于5月1日的8.2万人次 · the clause after goes back', '2024-10-08', '国庆假期\n2024年10月8日\n10月3日，景区接待游客9.6万人次，高于5月1日的8.2万人次，门票收入300万元。', [
		{ value: 96000, period: '2024-10-03/2024-10-03' }, { value: 82000, period: '2024-05-01/2024-05-01' }, { value: 3000000, period: '2024-10-03/2024-10-03' }
	]],
	['near miss: 5月1日的活动 (no figure after 的) is no day of the figure', '2024-10-08', '国庆假期\n2024年10月8日\n国庆假期，延续5月1日的活动，景区接待游客9.6万人次。', [{ value: 96000, period: '2024-national-day' }]],
	// C. 目前 carries to every clause of its list: a period named after it in a clause stating no figure (预计2020年5月完工, 入选2020年
	// 全国…项目) dates that clause only; 共4层 counts floors and 平米 is a unit (586).
	['目前，…3.1公里，預計2020年5月…；…共4層，建築面積3萬平米…；…入選2020年全國…，用地288畝', '2020-10-20', '目前，金沙灘已鋪設完成3.1公里，預計2020年5月全面對外開放；鳳凰酒店共4層，建築面積3萬平米，主體已完工，預計2020年5月完工；小鎮入選2020年全國優選體育產業項目，用地288畝。', [
		{ value: 3.1, period: '2020-10' }, { value: 4, unit: '层', period: '2020-10' }, { value: 30000, unit: '平米', period: '2020-10' }, { value: 288, unit: '亩', period: '2020-10' }
	]],
	['my words: 目前…计划2025年6月开业;…已建成客房120间', '2024-11-10', '目前，度假酒店主体已封顶，计划2025年6月开业；温泉区地上3层，已建成客房120间。', [
		{ value: 3, unit: '层', period: '2024-11' }, { value: 120, unit: '间', period: '2024-11' }
	]],
	['near miss: a period in a clause with its own figure still dates it', '2024-11-10', '目前，景区已接待游客50万人次，2023年接待游客42万人次。', [
		{ value: 500000, period: '2024-11' }, { value: 420000, period: '2023' }
	]],
	['near miss: 位于3层 names a floor', '2024-11-10', '目前，位于3层的书店共有藏书2万册。', [{ value: 20000, unit: '册' }]],
	// H. In N家…超過X, N is the figure and X a bound; a count of places whose measure 出現負增長 is a figure (591).
	['8家景區接待量超過50萬人次 · 這5家景區接待人次出現負增長', '2012-06-20', '1─5月份，中國煤炭博物館、東湖醋園和天脊山這5家景區接待人次出現負增長。五臺山、綿山和運城鹽湖8家景區接待量超過50萬人次。', [
		{ value: 5, unit: '家', period: '2012-YTD05' }, { value: 8, unit: '家', period: '2012-YTD05' }
	]],
	['my words: 有12家酒店入住率超过90%', '2024-10-08', '国庆假期，全市有12家酒店营业收入超过500万元，3家民宿客房收入出现下滑。', [
		{ value: 12, unit: '家' }, { value: 3, unit: '家' }
	]],
	['near miss: 16个州市…保持两位数以上增长 names subjects (fixture 462)', '2023-01-28', '春节假期，16个州市游客接待量均保持两位数以上增长。', []],
	['near miss: 这3个省份…都超过了500亿: the count restating places named is no figure', '2024-10-08', '山东、四川和河南，这3个省份旅游收入都超过了500亿元。', [{ value: 50000000000, qualifier: '超' }]],
	// J. A figure between 年度 and the 任务 it sizes is the year's task, a target, even after 完成 (587, as 207 and 38).
	['圆满完成年度141场送戏进万村任务 · 共完成…163场次', '2025-01-20', '2024年，圆满完成年度141场送戏进万村任务。2024年，全区共完成送戏进万村演出163场次，完成年度占比115.6%。', [
		{ value: 141, unit: '场', role: 'target' }, { value: 163, role: 'actual' }, { value: 115.6, role: 'actual' }
	]],
	['my words: 全年60场公益电影放映任务已完成', '2024-12-28', '今年，全年60场公益电影放映任务已全部完成，实际放映72场。', [
		{ value: 60, unit: '场', role: 'target' }, { value: 72, role: 'actual' }
	]],
	['near miss: 完成送戏141场 (no task named) is what was done', '2025-01-20', '2024年，全区完成送戏进万村演出141场。', [{ value: 141, role: 'actual' }]],
	// D. A year written without 年 right before a ranked list's name (2021中國旅遊百強縣市) is the list's year; the provinces a
	// list is spread over (分布在19個省（自治區、直轄市）) are counted, unlike all the provinces that did something (590).
	['2021中國旅遊百強縣市分布在19個省（自治區、直轄市），其中浙江30個', '2021-11-02', '2020年百強縣市平均實現旅遊總收入156.16億元。\n2021中國旅遊百強縣市分布在19個省（自治區、直轄市），其中浙江30個、四川10個。', [
		{ value: 15616000000, period: '2020' }, { value: 19, unit: '个', period: '2021' }, { value: 30, period: '2021' }, { value: 10, period: '2021' }
	]],
	['my words: 2023全国县域旅游50强 in a report on 2022 figures', '2023-08-01', '2022年全市接待游客320万人次。\n2023全国县域旅游50强分布在12个省份，其中山东8个。', [
		{ value: 3200000, period: '2022' }, { value: 12, period: '2023' }, { value: 8, period: '2023' }
	]],
	['near miss: 全国31个省（自治区、直辖市）who surveyed stay no figure', '2023-08-01', '全国31個省（自治區、直轄市）共接待遊客4.2億人次。', [{ value: 420000000 }]],
	['near miss: a four-digit count before 家 is no year', '2023-08-01', '全市共有2021家民宿，接待游客50万人次。', [{ value: 2021, unit: '家', period: '2023' }, { value: 500000 }]],
	// D. 截至去年12月30日 in a report of January: 去年 against the report's date, and 截至 a day the span from that year's start
	// (592, as fixtures 51, 330, 385).
	['截至去年12月30日…累计注册用户10.07万人…70余家', '2025-01-03', '冰雪游\n2025年1月3日\n截至去年12月30日，消费券活动累计注册用户10.07万人，惠及滑雪场、景区等70余家文旅企业。', [
		{ value: 100700, period: '2024-01-01/2024-12-30' }, { value: 70, qualifier: '余', period: '2024-01-01/2024-12-30' }
	]],
	['my words: 截止今年5月20日 in a June report', '2024-06-15', '截止今年5月20日，全市累计接待游客860万人次。', [{ value: 8600000, period: '2024-01-01/2024-05-20' }]],
	['near miss: 运营至去年12月31日 (no 截至) is no cut-off', '2025-01-03', '冰雪游\n2025年1月3日\n新雪季开始运营至去年12月31日，滑雪场接待游客12万人次。', [{ value: 120000, period: '2025' }]],
	// E. A lead's 同比 of a measure it gives no figure of never goes to an item of a later list (596); the whole's figure
	// stated later still takes it (fixture 335).
	['接待国内游客人次同比增长6.29%。\n…排名前三的景区是：共和国摇篮景区123.73万人次、…', '2025-02-07', '春节假期，全省外省游客占比47.81%，接待国内游客人次同比增长6.29%。\n闸机客流排名前三的景区是：共和国摇篮景区123.73万人次、庐山风景名胜区123.32万人次。', [
		{ value: 47.81, yoy_reported: null }, { value: 1237300, yoy_reported: null }, { value: 1233200, yoy_reported: null }
	]],
	['my words: a ranking after 分别为: takes no 同比 of the lead', '2025-02-07', '假期全市外地游客占比40%，旅游收入同比增长9%。\n收入前两位的景区分别为：甲景区1200万元、乙景区900万元。', [
		{ value: 40 }, { value: 12000000, yoy_reported: null }, { value: 9000000, yoy_reported: null }
	]],
	['near miss: the whole stated later keeps the lead\'s 同比', '2018-01-04', '元旦小长假，全县共接待国内游客13810人次，与去年同期相比，游客总量增长28%，旅游收入增长53%。\n据统计，全县共接待国内游客13810人次，实现旅游收入847万元。', [
		{ value: 13810, yoy_reported: 28 }, { value: 8470000, yoy_reported: 53 }
	]],
	// F. (同比)(去年)(累计)增速(为)x% right after a figure is its 同比 (594).
	['同比去年累计增速30.5% · 累计增速40.3% · 同比增速为29.2%', '2021-09-20', '2021年1-8月，全省旅游总人数为2931万人次，同比去年累计增速30.5%；旅游总收入为258亿元，累计增速40.3%；民航累计完成约505万人，同比增速为29.2%。', [
		{ value: 29310000, period: '2021-YTD08', yoy_reported: 30.5 }, { value: 25800000000, yoy_reported: 40.3 }, { value: 5050000, qualifier: '约', yoy_reported: 29.2 }
	]],
	['my words: 上年累计增速 · 同比增速达到', '2024-07-10', '上半年，全市接待游客860万人次，同比上年累计增速12.4%；旅游收入95亿元，同比增速达到15%。', [
		{ value: 8600000, yoy_reported: 12.4 }, { value: 9500000000, yoy_reported: 15 }
	]],
	['near miss: 增速为12% of a county ranked is no figure nor a 同比 of one', '2024-07-20', '上半年各县游客增速中，东山县增速为12%，排名第一。', []],
	// G. 恢復至疫情前的x% keeps 2019 as its base, also in a report on 2020, where 2019 is last year (590; fixture 120).
	['恢復至疫情前的76.5% in 2020: base 2019', '2021-11-02', '2020年百強縣市平均實現旅遊總收入156.16億元，恢復至疫情前的76.5%。', [
		{ value: 15616000000, period: '2020', change: { kind: 'recovery', base: '2019', value: 76.5 } }
	]],
	['my words: 恢复到疫前的八成 style, 恢复至疫情前的82%', '2021-02-01', '2020年全县接待游客120万人次，恢复至疫情前的82%。', [
		{ value: 1200000, change: { kind: 'recovery', base: '2019', value: 82 } }
	]],
	['near miss: 恢复至2019年同期的82% in 2020 is a recovery to last year', '2021-02-01', '2020年全县接待游客120万人次，恢复至2019年同期的82%。', [
		{ value: 1200000, change: { kind: 'recovery', base: null, value: 82 } }
	]],
];

describe('round forty: patterns of fixtures 583–596', () => {
	readsAs(CASES);
});
