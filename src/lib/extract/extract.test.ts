// The nasty patterns of issue 14, one row each: what the reader must make of them.
import { describe, expect, it } from 'vitest';
import type { Candidate } from './index';
import { foldForReading } from './fold';
import { read } from '../../../tests/helpers/extract-catalog';

const CASES: [string, string, Partial<Candidate>[]][] = [
	['scaled 人次 with 同比', '一季度全市接待境内外游客149.71万人次,同比增长7.2%', [{ value: 1497100, unit: '人次', period: '2024-Q1', yoy_reported: 7.2, indicator: 'tourist-arrivals' }]],
	['亿元 revenue', '实现旅游总收入1289.21亿元', [{ value: 128921000000, unit: '元', indicator: 'tourism-revenue' }]],
	['亿人次', '全市接待游客1.59亿人次', [{ value: 159000000, unit: '人次' }]],
	['万元', '实现旅游收入41840万元', [{ value: 418400000, unit: '元' }]],
	['约 and 美元', '入境旅游消费约1750.2万美元', [{ value: 17502000, unit: '美元', qualifier: '约', indicator: null }]],
	['超过', '共接待游客超过7万人次', [{ value: 70000, qualifier: '超' }]],
	['acts joined after a verb of doing (完成新建、改建厕所超过5万座) are what was done, not places each past a bound', '全国共完成新建、改建厕所超过5万座', [{ value: 50000, unit: '座', qualifier: '超' }]],
	['近百万 borrows 人次 from the label', '春节全市旅游接待人次近百万', [{ value: 1000000, unit: '人次', qualifier: '近', period: '2024-spring-festival' }]],
	['席 counts seats on a list (占34席, 独占7席)', '浙江入选最多,占34席,前十名中独占7席', [{ value: 34, unit: '席' }, { value: 7, unit: '席' }]],
	['余', '举办活动200余场', [{ value: 200, unit: '场', qualifier: '余' }]],
	['分别 … 和', '全市接待游客1.59亿人次,旅游总收入1289.21亿元,同比分别增长14.91%和29.12%', [{ yoy_reported: 14.91 }, { yoy_reported: 29.12 }]],
	['分别较上年同期', '接待游客41.3万人次,实现旅游收入41840万元,分别较上年同期增长23%和32.5%', [{ yoy_reported: 23 }, { yoy_reported: 32.5 }]],
	['下降 is negative', '接待游客10万人次,同比下降4.6%', [{ yoy_reported: -4.6 }]],
	['a stock against last year\'s end (比上年末增长7.8%) is its 同比; 比上年末增加88个 is a difference', '2022年末全国共有公共图书馆3303个,比上年末增加88个;总藏量135959万册,比上年末增长7.8%', [{ value: 3303, yoy_reported: null }, { value: 1359590000, unit: '册', yoy_reported: 7.8 }]],
	['减少 is negative', '接待游客10万人次,同比减少2.1%', [{ yoy_reported: -2.1 }]],
	['percentage points kept apart', '平均客房出租率53.0%,同比提高0.7个百分点', [{ value: 53, unit: '%', yoy_reported: null, yoy_points: 0.7 }]],
	['比2019年同期', '接待游客100万人次,比2019年同期增长27.6%', [{ yoy_reported: null, change: { kind: 'base_growth', base: '2019', value: 27.6 } }]],
	['恢复到2019年同期的81%', '旅游收入38.6亿元,恢复到2019年同期的81%', [{ yoy_reported: null, change: { kind: 'recovery', base: '2019', value: 81 } }]],
	['是去年同期的5.38倍 is never 同比', '接待游客100万人次,是去年同期的5.38倍', [{ yoy_reported: null, change: { kind: 'multiple', base: null, value: 5.38 } }]],
	['Chinese numerals with 点', '接待游客一千五百二十八点一七万人次', [{ value: 15281700, unit: '人次' }]],
	['百分之 …', '接待游客100万人次,同比增长百分之九十五点二九', [{ yoy_reported: 95.29 }]],
	['二〇二三年 as a period', '二〇二三年全市接待游客100万人次', [{ period: '2023' }]],
	['traditional characters', '接待遊客2087.22萬人次,同比增長12.38%,旅遊總收入65.04億元', [{ value: 20872200, yoy_reported: 12.38, indicator: 'tourist-arrivals' }, { value: 6504000000, indicator: 'tourism-revenue' }]],
	['今年上半年', '今年上半年,接待游客100万人次', [{ period: '2024-H1' }]],
	['1至6月 is the first half too', '1至6月,接待游客100万人次', [{ period: '2024-H1' }]],
	['2023年1-2月', '2023年1-2月,接待游客100万人次', [{ period: '2023-YTD02' }]],
	['前三季度', '前三季度,接待游客100万人次', [{ period: '2024-YTD09' }]],
	['截至5月底', '截至5月底,接待游客100万人次', [{ period: '2024-YTD05' }]],
	['目前: the report month for a stock', '目前粉丝数超2.5万人', [{ period: '2024-06', value: 25000, qualifier: '超' }]],
	['春节7天长假', '春节7天长假,全市接待游客41.3万人次', [{ period: '2024-spring-festival', value: 413000 }]],
	['国庆长假期间', '国庆长假期间,全市接待游客1.59亿人次', [{ period: '2024-national-day' }]],
	['10月1日-4日', '10月1日-4日,全市接待游客7万人次', [{ period: '2024-10-01/2024-10-04' }]],
	['去年', '去年全市接待游客100万人次', [{ period: '2023' }]],
	['a count naming the subject of a later figure', '重点监测的12家景区共接待游客超过7万人次', [{ value: 70000, qualifier: '超' }]],
	['a lone day opening a clause', '1月30日全国接待游客6310万人次', [{ period: '2024-01-30/2024-01-30' }]],
	['国庆节当天', '国庆节当天,全省接待游客756.06万人次', [{ period: '2024-10-01/2024-10-01' }]],
	['a date inside a clause is not a period', '一季度,于3月2日召开会议,接待游客100万人次', [{ period: '2024-Q1' }]],
	['a period carries on', '一季度,全市接待游客100万人次。旅游收入10亿元', [{ period: '2024-Q1' }, { period: '2024-Q1' }]],
	['确保 … 、 …: both targets', '确保全年接待游客4200万人次、旅游总收入400亿元', [{ role: 'target', period: '2024' }, { role: 'target', period: '2024' }]],
	['计划', '计划举办3500场次', [{ role: 'target', value: 3500 }]],
	['力争', '力争全年接待游客4200万人次', [{ role: 'target' }]],
	['预计', '预计全年旅游收入400亿元', [{ role: 'target' }]],
	['a scope keeps a figure off the headline indicator', '全市A级景区接待游客320万人次;乡村旅游接待游客12万人次;入境游客1万人次;人均消费3054元', [{ indicator: null }, { indicator: null }, { indicator: null }, { indicator: null }]],
	['one indicator and period never takes two values', '一季度接待游客100万人次。一季度接待游客120万人次', [{ indicator: 'tourist-arrivals' }, { indicator: null, flag: 'conflict' }]],
	// Patterns found in public reports written blind (fixtures 19–35).
	['同比 and a recovery to 2019 on one figure', '接待游客100万人次,同比增长25.8%,恢复到2019年同期的107.2%', [{ yoy_reported: 25.8, change: { kind: 'recovery', base: '2019', value: 107.2 } }]],
	['同比 and growth over 2019 on one figure', '接待游客100万人次,与上年同期相比增长30.9%,与2019年同日相比增长55.1%', [{ yoy_reported: 30.9, change: { kind: 'base_growth', base: '2019', value: 55.1 } }]],
	['比2019年同期高出', '旅游综合收入50.7亿元,同比增长59.9%,比2019年同期高出81.9%', [{ yoy_reported: 59.9, change: { kind: 'base_growth', base: '2019', value: 81.9 } }]],
	['分别恢复到 … 和', '接待游客3.88亿人次,旅游收入2745.8亿元,分别恢复到2019年同期的104%和102.4%', [{ change: { kind: 'recovery', base: '2019', value: 104 } }, { change: { kind: 'recovery', base: '2019', value: 102.4 } }]],
	['recovery in brackets', '国内旅游总人次18.71亿,比上年同期增长100.8%(恢复到2019年同期的60.9%)', [{ value: 1871000000, unit: '人次', yoy_reported: 100.8, change: { kind: 'recovery', base: '2019', value: 60.9 } }]],
	['增长了', '接待游客195.5万人次,同比增长了4.6%', [{ yoy_reported: 4.6 }]],
	['按年 (Hong Kong, Macau)', '訪港旅客357萬人次,按年上升8%', [{ value: 3570000, yoy_reported: 8 }]],
	['较去年同月', '入境旅客1,509,403人次,較去年同月增加35.4%', [{ value: 1509403, yoy_reported: 35.4 }]],
	['大幅上升', '經陸路入境旅客7,808,627人次,較去年同期大幅上升63.2%', [{ yoy_reported: 63.2 }]],
	['近两成', '非內地旅客超過100萬人次,按年升幅近兩成', [{ qualifier: '超', yoy_reported: 20 }]],
	['近百分之二十三', '入境旅客兩千一百九十三萬人次,比去年同期上升近百分之二十三', [{ value: 21930000, yoy_reported: 23 }]],
	['持平 is a 同比 of 0', '接待遊客220.9萬人次,與2023年同期持平,比2019年增長6.0%', [{ yoy_reported: 0, change: { kind: 'base_growth', base: '2019', value: 6 } }]],
	['较2023年 in a 2024 report is 同比', '接待遊客426.69萬人次,門票收入3716.17萬元,兩項數據較2023年分別增長15.87%和14.63%', [{ yoy_reported: 15.87 }, { yoy_reported: 14.63 }]],
	['较上年同比 … 和 …', '接待遊客210餘萬人次,實現綜合收入7.98億元,較上年同比增長33%和68.4%', [{ value: 2100000, qualifier: '余', yoy_reported: 33 }, { yoy_reported: 68.4, indicator: 'tourism-revenue' }]],
	['three changes with 、', '接待国内游客58.44万人次,门票收入1694.11万元,国内旅游收入16681.93万元,分别比去年同期增长12%、10%、15%', [{ yoy_reported: 12 }, { yoy_reported: 10, indicator: null }, { yoy_reported: 15, indicator: 'tourism-revenue' }]],
	['the change goes to the subject, not to a figure that describes a noun', '入境旅客兩千一百九十三萬人次,逼近去年全年兩千兩百萬人次的紀錄,比去年同期上升百分之二十三', [{ value: 21930000, yoy_reported: 23 }, { value: 22000000, period: '2023', yoy_reported: null }]],
	['the unit in the label', '参与人次5927.48万;国内旅游总人次18.71亿', [{ value: 59274800, unit: '人次' }, { value: 1871000000, unit: '人次', indicator: 'tourist-arrivals' }]],
	['the unit after a scaled number', '共錄得約4,025萬訪港旅客人次', [{ value: 40250000, unit: '人次', qualifier: '约' }]],
	['约为', '省外遊客佔比約為6.89%', [{ value: 6.89, unit: '%', qualifier: '约' }]],
	['辆次 is a unit of its own, as 架次 is; 辆 alone stays 辆', '假期自驾车辆进出54714辆次,铁路进出旅客39986人次;共检查车辆200辆', [{ value: 54714, unit: '辆次' }, { value: 39986, unit: '人次' }, { value: 200, unit: '辆' }]],
	['a count of groups before a count of the things in them (6个方面10个具体问题) are both figures; a count naming the subject of an amount is not', '指出6个方面10个具体问题;12家景区接待游客7万人次', [{ value: 6, unit: '个' }, { value: 10, unit: '个' }, { value: 70000, unit: '人次' }]],
	['one place passing a bound states a figure with 超', '其中湖南接待游客突破千万人次', [{ value: 10000000, unit: '人次', qualifier: '超' }]],
	['a count before 的 is a figure when the words before 的 say something of what it counts (8座旅游厕所未录入系统的问题), or when it was completed (完成6座厕所的信息录入)', '针对8座旅游厕所未录入系统的问题,我局安排专人完成6座厕所的信息录入', [{ value: 8, unit: '座' }, { value: 6, unit: '座' }]],
	['the plan a thing was put into (纳入建设计划的) is a noun, not a target; 计划建设 is one', '纳入建设计划的8座旅游厕所未录入系统;计划建设3座旅游厕所', [{ value: 8, role: 'actual' }, { value: 3, role: 'target' }]],
	['a recovery said with 均 of two measures in a sentence of no figures goes to the figure each named in the sentence before', '演出场次9400余场,同比增长40.92%;票房收入3.78亿元,同比增长3.85%;观演人数323.80万人次,同比增长5.56%。票房和观演人数均恢复至2019年的八成左右', [{ value: 9400, change: null }, { value: 378000000, yoy_reported: 3.85, change: { kind: 'recovery', base: '2019', value: 80 } }, { value: 3238000, yoy_reported: 5.56, change: { kind: 'recovery', base: '2019', value: 80 } }]],
	['shares written in tenths, as a fraction or as a half after 占, or opening 其中…为, are shares in %', '內地旅客佔總量超過七成;約佔訪港旅客的四分之三;過夜旅客佔一半以上;分別約佔三成及半成;其中八成為內地旅客', [{ value: 70, unit: '%', qualifier: '超' }, { value: 75, unit: '%', qualifier: '约' }, { value: 50, unit: '%', qualifier: '超' }, { value: 30, unit: '%', qualifier: '约' }, { value: 5, unit: '%', qualifier: '约' }, { value: 80, unit: '%', qualifier: null }]],
	['counts in 架次 集 份 册', '航班起降12058架次;生产电视剧194部6736集;出版报纸276亿份,期刊20亿册', [{ unit: '架次' }, { value: 194, unit: '部' }, { value: 6736, unit: '集' }, { value: 27600000000, unit: '份' }, { value: 2000000000, unit: '册' }]],
	['首十个月', '今年首十個月入境旅客13,699,516人次', [{ period: '2024-YTD10' }]],
	['今年十月', '今年十月入境旅客1,509,403人次', [{ period: '2024-10' }]],
	['五一假期首日', '五一假期首日,全省共接待遊客480.2萬人次', [{ period: '2024-05-01/2024-05-01' }]],
	['a day after 于 is a date, not the period', '一季度,于2日召开会议,接待游客100万人次', [{ period: '2024-Q1' }]],
	['a day without a month is in the report month', '截至1日17时,全省接待游客426.52万人次', [{ period: '2024-06-01/2024-06-01' }]],
	['全年 is the year of its paragraph', '2010年,全年共接待遊客210萬人次', [{ period: '2010', role: 'actual' }]],
	['a period inside 分季度看 holds to its paragraph only', '上半年,国内旅游总人次18.71亿。分季度看,一季度国内旅游总人次10.24亿;二季度国内旅游总人次8.47亿。\n国内旅游收入1.63万亿元', [{ period: '2024-H1' }, { period: '2024-Q1' }, { period: '2024-Q2' }, { period: '2024-H1' }]],
	['上年 in 受上年基数影响 is not a period', '上半年,接待游客100万人次。\n受上年基数影响,增速放缓。\n旅游收入10亿元', [{ period: '2024-H1' }, { period: '2024-H1' }]],
	['目标是: runs across clauses', '2024年目标是:接待游客4.3亿人次,实现旅游收入3250亿元,分别增长15%、25%', [{ role: 'target', yoy_reported: 15 }, { role: 'target', yoy_reported: 25 }]],
	['…的奋斗目标 and 力保', '2011年,力保實現“旅遊接待人數220萬人次,旅遊總收入6.5億元”的奮鬥目標', [{ role: 'target', indicator: 'tourist-arrivals' }, { role: 'target', indicator: 'tourism-revenue' }]],
	['a label maps only through a term of its unit', '国内游客出游总花费1.52万亿元', [{ indicator: 'tourism-revenue' }]],
	['累计 inside a label', '旅游累计收入16160万元', [{ value: 161600000, indicator: 'tourism-revenue' }]],
	['城镇居民 and 农村居民 narrow a figure', '城镇居民国内旅游人数10.77亿人次;农村居民游客9.0亿人次', [{ indicator: null }, { indicator: null }]],
	// Patterns found in the second blind round (fixtures 36–53).
	['恢复到去年同期…的: a recovery to last year keeps no base', '累计接待游客1972.93万人次,恢复到去年同期游客量的67.9%', [{ yoy_reported: null, change: { kind: 'recovery', base: null, value: 67.9 } }]],
	['恢复至2019年的 without 同期', '全年住客1357万人次,恢复至2019年的96.2%', [{ change: { kind: 'recovery', base: '2019', value: 96.2 } }]],
	['a change before its figure (增加x%至N)', '可供客房数目增加23.5%至4.7万间', [{ value: 47000, unit: '间', yoy_reported: 23.5 }]],
	['增加N倍 is growth of N×100%', '住客同比增加8倍至41.8万人次;内地住客984.4万人次、香港221.9万人次,分别增加1.5倍、8.8倍', [{ value: 418000, yoy_reported: 800 }, { yoy_reported: 150 }, { yoy_reported: 880 }]],
	['再跌 is a 同比', '预计今年访港旅客为5538.8万人次,再跌2.2%', [{ value: 55388000, role: 'target', yoy_reported: -2.2 }]],
	['figures joined by 及 are both figures', '二星级及五星级酒店入住率分别为85.1%及82.5%;完成17.238亩土地租赁及13.828亩青苗补偿', [{ value: 85.1 }, { value: 82.5 }, { value: 17.238, unit: '亩' }, { value: 13.828 }]],
	['a figure and its breakdown in brackets', '全县共接待游客36.94万人次(其中国外游客1482人),实现旅游综合收入1.2亿元', [{ value: 369400, indicator: 'tourist-arrivals' }, { value: 1482, unit: '人', indicator: null }, { value: 120000000, indicator: 'tourism-revenue' }]],
	['a plan and the share of it done', '1至6月接待旅游者1233.4万人次,完成年计划2536万人次的48.62%', [{ period: '2024-H1', role: 'actual' }, { value: 25360000, period: '2024', role: 'target', indicator: 'tourist-arrivals' }, { value: 48.62, period: '2024-H1', role: 'actual' }]],
	['占年度任务N的x%', '完成投资5.1亿元,占年度任务4.62亿元的110.4%', [{ role: 'actual' }, { value: 462000000, role: 'target' }, { value: 110.4, role: 'actual' }]],
	['预计 governs its sentence', '上半年全县预计共接待游客约212万人,实现旅游消费约19.34亿元,同比增长24%', [{ role: 'target', unit: '人' }, { role: 'target', yoy_reported: 24 }]],
	['预估 is a target', '全年预估约840万人次', [{ role: 'target', qualifier: '约' }]],
	['a money label gives 元', '实现旅游总收入69.27亿,同比增长39.86%', [{ value: 6927000000, unit: '元', indicator: 'tourism-revenue', yoy_reported: 39.86 }]],
	['从业人数 counts people', '乡村旅游从业总人数为712万', [{ value: 7120000, unit: '人' }]],
	['美金, 晚 and 多', '日均消费约240美金;平均留宿1.7晚;民宿发展至8000多家', [{ value: 240, unit: '美元', qualifier: '约' }, { value: 1.7, unit: '晚' }, { value: 8000, unit: '家', qualifier: '余' }]],
	['the label after the figure before it', '实现门票收入7500万元、综合收入17.2亿元', [{ indicator: null }, { value: 1720000000, indicator: 'tourism-revenue' }]],
	['a clause opening with 实现 has the subject of its sentence', '西江景区共接待游客19.02万人次,同比增长18.06%,实现旅游综合收入6057.11万元', [{ indicator: null }, { indicator: null, flag: 'scope' }]],
	['“十·一” with a middle dot', '“十·一”黄金周期间,全县共接待游客36.94万人次', [{ period: '2024-national-day' }]],
	['国庆中秋 is one holiday', '国庆中秋假期,全县共接待游客42.5万人次', [{ period: '2024-national-day' }]],
	['a span with 起至, then 假期中 refers back to it', '9月30日起至10月7日中秋、国庆假期,接待游客3.36万人次。我县今年主推温泉游。假期中单日接待游客最多达6035人次', [{ period: '2024-09-30/2024-10-07' }, { period: '2024-09-30/2024-10-07' }]],
	['a span across the year end', '元旦假期3天(12月30日至1月1日),国内旅游出游1.35亿人次', [{ period: '2023-12-30/2024-01-01' }]],
	['截至Y年底 is that year', '截至2021年底,全国博物馆机构数为5772个', [{ period: '2021', value: 5772 }]],
	['今年截至M月D日 runs from January 1', '今年截至12月15日,外国旅客来台803万人次', [{ period: '2024-01-01/2024-12-15' }]],
	['years of the ROC calendar in a Taiwan text', '观光署统计,112年来台旅客648.6万人次;民国111年底边境解封', [{ period: '2023', value: 6486000 }]],
	['a year after 超过 is a comparison, not a period', '全年接待游客8.48亿人次。其中,黄山提前超过2019年全年接待量,民宿发展至8000多家', [{ period: '2024' }, { period: '2024', qualifier: '余' }]],
	// Patterns found in the third blind round (fixtures 54–61).
	['同比恢复x% is a recovery to last year', '全国共接待国内游客0.97亿人次,按可比口径同比恢复73.8%', [{ yoy_reported: null, change: { kind: 'recovery', base: null, value: 73.8 } }]],
	['分别持平、增长…、下降…: one verb per item, across a semicolon', '外联236.98万人次、926.67万人天,接待298.32万人次、982.38万人天;与上年同期相比,四项指标分别持平、增长4.50%、下降4.92%和下降2.31%', [{ yoy_reported: 0 }, { unit: '人天', yoy_reported: 4.5 }, { yoy_reported: -4.92 }, { yoy_reported: -2.31 }]],
	['points written before their figure', '平均入住率上升1.8个百分点至83.3%', [{ value: 83.3, yoy_reported: null, yoy_points: 1.8 }]],
	['与<last year>同比 and 与2019年同比', '演出场次9400余场,与2023年同比增长40.92%,与2019年同比增长22.5%', [{ qualifier: '余', yoy_reported: 40.92, change: { kind: 'base_growth', base: '2019', value: 22.5 } }]],
	['比上年春节黄金周', '全国共接待游客1.76亿人次,比上年春节黄金周增长14.9%', [{ yoy_reported: 14.9 }]],
	['国庆中秋假期首日', '国庆中秋假期首日,全国共接待国内游客0.97亿人次', [{ period: '2024-10-01/2024-10-01' }]],
	['截至M月D日H时 and a comparison’s period not read', '截至10月1日15时,接待游客217.36万人次;与今年“五一”假日第一天相比,接待游客增长62.67%。博物馆共接待群众21.73万人次', [{ period: '2024-10-01/2024-10-01' }, { period: '2024-10-01/2024-10-01' }]],
	['a month opening a clause is of the report year, or the year before when later', '9月内地旅客达357万人次;5月内地旅客达300万人次', [{ period: '2023-09' }, { period: '2024-05' }]],
	['2019年以来', '2019年以来,共推出1000个重点村', [{ period: '2019-01-01/2024-06-15', value: 1000 }]],
	['a scope word overlapping the term', '全国乡村旅游总收入3898亿元', [{ indicator: null, flag: 'scope' }]],
	['a table turned to text', '项目 | 2019年7月 | 同比增长(%) | 2019年1-7月 | 同比增长(%)\n收入合计(万元) | 93166.2 | 10.9 | 483831.2 | 5.6\n门票收入 | 61869.5 | 15.0 | 288596.0 | 8.2\n其中:境外人数(万人次) | 73.6 | -2.7 | 390.6 | -4.5', [
		{ value: 931662000, unit: '元', period: '2019-07', yoy_reported: 10.9 }, { value: 4838312000, period: '2019-YTD07', yoy_reported: 5.6 },
		{ value: 618695000, unit: '元', period: '2019-07', yoy_reported: 15 }, { value: 2885960000, period: '2019-YTD07' },
		{ value: 736000, unit: '人次', yoy_reported: -2.7 }, { value: 3906000, unit: '人次', yoy_reported: -4.5 }
	]],
	// Patterns found in the fourth blind round (fixtures 62–75).
	['预计 runs over semicolons to the full stop; 完成全年的x% is a share, not the year', '预计上半年接待游客17.66亿人次,同比增长11%,完成全年比例的52.97%;旅游收入1.45万亿元,同比增长13.5%', [
		{ value: 1766000000, role: 'target', period: '2024-H1', yoy_reported: 11 }, { value: 52.97, unit: '%', role: 'target', period: '2024-H1' }, { value: 1450000000000, role: 'target', period: '2024-H1', yoy_reported: 13.5 }
	]],
	['a plan word that is a noun holds to its semicolon', '制定人才培训计划,举办专题培训;引进旅游高层次人才30名', [{ value: 30, role: 'actual' }]],
	['a span with dots in brackets, and 今年暑期 referring back to it', '2023年暑期(7.1—8.31)全国共演出11.02万场,较去年同期增长301.53%。今年暑期,话剧票房占演出票房的12.06%', [
		{ value: 110200, period: '2023-07-01/2023-08-31', yoy_reported: 301.53 }, { value: 12.06, period: '2023-07-01/2023-08-31' }
	]],
	['分别 before the comparison, 较去年假期', '出游半径为189.5公里,平均游憩半径为17.9公里,按可比口径分别较去年假期增长59.6%和86.0%', [{ unit: '公里', yoy_reported: 59.6 }, { unit: '公里', yoy_reported: 86 }]],
	['a qualifier before 占…的 reaches the share', '关闸口岸出入境7,096万人次,约占总体的73.3%', [{ value: 70960000 }, { value: 73.3, unit: '%', qualifier: '约' }]],
	['人次有N万: the unit from the label', '上半年出入境人次有718万', [{ value: 7180000, unit: '人次' }]],
	['a change before its figure joined by 达', '机场出入境人次同比增加17.7%,达443万人次', [{ value: 4430000, yoy_reported: 17.7 }]],
	['…but 达 after a figure of the sentence names no figure', '接待游客100万人次,同比增长5%,达到历史新高', [{ value: 1000000, yoy_reported: 5 }]],
	['a day inside the half year holds for its clause; 相若 is 持平', '上半年机场出入境443万人次,2月11日录得30,671人次;莲花口岸出入境人次约470万,与去年同期相若', [
		{ period: '2024-H1' }, { value: 30671, period: '2024-02-11/2024-02-11' }, { value: 4700000, period: '2024-H1', qualifier: '约', yoy_reported: 0 }
	]],
	['首两个月 and 增加3倍', '累计今年首两个月,共录得近783万人次旅客访港,较去年同期增加3倍', [{ value: 7830000, period: '2024-YTD02', qualifier: '近', yoy_reported: 300 }]],
	['numbers written digit by digit in Chinese; 成长 is 增长', '观光署统计,去年出境旅客一八九四万四四三六人次,国旅住房达二.二亿人次。今年目标是九三〇万人次,相当于成长九%', [
		{ value: 18944436, unit: '人次', period: '2023' }, { value: 220000000, unit: '人次' }, { value: 9300000, role: 'target', period: '2024', yoy_reported: 9 }
	]],
	['一、二季度…分别为A、B: the periods in order', '一、二季度居民出游意愿分别为83.0%、84.8%,分别同比增加1个百分点和3.7个百分点', [
		{ value: 83, period: '2024-Q1', yoy_points: 1 }, { value: 84.8, period: '2024-Q2', yoy_points: 3.7 }
	]],
	['a count naming the subject of a list after 分别', '全省4个5A级旅游景区接待人数分别为:崆峒山108万人次、麦积山85.7万人次', [{ value: 1080000 }, { value: 857000 }]],
	['a list of changes across a semicolon matches its figures one to one or not at all', '出入境人次有718万,占全澳7.4%;外港码头及氹仔码头出入境人次分别较去年同期下降29.4%及26.5%', [
		{ value: 7180000, yoy_reported: null }, { value: 7.4, yoy_reported: null }
	]],
	['a table with a 单位 column and years', '项目\t单位\t2014年\t2015年\t2015年比2014年增长%\n旅游业收入\t亿元\t210.23\t227.44\t8.2', [{ value: 21023000000, period: '2014', yoy_reported: null }, { value: 22744000000, period: '2015', yoy_reported: 8.2 }]],
	// Patterns found in the blind round of fixtures 76–94.
	['万 between digit groups (Taiwan), and a change in brackets', '107年国人出国共1,664万4,684人次,较106年增加99万0,105人次,成长6.32%;每人每次平均花费新台币4万8,529元(成长1.44%)', [
		{ value: 16644684, unit: '人次', yoy_reported: 6.32 }, { value: 48529, unit: '元', yoy_reported: 1.44 }
	]],
	['a decimal before 日 is a length of stay', '旅客平均逗留1.3日,按年上升0.2日', [{ value: 1.3, unit: '日' }]],
	['a numeral with a decimal in its 万 group after 亿; ○ typed for 〇', '门票收入二亿九千三百六十点一一万元;接待游客二千四百二十六点○八万人次', [{ value: 293601100, unit: '元' }, { value: 24260800, unit: '人次' }]],
	['支 counts, and a scaled count of people with no unit word', '32支方队参加巡游,吸引30万市民游客观看', [{ value: 32, unit: '支' }, { value: 300000, unit: null }]],
	['比Y1、Y2分别增长A和B: 同比 against last year, growth against the other year', '接待游客超过一千一百九十七万人次,比二〇二三年、二〇一九年分别增长百分之七十七点六五和百分之二十七点六', [
		{ value: 11970000, qualifier: '超', yoy_reported: 77.65, change: { kind: 'base_growth', base: '2019', value: 27.6 } }
	]],
	['multiples in Chinese numerals; the one against last year is kept', '接待国内游客超过一千四百五十三万人次,是去年同期的五点三八倍,是二〇一九年同期的一点二九倍', [{ value: 14530000, change: { kind: 'multiple', base: null, value: 5.38 } }]],
	['a list of changes with a verb each after 比上年', '接待入境旅游者1.32亿人次,实现国际旅游收入500.28亿美元,分别比上年下降2.2%和增长3.2%', [{ yoy_reported: -2.2 }, { yoy_reported: 3.2 }]],
	['recoveries to two years: the one to last year is kept', '接待游客4326.33万人次,实现旅游综合收入146.41亿元,分别恢复到2022年同期的82.21%和60.4%、2023年同期的64.46%和53.46%', [
		{ change: { kind: 'recovery', base: null, value: 64.46 } }, { change: { kind: 'recovery', base: null, value: 53.46 } }
	]],
	['恢复至疫前同期 is a recovery to 2019; an average of years is no change and no figure', '国内旅游出游5.15亿人次,恢复至疫前同期的70.1%;日均入境约14万人次,约为2017年至2019年国庆黄金周的约85%', [
		{ value: 515000000, change: { kind: 'recovery', base: '2019', value: 70.1 } }, { value: 140000, change: null }
	]],
	['a span in Chinese numerals in brackets, and 前五日 after it', '中秋国庆假期前五日(九月二十九日至十月三日),湖南接待游客一千五百二十八点一七万人次。四川前五日接待游客100万人次;十月三日,接待游客20万人次', [
		{ value: 15281700, period: '2024-09-29/2024-10-03' }, { value: 1000000, period: '2024-09-29/2024-10-03' }, { value: 200000, period: '2024-10-03/2024-10-03' }
	]],
	['a holiday spelled out as a span is that span when named again; a holiday naming an event is no period', '国庆黄金周(9月29日至10月6日)期间,约110万人次内地旅客访港。国庆黄金周共有约780个旅行团到港;中秋彩灯会吸引约20万人次参观', [
		{ value: 1100000, period: '2024-09-29/2024-10-06' }, { value: 780, period: '2024-09-29/2024-10-06' }, { value: 200000, period: '2024-09-29/2024-10-06' }
	]],
	['a holiday after 较 is a base, not the period; 国庆日当日', '10月1日至7日,日均入境14万人次,较五一黄金周高约一成。最高峰为国庆日当日,有18万人次访港', [
		{ value: 140000, period: '2024-10-01/2024-10-07' }, { value: 180000, period: '2024-10-01/2024-10-01' }
	]],
	['a period inside a bracketed remark holds inside it only', '10月1日至7日,国内旅游出游5.15亿人次(2019年国庆7天全国共接待国内游客7.82亿人次);49.1%的游客选择省内游', [
		{ period: '2024-10-01/2024-10-07' }, { value: 782000000, period: '2019-national-day' }, { value: 49.1, period: '2024-10-01/2024-10-07' }
	]],
	['two holidays summed have no one period', '在春节、十一两个黄金周中,全国共接待国内游客6.01亿人次', [{ value: 601000000, period: null }]],
	['假期前三天…分别A、B、C: the days in order', '国庆假期第三天,截至10月3日15时,接待游客654.24万人次。假期前三天,图书馆分别接待读者12109人次、11836人次和12024人次;国庆假期前两天,古城吸引游客444342人次', [
		{ period: '2024-10-03/2024-10-03' }, { value: 12109, period: '2024-10-01/2024-10-01' }, { value: 11836, period: '2024-10-02/2024-10-02' }, { value: 12024, period: '2024-10-03/2024-10-03' }, { value: 444342, period: '2024-10-01/2024-10-02' }
	]],
	['同基数相比, with a comma before 分别, and a base year in Chinese numerals', '接待游客2426.08万人次,门票收入2.936亿元,与去年同期同基数相比,分别增长187.79%和310.77%;与二〇一九年同期同基数相比,分别增长9.23%和11.22%', [
		{ yoy_reported: 187.79, change: { kind: 'base_growth', base: '2019', value: 9.23 } }, { yoy_reported: 310.77, change: { kind: 'base_growth', base: '2019', value: 11.22 } }
	]],
	['约有 keeps its qualifier', '最高峰日约有18万人次访港', [{ value: 180000, qualifier: '约' }]],
	['a count naming a list after 是: or a choice among (…中,) is no figure; nor is a rate before 的增速', '增速在两位数以上的4个行业是:信息服务业营业收入3917亿元,增长30.8%。重点监测的51个旅游景区中,袁家村最热门。中部地区增长9.8%,高于东部地区6.5%的增速', [
		{ value: 391700000000, yoy_reported: 30.8 }
	]],
	['古城 narrows a figure', '国庆假期前两天,丽江古城吸引游客444342人次', [{ value: 444342, indicator: null, flag: 'scope' }]],
	['截至去年底 names the year of a bulletin, and 全年 after it in its paragraph is that year', '截至去年底,全国共有公共图书馆3196个;全年全国公共图书馆流通总人次9.01亿,增长9.9%', [
		{ value: 3196, period: '2023' }, { value: 901000000, period: '2023', yoy_reported: 9.9 }
	]],
	['a yearbook table headed by bare years, with 千册 and 千人次 in the row labels', '项目 | 2020 | 2021\n公共图书馆图书总藏量(千册) | 46063 | 53118\n参观人次(千人次) | 11937 | 17789', [
		{ value: 46063000, unit: '册', period: '2020' }, { value: 53118000, unit: '册', period: '2021' }, { value: 11937000, unit: '人次', period: '2020' }, { value: 17789000, unit: '人次', period: '2021' }
	]],
	['a bare label after the first figure has the sentence’s subject and its scope', '贵州省纳入重点监测的97个旅游景区共接待游客254.72万人次,门票收入4184.35万元,综合收入16.85亿元', [
		{ indicator: null }, { indicator: null }, { value: 1685000000, indicator: null, flag: 'scope' }
	]],
	['a group described by a count before 的 is not a figure; what it has is', '来自19个国家和地区的32支方队;覆盖185个省市和地区的930个城市', [{ value: 32, unit: '支' }, { value: 930, unit: '个' }]],
	['the count meeting a bound is a figure, the bound is not', '全省105家星级饭店中,出租率超过80%的有85家,其中在90%以上的有73家', [{ value: 85, unit: '家' }, { value: 73, unit: '家' }]],
	['家次 and 车次 are units of their own', '检查经营场所5.8万余家次;客运列车314车次;开放档案17659万卷', [{ value: 58000, unit: '家次', qualifier: '余' }, { value: 314, unit: '车次' }, { value: 176590000, unit: '卷' }]],
	['较去年清明节当日 is 同比', '全国国内旅游出游2376.64万人次,较去年清明节当日增长22.7%', [{ value: 23766400, yoy_reported: 22.7 }]],
	['a venue (…馆) narrows a figure off the headline', '滑雪馆建成运营后累计接待游客超6万人次', [{ value: 60000, indicator: null, flag: 'scope' }]],
	['a part of the year named inside a sentence that opened with the year holds to its full stop', '今年全市在建项目94个,年度计划投资100亿元;一季度完成投资34.32亿元。按类型分,乡村旅游类项目18个', [{ period: '2024' }, { period: '2024', role: 'target' }, { period: '2024-Q1' }, { period: '2024' }]],
	['a heading line’s year holds over the numbered points under it', '工作总结\n2024年1月8日\n一、2023年工作完成情况\n(一)项目为王。全市在建项目15个,完成率92.28%。\n(二)以文化人。开展惠民活动600余场', [{ period: '2023' }, { period: '2023' }, { period: '2023' }]],
	['a lead before any period takes the year its sentence names', '报道\n2025年1月12日\n1879个公共文化场馆免费开放……记者获悉,2024年全省持续完善公共文化服务体系', [{ value: 1879, period: '2024' }]],
	['one day in brackets after a holiday is its span, also when the holiday is named again', '今年清明节假期(4月5日),全国国内旅游出游2376.64万人次;预计实现国内旅游收入65.20亿元。清明节假日期间,A级景区共有12635家', [{ period: '2024-04-05/2024-04-05' }, { period: '2024-04-05/2024-04-05', role: 'target' }, { period: '2024-04-05/2024-04-05' }]],
	['假期 opening a clause is the holiday named last, not the span of other days read since', '2024年清明节假期3天,全国出游7541.9万人次。4月2日至4日,检查经营场所5.8万余家次。假期各地接待的游客中省内游客占94.9%', [{ period: '2024-qingming' }, { period: '2024-04-02/2024-04-04' }, { period: '2024-qingming' }]],
	['a holiday inside a place’s name is no period; the hour data were published at (截至10月7日21时) holds for its clause only, whose count of provinces that published is no figure', '中秋节、国庆节假期8天,出游8.26亿人次。截至10月7日21时,已有25个省份公布数据。其中,河南接待游客8480.1万人次,清明上河园45.07万人次', [{ period: '2024-national-day' }, { value: 84801000, period: '2024-national-day' }, { value: 450700, period: '2024-national-day' }]],
	['a five-year plan’s span (“十二五”期间)', '“十二五”期间,全县共接待游客1946.32万人次', [{ period: '2011-01-01/2015-12-31' }]],
	['a span whose two ends name their own years (a season across the year end)', '2024年11月8日至2025年2月28日,全省接待游客13508.3万人次', [{ value: 135083000, period: '2024-11-08/2025-02-28' }]],
	['the Nth day of a holiday named before it, and hours on the ends of a span of days', '国庆黄金周游客增多。黄金周第五天,截至17时,直报景区接待游客372.06万人次。10月4日16时至10月5日16时,共接到投诉电话24个', [{ value: 3720600, period: '2024-10-05/2024-10-05' }, { value: 24, period: '2024-10-04/2024-10-05' }]],
	['the end of a five-year plan (“十二五”末) is its last year, and a goal 力争到2017年 is for 2017', '到“十二五”末,旅游业综合贡献率为11.8%。力争到2017年旅游业总收入达到3000亿元', [{ value: 11.8, period: '2015' }, { value: 300000000000, period: '2017', role: 'target' }]],
	['a period the title names holds over numbered points, and a figure restated as the whole of a breakdown is no new figure', '2010年“十一”黄金周旅游统计报告\n(一)全国共接待旅游者2.54亿人次。\n(二)在2.54亿人次旅游者中,过夜旅游者5908万人次', [{ value: 254000000, period: '2010-national-day' }, { value: 59080000, period: '2010-national-day' }]],
	['an estimate made before the period is a target', '共约110万人次内地旅客访港,与假期前估计的约100万人次相符', [{ value: 1100000, role: 'actual' }, { value: 1000000, role: 'target' }]],
	// Patterns of the sixth blind round (fixtures 111–126), after its first pass.
	['a bare change right after a figure in brackets is that figure’s 同比, also with 则 or 分别 between', '其中個人遊旅客(12,281,055人次)上升15.5%,香港旅客(7,179,722人次)則減少0.2%;韓國(492,184人次)及日本(126,424人次)旅客分別增加1.4倍及68.2%', [
		{ value: 12281055, yoy_reported: 15.5 }, { value: 7179722, yoy_reported: -0.2 }, { value: 492184, yoy_reported: 140 }, { value: 126424, yoy_reported: 68.2 }
	]],
	['a length of time shortened is a change, and one held (维持在) is unchanged', '平均逗留時間為1.2日,按年縮短0.1日;留宿旅客平均逗留時間維持在2.3日', [{ value: 1.2, unit: '日', yoy_reported: null }, { value: 2.3, unit: '日', yoy_reported: 0 }]],
	['a season across the year end named without dates gives no period, until a period is named again', '2024至2025年冰雪季,哈尔滨累计接待游客9035.7万人次。冰雪大世界接待游客超过356万人次。2024年全市接待入境游客85.7万人次', [
		{ value: 90357000, period: null }, { value: 3560000, period: null }, { value: 857000, period: '2024' }
	]],
	['people staying a while (旅居人数) are 人, and a change after a figure and 、 is its change', '2024年旅居人數389.75萬、增長20.7%', [{ value: 3897500, unit: '人', yoy_reported: 20.7 }]],
	['a goal opened by 力争 runs past semicolons to the full stop, as a forecast does', '2025年將大力發展鄉村旅遊,力爭旅居人數達到600萬;建成340個示範村;對85個服務區擴容。2024年建成示範村50個', [
		{ value: 6000000, role: 'target' }, { value: 340, role: 'target' }, { value: 85, role: 'target' }, { value: 50, role: 'actual', period: '2024' }
	]],
	['the level before the pandemic (疫情前的N) is 2019’s, for its own clause only', '去年出國1894萬人次,遠高於疫情前的1710萬餘人次;來台旅客857萬人次', [
		{ value: 18940000, period: '2023' }, { value: 17100000, period: '2019', qualifier: '余' }, { value: 8570000, period: '2023' }
	]],
	['the year of a survey a figure is taken from holds for the clause after it only', '去年出國1894萬人次。依2022年的調查,每出國一趟平均花費5萬5541元,據此推估出國總花費2000億元;來台旅客平均消費1276美元', [
		{ period: '2023' }, { value: 55541, period: '2022' }, { value: 200000000000, period: '2023' }, { value: 1276, period: '2023' }
	]],
	['兆 is 10^12, with 亿 after it or alone, but not the mega of 兆瓦', '出國總花費1兆522億元;總額1.2兆元;電廠100兆瓦', [{ value: 1052200000000, unit: '元' }, { value: 1200000000000, unit: '元' }]],
	['a sentence of no amounts ending in a comparison explains it, and names no period', '今年古爾邦節假期(7月9日至13日),全疆共接待遊客885.78萬人次。2021年的假期放3天,今年放5天,上述增幅是拿今年假期的前3天與去年的3天相比。分地區看,烏魯木齊市接待遊客311.76萬人次', [
		{ period: '2024-07-09/2024-07-13' }, { value: 3117600, period: '2024-07-09/2024-07-13' }
	]],
	['a base year described before it (比历史上最好的2007年同期) is still that base', '接待旅遊者近22萬人次,比上年同期增長65%以上,比歷史上最好的2007年同期增長10%', [
		{ value: 220000, qualifier: '近', yoy_reported: 65, change: { kind: 'base_growth', base: '2007', value: 10 } }
	]],
	['the change of a daily average (日均同比) is not the total’s 同比', '全市累计接待游客1009.3万人次,日均同比增长81.7%;旅游总收入164.2亿元,同比增长235.4%', [{ value: 10093000, yoy_reported: null }, { value: 16420000000, yoy_reported: 235.4 }]],
	['a goal in quotes is a quotation, not a name, and N以上 is 超 N', '年初提出的“力争全年接待游客2亿人次以上”的目标已经提前完成。力争到2017年旅遊業總收入達到3000億元以上', [
		{ value: 200000000, role: 'target', qualifier: '超', period: '2024' }, { value: 300000000000, role: 'target', qualifier: '超', period: '2017' }
	]],
	['五年累计 after a five-year plan’s span is that span, and funds secured (累计争取) are actual', '“十二五”期間,全區累計接待遊客3.42億人次。到“十二五”末,貢獻率為11.8%。五年累計爭取國家旅遊發展基金1.2億元', [
		{ period: '2011-01-01/2015-12-31' }, { period: '2015' }, { value: 120000000, period: '2011-01-01/2015-12-31', role: 'actual' }
	]],
	['a round thousand after a qualifier (近千张) is a figure, and 左右 after a figure is 约', '已售出年卡近千張,售出門票500張左右', [{ value: 1000, unit: '张', qualifier: '近' }, { value: 500, unit: '张', qualifier: '约' }]],
	['a day with 以来 runs from that day to the report date', '5月14日以來已售出年卡1000張', [{ value: 1000, period: '2024-05-14/2024-06-15' }]],
	// Patterns found in the blind round of fixtures 127–143.
	['a table headed 本月 | 本月止累计 is the month named above it and January to it; 天/人 counts in 天', '过夜游客情况(2017年8月)\n指标 | 本月 | 比上年同月±% | 本月止累计 | 比上年同期±%\n接待过夜游客(人次) | 39427276 | 10.07 | 274904634 | 11.3\n人均停留天数(天/人) | 1.85 | -17.41 | 2 | -0.5', [
		{ value: 39427276, unit: '人次', period: '2017-08', yoy_reported: 10.07 }, { value: 274904634, period: '2017-YTD08', yoy_reported: 11.3 },
		{ value: 1.85, unit: '天', period: '2017-08', yoy_reported: -17.41 }, { value: 2, unit: '天', period: '2017-YTD08', yoy_reported: -0.5 }
	]],
	['a plan for the year with what is planned after it (当年计划投资) counts for the year inside a half year', '今年1月至6月,全省上报项目3813个,当年计划投资98.51亿元,半年实际完成投资58.4亿元', [
		{ value: 3813, period: '2024-H1' }, { value: 9851000000, period: '2024', role: 'target' }, { value: 5840000000, period: '2024-H1', role: 'actual' }
	]],
	['到2027年 opening a clause is the year a goal is for', '根据实施方案,到2027年,全市接待游客数量要达到3.2亿人次', [{ value: 320000000, period: '2027', role: 'target' }]],
	// Round eight: one change for every figure 均 covers; the bound after it (以上) is not kept, as for one figure.
	['均比去年同期增长N%以上: each figure takes it', '接待游客7.55万人次,实现旅游收入4610.23万元,游客量和旅游收入均比去年同期增长60%以上', [{ value: 75500, yoy_reported: 60 }, { value: 46102300, yoy_reported: 60 }]],
	['a quarter after 较 is the base of a comparison (增速较一季度加快), not the period', '上半年全省接待游客3.51亿人次,同比增长36.6%,增速较一季度加快1.2个百分点;旅游总收入3140.58亿元,同比增长40.1%', [{ period: '2024-H1', yoy_reported: 36.6 }, { period: '2024-H1', yoy_reported: 40.1 }]],
	['除夕 is the day before the lunar new year (9 February in 2024), 大年初一 that day', '春节期间全市接待游客80万人次。除夕一天,全市接待游客5万人次;大年初一接待游客9万人次', [{ period: '2024-spring-festival', value: 800000 }, { period: '2024-02-09/2024-02-09', value: 50000 }, { period: '2024-02-10/2024-02-10', value: 90000 }]],
	['本年度 after a year written out in its sentence is that year', '2022年度县里召开专题会议,确保本年度人均公共文化支出达到150元。今年接待游客8万人次', [{ period: '2022', value: 150, role: 'target' }, { period: '2024', value: 80000 }]],
	['a change in the next sentence naming the measure that named the figure before is that figure\'s', '全市旅游接待总人数为50万人次。经测算,假日期间全市旅游接待总人数同比增长8.3%', [{ value: 500000, yoy_reported: 8.3 }]],
	['a change in the next sentence naming another measure is not the figure\'s', '全市旅游接待总人数为50万人次。旅游总收入同比增长5%', [{ value: 500000, yoy_reported: null }]],
	['a quoted saying the text calls a joke or rumour states no figure; a quoted sentence of data does', '网上流传着“14亿人里7亿去了三亚、7亿到了西安”的调侃。“全市举办活动1.3万场次,接待游客2.6亿人次。”这组数据', [{ value: 13000, unit: '场次' }, { value: 260000000, unit: '人次' }]],
	['清明节当天 is the day of the solar term (4 April in 2024)', '清明节当天,纪念馆接待游人1.45万人次,同比增长7.5%', [{ period: '2024-04-04/2024-04-04', yoy_reported: 7.5 }]],
	['比上年十一假期 is 同比, as 比上年国庆假期 is', '国庆假期,全国营业性演出4.42万场次,比上年十一假期增长227.68%', [{ value: 44200, yoy_reported: 227.68 }]],
	['全年 in a later paragraph of a text about last year only is that year', '截至2023年末,全国公共图书馆3246个。\n全年公共图书馆流通总人次7.45亿,增长12.7%', [{ period: '2023' }, { period: '2023', yoy_reported: 12.7 }]],
	// Round nine's first fixes: what rounds seven and eight left.
	['截至<day> shortly after a holiday named in its paragraph is that holiday', '春节黄金周期间,天气晴好。截至2月15日,全市共接待游客79万人次,同比增长38.1%', [{ period: '2024-spring-festival', yoy_reported: 38.1 }]],
	['截至<day><hour> on a named day of the holiday stays that day', '国庆假期第三天,截至10月3日15时,全省A级景区接待游客654.24万人次', [{ period: '2024-10-03/2024-10-03' }]],
	['a day something was done does not carry past a numbered heading (一、) into the next section', '12月6日反馈了巡察意见。\n一、整改工作组织情况\n巡察反馈意见共指出4项12个问题。', [{ value: 4, period: '2024' }, { value: 12, period: '2024' }]],
	['a clause ending in 目标 makes its figures targets', '完成上级下达的2025年新增1万间、2027年新增2万间旅游居住设施目标。', [{ value: 10000, period: '2025', role: 'target' }, { value: 20000, period: '2027', role: 'target' }]],
	['a quarter naming a group of projects (一季度开工项目) is no period', '截至5月底,二季度开工项目完成投资比例达27.59%;一季度开工项目完成投资38.6%;续建项目完成投资39.22%', [{ value: 27.59, period: '2024-YTD05' }, { value: 38.6, period: '2024-YTD05' }, { value: 39.22, period: '2024-YTD05' }]],
	['截至4月份 is January–April, as 截至4月底 is', '截至4月份,全市接待游客100万人次', [{ period: '2024-YTD04' }]],
	['本年 after 截至6月底 in its sentence is the year so far, and 占全年投资计划的x% a share of the plan', '截至6月底,在建项目827个,本年完成投资195.21亿元,占全年投资计划的61.0%。', [{ value: 827, period: '2024-H1' }, { value: 19521000000, period: '2024-H1', role: 'actual' }, { value: 61, period: '2024-H1', role: 'actual' }]],
	// Round nine (fixtures 161–173), after its first pass.
	['前3季度 in Arabic digits is January–September, as 前三季度 is', '前3季度赴台旅客達402.2萬人次,較上年同期增長27.0%', [{ value: 4022000, period: '2024-YTD09', yoy_reported: 27 }]],
	['a title summing up one year and planning the next: its numbered points are the year summed up', '局2023年工作总结和2024年工作打算\n(一)公共文化\n开展群众文化活动652场次。', [{ value: 652, period: '2023' }]],
	['a forecast opened mid-sentence runs on over the commas after it', '开展活动652场次,预计全年举办活动780场,惠及群众200余万人次。', [{ value: 652, role: 'actual' }, { value: 780, role: 'target' }, { value: 2000000, role: 'target', qualifier: '余' }]],
	['a holiday spelled out by a span in brackets is that span when named again later', '春节假日(1月28日至2月4日)期间,全省接待游客4106.1万人次。\n今年是申遗后的第一个春节。\n全省乡村旅游接待游客2357.5万人次', [{ period: '2024-01-28/2024-02-04' }, { value: 23575000, period: '2024-01-28/2024-02-04' }]],
	// Round ten (fixtures 174–185), after its first pass.
	['a count of places each over a bound is the figure, the bound is not; a total over a bound (共) stays a figure', '3个省份旅游总收入超过100亿元;9个省份接待游客均超过千万人次。全市12个县共接待游客超过100万人次', [{ value: 3, unit: '个', qualifier: null }, { value: 9, unit: '个' }, { value: 1000000, qualifier: '超' }]],
	['完成全年计划的x% is a share of the year’s plan, not a period: 1-9月 holds on past it', '1-9月,接待游客1257.2万人次,旅游总收入84.9亿元,两项分别完成全年计划的83.8%和84.7%。其中,接待入境游客2378人次', [{ value: 12572000, period: '2024-YTD09' }, { value: 8490000000, period: '2024-YTD09' }, { value: 83.8, period: '2024-YTD09', role: 'actual' }, { value: 84.7, period: '2024-YTD09', role: 'actual' }, { value: 2378, period: '2024-YTD09' }]],
	['占全年任务的x% is a share of the year’s task, not a period: the half year holds on past it', '1-6月接待游客69.82万人次,占全年任务的55.85%;实现旅游收入40285.2万元', [{ value: 698200, period: '2024-H1' }, { value: 55.85, period: '2024-H1', role: 'actual' }, { value: 402852000, period: '2024-H1' }]],
	['较去年“五一”假期 with the holiday in quotes is 同比', '“五一”假期出入境1089.6万人次,较去年“五一”假期增长28.7%', [{ value: 10896000, yoy_reported: 28.7, change: null }]],
	['a holiday spelled out with its length and a span (端午节假期三天(6月12日至14日)) is that span when named again', '端午节假期三天(6月12日至14日),全国出游8913.6万人次。\n假期全国预计发送旅客1.24亿人次', [{ value: 89136000, period: '2024-06-12/2024-06-14' }, { value: 124000000, period: '2024-06-12/2024-06-14', role: 'target' }]],
	['a daily average’s change after the comparison (比2019年同期日均下降) goes to the daily average before it, never to a total', '发送旅客1.24亿人次,日均4123.2万人次,比2019年同期日均下降18.8%,比2023年同期日均增长52.5%。接待游客100万人次,比2019年同期日均增长5%', [{ value: 124000000, yoy_reported: null, change: null }, { value: 41232000, yoy_reported: 52.5, change: { kind: 'base_growth', base: '2019', value: -18.8 } }, { value: 1000000, yoy_reported: null, change: null }]],
	['班 (flights) and 列 (trains) are units; 列入 and 班子 are not', '民航执行航班58608班,增开旅客列车714列;3个项目列入名录', [{ value: 58608, unit: '班' }, { value: 714, unit: '列' }, { value: 3, unit: '个' }]],
	['a forecast made by its own subject stops at the semicolon where another subject reports what it did; a forecast opening the sentence runs on', '全国道路预计发送旅客1.91亿人次,同比下降30.73%;全国民航执行航班58608班。预计上半年接待游客100万人次;实现旅游收入10亿元', [{ value: 191000000, role: 'target' }, { value: 58608, role: 'actual' }, { value: 1000000, role: 'target' }, { value: 1000000000, role: 'target' }]],
	['十一中秋假日 is the National Day pair, as 中秋国庆 is; its 前4天 are 1–4 October', '2017年十一中秋假日前4天,全国接待游客4.61亿人次', [{ value: 461000000, period: '2017-10-01/2017-10-04' }]],
	['年增率 after a comma (Taiwan’s press) is 同比 as 年增 is, and so is 同比增长率', '吉林以59.45億元暫列第14,年增率28.5%,增幅居各省之首。接待游客100万人次,同比增长率为5%', [{ value: 5945000000, yoy_reported: 28.5 }, { value: 1000000, yoy_reported: 5 }]],
	['年增 and 年減 after a comma (Taiwan’s press) are 同比; 2017年增长 is not', '境內遊客4.61億人次,年增11.4%,境內旅遊收入3856億元,年減13.6%。接待游客100万人次,2017年增长5%', [{ value: 461000000, yoy_reported: 11.4 }, { value: 385600000000, yoy_reported: -13.6 }, { value: 1000000, yoy_reported: null }]],
	['元旦小长假 with no dates is no period, and the half year before it does not carry over it', '上半年全省接待游客3.51亿人次。元旦小长假全省接待游客853.79万人次', [{ value: 351000000, period: '2024-H1' }, { value: 8537900, period: null }]],
	// Round thirteen (fixtures 206–218).
	['the day of a hearing is not the period of the figures after it', '2024年3月5日,市人大常委会听取并审议了审计工作报告。报告反映的问题共计50项', [{ value: 50, unit: '项', period: '2024' }]],
	['a year naming the accounts audited (2022年度…审计) is no period', '关于2022年度市本级预算执行审计查出问题整改情况的报告。问题涉及29个单位', [{ value: 29, period: '2024' }]],
	['报告日 is the report month, to the end of its sentence', '报告日已整改40项,整改到位资金2.1亿元;正在整改10项。财政部门问题6项', [{ value: 40, period: '2024-06' }, { value: 210000000, period: '2024-06' }, { value: 10, period: '2024-06' }, { value: 6, period: '2024' }]],
	['a section row with empty cells does not end a table; 万册、件 counts in 册', '项目 | 2006 | 2007\n总藏量(万册、件) | 792 | 858\n图书流通情况 | |\n总流通人次(万人次) | 330 | 483', [
		{ value: 7920000, unit: '册', period: '2006' }, { value: 8580000, unit: '册', period: '2007' }, { value: 3300000, unit: '人次', period: '2006' }, { value: 4830000, unit: '人次', period: '2007' }
	]],
	['计划投资完成率 is the rate at which a plan was carried out: an actual', '一季度全省文旅项目计划投资完成率31.5%,“双百”计划项目计划投资完成率39.8%', [{ value: 31.5, role: 'actual', period: '2024-Q1' }, { value: 39.8, role: 'actual', period: '2024-Q1' }]],
	['a task set (演出任务是900场) is a target', '去年全市送戏下乡的演出任务是900场', [{ value: 900, unit: '场', role: 'target', period: '2023' }]],
	['the bounds of a range naming a class are no figures, and planned investment does not make the counts after it plans', '单个项目计划总投资最高为80亿元,50亿—80亿元的项目3个,10亿—50亿元的项目29个', [
		{ value: 8000000000, role: 'target' }, { value: 3, unit: '个', role: 'actual' }, { value: 29, unit: '个', role: 'actual' }
	]],
	['自2017年…以来 runs from that year to the report date', '自2017年列入省政府民生实事以来,该工程7年间送戏总数已突破10万场', [{ value: 100000, unit: '场', qualifier: '超', period: '2017-01-01/2024-06-15' }]],
	['安排 (allocates) before an amount is no rank (排8)', '榆林市从今年开始每年安排3000万元旅游产业发展专项资金', [{ value: 30000000, unit: '元', period: '2024', role: 'actual' }]],
	['a bare 假日 refers back to the span named in the text, not to a holiday in a bracketed remark', '10月1日至7日,全国国内旅游出游5.15亿人次,恢复至疫前同期的70.1%(2019年国庆7天全国共接待国内游客7.82亿人次)。假日客流主要集中在省内,49.1%的游客选择省内跨市游', [
		{ value: 515000000, period: '2024-10-01/2024-10-07' }, { value: 782000000, period: '2019-national-day' }, { value: 49.1, period: '2024-10-01/2024-10-07' }
	]],
	['problems found on the day an inspection’s findings were handed over are counts of the report’s year', '2023年6月22日至9月22日,区委巡察组进行了巡察。10月25日,巡察组反馈了巡察意见,指出10个具体问题。', [{ value: 10, unit: '个', period: '2024' }]],
	['a count of kinds, then a count of items of them (6个方面10个具体问题): both figures; a count naming a subject still is not', '指出6个方面10个具体问题;重点监测的12家景区共接待游客7万人次', [{ value: 6, unit: '个' }, { value: 10, unit: '个' }, { value: 70000, unit: '人次' }]],
	// Round fourteen (fixtures 219–233).
	['a unit column scales its row, and 本期 · 累计 under a month in the title are that month and January to it', '2008年5月旅游统计表\n指标 | 单位 | 本期 | 同比增减(%) | 累计 | 同比增减(%)\n一、接待入境人数 | 万人次 | 4.14 | -71.8 | 31.30 | -23.0\n三、外汇收入 | 万美元 | 1277.30 | -67.6 | 9812.05 | -19.8', [
		{ value: 41400, unit: '人次', period: '2008-05', yoy_reported: -71.8 }, { value: 313000, unit: '人次', period: '2008-YTD05', yoy_reported: -23 },
		{ value: 12773000, unit: '美元', period: '2008-05', yoy_reported: -67.6 }, { value: 98120500, unit: '美元', period: '2008-YTD05', yoy_reported: -19.8 }
	]],
	['册次 (loans) is a unit of its own, as 人次 is; so is 种 (kinds); 两 before a unit of batches (两期) counts', '文献外借1219万册次,文创产品种类达305种;举办两期各为期30天的培训班', [
		{ value: 12190000, unit: '册次' }, { value: 305, unit: '种' }, { value: 2, unit: '期' }
	]],
	['截至2011年6月30日 (the last day of a month) is January to that month, as 截至6月底 is', '截至2011年6月30日,全县共接待游客41.17万人次', [{ value: 411700, period: '2011-H1' }]],
	['a figure of the same period a year earlier written right after another is its base: the 同比 after it is the first one’s', '2011年上半年就有1050人次,2010年上半年为681人次,同比增加54.19%', [{ value: 1050, period: '2011-H1', yoy_reported: 54.19 }, { value: 681, period: '2010-H1', yoy_reported: null }]],
	['截至前9月 (前N月 without 个) is January to that month, as 前9个月 is', '截至前9月已完成投资353.62亿元,完成率68.26%', [{ value: 35362000000, period: '2024-YTD09' }, { value: 68.26, period: '2024-YTD09' }]],
	['已有 N is as of the report month for its sentence, as 目前 is, unless a period earlier in the sentence says when', '截至去年底,全国已有144支旅游志愿者队伍。其中,已有116个项目投入运营。全省接待游客100万人次', [{ value: 144, period: '2023' }, { value: 116, period: '2024-06' }, { value: 1000000, period: '2023' }]],
	['a described count (此次新晋的123家) named again later as the subject of a figure names the group both times; a count stated first and restated as a subject stays', '此次新晋的123家一级博物馆占比不高,但共举办展览1492个。123家新晋一级馆共有藏品5732597件(套)。1879个场馆免费开放。1879个场馆共开展活动7.4万场次', [{ value: 1492, unit: '个' }, { value: 5732597, unit: '件' }, { value: 1879, unit: '个' }, { value: 74000, unit: '场次' }]],
	['分别 with fewer changes than the amounts before it in its sentence gives none of them a 同比; a count among them does not count', '2011年接待入境游客206.52万人次、国内游客2.02亿人次,旅游创汇9.18亿美元,分别比上年增长19.77%和20.34%。新建项目12个,接待游客100万人次,收入2亿元,分别增长5%和6%', [{ yoy_reported: null }, { yoy_reported: null }, { yoy_reported: null }, { value: 12, yoy_reported: null }, { value: 1000000, yoy_reported: 5 }, { value: 200000000, yoy_reported: 6 }]],
	// Round fifteen (fixtures 234–246).
	['a 同比 in percent right after a rate, with no other figure in its sentence, is the rate’s own change; after a share it is not', '主城区星级酒店平均入住率为70.18%,同比增长220.93%。全市游客占全省的30%,同比增长5%', [
		{ value: 70.18, unit: '%', yoy_reported: 220.93, yoy_points: null }, { value: 30, unit: '%', yoy_reported: null }
	]],
	['a comparison with 2019 in the next sentence is no figure’s when two figures before count what it names', '全市接待游客10万人次,其中过夜游客4万人次。旅游接待人次较2019年同期增长5%', [{ value: 100000, change: null }, { value: 40000, change: null }]],
	// Round sixteen (fixtures 247–261).
	['类 (kinds) and 课时 (class hours) are units; 个点位 counts places, 个点 alone is points of an index', '评出3类评估结果,走访32个点位,开展培训近300课时;指数提升3个点', [
		{ value: 3, unit: '类' }, { value: 32, unit: '个' }, { value: 300, unit: '课时', qualifier: '近' }
	]],
	['two counts of one unit joined by 和 are both figures even when a verb describes the second; a count naming the subject of an amount is not', '明确了5种情形和不能认定为“好”等次的9种情形。12家景区和酒店共接待游客7万人次', [
		{ value: 5, unit: '种' }, { value: 9, unit: '种' }, { value: 70000, unit: '人次' }
	]],
	['十余项 · 百多人: a round ten or hundred in Chinese numerals before 余/多 and a unit is a count with 余; a lone 十 is not', '共举办十余项节庆活动,百多人参加,十个', [
		{ value: 10, unit: '项', qualifier: '余' }, { value: 100, unit: '人', qualifier: '余' }
	]],
	['人(次) (人 with 次 in brackets) is 人次, and the 分别 change after it still reaches it', '全县共接待游客8.79万人(次),旅游综合收入达3498.56万元,分别比去年同期增长23%和31%', [
		{ value: 87900, unit: '人次', yoy_reported: 23 }, { value: 34985600, unit: '元', yoy_reported: 31 }
	]],
	['a range of months not from January that is exactly a quarter (7-9月份) or the second half (7-12月) takes that key', '7-9月份接待游客862.25万人次。4至6月接待游客10万人次。7-12月接待游客20万人次', [
		{ value: 8622500, period: '2024-Q3' }, { value: 100000, period: '2024-Q2' }, { value: 200000, period: '2024-H2' }
	]],
	['要 opening a clause sets tasks: every figure of its sentence is a target; 主要 is no 要', '公共服务上,要高质量做好免费开放,新建标准化图书馆分馆1处;完成投资2亿元。主要景区接待游客10万人次', [
		{ value: 1, unit: '处', role: 'target' }, { value: 200000000, role: 'target' }, { value: 100000, role: 'actual' }
	]],
	['a 分别 list of changes in a sentence of no figures, after a bracket, goes to the figures of the sentence before when it names their measures one to one', '接待游客100万人次,实现旅游收入2亿元。按可比口径(即9天假期数据与8天假期数据折算后对比),接待人次和旅游收入分别同比增长9.1%和9.6%。接待游客5万人次。旅游收入和接待人次分别同比增长1%和2%', [
		{ value: 1000000, yoy_reported: 9.1 }, { value: 200000000, yoy_reported: 9.6 }, { value: 50000, yoy_reported: null }
	]],
	['2008年至今 runs from that year to the report date, as 2008年以来 does', '2008年至今,5届旅游节累计接待海内外游客3600万人次', [{ value: 36000000, unit: '人次', period: '2008-01-01/2024-06-15' }]],
	['举办N年来 (a yearly event held N years, this one included) runs from the first of those years to the report date', '旅游节举办5年来,共拉动市场消费316亿元。活动举办两年来,共接待游客2万人次', [
		{ value: 31600000000, period: '2020-01-01/2024-06-15' }, { value: 20000, period: '2023-01-01/2024-06-15' }
	]],
	['a paragraph opening with what a meeting called for (会议提出) lists tasks: its figures are targets; one opening with 会议指出 reviews what was done', '会议提出,2021年是开局之年。品牌上,完成3个国家3A级景区创建工作。\n会议指出,去年全县接待游客100万人次', [
		{ value: 3, unit: '个', role: 'target' }, { value: 1000000, role: 'actual' }
	]],
	['a bound naming the class of things counted next (亿元以上项目139个) is no figure; the count is', '其中亿元以上项目139个,10亿元以上项目78个', [{ value: 139, unit: '个' }, { value: 78, unit: '个' }]],
	['a milestone passed, then the exact figure that passed it (突破千亿元大关,达到1220亿元): only the exact figure', '综合收入首次突破千亿元大关,达到1220亿元', [{ value: 122000000000, unit: '元', qualifier: null }]],
	['kinds in a lone numeral, the total of their items, and what those were broken down into (五个方面共44个问题细化分解为60项) are all counts', '将五个方面共44个问题细化分解为60项整改落实责任清单;两个维护', [{ value: 5, unit: '个' }, { value: 44, unit: '个' }, { value: 60, unit: '项' }]],
	['a count whose things received what changed (24家景区接待游客数量比去年同期减少7.04%) keeps no change: the change is of the arrivals, which have no figure', '全市重点监测的24家景区假期接待游客数量比去年同期减少7.04%', [{ value: 24, unit: '家', yoy_reported: null }]],
	['起 counts cases and incidents (查处案件31起, 非法演出1起), never a time something starts from (18:00起) or 起步', '查处违规经营案件31起,非法演出1起;每日18:00起开放,票价10起步', [{ value: 31, unit: '起' }, { value: 1, unit: '起' }]],
	['资金 is a money label: a scaled number after it without a unit is in 元 (保护资金43万)', '成功申报国家级非遗项目保护资金43万', [{ value: 430000, unit: '元' }]],
	['minutes of programmes made (电视动画片89094分钟) are an output; other minutes (车程30分钟) are a length of time', '生产电视剧160部5283集、电视动画片89094分钟;车程30分钟', [{ value: 160, unit: '部' }, { value: 5283, unit: '集' }, { value: 89094, unit: '分钟' }]],
	['every division of a county having a thing built (全县十七个乡镇(街道)都建有综合文化站) states coverage: the count is a figure, unlike 对全市6个县市区开展督查', '全县十七个乡镇(街道)都建有综合文化站;市文旅局对全市6个县市区开展督查', [{ value: 17, unit: '个' }]],
	['a clause of conditions met after 和 (320个行政村和具备安装条件的自然村) describes the second noun only: the count before it is a figure', '为320个行政村和具备安装条件的自然村安装了健身路径;来自19个国家和地区的游客', [{ value: 320, unit: '个' }]],
	['a count summing a named list (等5个) whose next clause opens on a bare 总投资 names the projects invested in: only the investment; 等5个 elsewhere is a count', '坛罐山陶瓷艺术文旅项目等5个文旅重大项目纳入全省“盘子”,总投资达245亿元。为清溪、隘口等5个自然村配送了器材', [{ value: 24500000000, unit: '元' }, { value: 5, unit: '个' }]],
	['a count of provinces that had published (已有25个省份公布) says whose figures follow, and 至少20个 is a bound: no figures (fixtures 431, 497; 108 changed to agree)', '已有25个省份公布双节旅游数据;至少20个省份公布了数据', []],
	['a numbered list under a heading of goals (主要预期目标:) holds targets to its last item; the line after it reports again', '会议提出主要预期目标:\n1.过夜游客达到2000万人次。\n2.新增市场主体200户以上,培育规上企业10家。\n去年全市接待游客100万人次', [
		{ value: 20000000, role: 'target' }, { value: 200, unit: '户', role: 'target', qualifier: '超' }, { value: 10, unit: '家', role: 'target' }, { value: 1000000, role: 'actual' }
	]],
	['约 ending a verb (签约, 预约) is no "about"', '招商签约40亿元,预约游客3000人,接待游客约5万人次', [
		{ value: 4000000000, qualifier: null }, { value: 3000, qualifier: null }, { value: 50000, qualifier: '约' }
	]],
	['a level to be reached (达到) by a year after the report\'s (到2027年) is a goal; by a year gone it is a result', '到2027年全市接待游客数量达到3.2亿人次。到2023年底全市A级景区达到50个', [
		{ value: 320000000, period: '2027', role: 'target' }, { value: 50, unit: '个', role: 'actual' }
	]],
	['the year before named beside a year (2023年…,2022年…) is a base to its semicolon; the clauses after it report 2023, and a bracket after a figure gives its base', '2023年接待游客100万人次,2022年80万人次;其中国内游客90万人次(2022年70万人次),增长28.6%', [
		{ value: 1000000, period: '2023' }, { value: 800000, period: '2022' }, { value: 900000, period: '2023', yoy_reported: 28.6 }, { value: 700000, period: '2022', yoy_reported: null }
	]],
	['2023年比2022年增长 after the 2022 figure is the 2023 figure\'s 同比; the 2022 figure is its base', '2023年旅游收入227.44亿元,2022年为210.23亿元,2023年比2022年增长8.2%', [
		{ value: 22744000000, period: '2023', yoy_reported: 8.2, change: null }, { value: 21023000000, period: '2022', yoy_reported: null, change: null }
	]],
	['今年已 after 截至5月底 in its paragraph counts to the end of May (提前一个季度 is a lead, no quarter); the next paragraph is the year\'s again', '截至5月底,全省实际完成投资419亿元;今年已新开工项目44个,比预期提前一个季度。其中重大项目实际完成投资144亿元。\n一批项目即将投用:街区总投资20亿元', [
		{ value: 41900000000, period: '2024-YTD05' }, { value: 44, unit: '个', period: '2024-YTD05' }, { value: 14400000000, period: '2024-YTD05' }, { value: 2000000000, period: '2024' }
	]],
	['a plan rate carried out (计划投资完成率) in its own clause is measured though a plan named earlier in the sentence makes the sentence a plan; after 预计 it is a forecast', '“双百”计划中的项目,实际完成投资419亿元,年度计划投资完成率89.1%。预计年度计划投资完成率95%', [
		{ value: 41900000000, role: 'actual' }, { value: 89.1, unit: '%', role: 'actual' }, { value: 95, unit: '%', role: 'target' }
	]],
	['a count of kinds after a list in quotes (“好、较好、差”3类) counts the grades of a scale, and stays a figure', '评出“好、较好、差”3类评估结果', [{ value: 3, unit: '类' }]],
];

describe('figures from report text', () => {
	it.each(CASES)('%s', (_name, text, expected) => {
		const got = read(text);
		expect(got).toHaveLength(expected.length);
		expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
	});

	it('gives offsets into the text as given, also for traditional and full-width text', () => {
		const text = '標題\n\n一季度，全市接待遊客１４９.７１萬人次，同比增長７.２％。';
		const [c] = read(text);
		expect(c!.value).toBe(1497100);
		expect(text.slice(c!.start, c!.end)).toBe(c!.quote);
		expect(c!.quote).toBe('一季度，全市接待遊客１４９.７１萬人次，同比增長７.２％');
		expect(c!.line).toBe(3);
		expect(foldForReading(text)).toHaveLength(text.length);
	});

});
