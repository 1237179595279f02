// Periods and dates the reader must make of report text: rows that need a report date of their own, holidays
// and their days, 元旦 spans, years of the ROC calendar, title lines and the report date itself.
import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import { findReportDate } from './report-date';
import { newYearSpan } from './calendar';
import { opts, read, readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

// Rows whose reading depends on the report's date (the days of lunar holidays): [name, report date, text, expected].
const DATED_CASES: DatedCase[] = [
	['places on a ranking the report publishes (占34席, 11个县市上榜) are of the report\'s year, not of 去年 in an earlier sentence; a year in their own sentence holds', '2025-06-30', '报告显示,去年全国接待游客5万人次。浙江占34席;四川有11个县市上榜。2023年全省有5个县上榜', [{ value: 50000, period: '2024' }, { value: 34, unit: '席', period: '2025' }, { value: 11, period: '2025' }, { value: 5, period: '2023' }]],
	['截至 the end of a month before the report\'s holds to its paragraph; the notice\'s own counts after it are of the report month', '2017-05-26', '截至今年4月底,全国共完成厕所超过5万座,同比增长10%。全省累计接待游客8万人次。\n委员会决定对2家景区给予严重警告、对10家景区予以摘牌。', [{ value: 50000, period: '2017-YTD04' }, { value: 80000, period: '2017-YTD04' }, { value: 2, unit: '家', period: '2017-05' }, { value: 10, unit: '家', period: '2017-05' }]],
	['a span from this year to a later one (从今年到2017年) sets goals for its last year; a span to a year gone by reports that year', '2015-06-13', '从今年到2017年,全省建成旅游强县20个,力争比重达到65%。从2012年到2014年,全省建成旅游强县8个', [{ value: 20, period: '2017', role: 'target' }, { value: 65, period: '2017', role: 'target' }, { value: 8, period: '2014', role: 'actual' }]],
	['a quarter naming projects planned in it, in a report of that quarter\'s last month, is their period; the investment stated of planned projects is no plan', '2023-03-31', '今年一季度计划开工项目5个,总投资350.6亿元,已完成投资52.34亿元;计划竣工项目4个,总投资19.23亿元', [{ value: 5, period: '2023-Q1', role: 'target' }, { value: 35060000000, period: '2023-Q1', role: 'actual' }, { value: 5234000000, period: '2023-Q1', role: 'actual' }, { value: 4, period: '2023-Q1', role: 'target' }, { value: 1923000000, period: '2023-Q1', role: 'actual' }]],
	['春节“黄金周”的头一天, quotes around 黄金周 or not, is the holiday\'s first day (4 February in 2019), not the whole holiday', '2019-02-05', '2月4日既是春节“黄金周”的头一天,也是立春。省文旅厅当天介绍,景区合计接待游客68.31万人次。红色旅游景区共接待游客9.8万人次', [{ value: 683100, period: '2019-02-04/2019-02-04' }, { value: 98000, period: '2019-02-04/2019-02-04' }]],
	['春节长假前三天 counts from 除夕 (4 February in 2019), and 正月初二 is a date', '2019-02-07', '春节长假已过三天。长假前三天来连游客共69.65万人次,同比增长10.01%。天门山景区正月初二开园,当日接待游客3000余人', [{ value: 696500, period: '2019-02-04/2019-02-06', yoy_reported: 10.01 }, { value: 3000, period: '2019-02-06/2019-02-06', qualifier: '余' }]],
	['春节假期前四天 named with its holiday counts from 除夕 too (27 January in 2017); 大年初三 and 正月十五 are dates', '2017-02-12', '春节假期前四天,全国接待游客2.58亿人次。大年初三,全市接待游客5万人次。正月十五,全市接待游客6万人次', [{ period: '2017-01-27/2017-01-30' }, { period: '2017-01-30/2017-01-30' }, { period: '2017-02-11/2017-02-11' }]],
	['端午假期首日 · 假期第一天 · a venue\'s 首日 after the holiday is named: the holiday\'s first day (端午 2025 is Saturday 31 May to 2 June)', '2025-06-01', '端午假期首日,全省共接待游客485万人次。端午假期第一天全省客流889.93万人次。湖北省博物馆首日接待游客18545人次', [{ value: 4850000, period: '2025-05-31/2025-05-31' }, { value: 8899300, period: '2025-05-31/2025-05-31' }, { value: 18545, period: '2025-05-31/2025-05-31' }]],
	['首日 with no holiday named before it is no holiday\'s day (a venue\'s opening day keeps the report\'s year)', '2025-06-01', '新馆开馆首日接待游客1.2万人次', [{ value: 12000, period: '2025' }]],
	['中秋假期第二天 and 前两天: 中秋 on Tuesday 17 September 2024 is a holiday from Sunday the 15th', '2024-09-16', '截至16日15时,中秋假期第二天全省接待游客486.8万人次。中秋假期前两天,全省累计接待游客948.5万人次', [{ value: 4868000, period: '2024-09-16/2024-09-16' }, { value: 9485000, period: '2024-09-15/2024-09-16' }]],
	['当天 opening a clause is the day named last in its paragraph, not the span in the title; 当日最大承载量 inside a clause is no period', '2023-10-04', '四川中秋国庆前五天客流超两千四百万人次\n2023年10月4日\n10月3日,全省文旅市场热度不减。省文旅厅消息,当天全省接待游客600.87万人次,门票收入7572.08万元。\n中秋国庆假期前5天,全省累计接待游客2426.08万人次,多个景区达到当日最大承载量', [{ value: 6008700, period: '2023-10-03/2023-10-03' }, { value: 75720800, period: '2023-10-03/2023-10-03' }, { value: 24260800, period: '2023-09-29/2023-10-03' }]],
	['春节长假前三天 takes the year written earlier in its sentence, not the report’s; 五一假期第二天 too', '2020-01-10', '2019年全市春节长假前三天接待游客69.65万人次。2019年,五一假期第二天全市接待游客3万人次', [{ value: 696500, period: '2019-02-04/2019-02-06' }, { value: 30000, period: '2019-05-02/2019-05-02' }]],
	['the day an inspection’s findings were given is the date of that act, not the period of what it found; a day opening a tourism report is its period', '2023-10-26', '10月25日,巡察组向局党组反馈了巡察意见,指出10个具体问题。\n10月3日,全省接待游客600万人次', [{ value: 10, period: '2023' }, { value: 6000000, period: '2023-10-03/2023-10-03' }]],
	['目前 is said of its own numbered point: past the next numbered heading the year stated before it holds again', '2021-06-09', '一、公共文化服务\n2020年度确保人均公共文化支出达到150元。目前器材采购已完成招标。\n二、旅游公共服务\n另有2座厕所暂未录入', [{ value: 150, period: '2020', role: 'target' }, { value: 2, unit: '座', period: '2020' }]],
	['a holiday named inside a bracketed remark holds inside it and is not the one 假日 refers back to', '2021-10-08', '2021年国庆节假期,全国出游5.15亿人次(2019年国庆7天全国共接待国内游客7.82亿人次)。假日客流集中在省内,49.1%的游客选择省内跨市游', [{ value: 515000000, period: '2021-national-day' }, { value: 782000000, period: '2019-national-day' }, { value: 49.1, period: '2021-national-day' }]],
	['a span read after a holiday was named that starts on its first official day spells it out for 假日 later; a span of other days does not', '2021-10-08', '2021年国庆节假期文化和旅游市场情况公布。经测算,10月1日至7日,全国出游5.15亿人次。假日客流集中在省内,49.1%的游客选择省内跨市游。\n国庆假期,全市接待游客10万人次。10月3日至5日,古城接待游客2万人次。假日单日最多接待游客1万人次', [{ period: '2021-10-01/2021-10-07' }, { value: 49.1, period: '2021-10-01/2021-10-07' }, { value: 100000, period: '2021-national-day' }, { value: 20000, period: '2021-10-03/2021-10-05' }, { value: 10000, period: '2021-national-day' }]],
	['a year in brackets right after a comparison with its same period (同期的59.9%) is that year’s same holiday; a year in brackets elsewhere is the year', '2021-10-08', '2021年国庆节假期,实现国内旅游收入3890.61亿元,恢复至疫前同期的59.9%(2019年国内旅游收入为6497.1亿元)。2021年全市接待游客100万人次(2019年为80万人次)', [{ value: 389061000000, period: '2021-national-day', change: { kind: 'recovery', base: '2019', value: 59.9 } }, { value: 649710000000, period: '2019-national-day' }, { value: 1000000, period: '2021' }, { value: 800000, period: '2019' }]],
	['端午 on Thursday 25 June 2020 starts that day; on Monday 10 June 2024 it starts on the Saturday', '2024-06-12', '2020年端午假期前两天,全市接待游客10万人次。端午假期第二天,全市接待游客3万人次', [{ period: '2020-06-25/2020-06-26' }, { period: '2024-06-09/2024-06-09' }]],
	['a day counted to (截至…14时30分) after the day a programme was launched is the span from the launch', '2020-05-05', '活动4月23日正式启动。\n截至4月29日14时30分,消费券核销了160万张,核销金额2753万元', [
		{ value: 1600000, unit: '张', period: '2020-04-23/2020-04-29' }, { value: 27530000, unit: '元', period: '2020-04-23/2020-04-29' }
	]],
	['节前 after a holiday is the year, not the holiday; a span after 于 (于5月1日至5月31日举办) holds for its own sentence', '2020-05-05', '为鼓励市民在“五一”期间出门,福州节前还发放了体育消费券200万元。平潭于5月1日至5月31日举办消费月,拟投放消费券总额1500万元。泉州市预计总额1.5亿元', [
		{ value: 2000000, period: '2020', role: 'actual' }, { value: 15000000, period: '2020-05-01/2020-05-31', role: 'target' }, { value: 150000000, period: '2020', role: 'target' }
	]],
	['a part of a year, and the same part of the year before named as its base, hold to the full stop when the sentence opened with the year', '2011-07-28', '今年游客明显增多,2011年上半年就有1050人次,2010年上半年为681人次。景区由39个独立景点组成', [{ value: 1050, period: '2011-H1' }, { value: 681, period: '2010-H1' }, { value: 39, period: '2011' }]],
	['two days joined by 到 (从除夕到正月初六) are the span between them, the lunar days found with Intl’s Chinese calendar', '2012-02-17', '漠河北极村从除夕到正月初六旅游人数达到4000人', [{ value: 4000, unit: '人', period: '2012-01-22/2012-01-28' }]],
	['a bare 假期 inside a clause in a later paragraph names the holiday, not the days spelled out in an earlier one; in the same paragraph the days hold', '2019-02-12', '春节冰雪游升温\n2019年2月12日\n2月4日至10日春节期间,全区共接待游客174946人次。雪场假期累计接待游客7万人次。\n哈尔滨冰雪乐园假期累计接待游客1.7万人次,收入299万元。', [{ value: 174946, period: '2019-02-04/2019-02-10' }, { value: 70000, period: '2019-02-04/2019-02-10' }, { value: 17000, period: '2019-spring-festival' }, { value: 2990000, period: '2019-spring-festival' }]],
	// Round fifteen (fixtures 234–246).
	['a span of days in brackets without its month (1-7日为N) is its own span in the holiday’s month, holding inside the brackets; 同比增长-14.21% is a fall', '2009-10-09', '国庆、中秋假期,景区接待游客107050人次(1-7日为102550人次,同比增长-14.21%),门票收入6.414万元', [
		{ value: 107050, period: '2009-national-day', yoy_reported: null }, { value: 102550, period: '2009-10-01/2009-10-07', yoy_reported: -14.21 }, { value: 64140, period: '2009-national-day' }
	]],
	['bracketed days before the holiday’s first day of the month run into the next month (春节 2014 from 30 January)', '2014-02-08', '春节黄金周,景区接待游客2万人次(1-6日为1.8万人次)', [{ value: 20000, period: '2014-spring-festival' }, { value: 18000, period: '2014-02-01/2014-02-06' }]],
	['a year inside a clause naming when something was done (今年开放后) or which edition of an event (2021年…活动暨…举行) keeps the holiday; a year inside a clause of its own still is the period', '2021-06-15', '端午假期,景区今年开放后首次迎来假日,接待游客3813人次。端午节期间,全州2021年文化遗产日活动暨嘉年华在古城举行,设2个分会场。全省2020年旅游市场持续回暖,接待游客100万人次', [
		{ value: 3813, period: '2021-dragon-boat' }, { value: 2, unit: '个', period: '2021-dragon-boat' }, { value: 1000000, period: '2020' }
	]],
	['comparisons with 2019 in the next sentence, of no figures, go to the one figure before that counts what each names (人次, 收入), and the quote stays in its paragraph', '2021-10-02', '截至1日12时,全区共接待游客11.9万人次,同比增加34.9%;实现旅游收入1585.6万元,同比增加50.4%。\n今年国庆首日全区旅游接待人次与疫情前的2019年同期相比仍下降11.3%,但旅游直接收入较2019年同期增长15.5%。', [
		{ value: 119000, period: '2021-10-01/2021-10-01', yoy_reported: 34.9, change: { kind: 'base_growth', base: '2019', value: -11.3 }, quote: '截至1日12时,全区共接待游客11.9万人次,同比增加34.9%' },
		{ value: 15856000, yoy_reported: 50.4, change: { kind: 'base_growth', base: '2019', value: 15.5 } }
	]],
	['the planned total of projects (计划总投资额) in a half-year report is a target of the year', '2022-07-20', '2022年1月至6月,全省在建项目完成投资597.75亿元。\n从规模看,10亿元以上的项目有255个,计划总投资额14298.31亿元。', [
		{ value: 59775000000, period: '2022-H1', role: 'actual' }, { value: 255, period: '2022-H1' }, { value: 1429831000000, period: '2022', role: 'target' }
	]],
	['年初四 (Macau) is the fourth day of the lunar new year, not the day named before it carried on; 2025年初 is no day', '2025-02-05', '旅客高峰出现在年初三(1月31日),录得21.9万人次;年初四的旅客亦有21.8万人次。2025年初接待游客100万人次', [
		{ value: 219000, period: '2025-01-31/2025-01-31' }, { value: 218000, period: '2025-02-01/2025-02-01' }, { value: 1000000, period: '2025' }
	]],
	['a base that states its own level (多于去年中秋四天连假的218.5万人次) is last year’s holiday for that level only; the change after it is this year’s figure’s', '2014-09-08', '今年中秋三天连假,各游乐区合计旅游人次达228万,多于去年中秋四天连假的218.5万人次,成长4.54%,产值超过22亿元。', [
		{ value: 2280000, period: '2014-mid-autumn', yoy_reported: 4.54 }, { value: 2185000, period: '2013-mid-autumn', yoy_reported: null }, { value: 2200000000, period: '2014-mid-autumn' }
	]],
	['a bare 今年 after this year’s holiday was named speaks of that holiday, also in the next paragraph; without a holiday before it is the year', '2014-09-08', '今年中秋三天连假,各游乐区旅游人次达228万。\n观光局指出,今年民众出游仍以户外赏景为主。各国家风景区的旅客人数达58万人。', [
		{ value: 2280000, period: '2014-mid-autumn' }, { value: 580000, period: '2014-mid-autumn' }
	]],
	['a bare 今年 with no holiday named before it is the year', '2014-09-08', '观光局指出,今年民众出游仍以户外赏景为主。各国家风景区的旅客人数达58万人。', [{ value: 580000, period: '2014' }]],
	['the base’s dates in brackets after 较去年同期 are no period of the next sentence’s figure', '2019-09-16', '中秋假期三天(9月13日至15日),出入境人次逾158万,较去年同期(2018年9月22日至24日)上升3.4%。大桥口岸三天共有超过11万人次。', [
		{ value: 1580000, period: '2019-09-13/2019-09-15', yoy_reported: 3.4 }, { value: 110000, period: '2019-09-13/2019-09-15' }
	]],
	['a year singled out (仅2018年) holds for its own sentence; the next sentences are the report\'s year again, as they are after a plain year', '2019-04-01', '仅2018年,全县新修建健身广场160处。全县培训文艺骨干450余人。2018年全县完成送戏下乡1200余场。各类文化队伍近800个', [{ value: 160, period: '2018' }, { value: 450, period: '2019' }, { value: 1200, period: '2018' }, { value: 800, period: '2018' }]],
];

describe('periods and dates from report text', () => {
	readsAs(DATED_CASES);

	it('reads a holiday named without a year that has not come yet in the report year as last year’s, but not a near one', () => {
		expect(read('国庆中秋假期,全县共接待游客42.5万人次', '2013-01-04')[0]).toMatchObject({ period: '2012-national-day' });
		expect(read('春节期间,全县共接待游客42.5万人次', '2013-01-04')[0]).toMatchObject({ period: '2013-spring-festival' });
		expect(read('国庆期间,计划接待游客42.5万人次', '2013-06-15')[0]).toMatchObject({ period: '2013-national-day', role: 'target' });
		expect(read('2012年国庆期间,全县共接待游客42.5万人次', '2013-01-04')[0]).toMatchObject({ period: '2012-national-day' });
	});

	it('中秋国庆假期前5天 in a year whose 中秋 falls on 29 September starts on 中秋, not on 1 October', () => {
		const got = read('中秋国庆假期前5天,全省A级旅游景区累计接待游客2426.08万人次。', '2023-10-04');
		expect(got).toHaveLength(1);
		expect(got[0]).toMatchObject({ value: 24260800, period: '2023-09-29/2023-10-03' });
	});
	it('reads a 元旦 holiday as the span the text writes for it, else the year’s official span, else no period', () => {
		expect(read('2023年元旦节假期,全国国内旅游出游5271.34万人次;元旦3天实现国内旅游收入265.17亿元', '2023-01-02').map((c) => c.period)).toEqual(['2022-12-31/2023-01-02', '2022-12-31/2023-01-02']);
		expect(read('元旦假期三天全国国内出游1.42亿人次。2026年首个假期(1月1-3日)国内游客人均消费支出597.1元', '2026-01-05').map((c) => c.period)).toEqual(['2026-01-01/2026-01-03', '2026-01-01/2026-01-03']);
		expect(read('2019年元旦假期三天人均消费支出约为611.8元', '2026-01-05')[0]).toMatchObject({ period: '2018-12-30/2019-01-01', qualifier: '约' });
		// A day count that the year's notice does not give (2025's was one day), and a holiday with neither a year nor dates.
		expect(read('2025年元旦假期三天接待游客10万人次', '2026-01-05')[0]).toMatchObject({ period: null });
		expect(read('元旦小长假全省接待游客853.79万人次', '2016-07-14')[0]).toMatchObject({ period: null });
		const spans = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026].map(newYearSpan);
		expect(spans).toEqual([
			'2014-01-01/2014-01-01', '2015-01-01/2015-01-03', '2016-01-01/2016-01-03', '2016-12-31/2017-01-02', '2017-12-30/2018-01-01', '2018-12-30/2019-01-01',
			'2020-01-01/2020-01-01', '2021-01-01/2021-01-03', '2022-01-01/2022-01-03', '2022-12-31/2023-01-02', '2023-12-30/2024-01-01', '2025-01-01/2025-01-01', '2026-01-01/2026-01-03'
		]);
		expect(newYearSpan(2013)).toBeNull();
	});

	it('reads a title with a thousands separator as a title line', () => {
		const got = extractFigures('2019年上半年逾9,600万人次出入境(据报道改写)\n2019年7月21日\n上半年各口岸共录得9,671万人次出入境', { ...opts, date: null });
		expect(got.candidates.map((c) => c.value)).toEqual([96710000]);
	});

	it('reads a headline that ends in ! as a title line, not as body text', () => {
		const got = extractFigures('9.84亿人次!重点村带动乡村旅游\n2021年9月3日\n全国乡村旅游接待总人次为9.84亿', { ...opts, date: null });
		expect(got.date).toBe('2021-09-03');
		expect(got.candidates.map((c) => c.line)).toEqual([3]);
	});

	it('reads years of the ROC calendar only in a text that is Taiwan’s', () => {
		expect(read('观光署统计,112年来台旅客648.6万人次')[0]).toMatchObject({ period: '2023' });
		expect(read('建党100年,全市接待游客648.6万人次')[0]).toMatchObject({ period: '2024' });
		expect(read('台湾地区住客25.6万人次;建党100年,全市接待游客648.6万人次')[1]).toMatchObject({ period: '2024' });
	});

	it('takes the report date from --date, else the title lines or the signature, else today', () => {
		expect(findReportDate('某市通报\n2018年4月20日\n正文')).toBe('2018-04-20');
		expect(findReportDate('某市通报\n发布日期:2015-10-08\n正文')).toBe('2015-10-08');
		expect(findReportDate('2023年1-2月运行情况\n正文')).toBeNull();
		expect(findReportDate('正文。\n某局\n2024年6月15日')).toBe('2024-06-15');
		expect(extractFigures('正文', { ...opts, date: null, today: '2030-01-02' }).date).toBe('2030-01-02');
	});
});
