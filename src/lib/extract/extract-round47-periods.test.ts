// Periods the reader missed in the blind round of fixtures 611–680 (rounds forty-two to forty-six), second pass: a year a
// campaign or a source is named with, a base inside 是…的N倍, a horizon of N years ahead, and counts of venues as of the
// report month. [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// C. The counts of a campaign carried out in a year named in their own sentence are that year's, not the notice's month (667).
	['在今年开展的…行动中,全国共复核…5000多家,有1186家景区受到处理 (a November report): 2019', '2019-11-12', '文化和旅游部发布消息称，在今年开展的A级旅游景区整改提质行动中，全国共复核A级旅游景区5000多家，有1186家景区受到处理。', [
		{ value: 5000, unit: '家', period: '2019', qualifier: '余' }, { value: 1186, unit: '家', period: '2019' }
	]],
	['今年组织的暗访检查中,共抽查景区320家,其中45家被通报批评: 2021', '2021-10-20', '省文旅厅表示，今年组织的景区暗访检查中，共抽查景区320家，其中45家被通报批评。', [
		{ value: 320, unit: '家', period: '2021' }, { value: 45, unit: '家', period: '2021' }
	]],
	['决定对今年…复核中…的10家…作出处理 (what the notice decides): still the notice\'s month', '2017-05-09', '省旅游局通报了检查情况，决定对今年暗访复核中严重不达标的10家4A级旅游景区分别作出处理，其中2家被摘牌。', [
		{ value: 10, unit: '家', period: '2017-05' }, { value: 2, unit: '家', period: '2017-05' }
	]],
	// E. A level said to be reached N years ahead (未来N年 · 今后N年) is a target of the report's year + N, for its sentence (680).
	['截至今年1月,…已达50家,未来三年这一数字将增至200家 (March 2020): 200家 a target of 2023', '2020-03-30', '截至今年1月，上海市“演艺新空间”已达50家，未来三年这一数字将增至200家。', [
		{ value: 50, period: '2020-01', role: 'actual' }, { value: 200, period: '2023', role: 'target' }
	]],
	['今后五年,全县乡村民宿床位达到5000张。…共接待游客120万人次: a 2027 target; the next sentence is the report year again', '2022-04-15', '今后五年，全县乡村民宿床位达到5000张。民宿共接待游客120万人次。', [
		{ value: 5000, period: '2027', role: 'target' }, { value: 1200000, period: '2022', role: 'actual' }
	]],
	['过去三年,全县累计接待游客…(looking back): no horizon', '2022-04-15', '过去三年，全县累计接待游客360万人次。', [
		{ value: 3600000, period: '2022', role: 'actual' }
	]],
	// D. A period after 是/为/相当于 whose 的 leads to a multiple or a share is the base of a comparison; the period stated
	// before it carries on (673).
	['"十三五"期间…分别是"十二五"时期的2.5倍和2.8倍;乡村旅游带动55万人脱贫;全省99%的行政村…: 2016–2020 throughout', '2021-02-05', '“十三五”期间，全省累计接待游客13.2亿人次，实现旅游收入8995亿元，分别是“十二五”时期的2.5倍和2.8倍；乡村旅游带动55万人脱贫；全省99%的行政村建成了综合性文化服务中心。', [
		{ value: 1320000000, period: '2016-01-01/2020-12-31' }, { value: 899500000000, period: '2016-01-01/2020-12-31' }, { value: 550000, period: '2016-01-01/2020-12-31' }, { value: 99, period: '2016-01-01/2020-12-31' }
	]],
	['上半年…收入为2019年同期的1.3倍;全市新增民宿120家: the half year carries on', '2023-07-20', '上半年，全市旅游收入86亿元，为2019年同期的1.3倍；全市新增民宿120家。', [
		{ value: 8600000000, period: '2023-H1' }, { value: 120, period: '2023-H1' }
	]],
	['最多的是国庆黄金周,全县共接待… (no multiple after it): the holiday after 是 is the period', '2023-10-20', '今年接待量最多的是国庆黄金周，全县共接待游客60万人次。', [
		{ value: 600000, period: '2023-national-day' }
	]],
	// G. A sentence counting the venues a place has, in the state they are in now, is as of the report month: a year or
	// 今年以来 stated in an earlier sentence does not reach it (624); 目前全省N家X中,有M家… counts the whole too (623).
	['今年以来,…。全市11个公共图书馆、8个文化馆…全部免费对外开放: the report month', '2020-08-19', '今年以来，黄山市持续完善文化基础设施。\n公共文化场馆免费开放。全市11个公共图书馆、8个文化馆、101个乡镇综合文化站全部免费对外开放。', [
		{ value: 11, unit: '个', period: '2020-08' }, { value: 8, unit: '个', period: '2020-08' }, { value: 101, unit: '个', period: '2020-08' }
	]],
	['今年…。全县建成210个农家书屋,覆盖率达98%: the report month', '2022-09-10', '今年全县文化惠民成效明显。\n全县建成210个农家书屋，覆盖率达98%。', [
		{ value: 210, unit: '个', period: '2022-09' }, { value: 98, unit: '%', period: '2022-09' }
	]],
	['今年以来,…。全县新建图书馆分馆5个 (what was done this year): still the year so far', '2022-09-10', '今年以来，全县持续完善文化基础设施。全县新建5个图书馆分馆。', [
		{ value: 5, unit: '个', period: '2022-01-01/2022-09-10' }
	]],
	['目前全省211家博物馆中,有202家实行免费开放: both counts, the report month', '2018-05-18', '近年来全省大力推进博物馆免费开放，目前全省211家博物馆中，有202家实行免费开放。', [
		{ value: 211, unit: '家', period: '2018-05' }, { value: 202, unit: '家', period: '2018-05' }
	]],
	['在纳入统计的211家博物馆中,有202家… (no 目前全省): the count names the group only', '2018-05-18', '在纳入统计的211家博物馆中，有202家实行免费开放。', [
		{ value: 202, unit: '家', period: '2018' }
	]],
	// A. A year named as the source of the data (以N年的数据看) scopes its sentence: a holiday there with no year written is of
	// that year, and the text's holiday carries on after it; 目前 inside a ranking (目前…最多的) is no period (661).
	['以2015年的數據看,山東省國慶黃金周…392.1億元。…濟南市共接待… (traditional): 2015\'s holiday, then 2016\'s again', '2016-10-08', '2016年國慶黃金周已經結束。以2015年的數據看，山東省國慶黃金周旅遊收入達到392.1億元，已高於今年的榜首四川。從已公布的情況看，濟南市共接待遊客963.3萬人次。', [
		{ value: 39210000000, period: '2015-national-day' }, { value: 9633000, period: '2016-national-day' }
	]],
	['从2022年的数据来看,全省春节假期…;下一句 (a bare year led as the source): 2022 for its sentence only', '2023-01-28', '2023年春节假期全省接待游客2100万人次。从2022年的数据来看，全省春节假期接待游客1800万人次。全市共接待游客300万人次。', [
		{ value: 21000000, period: '2023-spring-festival' }, { value: 18000000, period: '2022-spring-festival' }, { value: 3000000, period: '2023-spring-festival' }
	]],
	['据2015年统计,… (no 的数据看: not a source lead): the holiday stays the report\'s', '2016-10-08', '2016年國慶黃金周已經結束。據統計，山東省國慶黃金周旅遊收入達到420億元。', [
		{ value: 42000000000, period: '2016-national-day' }
	]],
	['四川同時也是目前接待遊客總數最多的省份,達5955.96萬人次: the holiday holds on', '2016-10-08', '2016年國慶黃金周，四川省以386.24億元排在旅遊總收入榜首；四川同時也是目前接待遊客總數最多的省份，達5955.96萬人次。', [
		{ value: 38624000000, period: '2016-national-day' }, { value: 59559600, period: '2016-national-day' }
	]],
	['目前全省共有A級景區320家 (目前 not in a ranking): the report month', '2016-10-08', '2016年國慶黃金周，全省接待遊客5000萬人次；目前全省共有A級景區320家。', [
		{ value: 50000000, period: '2016-national-day' }, { value: 320, period: '2016-10' }
	]],
	// B. A part of the year a work summary's title names does not hold over its numbered section on projects: their progress
	// counts for the report's year; a total since work began on a project is that year's too, not a span to a day (660).
	['…2017年上半年工作总结 \\n二、重点项目稳步推进\\n…土方工程完成47万立方米;…截止6月10日完成投资952万元,项目开工以来已累计完成投资7137万元', '2017-06-20', '县旅游局2017年上半年工作总结\n2017年6月20日\n一、全县旅游接待指标完成情况\n1—5月，全县共接待国内外旅游者32.79万人次。\n二、重点项目稳步推进\n1.生态旅游体育公园。进场道路已完工，预计6月底前完成；项目土方工程完成47万立方米。截止6月10日完成投资952万元，项目开工以来已累计完成投资7137万元。', [
		{ value: 327900, period: '2017-YTD05' }, { value: 470000, unit: '立方米', period: '2017' }, { value: 9520000, period: '2017-01-01/2017-06-10' }, { value: 71370000, period: '2017' }
	]],
	['…2022年一季度工作总结 \\n三、文旅项目建设\\n…完成土石方12万立方米: the year', '2022-04-08', '区文旅局2022年一季度工作总结\n2022年4月8日\n一、旅游市场\n全区接待游客45万人次。\n三、文旅项目建设\n古镇二期项目完成土石方12万立方米。', [
		{ value: 450000, period: '2022-Q1' }, { value: 120000, unit: '立方米', period: '2022' }
	]],
	['…2022年一季度工作总结 \\n二、文化惠民 (no projects): the title\'s quarter holds', '2022-04-08', '区文旅局2022年一季度工作总结\n2022年4月8日\n一、旅游市场\n全区接待游客45万人次。\n二、文化惠民\n开展送戏下乡演出36场。', [
		{ value: 450000, period: '2022-Q1' }, { value: 36, unit: '场', period: '2022-Q1' }
	]],
	['自免费开放以来已接待观众300多万人次 (not a project\'s works): the report month, as before', '2012-12-29', '江苏省美术馆自免费开放以来已接待观众300多万人次。', [
		{ value: 3000000, period: '2012-12' }
	]]
];

describe('periods of round forty-seven (fixtures 611–680, second pass)', () => {
	readsAs(CASES);
});
