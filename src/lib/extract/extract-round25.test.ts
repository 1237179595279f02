// Patterns the reader missed in round twenty-five's blind fixtures (373–386): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// 1. A cut-off time is not the period: 截至 a day (and hour) inside a holiday the text names, or with 累计 / N天, is the
	// holiday's span so far.
	['截至 the holiday\'s last day at an hour, under a title naming the holiday, with 七天累计: the holiday', '2021-10-11', '国庆长假全省景区迎客近千万人次\n2021年10月11日\n截至10月7日18时,全省107家A级景区七天累计接待游客994.46万人次,同比增长38.08%。\n乡村旅游方面,乡村旅游区累计接待游客153.71万人次。', [
		{ value: 9944600, period: '2021-national-day', yoy_reported: 38.08 }, { value: 1537100, period: '2021-national-day' }
	]],
	['截至 the last day of a 元旦 span named in an earlier paragraph: the span', '2022-01-03', '2022年元旦假日期间,全省累计接待游客792.18万人次。\n全省文化场馆接待120.92万人次。截至1月3日17时,省假日办共接到游客咨询电话2起。', [
		{ value: 7921800, period: '2022-01-01/2022-01-03' }, { value: 1209200, period: '2022-01-01/2022-01-03' }, { value: 2, period: '2022-01-01/2022-01-03' }
	]],
	['截至 a day in the middle of a holiday named before, with 累计: from the holiday\'s first day to that day', '2024-10-03', '国庆假期,各地游人如织。截至10月3日15时,全省累计接待游客654.24万人次。', [
		{ value: 6542400, period: '2024-10-01/2024-10-03' }
	]],
	['截至 an hour of a day, no holiday named and no 累计: still that day', '2024-10-03', '截至10月3日15时,景区接待游客2万人次。', [
		{ value: 20000, period: '2024-10-03/2024-10-03' }
	]],
	['截至 an hour of a day the text reports as a day, after the holiday\'s first days (前三天): still that day', '2018-02-18', '2月17日全国旅游接待总人数0.87亿人次。春节假日前三天,全国旅游接待总人数累计2.14亿人次。截至17日下午4时,全国电影票房达8.14亿元。', [
		{ value: 87000000, period: '2018-02-17/2018-02-17' }, { value: 214000000, period: '2018-02-15/2018-02-17' }, { value: 814000000, period: '2018-02-17/2018-02-17' }
	]],
	['截至 an hour (no day), then 大年三十至正月初六: the lunar span', '2018-02-22', '截至下午15时,大年三十至正月初六,全省共接待游客942万人次,实现旅游综合收入64.5亿元。', [
		{ value: 9420000, period: '2018-02-15/2018-02-21' }, { value: 6450000000, period: '2018-02-15/2018-02-21' }
	]],
	['除夕至初六 · 初一至初五: lunar spans with or without 正月', '2019-02-12', '除夕至初六,全市接待游客120万人次。正月初一至初五,景区接待游客30万人次。', [
		{ value: 1200000, period: '2019-02-04/2019-02-10' }, { value: 300000, period: '2019-02-05/2019-02-09' }
	]],
	// 2. A holiday named again without dates takes the span given earlier in the same text.
	['元旦小长假 and 假日期间 in later paragraphs take the span of 2022年元旦假日 given in the first', '2022-01-03', '2022年元旦假日期间,全省累计接待游客792.18万人次。\n假日里,多个部门发放消费券。\n元旦小长假,两家滑雪场共接待游客18640人次,同比增长21.50%。\n交通方面,假日期间全省民航进出航班1571架次,进出港旅客14.61万人次。', [
		{ value: 7921800, period: '2022-01-01/2022-01-03' }, { value: 18640, period: '2022-01-01/2022-01-03', yoy_reported: 21.5 }, { value: 1571, period: '2022-01-01/2022-01-03' }, { value: 146100, period: '2022-01-01/2022-01-03' }
	]],
	['元旦假期 without a year after 2017年元旦 (1 January a Sunday: 31 December to 2 January) takes that span', '2017-01-03', '2017年元旦假期,全市接待游客50万人次。\n元旦假期,全市博物馆接待观众3万人次。', [
		{ value: 500000, period: '2016-12-31/2017-01-02' }, { value: 30000, period: '2016-12-31/2017-01-02' }
	]],
	// 3. The 2024 春节 holiday started on 初一 (10–17 February); a day opening its own paragraph holds over the paragraph.
	['春节假期前5天 and 假期第5天 in 2024 count from 初一, 10 February', '2024-02-14', '2月14日是大年初五。春节假期前5天,全区接待国内游客2097.53万人次。\n单看假期第5天,全区接待国内游客405.06万人次。当天一日游游客228.90万人次,占56.51%;过夜游客176.16万人次,占43.49%。前五位客源省市合计占区外客源总量的61.20%。', [
		{ value: 20975300, period: '2024-02-10/2024-02-14' }, { value: 4050600, period: '2024-02-14/2024-02-14' }, { value: 2289000, period: '2024-02-14/2024-02-14' }, { value: 56.51, period: '2024-02-14/2024-02-14' },
		{ value: 1761600, period: '2024-02-14/2024-02-14' }, { value: 43.49, period: '2024-02-14/2024-02-14' }, { value: 61.2, period: '2024-02-14/2024-02-14' }
	]],
	['the 2026 春节 holiday starts on 15 February, the day before 除夕', '2026-02-18', '春节假期前3天,全市接待游客30万人次。', [{ value: 300000, period: '2026-02-15/2026-02-17' }]],
	['a day inside a span that it does not open a paragraph with still holds for its clause only', '2024-02-14', '春节假期前5天,全区接待游客2097.53万人次,其中假期第5天接待405.06万人次;过夜游客176.16万人次。', [
		{ value: 20975300, period: '2024-02-10/2024-02-14' }, { value: 4050600, period: '2024-02-14/2024-02-14' }, { value: 1761600, period: '2024-02-10/2024-02-14' }
	]],
	['是2023年的6.29倍 in a report on 2024 is a multiple of last year (base null); 是2019年的1.2倍 keeps its base', '2024-02-14', '春节假期前5天,全区接待游客2097.53万人次,是2023年的6.29倍;实现旅游收入148.79亿元,是2019年的1.2倍。', [
		{ value: 20975300, change: { kind: 'multiple', base: null, value: 6.29 } }, { value: 14879000000, change: { kind: 'multiple', base: '2019', value: 1.2 } }
	]],
	// 4. A period written without its year takes the year stated before it when the report's own year has not reached it.
	['前三季度 after 2021年1至11月 in a report of 1 January 2022 is 2021\'s', '2022-01-01', '2021年1至11月,全省接待游客5.96亿人次。前三季度全省旅游及相关产业增加值866.37亿元,占地区生产总值的6.19%。', [
		{ value: 596000000, period: '2021-YTD11' }, { value: 86637000000, period: '2021-YTD09' }, { value: 6.19, period: '2021-YTD09' }
	]],
	['上半年 after 2023年 in a report of February 2024 is 2023\'s (the report\'s own half year has not ended)', '2024-02-10', '2023年全市接待游客1200万人次。上半年接待游客500万人次。', [
		{ value: 12000000, period: '2023' }, { value: 5000000, period: '2023-H1' }
	]],
	// 5. A list whose unit is written once, after its last item.
	['分别为61.7、56.9、36.2、25.1、17万人次: each item takes the scale and unit of the last', '2015-04-07', '清明假期,兰州、天水、平凉、酒泉、张掖分别为61.7、56.9、36.2、25.1、17万人次。', [
		{ value: 617000, unit: '人次' }, { value: 569000, unit: '人次' }, { value: 362000, unit: '人次' }, { value: 251000, unit: '人次' }, { value: 170000, unit: '人次' }
	]],
	['分别接待游客3.2和2.8万人次 · 依次为12、9、6家: the same with 和 before the last item, and with a plain unit', '2015-04-07', '两个景区分别接待游客3.2和2.8万人次。三个县的星级饭店依次为12、9、6家。', [
		{ value: 32000 }, { value: 28000 }, { value: 12, unit: '家' }, { value: 9, unit: '家' }, { value: 6, unit: '家' }
	]],
	['增速分别为12、15、18%: rates of change named as a noun, each written bare before the last one\'s %, are no figures', '2021-04-06', '五市游客增速分别为12、15、18%。三天的接待量分别为253.8、326.46、295.58万人次。', [
		{ value: 2538000 }, { value: 3264600 }, { value: 2955800 }
	]],
	// 6. 分别 with more changes than figures in its clause reaches back over a semicolon.
	['同比分别增长A和B after a semicolon: the first change goes to the figure before the semicolon, over a clause of a bound', '2012-10-09', '今年国庆黄金周,全区接待游客145.7万人次,黄金周接待量首次越过百万人次大关;景区门票收入6323.86万元,同比分别增长31.92%和42.79%。', [
		{ value: 1457000, yoy_reported: 31.92 }, { value: 63238600, yoy_reported: 42.79 }
	]],
	// 7. A plan's per-project lines are targets; a count of the projects a plan comprises is counted.
	['a March report: 今年的投资安排是:A完成投资…,B完成… and the next paragraph\'s …中,C完成投资… are the year\'s plan; 推进…59个子项目 a count (4个 and 11个 name the subjects)', '2021-03-24', '今年全市将推进16个重大文旅项目,本年度计划完成投资21.77亿元。标杆项目今年计划完成投资8亿元,重点推进七大工程59个子项目。\n4个省重点项目今年的投资安排是:云丘山完成投资1.11亿元,功德山完成1.5亿元。\n11个其他重点项目中,七里峪景区旅游路改造完成投资0.82亿元,市图书馆完成1.86亿元。', [
		{ value: 16, role: 'actual' }, { value: 2177000000, role: 'target' }, { value: 800000000, role: 'target' }, { value: 59, role: 'actual', period: '2021' },
		{ value: 111000000, role: 'target', period: '2021' }, { value: 150000000, role: 'target' },
		{ value: 82000000, role: 'target', period: '2021' }, { value: 186000000, role: 'target' }
	]],
	['资金安排:A县500万元 (funds allotted, no 是) stays what was done', '2021-08-20', '省级文旅资金安排:甲县500万元,乙县300万元。', [
		{ value: 5000000, role: 'actual' }, { value: 3000000, role: 'actual' }
	]],
	['a report of November: 今年…完成投资 is done so far', '2021-11-20', '今年全市重点文旅项目完成投资12.5亿元。', [{ value: 1250000000, role: 'actual' }]],
	// 8. Bounds and restatements are no figures.
	['单日游客过万 is a bound; 首次突破300万人次大关 restating 334.18万人次 in the next sentence is no figure', '2016-02-14', '黄金周全区接待游客首次突破300万人次大关。春节假期中,全区共接待游客334.18万人次。西夏王陵连续两天单日游客过万。', [
		{ value: 3341800 }
	]],
	['a milestone whose exact figure is not stated stays a figure', '2016-02-14', '全区接待游客首次突破300万人次大关。全区旅游收入20亿元。', [
		{ value: 3000000, qualifier: '超' }, { value: 2000000000 }
	]],
	// Counts naming a subject, and numerals in names.
	['对19个重点旅游景区实施监控 names whom the watching is of; 4家…和2家…共接待 both name the subject', '2016-02-14', '黄金周期间,对19个重点旅游景区实施监控,这些景区累计接待游客237万人次。假日期间全区4家国家级夜间文旅消费集聚区和2家旅游休闲街区共接待访客169.43万人次。', [
		{ value: 2370000 }, { value: 1694300 }
	]],
	['非遗进万家 is a name; 景区优惠游、免票游、研学游等9项优惠措施 numbers the kinds listed, and a list of changes with no figure stays unassigned', '2018-02-22', '多家博物馆推出非遗进万家等活动,接待观众3万人次。敦煌市推出景区优惠游、省内居民免票游、师生研学游等9项优惠措施,吸引大批游客,2月19日当天,两景区接待量同比分别增长25.5%和34.3%。', [
		{ value: 30000, unit: '人次' }
	]],
	['出台9项优惠措施 with no list before it is still a count; joined counts that name no subject of a figure stay', '2018-02-22', '全市出台9项优惠措施。全市新增3家4A级景区和2家3A级景区。', [
		{ value: 9, unit: '项' }, { value: 3, unit: '家' }, { value: 2, unit: '家' }
	]],
];

describe('round twenty-five patterns', () => {
	readsAs(CASES);
});
