// Patterns the reader missed in round thirty-seven's blind fixtures (541–554): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// C. 套 (sets) and 轮 (rounds) are count units; a count right before a second count is read too (549, 543).
	['资源共享设备150套: 套', '2010-06-30', '2009年,全县配送书柜320个、资源共享设备150套。', [
		{ value: 320, unit: '个', period: '2009' }, { value: 150, unit: '套', period: '2009' }
	]],
	['先后开展2轮17批次专题研究: both counts', '2025-12-25', '领导小组先后开展2轮17批次专题研究。', [
		{ value: 2, unit: '轮' }, { value: 17, unit: '批次' }
	]],
	['组织3轮集中检查、配发执法记录仪40套: own variant', '2024-06-15', '今年共组织3轮集中检查,配发执法记录仪40套。', [
		{ value: 3, unit: '轮' }, { value: 40, unit: '套' }
	]],
	['新一轮整治 · 第二轮巡视 · 三轮车 · 成套设备: no count of rounds or sets', '2024-06-15', '开展新一轮整治,第二轮巡视发现问题5个,更新三轮车12辆、成套设备8台。', [
		{ value: 5, unit: '个' }, { value: 12, unit: '辆' }, { value: 8, unit: '台' }
	]],
	// I. A count of divisions, a note in brackets on them, then the villages in them: both counts (552).
	['在全县13个乡镇（街道办事处）189个行政村全面展开: both', '2015-11-02', '今年,全县公益电影放映活动在全县13个乡镇（街道办事处）189个行政村全面展开。', [
		{ value: 13, unit: '个', period: '2015' }, { value: 189, unit: '个', period: '2015' }
	]],
	['覆盖全市9个县区（含开发区）126个社区: own variant', '2024-06-15', '今年流动图书车已覆盖全市9个县区（含开发区）126个社区。', [
		{ value: 9, unit: '个' }, { value: 126, unit: '个' }
	]],
	['全市6个县市区（含高新区）开展检查: divisions that acted still name who, no figure', '2024-06-15', '全市6个县市区（含高新区）开展联合检查,查处违规经营5起。', [{ value: 5, unit: '起' }]],
	// G. 计划 inside a clause describing the things counted (完成…计划…的项目) makes no plan of the count (545).
	['1—7月份完成全年计划投资额的项目有6个: actual', '2015-08-26', '今年这批项目计划投资45.43亿元,1—7月份完成全年计划投资额的项目有6个。', [
		{ value: 4543000000, role: 'target' }, { value: 6, unit: '个', period: '2015-YTD07', role: 'actual' }
	]],
	['上半年提前完成年度计划任务的景区达到12家: own variant', '2024-06-15', '上半年提前完成年度计划任务的景区达到12家。', [{ value: 12, unit: '家', role: 'actual' }]],
	['全年计划新开工项目10个: a plan of the count stays a target', '2024-06-15', '全年计划新开工项目10个。', [{ value: 10, unit: '个', role: 'target' }]],
	// H. A count summing a named list (等N个…项目) right before that year's 计划投资 names the projects (544, as fixture 281).
	['喇叭河景区提升等9个文化旅游项目,2022年计划投资20.18亿元: only the investment', '2022-06-15', '蒙顶山景区提升改造、喇叭河景区提升等9个“分工负责、分线作战”文化旅游项目,2022年计划投资20.18亿元。', [
		{ value: 2018000000, unit: '元', period: '2022', role: 'target' }
	]],
	['古镇修缮等5个重点项目,今年计划总投资3.6亿元: own variant', '2024-06-15', '滨江步道、古镇修缮等5个重点项目,2024年计划总投资3.6亿元。', [
		{ value: 360000000, unit: '元', role: 'target' }
	]],
	['新签约项目12个,计划总投资: a count with no list before it stays', '2024-06-15', '上半年新签约项目12个,计划总投资56亿元。', [
		{ value: 12, unit: '个' }, { value: 5600000000, unit: '元', role: 'target' }
	]],
	// F. A note under a monthly table that states figures is read; 本月 is the month the title names, 一至本月 January to it (551).
	['注:本月接待…5145人次;一至本月接待26378人次: the title month, and January to it', '2019-09-30', '2019年7月海南省旅游接待情况\n2019年9月30日\n项目 | 本月 | 同比增长(%) | 1-本月累计 | 同比增长(%)\n接待游客总人数(万人次) | 559.71 | 9.6 | 4416.68 | 6.4\n注：本月接待哈萨克斯坦入境游客5145人次，同比增长119.9%；一至本月接待26378人次，同比增长73.7%。', [
		{ value: 5597100, period: '2019-07' }, { value: 44166800, period: '2019-YTD07' },
		{ value: 5145, unit: '人次', period: '2019-07', yoy_reported: 119.9 }, { value: 26378, unit: '人次', period: '2019-YTD07', yoy_reported: 73.7 }
	]],
	['本月全市接待游客12万人次,1-本月累计58万人次: own variant in running text', '2023-06-20', '2023年5月全市旅游简报\n2023年6月20日\n本月全市接待游客12万人次,1-本月累计接待游客58万人次。', [
		{ value: 120000, period: '2023-05' }, { value: 580000, period: '2023-YTD05' }
	]],
	['注:自2019年10月起口径调整: a note with no figure names no period of what follows', '2019-09-30', '2019年7月海南省旅游接待情况\n2019年9月30日\n项目 | 本月 | 同比增长(%)\n接待游客总人数(万人次) | 559.71 | 9.6\n注：自2019年10月起统计口径调整。\n其中全省接待入境过夜游客10.76万人次。', [
		{ value: 5597100, period: '2019-07' }, { value: 107600, period: '2019-07' }
	]],
	// B. N年来 with no month of the year it reaches back to: the N calendar years ending with the report's (549, as 410).
	['两年来共配送书柜364个 (2010): 2009 and 2010', '2010-06-30', '2009年,全县配送书柜320个。\n再加上今年配送的书柜,两年来共为全县配送书柜364个,图书室覆盖率达到100%。', [
		{ value: 320, period: '2009' }, { value: 364, period: '2009-01-01/2010-12-31' }, { value: 100, unit: '%', period: '2009-01-01/2010-12-31' }
	]],
	['三年来累计新建农家书屋450个: own variant', '2024-06-15', '三年来,全市累计新建农家书屋450个。', [{ value: 450, unit: '个', period: '2022-01-01/2024-12-31' }]],
	['2017年4月…出台…两年来: from the month named, to the report day (as 422)', '2019-04-22', '2017年4月,省政府出台整治措施。\n两年来,全省共查处涉旅案件3755件。', [{ value: 3755, period: '2017-04-01/2019-04-22' }]],
	// D. 将 + a verb heading a clause makes the figures of its sentence plans; 放映队 is a noun, so 公司81支放映队 is a count (550).
	['州广播电视局将借此次活动,组织…81支…放映队,深入…12个县（市）…和1079个行政村: targets', '2014-01-25', '2014年春节“电影送基层”活动启动\n2014年1月25日\n州广播电视局将借此次活动,组织州星影院线公司81支农村电影放映队,深入全州12个县（市）所在地广场和1079个行政村,开展展映。', [
		{ value: 81, unit: '支', role: 'target' }, { value: 12, unit: '个', role: 'target' }, { value: 1079, unit: '个', role: 'target' }
	]],
	['县文化馆将于暑期组织30支文艺小分队,走进200个村: own variant', '2024-06-15', '县文化馆将于暑期组织30支文艺小分队,走进全县200个村开展巡演。', [
		{ value: 30, unit: '支', role: 'target' }, { value: 200, unit: '个', role: 'target' }
	]],
	['已组织81支放映队…深入1079个行政村: what was done stays actual', '2024-06-15', '今年州广播电视局已组织81支农村电影放映队,深入全州1079个行政村。', [
		{ value: 81, unit: '支', role: 'actual' }, { value: 1079, unit: '个', role: 'actual' }
	]],
	// A. A 今年以来 lead stops at a later 目前 (which rules the rest of its paragraph), and at a later paragraph opening a new
	// account (近日,记者…了解到), which reports the year (547, 544).
	['今年以来…不断充实。目前…1292个…。各州…新策划…600个,计划总投资2万亿元: the report month', '2022-08-18', '云南旅游投资\n2022年8月18日\n上半年全省旅游业固定资产投资完成451.89亿元。\n今年以来,云南文旅项目储备不断充实。目前全省在库文旅项目1292个,计划总投资2208.77亿元。各州(市)新策划文旅项目600个,计划总投资2万亿元。', [
		{ value: 45189000000, period: '2022-H1' }, { value: 1292, period: '2022-08' }, { value: 220877000000, period: '2022-08', role: 'target' },
		{ value: 600, period: '2022-08' }, { value: 2000000000000, period: '2022-08', role: 'target' }
	]],
	['今年以来,走进…工地…。\n近日,记者…了解到,全市共有…项目78个: the year', '2022-06-15', '雅安推进文旅项目\n2022年6月15日\n今年以来,走进雅安各大文旅项目工地,处处是大干快上的景象。\n近日,记者从市文旅局了解到,全市共有新建、续建文旅项目78个,其中续建项目23个。', [
		{ value: 78, period: '2022' }, { value: 23, period: '2022' }
	]],
	['年初以来…。\n日前从县文旅局获悉,全县新增民宿32家: own variant', '2024-06-15', '全县乡村旅游升温\n2024年6月15日\n年初以来,全县乡村旅游持续升温。\n日前从县文旅局获悉,全县共有星级民宿32家。', [{ value: 32, period: '2024' }]],
	['今年以来,…。\n扶风县…,累计接待读者14.6万人次: a paragraph going on with the account keeps the span (258)', '2025-07-14', '扶风县公共文化\n2025年7月14日\n7月11日,记者了解到,今年以来,扶风县建立“1533+N”服务体系。\n扶风县打造“最美城市书房”,累计接待读者14.6万人次。', [
		{ value: 146000, period: '2025-01-01/2025-07-14' }
	]],
	// E. 仪式结束后 · 活动现场 opening a clause points back to the day the launch was dated (550).
	['1月24日晚…拉开帷幕。…2013年…。仪式结束后…800多名群众到场观看: the launch day', '2014-01-25', '电影送基层活动启动\n2014年1月25日\n1月24日晚,大理州2014年春节“电影送基层”活动在巍山县拉开帷幕。\n2013年全州在农村共放映12948场。\n有关负责人出席启动仪式。仪式结束后现场放映了影片,当地800多名群众到场观看。', [
		{ value: 12948, period: '2013' }, { value: 800, unit: '名', qualifier: '余', period: '2014-01-24/2014-01-24' }
	]],
	['3月5日…文化节开幕。…活动现场吸引游客2万人次: own variant', '2024-03-06', '文化节开幕\n2024年3月6日\n3月5日上午,第十届油菜花文化节在县城广场开幕。\n去年文化节共接待游客30万人次。\n活动现场吸引游客2万人次。', [
		{ value: 300000, period: '2023' }, { value: 20000, period: '2024-03-05/2024-03-05' }
	]],
	['仪式结束后 with no dated launch: the year', '2024-06-15', '今年全县举办农民丰收节。仪式结束后,当地300多名群众观看了演出。', [{ value: 300, period: '2024' }]]
];

describe('round thirty-seven blind patterns', () => readsAs(CASES));
