// Patterns the reader missed in round twenty-two's blind fixtures (331–344): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// 1. A span of days with no month opening a clause, after a holiday was named: the days in the holiday's month.
	['a span of days without its month (19日至21日) opening a clause is a span in the month of the holiday named before it', '2013-09-23', '中秋假日,全市接待游客88万人次。\n据统计,19日至21日,全市共接待游客90万人次,收入3.83亿元。\n分景区看,南湖接待游客1370人次', [
		{ value: 880000, period: '2013-mid-autumn' }, { value: 900000, period: '2013-09-19/2013-09-21' }, { value: 383000000, period: '2013-09-19/2013-09-21' }, { value: 1370, period: '2013-09-19/2013-09-21' }
	]],
	['a span of days without its month and no holiday before it is in the report\'s month (or the one before when its days are still to come)', '2024-06-15', '3日至9日,全市接待游客5万人次。\n20日至22日,全县接待游客2万人次', [
		{ value: 50000, period: '2024-06-03/2024-06-09' }, { value: 20000, period: '2024-05-20/2024-05-22' }
	]],
	['a span of days inside a clause (于3日至5日举办) is no period', '2024-06-15', '2024年活动于3日至5日举办,接待游客5万人次', [{ value: 50000, period: '2024' }]],
	// 2. Days of the first lunar month written bare (初四当天, 初五) in a text about the Spring Festival.
	['初四当天 and 初五 written bare in a Spring Festival text are days of the first lunar month (除夕 on 22 January 2012)', '2012-01-30', '春节期间,全县旅游效益稳中有升。\n正月初四、初五是高峰期,初四当天接待游客10.5万人次,初五接待游客13.5万人次。', [
		{ value: 105000, period: '2012-01-26/2012-01-26' }, { value: 135000, period: '2012-01-27/2012-01-27' }
	]],
	['初一 · 初步 · 初期 in a text of no Spring Festival are no days', '2024-06-15', '初步统计,初期全市接待游客5万人次', [{ value: 50000, period: '2024' }]],
	// 3. The holiday named again after its days were given.
	['a bare 假日期间 after the holiday\'s days were given (19日至21日) is that span, and so are the paragraphs after it', '2013-09-23', '中秋假日,全市接待游客88万人次。\n19日至21日,全市共接待游客90万人次。假日期间共接待游客咨询十余件。\n南湖接待游客1370人次', [
		{ value: 880000, period: '2013-mid-autumn' }, { value: 900000, period: '2013-09-19/2013-09-21' }, { value: 10, period: '2013-09-19/2013-09-21' }, { value: 1370, period: '2013-09-19/2013-09-21' }
	]],
	['a holiday named again after a span spelled in its own days (除夕至正月初六) is that span; a day inside it holds for its clause', '2012-01-30', '今年春节期间,全县旅游效益稳中有升。1月22日至28日(除夕至正月初六),全县共接待游客64.4万人次。\n春节期间,全县推出系列活动。\n初五接待游客13.5万人次,游客以本地居民为主。一日游游客占总接待量的95%。', [
		{ value: 644000, period: '2012-01-22/2012-01-28' }, { value: 135000, period: '2012-01-27/2012-01-27' }, { value: 95, period: '2012-01-22/2012-01-28' }
	]],
	['a holiday the body first names after its days were given (the title named it) is that span', '2024-10-08', '国庆黄金周旅客入境\n2024年10月8日\n10月1日至7日约有99.3万人次旅客入境。\n国庆假期酒店平均入住率达94.5%。', [
		{ value: 993000, period: '2024-10-01/2024-10-07' }, { value: 94.5, period: '2024-10-01/2024-10-07' }
	]],
	['two days joined by 及 (10月3日及4日的入住率) are a span of their own', '2024-10-08', '10月1日至7日酒店平均入住率达94.5%,其中以10月3日及4日的入住率最高,达98.5%。', [
		{ value: 94.5, period: '2024-10-01/2024-10-07' }, { value: 98.5, period: '2024-10-03/2024-10-04' }
	]],
	['a rate\'s change in points against last year\'s holiday (较2023年国庆假期上升6.7个百分点) is its 同比 in points', '2024-10-08', '国庆假期酒店平均入住率达94.5%,较2023年国庆假期上升6.7个百分点。', [
		{ value: 94.5, yoy_points: 6.7, yoy_reported: null }
	]],
	['初五是 (a day of the month before 是) is no enumerated point that resets the period', '2012-01-30', '今年春节期间,全县旅游效益稳中有升。1月22日至28日(除夕至正月初六),全县共接待游客64.4万人次。\n正月初四、初五是高峰期。一日游游客占总接待量的95%。', [
		{ value: 644000, period: '2012-01-22/2012-01-28' }, { value: 95, period: '2012-01-22/2012-01-28' }
	]],
	// 4. A past record day.
	['a full date right before a figure (打破了2019年10月5日16.2万人次的纪录) is that figure\'s day, for its clause only', '2024-10-08', '10月1日至7日约有99.3万人次旅客入境。此外,10月3日入境旅客达17.4万人次,打破了2019年10月5日16.2万人次的单日最高纪录,全市接待游客5万人次。', [
		{ value: 993000, period: '2024-10-01/2024-10-07' }, { value: 174000, period: '2024-10-03/2024-10-03' }, { value: 162000, period: '2019-10-05/2019-10-05' }, { value: 50000, period: '2024-10-03/2024-10-03' }
	]],
	['a past record named between the date and its 的 (仅次于2019年2月7日最高纪录的22.6万人次) is that day\'s', '2024-02-16', '年初三入境旅客为21.7万人次,仅次于2019年2月7日最高纪录的22.6万人次。', [
		{ value: 217000, period: '2024-02-12/2024-02-12' }, { value: 226000, period: '2019-02-07/2019-02-07' }
	]],
	['two days joined by 及 before a 分别 list give one day to each figure', '2016-12-29', '在12月24日及25日,出入境总数分别为537014人次及536534人次。', [
		{ value: 537014, period: '2016-12-24/2016-12-24' }, { value: 536534, period: '2016-12-25/2016-12-25' }
	]],
	// 5. A daily average's change named with its measure.
	['a daily average\'s change against last year named with its measure (较2023年同期日均客量上升22.9%) is the average\'s 同比', '2024-10-08', '10月1日至7日约有99.3万人次旅客入境,日均约14.1万人次,较2023年同期日均客量上升22.9%,也超过了2019年同期的日均旅客量。', [
		{ value: 993000, yoy_reported: null }, { value: 141000, yoy_reported: 22.9 }
	]],
	// 6. The year so far.
	['a count to 同日 after 昨日 (截至同日上午十一时), with no period before it, is the year to the day before the report; the paragraphs after it too', '2025-07-09', '治安警昨日表示,截至同日上午十一时,入境旅客突破二千万人次,日均为十点六万人次。\n其中内地旅客占比最高,达百分之七十一点六。', [
		{ value: 20000000, period: '2025-01-01/2025-07-08' }, { value: 106000, period: '2025-01-01/2025-07-08' }, { value: 71.6, period: '2025-01-01/2025-07-08' }
	]],
	['截至当日15时 after a holiday\'s day stays that day', '2026-02-15', '2月15日是2026年春节假期第一天。截至当日15时,全省景区共接待游客465.10万人次', [{ value: 4651000, period: '2026-02-15/2026-02-15' }]],
	['自2017年…以来 with a long name between (a programme listed as a government task) runs from that year to the report date', '2024-01-09', '自2017年“免费送戏下乡进村”工程列入山西省政府民生实事以来,7年间全省送戏总数已突破10万场。', [{ value: 100000, period: '2017-01-01/2024-01-09' }]],
	// 7. A list of shares in Chinese numerals with 百分之 written once.
	['a list after 百分之 written once (分别占百分之四十一、二十四点一及十三点五) gives every item', '2025-07-09', '2025年旅客多经关闸口岸、港珠澳大桥澳门口岸或横琴口岸进出境,分别占百分之四十一、二十四点一及十三点五。', [
		{ value: 41, unit: '%' }, { value: 24.1, unit: '%' }, { value: 13.5, unit: '%' }
	]],
	// 8. The year of a plan holds for the plan only.
	['全年计划 names the plan\'s year in its own clause; the actual counts after it keep the span before it (2020年以来)', '2020-08-24', '2020年以来,共举办乡村春晚20余场;完成演出100余场,全年计划演出923场;全市放映农村电影3939场次,观影群众达60万人次。', [
		{ value: 20, period: '2020-01-01/2020-08-24' }, { value: 100, period: '2020-01-01/2020-08-24' }, { value: 923, period: '2020', role: 'target' }, { value: 3939, period: '2020-01-01/2020-08-24', role: 'actual' }, { value: 600000, period: '2020-01-01/2020-08-24' }
	]],
	// 9. Changes named by their measure.
	['changes whose clauses name their measure by its unit (演出场次增长了19.2%,观众人次增长了15.8%) go to the figures counted in that unit', '2008-02-14', '春节期间,全市主要演出场所上演剧目77台、254场次,共吸引观众11万余人次,演出场次增长了19.2%,观众人次增长了15.8%。', [
		{ value: 77, yoy_reported: null }, { value: 254, yoy_reported: 19.2 }, { value: 110000, yoy_reported: 15.8 }
	]],
	['changes named by 项数 and 场数 go to the counts in 项 and 场', '2023-01-27', '春节假期,全市组织开展群众文化活动1837项、3653场,活动项数同比增长63.4%,活动场数同比增长68%。', [
		{ value: 1837, yoy_reported: 63.4 }, { value: 3653, yoy_reported: 68 }
	]],
	// 10. A lead's changes after 与去年同期相比, one for a figure given later.
	['bare changes after 与去年同期相比 are 同比; one of a measure the lead gives no figure of goes to that measure stated later (收入)', '2018-01-04', '元旦小长假,全县共接待国内游客13810人次,与去年同期相比,游客总量增长28%,旅游收入增长53%。\n据统计,其中过夜游客6972人次,实现旅游收入847万元。', [
		{ value: 13810, yoy_reported: 28 }, { value: 6972, yoy_reported: null }, { value: 8470000, yoy_reported: 53 }
	]],
	['a comparison with 2019 before bare changes is no 同比', '2021-10-08', '国庆假期,全县共接待游客13810人次,与2019年同期相比,游客总量增长28%。', [{ value: 13810, yoy_reported: null }]],
	// 11. A notice's counts and a qualifier before 占.
	['the places a notice sanctions (10家…作出处理, 3家景区被严重警告) are counted in the notice\'s month; a month stated keeps its own', '2017-05-09', '省旅游局8日通报了检查情况,决定对今年暗访复核中存在严重问题的10家景区分别作出处理。此外,3家景区被严重警告。今年4月,全省对20家景区进行了暗访检查,数量约占全省4A级景区总数的22%。', [
		{ value: 10, period: '2017-05' }, { value: 3, period: '2017-05' }, { value: 20, period: '2017-04' }, { value: 22, period: '2017-04', qualifier: '约' }
	]],
	['a count of places visited or built (not sanctioned) keeps the year', '2017-05-09', '今年全省新建景区10家。', [{ value: 10, period: '2017' }]],
	// 12. Counts that only name a subject.
	['counts of subjects listed before 分别, venues that staged or screened the next figure, and places after 在…等 are no figures', '2008-02-14', '全省纳入监测的108家旅游景区、33家温泉景区分别接待游客224.74万人次、6.91万人次。全市30余家主要演出场所上演了音乐会、歌舞等剧目77台、254场次。全市6大院线所属65家影院联手放映影片,共映出5577场次。剧团在密云、平谷等6个区县影剧院演出评剧。', [
		{ value: 2247400 }, { value: 69100 }, { value: 77 }, { value: 254 }, { value: 5577 }
	]],
	['a count of venues with a figure of its own stays a figure', '2008-02-14', '全市新建剧院5家,演出300场。', [{ value: 5 }, { value: 300 }]],
	['a lead\'s figures restated in a later paragraph are one figure each, with the days over the holiday\'s name and the lead\'s change', '2013-09-23', '中秋假日,全市共接待游客88万人次,同比增长10%,实现旅游收入3.83亿元。\n19日至21日,全市共接待游客88万人次,收入3.83亿元,游客人均日消费434.9元。', [
		{ value: 880000, period: '2013-09-19/2013-09-21', yoy_reported: 10 }, { value: 383000000, period: '2013-09-19/2013-09-21' }, { value: 434.9 }
	]],
	['the same small count in two paragraphs (2家) is kept twice; the same number in one paragraph too', '2017-05-09', '其中2家被摘牌。\n另有2家被降级。甲景区接待游客1000人次,乙景区接待游客1000人次。', [
		{ value: 2 }, { value: 2 }, { value: 1000 }, { value: 1000 }
	]],
	['the same amount of two subjects in two paragraphs (A景区 and B景区, 甲县 and 乙县) is two figures; 全县 in the lead and the county by name in the body are one', '2018-01-04', '国庆假期,A景区接待游客1.2万人次。\nB景区接待游客1.2万人次。\n今年1-3月,甲县接待游客12000人次。\n乙县接待游客12000人次。\n元旦小长假,全县共接待国内游客13810人次,同比增长28%。\n据统计,元旦小长假期间,华宁县共接待国内游客13810人次。', [
		{ value: 12000 }, { value: 12000 }, { value: 12000 }, { value: 12000 }, { value: 13810, yoy_reported: 28 }
	]],
];

describe('round twenty-two patterns', () => {
	readsAs(CASES);
});
