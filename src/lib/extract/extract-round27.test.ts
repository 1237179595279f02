// Patterns the reader missed in round twenty-seven's blind fixtures (401–414): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// 1. (with main's holiday-so-far rule) cut-off days inside a holiday: 国庆 with 中秋 inside it is eight days; N天累计 to a cut-off day.
	['截至10月8日14时…累计 in 2025 (中秋 on 6 October inside 国庆) is the whole eight-day holiday', '2025-10-09', '济南国庆中秋假日文旅市场\n2025年10月9日\n今年国庆恰逢中秋,两节相叠。\n据统计,截至10月8日14时,全市纳入监测的景区累计接待游客403.47万人次。', [
		{ value: 4034700, period: '2025-national-day' }
	]],
	['截至当日15时,…两天累计接待… is the two days ending on the cut-off day; 其中当日 stays that day', '2022-02-01', '春节假期前两日\n2022年2月1日\n2月1日,省文旅厅发布数据:截至当日15时,全省A级旅游景区两天累计接待游客461.22万人次;其中当日接待游客285.49万人次。', [
		{ value: 4612200, period: '2022-01-31/2022-02-01' }, { value: 2854900, period: '2022-02-01/2022-02-01' }
	]],
	// 2. A comparison whose base is described after its year (与2021年…654家重点景区同口径比较) opens the clauses after it.
	['与2021年113家重点景区同口径相比,分别增长A和B: the described base is no figure, and the list of changes goes to the figures before', '2022-02-01', '“三州一市”的A级旅游景区两天累计接待游客40.48万人次,实现门票收入77.64万元,与2021年113家重点景区同口径相比,分别增长42.9%和17.36%。', [
		{ value: 404800, yoy_reported: 42.9 }, { value: 776400, yoy_reported: 17.36 }
	]],
	['与2021年纳入统计的654家重点景区同口径比较 in a sentence of its own: the measures named go to the whole figures before 其中, not to the parts', '2022-02-01', '全省纳入统计的695家A级旅游景区两天累计接待游客461.22万人次,实现门票收入2709.69万元;其中当日接待游客285.49万人次,门票收入1840.79万元。与2021年纳入统计的654家重点景区同口径比较,两天累计接待人次增长18.71%,累计门票收入增长19.9%。', [
		{ value: 4612200, yoy_reported: 18.71 }, { value: 27096900, yoy_reported: 19.9 }, { value: 2854900, yoy_reported: null }, { value: 18407900, yoy_reported: null }
	]],
	['与上年同口径相比 with a sample described (与上年纳入监测的30家景区同口径相比): the count of the sample is no figure', '2023-10-07', '全市30家重点景区接待游客120万人次,与上年纳入监测的28家景区同口径相比,增长12.5%。', [
		{ value: 1200000, yoy_reported: 12.5 }
	]],
	['two described comparisons in turn (与2020年…同口径比较,…;与2021年…同口径比较,…) in a report of 2022: the older base is kept apart, last year\'s is the 同比; 元旦节放假首日 is the first day', '2022-01-01', '元旦首日景区接待\n2022年1月1日\n今天是2022年元旦节放假首日,截至15时,全省纳入统计的661家A级旅游景区共接待游客189.3万人次、实现门票收入1448.5万元。与2020年纳入统计的42家重点景区同口径比较,接待人次增长43.88%、门票收入增长55.73%;与2021年纳入统计的637家重点景区同口径比较,接待人次增长4.12%、门票收入下降15.26%。', [
		{ value: 1893000, period: '2022-01-01/2022-01-01', yoy_reported: 4.12, change: { kind: 'base_growth', base: '2020', value: 43.88 } },
		{ value: 14485000, yoy_reported: -15.26, change: { kind: 'base_growth', base: '2020', value: 55.73 } }
	]],
	// 3. A year review published in January reports on the year just ended (as 去年 there does, fixture 207).
	['全年 in a January report that names no year of its own is last year; a reached goal (达到…目标) leaves the figures actual', '2016-01-27', '市文化惠民工作\n2016年1月27日\n全年送戏下乡57场。博物馆全年接待观众3万人次,完成了3867件文物的信息录入,达到国家文物局要求的藏品录入目标。', [
		{ value: 57, period: '2015', role: 'actual' }, { value: 30000, period: '2015', role: 'actual' }, { value: 3867, period: '2015' }
	]],
	['一年来 opening a January review holds for every numbered point after it (一是…四是), and 100余本 counts in 本', '2016-01-27', '市文化惠民工作\n2016年1月27日\n一年来,我市从四个方面抓好文化惠民服务。\n一是开展活动。送电影下乡2280场。\n四是加强阵地建设。每个书屋新增藏书100余本。', [
		{ value: 2280, period: '2015' }, { value: 100, unit: '本', qualifier: '余', period: '2015' }
	]],
	['全年 with a goal in a January report (全年力争接待…) stays the report\'s year, a target', '2016-01-27', '市旅游工作要点\n2016年1月27日\n全年力争接待游客500万人次。', [
		{ value: 5000000, period: '2016', role: 'target' }
	]],
	['全年 in a report of another month stays its year', '2016-06-27', '市旅游工作\n2016年6月27日\n上半年接待游客200万人次,全年计划接待游客500万人次。', [
		{ value: 2000000, period: '2016-H1' }, { value: 5000000, period: '2016', role: 'target' }
	]],
	// 4. A period carried too far: months listed with their count, a 目前 inside a paragraph's period, 用N年时间.
	['暑期7、8两个月 is the span of those two months, not the year so far named before', '2013-10-08', '今年以来全省旅游业发展平稳。7月份,全省接待游客3978.82万人次。\n暑期7、8两个月,秦皇岛接待游客1250.66万人次,石家庄1151.75万人次。', [
		{ value: 39788200, period: '2013-07' }, { value: 12506600, period: '2013-07-01/2013-08-31' }, { value: 11517500, period: '2013-07-01/2013-08-31' }
	]],
	['目前 breaking into a paragraph of 前三季度 holds for its own sentence; the next sentence goes back to 前三季度', '2011-10-20', '市重点项目建设\n2011年10月20日\n前三季度全市投入资金319.6亿元,目前已开工项目152个。呼兰区、南岗区的投资完成率分别为197.6%和125%。', [
		{ value: 31960000000, period: '2011-YTD09' }, { value: 152, period: '2011-10' }, { value: 197.6, period: '2011-YTD09' }, { value: 125, period: '2011-YTD09' }
	]],
	['用两年时间…1841座 is a target over this year and the next; 用3年时间 over three', '2015-08-11', '目前全省已建成旅游集散中心11家。旅游厕所革命明确用两年时间集中攻坚,重点推进新建厕所1841座。', [
		{ value: 11, period: '2015-08' }, { value: 1841, period: '2015-01-01/2016-12-31', role: 'target' }
	]],
	// 5. Counts that name a subject or a ranked set, and bounds said of several places at once.
	['居8个区前三位 names the set a rank is taken in; 由各区负责推进的…项目172个, names the group whose figures follow', '2011-10-20', '由各区负责推进的市重点项目172个,前三季度投入资金319.6亿元。呼兰区、南岗区的投资完成率分别为197.6%和125%,居8个区前三位。', [
		{ value: 31960000000 }, { value: 197.6 }, { value: 125 }
	]],
	['开展冬季旅游的150家A级旅游景区,两天累计接待…: a described count ending its clause names the subject even with the days before 累计', '2022-02-01', '开展冬季旅游的150家A级旅游景区,两天累计接待游客40.48万人次。', [
		{ value: 404800 }
	]],
	['都越过了千万人次大关 restates the figures of several places; 6省…均超过20家 is a bound met by a count of provinces', '2016-12-20', '秦皇岛、承德、保定接待游客都越过了千万人次大关:秦皇岛1250.66万人次。辽宁、黑龙江、吉林6省本次处理的A级景区均超过20家。', [
		{ value: 12506600 }
	]],
	['a bound of several places with no 大关 and no count of places stays a figure (均超过6000场, as fixture 46)', '2023-04-03', '话剧和音乐剧演出均超过6000场。', [
		{ value: 6000, qualifier: '超' }
	]],
	// 6. 规划总投资 is a planned total, a target like 计划总投资.
	['规划总投资307.5亿元 is a target of the year; 已完成投资265万元 stays actual', '2020-07-20', '2020年全市文化旅游重点项目共14个,规划总投资307.5亿元。上半年,这些项目已完成投资265万元。', [
		{ value: 14, role: 'actual' }, { value: 30750000000, role: 'target', period: '2020' }, { value: 2650000, role: 'actual', period: '2020-H1' }
	]],
	// 7. Items of kinds: 八大项32小项 counts 32 in 项; the kinds (八大项) name groups.
	['八大项32小项 and 9大项50小项 count the items in 项; the kinds are no figure', '2024-02-18', '全县组织了八大项32小项文化活动。2018年冬季,推出9大项50小项冰雪旅游系列活动。', [
		{ value: 32, unit: '项', period: '2024' }, { value: 50, unit: '项', period: '2018' }
	]],
	// 8. 现在 is 目前: a count after it takes the report month.
	['现在已经发展到187家 takes the report month, as 目前 does; 出现在 is no period', '2021-12-06', '“2020年我们只有138家民宿,现在已经发展到187家。”今年前10个月,全县共接待游客2164.3万人次。', [
		{ value: 138, period: '2020' }, { value: 187, period: '2021-12' }, { value: 21643000, period: '2021-YTD10' }
	]],
	['上万民众 counts people with 超 (fixture 412, as 上万人次 in 78 and 237); 单日游客过万 stays a bound', '2022-02-01', '除夕夜上万民众前往寺庙祈福。景区单日游客过万。', [
		{ value: 10000, unit: null, qualifier: '超' }
	]],
	['12家乡镇综合文化站及下属192家文化大院的档案建设: two counts joined before one 的 both say whose the words after are', '2016-01-27', '完成了12家乡镇综合文化站及下属192家文化大院的档案建设;全市建成文化大院192家。', [
		{ value: 192, unit: '家' }
	]],
];

describe('extract: round twenty-seven patterns', () => readsAs(CASES));
