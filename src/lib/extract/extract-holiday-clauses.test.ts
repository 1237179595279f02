// Patterns the reader missed in blind rounds (B1–B10): prose tables with the unit in a bracketed label, holiday spans
// carried over paragraphs, changes stated in later clauses by the measure they name, bounds, recoveries, periods that
// leak, counts of places over a bound, round 千场, heading lines and 截至 a month. Each row: [name, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// B1: a table written in prose lines, the unit only in a bracketed label.
	['B1: a label with its unit in brackets, a colon and a bare number (旅游总收入(亿元):1289.21), then its change', '2024-10-08', '2024年国庆假期旅游情况\n2024年10月8日\n旅游总收入(亿元):1289.21,增长12.5%\n接待游客（万人次）：1520.3，同比增长8.5%', [
		{ value: 128921000000, unit: '元', period: '2024-national-day', yoy_reported: 12.5 }, { value: 15203000, unit: '人次', period: '2024-national-day', yoy_reported: 8.5 }
	]],
	['B1: prose lines of several labels on one line, separated by semicolons, a fall as a minus', '2024-07-20', '2024年上半年全市旅游统计\n国内游客(万人次):1520.3,增长8.5%;入境游客(人次):12600,下降3.2%', [
		{ value: 15203000, unit: '人次', period: '2024-H1', yoy_reported: 8.5 }, { value: 12600, unit: '人次', period: '2024-H1', yoy_reported: -3.2 }
	]],
	['B1: a header naming no period (绝对数(万人次) | 比上年增长(%)) takes the period above the table; the bare ±% column is the 同比', '2024-10-20', '2024年1-9月全市旅游主要指标\n指标 | 绝对数(万人次) | 比上年增长(%)\n国内游客 | 1520.3 | 8.5\n入境游客 | 12.6 | -3.2', [
		{ value: 15203000, unit: '人次', period: '2024-YTD09', yoy_reported: 8.5, label: '国内游客' }, { value: 126000, unit: '人次', period: '2024-YTD09', yoy_reported: -3.2, label: '入境游客' }
	]],
	['B1: a header of a value column with a unit column between (指标 | 单位 | 数值 | 同比增长(%))', '2024-07-20', '2024年上半年旅游统计\n指标 | 单位 | 数值 | 同比增长(%)\n旅游总收入 | 亿元 | 86.5 | 10.2\n接待游客 | 万人次 | 900.1 | -1.5', [
		{ value: 8650000000, unit: '元', period: '2024-H1', yoy_reported: 10.2 }, { value: 9001000, unit: '人次', period: '2024-H1', yoy_reported: -1.5 }
	]],
	['B1: a space before the bracket, 为 after it, and a change after a space (1200.5 下降3.2%); a 绝对量 column', '2024-07-20', '2024年上半年全市旅游统计\n国内游客 (万人次):1520.3,增长8.5%\n旅游总收入(亿元)为86.5,同比增长10.2%\n旅游外汇收入(万美元) 1200.5 下降3.2%\n指标名称 | 绝对量(万人次) | 增长(%)\n入境游客 | 12.6 | -3.2', [
		{ value: 15203000, unit: '人次', yoy_reported: 8.5 }, { value: 8650000000, unit: '元', yoy_reported: 10.2 }, { value: 12005000, unit: '美元', period: '2024-H1', yoy_reported: -3.2 }, { value: 126000, unit: '人次', period: '2024-H1', yoy_reported: -3.2 }
	]],
	// B2: a dated holiday span opening the report carries to its later paragraphs that name no other period.
	['B2: 10月1日至7日 opening a report of 国庆 holds over a numbered section heading after it', '2024-10-08', '10月1日至7日,全市接待游客312.5万人次,同比增长8%。\n一、乡村旅游持续火热\n全市乡村旅游点接待游客120万人次。', [
		{ value: 3125000, period: '2024-10-01/2024-10-07', yoy_reported: 8 }, { value: 1200000, period: '2024-10-01/2024-10-07' }
	]],
	['B2: …and over numbered points ((二), 一是) that name no period; a paragraph naming its own period keeps it', '2024-10-08', '10月1日至7日,全市接待游客312.5万人次。\n(二)文化活动丰富多彩\n全市举办文化活动120场。\n一是乡村游火热,乡村旅游点接待游客50万人次。\n今年以来,全市接待游客3000万人次。', [
		{ period: '2024-10-01/2024-10-07' }, { value: 120, period: '2024-10-01/2024-10-07' }, { value: 500000, period: '2024-10-01/2024-10-07' }, { value: 30000000, period: '2024-01-01/2024-10-08' }
	]],
	['B2: a span of days that is no holiday’s (an inspection’s) does not carry past a numbered heading', '2024-06-20', '6月3日至6日,全市接待游客5万人次。\n一、整改情况\n共整改问题12个。', [
		{ value: 50000, period: '2024-06-03/2024-06-06' }, { value: 12, period: '2024' }
	]],
	['B2: a span of days without a month (19日至21日) opening a clause is in the report’s month; the spots under it take it too', '2013-09-23', '中秋假日汉中旅游综述\n2013年9月23日\n据统计,19日至21日,汉中共接待游客88万人次,收入3.83亿元。\n分景区看,南湖接待游客1370人次,收入8.04万元。', [
		{ value: 880000, period: '2013-09-19/2013-09-21' }, { value: 383000000, period: '2013-09-19/2013-09-21' }, { value: 1370, period: '2013-09-19/2013-09-21' }, { value: 80400, period: '2013-09-19/2013-09-21' }
	]],
	// B3: separate clauses naming each measure's change, then the 2019 comparisons after an opener.
	['B3: changes in the next sentence go to the figure whose measure each clause names; 与2019年相比, opens comparisons with 2019 (恢复到95% a recovery, 增长3% a growth over 2019)', '2024-10-08', '国庆假期,全市接待游客120万人次,实现旅游收入8亿元。其中游客人数同比增长12%,收入同比增长15%;与2019年相比,游客人数恢复到95%,收入增长3%。', [
		{ value: 1200000, yoy_reported: 12, change: { kind: 'recovery', base: '2019', value: 95 } }, { value: 800000000, yoy_reported: 15, change: { kind: 'base_growth', base: '2019', value: 3 } }
	]],
	['B3: the measures named in the opposite order of the figures still find their own', '2024-10-08', '国庆假期,全市接待游客120万人次,实现旅游收入8亿元。旅游收入同比增长15%,接待人次同比增长12%。', [
		{ value: 1200000, yoy_reported: 12 }, { value: 800000000, yoy_reported: 15 }
	]],
	['B3: in one sentence, a clause that is only a measure (收入同比增长15%) takes the figure of that measure, not the nearest', '2024-10-08', '国庆假期,全市接待游客120万人次,实现旅游收入8亿元,其中游客人数同比增长12%,收入同比增长15%。', [
		{ value: 1200000, yoy_reported: 12 }, { value: 800000000, yoy_reported: 15 }
	]],
	['B3: 与2019年同期相比, opening a sentence of measures and changes gives each its growth over 2019', '2023-10-08', '黄金周期间国内旅游出游人数8.26亿人次,国内旅游收入7534.3亿元。与2019年同期相比,国内旅游收入增长了4.1%,国内旅游出游人数增长了4.1%。', [
		{ value: 826000000, change: { kind: 'base_growth', base: '2019', value: 4.1 } }, { value: 753430000000, change: { kind: 'base_growth', base: '2019', value: 4.1 } }
	]],
	['B3: a change of a part named with other words (乡村旅游接待人数) is no change of the whole', '2024-10-08', '国庆假期,全市接待游客120万人次。乡村旅游接待人数同比增长20%。', [
		{ value: 1200000, yoy_reported: null }
	]],
	['B3: 与去年同期相比, opening a clause makes the bare rises after it 同比, each to the figure of its measure', '2018-01-04', '2018年元旦小长假,全县共接待国内游客13810人次,实现旅游收入847万元,与去年同期相比,游客总量增长28%,旅游收入增长53%。', [
		{ value: 13810, yoy_reported: 28 }, { value: 8470000, yoy_reported: 53 }
	]],
	// B4: a bound, then the exact changes in the next sentence.
	['B4: a sentence of bounds (均超过去年同期) yields nothing; the exact 同比 after it go to the figures, 同比 said once for both measures', '2024-10-08', '国庆假期,全市接待游客120万人次,实现旅游收入8亿元。游客人数和收入均超过去年同期。其中人数同比增长8.2%,收入增长10.1%。', [
		{ value: 1200000, yoy_reported: 8.2 }, { value: 800000000, yoy_reported: 10.1 }
	]],
	['B4: in one sentence, 同比 said once before a list of measures reaches the bare rise of the second', '2024-10-08', '国庆假期,全市接待游客120万人次,实现旅游收入8亿元,游客人数同比增长8.2%,收入增长10.1%。', [
		{ value: 1200000, yoy_reported: 8.2 }, { value: 800000000, yoy_reported: 10.1 }
	]],
	['B4: a bare rise of a part named with other words after a 同比 stays no change of a figure', '2024-10-08', '全市接待游客120万人次,同比增长8.2%,乡村旅游增长10.1%。', [
		{ value: 1200000, yoy_reported: 8.2 }
	]],
	// B5: a share of another year's level after a figure is a recovery with that base, never a 同比 nor a figure.
	['B5: 达2019年同期的110.2% · 恢复至2019年同期81% · 是2019年同期的81% · 为疫情前2019年同期的81%: recoveries to 2019, no figures of their own', '2024-10-08', '国庆假期,全市接待游客120万人次,达2019年同期的110.2%;实现旅游收入8亿元,恢复至2019年同期81%。乡村旅游接待游客50万人次,是2019年同期的81%;门票收入1亿元,为疫情前2019年同期的92%。', [
		{ value: 1200000, yoy_reported: null, change: { kind: 'recovery', base: '2019', value: 110.2 } }, { value: 800000000, yoy_reported: null, change: { kind: 'recovery', base: '2019', value: 81 } },
		{ value: 500000, change: { kind: 'recovery', base: '2019', value: 81 } }, { value: 100000000, change: { kind: 'recovery', base: '2019', value: 92 } }
	]],
	['B5: 达到2021年的75.5% in a 2024 report is a recovery to 2021 beside the 同比; 达到2019年同期的1.2倍 is a multiple of 2019', '2024-10-08', '国庆假期,全市接待游客120万人次,同比增长5%,达到2021年的75.5%;实现旅游收入8亿元,达到2019年同期的1.2倍。', [
		{ value: 1200000, yoy_reported: 5, change: { kind: 'recovery', base: '2021', value: 75.5 } }, { value: 800000000, yoy_reported: null, change: { kind: 'multiple', base: '2019', value: 1.2 } }
	]],
	// B6: periods that leak: 前5日 then 假期首日, 恰逢中秋 / 适逢周末 as remarks.
	['B6: 假期首日 after 国庆假期前5日 is the holiday’s first day, not the five days', '2024-10-06', '国庆假期前5日,全市接待游客120万人次。假期首日,全市接待游客30万人次。', [
		{ value: 1200000, period: '2024-10-01/2024-10-05' }, { value: 300000, period: '2024-10-01/2024-10-01' }
	]],
	['B6: 恰逢中秋 · 适逢中秋 · 适逢周末 are remarks: the period stays the holiday or span named before', '2023-10-08', '国庆假期恰逢中秋,全市接待游客120万人次,实现收入5亿元。\n10月1日至7日,适逢中秋,景区接待游客50万人次。\n五一假期,适逢周末,全市接待游客20万人次。', [
		{ value: 1200000, period: '2023-national-day' }, { value: 500000000, period: '2023-national-day' }, { value: 500000, period: '2023-10-01/2023-10-07' }, { value: 200000, period: '2023-labour-day' }
	]],
	['B6: in a text of the Spring Festival, 初四当天 and 初五 alone are days of the first lunar month (26 and 27 January 2012)', '2012-01-30', '1月22日至28日(除夕至正月初六),全县共接待游客64.4万人次。正月初四、初五是高峰期,初四当天接待游客10.5万人次,初五接待游客13.5万人次。', [
		{ value: 644000, period: '2012-01-22/2012-01-28' }, { value: 105000, period: '2012-01-26/2012-01-26' }, { value: 135000, period: '2012-01-27/2012-01-27' }
	]],
	['B6: 初 outside a Spring Festival text (初步, 年初) is no day', '2024-06-15', '全市初步统计,年初以来接待游客5万人次。', [{ value: 50000, period: '2024-01-01/2024-06-15' }]],
	// B7: a count of places written without 个 (6市) before a bound: the count is the figure, the bound is not.
	['B7: 等6市超过10亿元 · 等3省突破200亿元 · 全省16市均超过百亿元: the counts (in the place word, fixture 581) are figures, the bounds are not', '2024-10-08', '全省接待游客3000万人次,其中成都、绵阳等6市超过10亿元。河南、湖南等3省旅游收入突破200亿元。全省16市旅游收入均超过百亿元。', [
		{ value: 30000000 }, { value: 6, unit: '市', qualifier: null }, { value: 3, unit: '省' }, { value: 16, unit: '市' }
	]],
	['B7: a count of places naming the subject of an exact figure (3区接待游客120万人次) is no figure', '2024-10-08', '全市3区接待游客120万人次。', [{ value: 1200000 }]],
	// B8: 千场 / 百场 / 万场 as magnitude and unit.
	['B8: 千余场 · 近千场次 · 上千场 · 千场 · 百场 · 万余场 are round counts of events with their qualifiers; 数千场 is no number', '2024-10-08', '全市开展活动千余场,举办演出近千场次,非遗展示上千场,送戏下乡百场,讲座千场,阅读活动万余场,群众文化活动数千场。', [
		{ value: 1000, unit: '场', qualifier: '余' }, { value: 1000, unit: '场次', qualifier: '近' }, { value: 1000, unit: '场', qualifier: '超' }, { value: 100, unit: '场', qualifier: null },
		{ value: 1000, unit: '场', qualifier: null }, { value: 10000, unit: '场', qualifier: '余' }
	]],
	['B8: a round count inside a name in corner brackets (「百城百場」) or a slogan of round numerals (千村百场) is part of the name; 线上 is no qualifier', '2024-10-08', '推出「百城百場」活动。线上千场直播吸引观众。千村百场演出走进乡村。', [{ value: 1000, unit: '场', qualifier: null }]],
	// B9: a heading line restating a body figure, campaign names in quotes, a count naming the subject of the next figure.
	['B9: a heading line in the body (超300万人次) restating the paragraph under it is no second figure', '2024-10-08', '国庆假期全市旅游市场综述\n2024年10月8日\n国庆假期,全市旅游市场繁荣有序。\n全市接待游客超300万人次\n据统计,全市接待游客312.5万人次,同比增长8%。', [
		{ value: 3125000, qualifier: null, yoy_reported: 8, period: '2024-national-day' }
	]],
	['B9: a title block of four lines: the heading after it restates the body across a byline', '2024-10-08', '全市旅游市场综述\n市文旅局发布\n记者 张三\n全市国庆接待游客超300万人次\n2024年10月8日\n国庆假期,全市接待游客312.5万人次。', [
		{ value: 3125000, qualifier: null }
	]],
	['B9: a heading line with a figure the paragraph under it does not restate stays a figure', '2024-10-08', '国庆假期,全市旅游市场繁荣有序。\n乡村旅游接待游客超50万人次\n据统计,全市接待游客312.5万人次。', [
		{ value: 500000, qualifier: '超' }, { value: 3125000 }
	]],
	['B9: campaign names in quotes, traditional (“萬名山東人遊山東”, 「千村百鎮」), are no figures', '2024-10-08', '開展“萬名山東人遊山東”「千村百鎮」活動,全省接待遊客50萬人次。', [{ value: 500000 }]],
	['B9: a count ending its clause (纳入监测的188家景区,共接待…) names the subject of the next figure', '2024-10-08', '纳入监测的188家景区,共接待游客50万人次,同比增长5%。全省新增5家景区,共接待游客2万人次。', [
		{ value: 500000, yoy_reported: 5 }, { value: 5, unit: '家' }, { value: 20000 }
	]],
	// B10: 截至 a month gone by, and a month alone.
	['B10: 截至9月 and 截至9月底 in an October report count flows from January (YTD09); 9月份 alone is the month', '2024-10-15', '截至9月,全市接待游客1200万人次,实现旅游收入100亿元。截至9月底,全市接待游客1200万人次。9月份,全市接待游客150万人次。', [
		{ value: 12000000, period: '2024-YTD09' }, { value: 10000000000, period: '2024-YTD09' }, { value: 12000000, period: '2024-YTD09' }, { value: 1500000, period: '2024-09' }
	]],
	['B10: a stock counted to a month gone by (截至今年6月…2674个县) is that month’s; 截至 this month is this month', '2022-08-18', '截至今年6月,全国共有2674个县建成文化馆总分馆制。截至8月,全市接待游客100万人次。', [
		{ value: 2674, period: '2022-06' }, { value: 1000000, period: '2022-08' }
	]],
	['B10: 截至2023年9月 in a 2024 report is January to that September', '2024-03-15', '截至2023年9月,全市接待游客1200万人次。', [{ value: 12000000, period: '2023-YTD09' }]],
];

describe('patterns missed in blind rounds (B1–B10)', () => {
	readsAs(CASES);
});
