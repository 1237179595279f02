// Period rules the reader missed in rounds thirty-four and thirty-five's blind fixtures (499–526): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// C. 3月15日,灯会落幕。…在历时42天的展出中…: a run told by its length only has no period, not its closing day's; a
	// holiday singled out with 其中, or naming an item of a list of no figures, holds for its own sentence (526).
	['3月15日,灯会落幕。在历时42天的展出中…;其中,春节黄金周…。本届灯会实现总收入…: null, the holiday, null', '2015-03-16', '3月15日,自贡羊年灯会圆满落幕。在历时42天的展出中,本届灯会共接待中外观众181万人次。其中,春节黄金周6天期间共接待观众36万人次。本届灯会实现总收入4717万元。', [
		{ value: 1810000, period: null }, { value: 360000, period: '2015-spring-festival' }, { value: 47170000, period: null }
	]],
	['9月30日,花展闭幕。为期30天的花展共接待…: null', '2024-10-01', '9月30日,市花展闭幕。为期30天的花展共接待游客52万人次。', [{ value: 520000, period: null }]],
	['10月2日,为期3天的音乐节开幕,当天吸引…: a day in force after a paragraph break stays', '2024-10-03', '10月2日,全市接待游客30万人次。\n为期3天的音乐节也吸引观众2万人次。', [
		{ value: 300000, period: '2024-10-02/2024-10-02' }, { value: 20000 }
	]],
	['…春节黄金周观灯总人数和总收入四项均创新高。\n全市16项活动: no holiday', '2015-03-16', '在历时42天的展出中,本届灯会共接待观众181万人次。日均观灯人次、春节黄金周观灯总人数和总收入三项均创新高。\n全市16项重大活动有声有色。', [
		{ value: 1810000, period: null }, { value: 16, period: null }
	]],
	['春节黄金周,全市接待…。其中,除夕接待…。景区接待…: a holiday not singled out holds on', '2024-02-18', '春节黄金周,全市接待游客300万人次。其中,除夕接待游客20万人次。全市景区接待游客100万人次。', [
		{ value: 3000000, period: '2024-spring-festival' }, { value: 200000, period: '2024-02-09/2024-02-09' }, { value: 1000000, period: '2024-spring-festival' }
	]],
	// C. A holiday named in a lead of no figures, then its days: the holiday named later is that span (515).
	['国庆假期新疆市场火热。…10月1日至7日,新疆接待…\n国庆假期,文化馆接待…: the span', '2024-10-10', '国庆假期新疆旅游市场火热,游客玩出了新花样。数据显示,10月1日至7日,新疆接待游客超1542万人次。\n“文博游”持续升温。国庆假期,新疆各级文化馆等共接待游客72万余人次。\n该县国庆假期接待游客超36万人次。', [
		{ value: 15420000, period: '2024-10-01/2024-10-07' }, { value: 720000, period: '2024-10-01/2024-10-07' }, { value: 360000, period: '2024-10-01/2024-10-07' }
	]],
	['五一假期全市游人如织。5月1日至5日,全市接待…。五一假期,博物馆接待…: the span', '2024-05-06', '五一假期全市游人如织。据统计,5月1日至5日,全市接待游客120万人次。\n五一假期,市博物馆接待观众8万人次。', [
		{ value: 1200000, period: '2024-05-01/2024-05-05' }, { value: 80000, period: '2024-05-01/2024-05-05' }
	]],
	['国庆假期全省接待…(an account of its own)。10月1日至3日…。国庆假期,县接待: the holiday stays', '2024-10-08', '国庆假期,全省接待游客3000万人次。10月1日至3日,全省接待游客1800万人次。\n国庆假期,该县接待游客36万人次。', [
		{ value: 30000000, period: '2024-national-day' }, { value: 18000000, period: '2024-10-01/2024-10-03' }, { value: 360000, period: '2024-national-day' }
	]],
	// C. 度假区…自除夕至初五连续6天爆满 · 北大湖度假区1月31日至2月2日承办…: a subject's days hold to its sentence (524).
	['重点酒店自除夕至初五连续6天爆满,平均入住率92%。…入住率达85%: the holiday again', '2025-02-06', '2025年春节假期,全省接待游客2770.68万人次。度假区内重点酒店自除夕至初五连续6天爆满,平均入住率92%。另一度假区重点酒店平均入住率达85%。', [
		{ value: 27706800, period: '2025-spring-festival' }, { value: 92, period: '2025-01-28/2025-02-02' }, { value: 85, period: '2025-spring-festival' }
	]],
	['滑雪场10月2日至4日接待…。古镇接待…: the holiday again', '2024-10-08', '国庆假期,全县接待游客30万人次。滑雪场10月2日至4日接待游客2万人次,营业收入300万元。古镇接待游客5万人次。', [
		{ value: 300000, period: '2024-national-day' }, { value: 20000, period: '2024-10-02/2024-10-04' }, { value: 3000000, period: '2024-10-02/2024-10-04' }, { value: 50000, period: '2024-national-day' }
	]],
	['假期前五日(9月29日至10月3日)的数据。…四川景区前五日…: the days reported on carry on', '2023-10-06', '中秋国庆假期,多省公布假期前五日(9月29日至10月3日)的数据。\n四川景区前五日累计接待游客2426万人次。\n全省博物馆五天累计接待群众426万人次。', [
		{ value: 24260000, period: '2023-09-29/2023-10-03' }, { value: 4260000, period: '2023-09-29/2023-10-03' }
	]],
	['截至10月3日14时,全市…: a cut-off is no subject\'s days', '2025-10-03', '10月3日,国庆中秋假期进入第三天。\n截至10月3日14时,全市30家景区共接待游客63.55万人次。全市接待留宿旅客15.46万人次。', [
		{ value: 635500, period: '2025-10-03/2025-10-03' }, { value: 154600, period: '2025-10-03/2025-10-03' }
	]],
	// C. 2023年中国摩托车锦标赛 (an unquoted event's name, then held) names no period (521).
	['5月1日,2023年中国摩托车锦标赛(库伦站)开赛,…。\n…接待赏花游客: the holiday', '2023-05-06', '2023年五一假期,全区接待国内游客1106.75万人次。\n假期里,各地推出305项活动。5月1日,2023年中国摩托车锦标赛(库伦站)在银沙湾开赛,吸引了近万名游客。\n呼伦贝尔市接待赏花游客42.55万人。', [
		{ value: 11067500, period: '2023-labour-day' }, { value: 305, period: '2023-labour-day' }, { value: 10000, period: '2023-05-01/2023-05-01' }, { value: 425500, period: '2023-labour-day' }
	]],
	['2024年全国山地自行车联赛于…举行: no year for what follows', '2024-10-08', '国庆假期,全县接待游客30万人次。2024年全国山地自行车联赛于县城举行,吸引观众1.2万人次。', [
		{ value: 300000, period: '2024-national-day' }, { value: 12000, period: '2024-national-day' }
	]],
	['2023年全市举办文化节30场: a clause, the year stays', '2024-01-10', '2023年全市举办文化节30场。', [{ value: 30, period: '2023' }]],
	// C. 天山天池景区假期首日接待… · 5月1日,…: a day of the holiday said inside the account holds for its own sentence (513, 521).
	['景区假期首日接待2万人次。…嘉年华吸引2.3万人次: the holiday again', '2025-05-08', '“五一”假期,天山天池景区假期首日接待量突破2万人次,创下同期新高。沙漠音乐嘉年华吸引2.3万人次参与。', [
		{ value: 20000, period: '2025-05-01/2025-05-01' }, { value: 23000, period: '2025-labour-day' }
	]],
	['国庆假期…。10月3日,古城接待…;…。另一景区: the day for its sentence', '2024-10-08', '国庆假期,全市接待游客300万人次。古城景区10月3日接待游客5万人次,门票收入120万元。博物馆接待观众8万人次。', [
		{ value: 3000000, period: '2024-national-day' }, { value: 50000, period: '2024-10-03/2024-10-03' }, { value: 1200000, period: '2024-10-03/2024-10-03' }, { value: 80000, period: '2024-national-day' }
	]],
	['国庆黄金周第三天 (title)…3日,太阳岛接待…: a report on one day keeps it', '2008-10-03', '国庆黄金周第三天\n2008年10月3日\n国庆黄金周第三天,全省旅游市场热而有序。\n哈尔滨市各景区秩序井然。3日,太阳岛风景区接待游客18000人次。\n当天哈尔滨铁路发送旅客70990人次。', [
		{ value: 18000, period: '2008-10-03/2008-10-03' }, { value: 70990, period: '2008-10-03/2008-10-03' }
	]],
	// B. 较2022年、2019年: every year of a list of bases after 较/比 is a base, never the period of later figures (505).
	['较2022年、2019年同比增加…;实现旅游总收入…: the holiday stays', '2023-10-07', '中秋国庆假期,本地区累计接待游客15.63万人次,较2022年、2019年同比增加18.86%、210.74%;实现旅游总收入0.985亿元。民宿入住率为87%。', [
		{ value: 156300, period: '2023-national-day' }, { value: 98500000, period: '2023-national-day' }, { value: 87, period: '2023-national-day' }
	]],
	['比2021年和2019年分别增长…,其后的营业收入: the half year stays', '2023-07-10', '上半年,全市接待游客500万人次,比2021年和2019年分别增长30%和12%。全市旅行社营业收入2.1亿元。', [
		{ value: 5000000, period: '2023-H1' }, { value: 210000000, period: '2023-H1' }
	]],
	['较2022年增长12%。2019年,全市接待…: a year opening its own sentence is a period', '2023-10-07', '假期全市接待游客80万人次,较2022年增长12%。2019年,全市接待游客60万人次。', [
		{ value: 800000, yoy_reported: 12 }, { value: 600000, period: '2019' }
	]],
	// A. 2014年国庆黄金周第二天: a day of a holiday written with its year is that day, not the whole holiday (512, as 88).
	['今天是2014年国庆黄金周第二天。…当天黄山接待游客: 10-02', '2014-10-02', '今天是2014年国庆黄金周第二天。天气晴好。\n据统计,当天黄山风景区接待游客3.6万人次,门票收入739万元,同比分别下降26.25%和26.91%。', [
		{ value: 36000, period: '2014-10-02/2014-10-02', yoy_reported: -26.25 }, { value: 7390000, period: '2014-10-02/2014-10-02', yoy_reported: -26.91 }
	]],
	['今年五一假期第三天,全市接待: 05-03 (2024 began 05-01)', '2024-05-03', '今年五一假期第三天,全市重点景区接待游客52万人次。', [{ value: 520000, period: '2024-05-03/2024-05-03' }]],
	['2014年国庆黄金周,全省接待: the whole holiday stays', '2014-10-08', '2014年国庆黄金周,全省接待游客3200万人次。', [{ value: 32000000, period: '2014-national-day' }]],
	// D. 1月份至3月份: 份 on either end or both is a month range, as 1-3月 is (516).
	['2024年1月份至3月份,全区累计接待游客: the quarter', '2024-04-19', '2024年1月份至3月份,全区累计接待国内外游客422.59万人次,同比增长65.24%。', [{ value: 4225900, period: '2024-Q1', yoy_reported: 65.24 }]],
	['4月份到6月份 · 7月至9月份: ranges too', '2024-10-20', '4月份到6月份,全县接待游客120万人次;7月至9月份,全县接待游客150万人次。', [
		{ value: 1200000, period: '2024-Q2' }, { value: 1500000, period: '2024-Q3' }
	]],
	['1月份接待…,3月份接待…: two months, no range', '2024-04-19', '1月份全区接待游客100万人次,3月份全区接待游客150万人次。', [
		{ value: 1000000, period: '2024-01' }, { value: 1500000, period: '2024-03' }
	]]
];

describe('periods of rounds thirty-four and thirty-five', () => readsAs(CASES));
