// Patterns the reader missed in round thirty-eight's blind fixtures (555–568): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// D. Changes phrased otherwise: an adverb after 按年 (轻微, 微), 录得x%的升幅/跌幅, 增幅收窄至/扩大至x%, and 跌幅为x% after a
	// figure are its 同比 (558, 565, as 84 reads 增幅为).
	['按年輕微增加0.7% · 按年微增1.2%', '2013-05-23', '今年4月入境旅客共2,398,340人次，按年輕微增加0.7%。酒店住客有80萬人次，按年微增1.2%。', [
		{ value: 2398340, yoy_reported: 0.7 }, { value: 800000, yoy_reported: 1.2 }
	]],
	['俄羅斯（2,726人次）旅客則錄得21.1%的升幅 · 錄得3.5%的跌幅', '2013-05-23', '4月俄羅斯（2,726人次）旅客則錄得21.1%的升幅；日本（5,400人次）旅客錄得3.5%的跌幅。', [
		{ value: 2726, yoy_reported: 21.1 }, { value: 5400, yoy_reported: -3.5 }
	]],
	['錄得21.1%的入住率: a level recorded stays a level', '2013-05-23', '4月酒店錄得81.1%的入住率。', [{ value: 81.1, unit: '%' }]],
	['按年增幅收窄至1.6% · 降幅收窄至2%', '2013-05-23', '2013年首四個月入境旅客總數為9,474,782人次，按年增幅收窄至1.6%。同期酒店住客為300萬人次，按年降幅收窄至2%。', [
		{ value: 9474782, period: '2013-YTD04', yoy_reported: 1.6 }, { value: 3000000, yoy_reported: -2 }
	]],
	['以個人遊方式來澳的有774,661人次，跌幅為17.6%', '2015-12-29', '11月中國內地旅客有1,726,859人次，其中以個人遊方式來澳的有774,661人次，跌幅為17.6%。', [
		{ value: 1726859, yoy_reported: null }, { value: 774661, yoy_reported: -17.6 }
	]],
	// E. A list going on from a growth rate (其后分别是 X a%, …) is of growth rates; a growth rate set as a goal (增幅达到…10%的
	// 目标) is no level. F. The count of those meeting a goal (有13个市县的…达到…目标) is an actual figure (562, as 497).
	['白沙同比增幅56%…其後分別是屯昌51.9%、定安33.8%和保亭14.3%: changes, no levels', '2013-08-20', '今年1—7月，其中白沙同比增幅56%，居全省之首，其後分別是屯昌51.9%、定安33.8%和保亭14.3%。', []],
	['增速为12%,其次为…、…: changes in other words', '2024-07-20', '上半年各县游客增速中，东山县增速为12%，排名第一，其次为西湖区9.5%、南岭县8.1%。', []],
	['出租率为82%,其次为…: a list going on from a level stays levels', '2024-07-20', '上半年东山宾馆出租率为82%，其次为西湖饭店75.5%。', [{ value: 82, unit: '%' }, { value: 75.5, unit: '%' }]],
	['18個市縣中有13個市縣的…同比增幅達到或超過全省10%的目標: the count, actual', '2013-08-20', '今年1—7月，全省18個市縣中有13個市縣的旅遊接待同比增幅達到或超過全省10%的目標。', [
		{ value: 13, unit: '个', period: '2013-YTD07', role: 'actual' }
	]],
	['有9个景区的收入增速超过全市8%的目标: the count, actual', '2024-07-20', '上半年，有9个景区的门票收入增速超过全市8%的目标。', [{ value: 9, unit: '个', role: 'actual' }]],
	['游客量达到600万人次的目标: still a target', '2024-07-20', '力争全年游客量达到600万人次的目标。', [{ value: 6000000, role: 'target' }]],
	// G. A scaled count said to be more than so many, ending its clause (600多万 · 50万以上), is a figure with no unit (563, as 106).
	['增加到600多万，…减贫人口50万以上: no unit, 余 and 超', '2013-03-01', '到2015年，广西力争旅游直接从业人员和间接就业人员增加到600多万，旅游带动减贫人口50万以上。', [
		{ value: 6000000, unit: null, period: '2015', qualifier: '余', role: 'target' }, { value: 500000, unit: null, period: '2015', qualifier: '超', role: 'target' }
	]],
	['参与志愿服务的市民达3万余: 余 too', '2024-03-01', '去年，全市参与文化志愿服务的市民达3万余。', [{ value: 30000, unit: null, qualifier: '余' }]],
	['比去年增加50万以上 · 8000多: a difference, a number with no scale — no figure', '2024-03-01', '去年全市从业人员比上年增加50万以上，新增岗位8000多。', []],
	// I. A yearly step of growth (每年以N的幅度增加) and a little more than another figure (稍多N) are differences, no levels (568, 559).
	['來台觀光客每年都以百萬人次的幅度增加: no figure', '2014-03-12', '近5年來，來台觀光客每年都以百萬人次的幅度增加。', []],
	['游客量每年以20万人次的速度递增: no figure', '2024-03-01', '近年来全县游客量每年以20万人次的速度递增。', []],
	['出入境旅客大致相约，出境稍多80308人次: no figure', '2024-12-30', '今年出境旅客1.04億人次，出入境旅客總計大致相約，出境稍多80308人次。', [{ value: 104000000 }]],
	['以80万人次的成绩位居第一: a level stays', '2024-03-01', '去年古城景区以80万人次的接待量位居全市第一。', [{ value: 800000, unit: '人次' }]],
	// H. 将 with adverbs before a verb of carrying out (将继续深入实施…) sets the sentence's figures as its plan; N件惠民实事 right
	// after a year names a programme (566).
	['2014年，云南将继续深入实施文化惠民工程，建设60个…；…送戏下乡1万场: targets', '2014-02-19', '2014年，云南将继续深入实施文化惠民工程，建设60个文化惠民示范村；开展文化惠民公益演出，送戏下乡1万场。', [
		{ value: 60, period: '2014', role: 'target' }, { value: 10000, period: '2014', role: 'target' }
	]],
	['今年全县将进一步推进厕所革命，新建旅游厕所30座: a target', '2024-03-01', '今年全县将进一步推进厕所革命，新建旅游厕所30座。', [{ value: 30, role: 'target' }]],
	['去年全县继续深入实施…，建成…: what was done stays actual', '2024-03-01', '去年全县继续深入实施文化惠民工程，建成示范村51个。', [{ value: 51, period: '2023', role: 'actual' }]],
	['2013年10件惠民实事落实情况暨2014年10件惠民实事: names, no figures', '2014-02-19', '2月19日，省政府2013年10件惠民實事落實情況暨2014年10件惠民實事安排部署新聞發佈會召開。', []],
	['全年办成10件民生实事: a count of works done stays', '2024-03-01', '去年全市办成10件民生实事。', [{ value: 10, unit: '件' }]],
	// A. In 由/从 A 提高/成长 到 B, B takes the year after 到 (去年 too); pairs after it with no years take both of its years (555, 568).
	['由2011年的18.9億元提高到2016年的28.4億元;財政收入由2.3億元提高到4.3億元: the years lent', '2017-01-15', '全縣地區生產總值由2011年的18.9億元提高到2016年的28.4億元，年均增長8.4%；財政收入由2.3億元提高到4.3億元。\n五年間，全縣遊客接待量由767.1萬人次提高到1441萬人次。', [
		{ value: 1890000000, period: '2011' }, { value: 2840000000, period: '2016' }, { value: 230000000, period: '2011' },
		{ value: 430000000, period: '2016' }, { value: 7671000, period: '2011' }, { value: 14410000, period: '2016' }
	]],
	['从2018年的…增加到2023年的…,游客由…增加到…: the years lent in other words', '2024-03-01', '全市旅游收入从2018年的120亿元增加到2023年的460亿元，接待游客由1800万人次增加到6900万人次。', [
		{ value: 12000000000, period: '2018' }, { value: 46000000000, period: '2023' }, { value: 18000000, period: '2018' }, { value: 69000000, period: '2023' }
	]],
	['a later year stated between: no years lent', '2024-03-01', '全市旅游收入从2018年的120亿元增加到2023年的460亿元。2022年接待游客由1800万人次增加到6900万人次。', [
		{ value: 12000000000, period: '2018' }, { value: 46000000000, period: '2023' }, { value: 18000000, period: '2022' }, { value: 69000000, period: '2022' }
	]],
	['從97年的19億元成長到去年的130億元: 去年 after 到', '2014-03-12', '觀光局統計，國際醫療產值從97年的19億元成長到去年的130億元。', [
		{ value: 1900000000, period: '2008' }, { value: 13000000000, period: '2013' }
	]],
	// C. 当天 in a bulletin whose report day was named in an earlier paragraph is that day; N日至M日 without a month, after a short subject, is in
	// the month of the span or holiday before (else the report's); a place's section label (秦皇岛:) opens a paragraph of its own (564).
	['截至當天18時 in a bulletin dated 5月4日: that day', '2007-05-04', '五一旅遊信息通報\n2007年5月4日\n5月4日晚7時，全國假日辦發佈第4號旅遊信息通報。\n通報說，截至當天18時，全國119個直報景區點共接待遊客382.52萬人次，比去年同期增長8.17%。\n5月3日18時至5月4日18時，全國假日辦共接到投訴電話49個。當天接到1起安全事故報告。', [
		{ value: 3825200, period: '2007-05-04/2007-05-04', yoy_reported: 8.17 }, { value: 49, period: '2007-05-03/2007-05-04' }, { value: 1, unit: '起', period: '2007-05-04/2007-05-04' }
	]],
	['当天 after the report day named in the paragraph before: that day', '2024-10-03', '10月3日，市假日办发布假日信息。\n当天全市接待游客50万人次。', [{ value: 500000, period: '2024-10-03/2024-10-03' }]],
	['当天 after another day named a paragraph before: not the report day', '2024-10-05', '10月3日，市假日办发布假日信息。\n当天全市接待游客50万人次。', [{ value: 500000, period: '2024' }]],
	['薊縣1日至4日 · 秦皇島：當天: days of the report month, sections of their own', '2007-05-04', '5月4日，假日辦發佈通報。天津：薊縣1日至4日共接待中外遊客63.7萬人次；其中全縣農家院共接待6.66萬人天。秦皇島：當天全市各景區共接待遊客18.34萬人次；門票收入395.29萬元。', [
		{ value: 637000, period: '2007-05-01/2007-05-04' }, { value: 66600, period: '2007-05-01/2007-05-04' },
		{ value: 183400, period: '2007-05-04/2007-05-04' }, { value: 3952900, period: '2007-05-04/2007-05-04' }
	]],
	['全县3日至5日: the report month', '2024-10-06', '国庆期间，全县3日至5日接待游客12万人次。', [{ value: 120000, period: '2024-10-03/2024-10-05' }]],
	['五一假期，全县1日至7日: the holiday\'s month', '2024-05-05', '五一假期，全县1日至7日共接待游客63.7万人次。', [{ value: 637000, period: '2024-05-01/2024-05-07' }]],
	['景区在5日至9日举办灯会: days of an event, no period', '2024-06-15', '上半年，景区在5日至9日举办灯会，接待游客5万人次。', [{ value: 50000, period: '2024-H1' }]],
	// B. The year a record is counted from (N年有纪录以来新高 · N年后新高) is no period; 由年初至M月D日止 is the year to that day;
	// 由去年同期的A升至B gives A the same span a year earlier; a month ranked (以N月最多 · 其次为N月的) names its figure,
	// and months given 分别 take the figures in order, for their sentence only (559).
	['同創2019年有紀錄以來新高: no period', '2024-12-30', '由年初至12月29日止，香港居民出境按年累計增加44.18%至1.04億人次，同創2019年有紀錄以來新高。', [
		{ value: 104000000, period: '2024-01-01/2024-12-29', yoy_reported: 44.18 }
	]],
	['创2016年以来新高 · 为2018年后新高: no period either', '2024-10-08', '今年上半年，全市接待游客1200万人次，创2016年以来新高；旅游收入150亿元，为2018年后新高。', [
		{ value: 12000000, period: '2024-H1' }, { value: 15000000000, period: '2024-H1' }
	]],
	['2019年以来,全市… keeps its span', '2024-06-15', '2019年以来，全市新建旅游厕所80座。', [{ value: 80, period: '2019-01-01/2024-06-15' }]],
	['从年初至11月30日: from January 1', '2024-12-05', '从年初至11月30日，全市接待游客3200万人次。', [{ value: 32000000, period: '2024-01-01/2024-11-30' }]],
	['佔比由去年同期的67.8%升至70.18%: the same span a year earlier', '2024-12-30', '由年初至12月29日止，在入境旅客當中，佔比由去年同期的67.8%升至70.18%；內地訪客比率由25.26%降至22.8%。', [
		{ value: 67.8, period: '2023-01-01/2023-12-29' }, { value: 70.18, period: '2024-01-01/2024-12-29' },
		{ value: 25.26, period: '2023-01-01/2023-12-29' }, { value: 22.8, period: '2024-01-01/2024-12-29' }
	]],
	['由上年同期的41%提高到45% (上半年): last year\'s first half', '2024-07-20', '上半年，过夜游客占比由上年同期的41%提高到45%。', [
		{ value: 41, period: '2023-H1' }, { value: 45, period: '2024-H1' }
	]],
	['由去年的5%提高到15%: still the year (113)', '2024-07-20', '上半年，网络订票占比由去年的5%提高到15%。', [
		{ value: 5, period: '2023' }, { value: 15, period: '2024-H1' }
	]],
	['以8月份最多…其次為2月份的…7月及10月則分別有: each its month', '2024-12-30', '按月份計，訪港內地客以8月份最多，達365.80萬人次，其次為2月份的324.48萬人次，7月及10月則分別有313.91萬人次及313.68萬人次。其他訪客以12月最多，達107.41萬人次。', [
		{ value: 3658000, period: '2024-08' }, { value: 3244800, period: '2024-02' }, { value: 3139100, period: '2024-07' },
		{ value: 3136800, period: '2024-10' }, { value: 1074100, period: '2024-12' }
	]],
	['以3月最高…其次是5月的…: a ranking in other words', '2024-07-20', '上半年各月中，以3月接待量最高。全市游客以5月最多，为210万人次，其次是4月的180万人次。', [
		{ value: 2100000, period: '2024-05' }, { value: 1800000, period: '2024-04' }
	]],
	['3月和4月分别接待…: months for their own sentence only', '2024-07-20', '上半年，3月和4月分别接待游客90万人次和95万人次。全市旅游收入80亿元。', [
		{ value: 900000, period: '2024-03' }, { value: 950000, period: '2024-04' }, { value: 8000000000, period: '2024-H1' }
	]],
	['其次为 a place: no month', '2024-07-20', '上半年，接待游客以城区最多，为120万人次，其次为南山的80万人次。', [
		{ value: 1200000, period: '2024-H1' }, { value: 800000, period: '2024-H1' }
	]]
];

describe('round thirty-eight: what the blind fixtures 555–568 taught', () => readsAs(CASES));
