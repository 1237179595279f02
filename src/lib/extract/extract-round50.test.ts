// What round fifty's blind fixtures (723–736) found the reader missing or misreading: a bulletin of one holiday day, tables
// with units only in their header, weekday spans, roles and numbers that are no figures: [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// A. A title naming a holiday and closing on one of its days in brackets is that day's bulletin: every figure, and the
	// holiday named again in the body (节日里, 春节大庙会), is of that day (725).
	['2015年春节旅游市场信息（2月18日）: the bulletin of 除夕', '2015-02-20', '2015年春节旅游市场信息（2月18日）\n2015年2月20日\n除夕到了，家家团聚。\n北京：全市重点监测的130家景区累计接待游客39.83万人次。\n哈尔滨：节日里冰雪主题景区吸引了大批游客，其中太阳岛风景区接待游客0.43万人次。\n深圳：锦绣中华民俗村举办春节大庙会，安排了20多项活动。', [
		{ value: 398300, unit: '人次', period: '2015-02-18/2015-02-18' }, { value: 4300, unit: '人次', period: '2015-02-18/2015-02-18' },
		{ value: 20, unit: '项', period: '2015-02-18/2015-02-18', qualifier: '余' }
	]],
	['own wording: 2019年国庆假日旅游简报（10月3日）', '2019-10-04', '2019年国庆假日旅游简报（10月3日）\n全市纳入监测的景区共接待游客52.6万人次，同比增长8.1%。', [
		{ value: 526000, unit: '人次', period: '2019-10-03/2019-10-03', yoy_reported: 8.1 }
	]],
	['near miss: a dateline on its own line under the holiday\'s title stays the publication date', '2015-02-18', '2015年春节旅游市场信息\n2015年2月18日\n北京：全市重点景区累计接待游客39.83万人次。', [
		{ value: 398300, unit: '人次', period: '2015-spring-festival' }
	]],
	// B. A ranking whose cells are set apart by single spaces, its units only in the head (旅游总收入(亿元) · 接待游客总数(万人次)):
	// each number is a figure of the period above the table in its column's unit, / is none, the rank is no figure, and the
	// province's figure said in the text before (山东省以72.3亿元) is the same row (735).
	['名次 省区市 旅游总收入（亿元） 同比增长 接待游客总数（万人次） 同比增长, single-spaced rows with /', '2013-09-23', '2013年中秋节各省份旅游收入排行榜\n2013年9月23日\n在已公布数据的省区市中，山东省以72.3亿元位居旅游总收入排行榜第一。\n2013年中秋节各省份旅游收入排行榜（统计中）\n名次 省区市 旅游总收入（亿元） 同比增长 接待游客总数（万人次） 同比增长\n1 山东 72.3 / 985.5 /\n2 湖北 / / 786.21 /', [
		{ value: 7230000000, unit: '元', period: '2013-mid-autumn' }, { value: 9855000, unit: '人次', period: '2013-mid-autumn' }, { value: 7862100, unit: '人次', period: '2013-mid-autumn' }
	]],
	['own wording: 排名 城市 接待游客（万人次） 旅游收入（亿元） under 2020年', '2021-01-20', '2020年各市旅游接待排名\n排名 城市 接待游客（万人次） 旅游收入（亿元）\n1 甲市 1250.5 98.6\n2 乙市 860 45.2', [
		{ value: 12505000, unit: '人次', period: '2020' }, { value: 9860000000, unit: '元', period: '2020' },
		{ value: 8600000, unit: '人次', period: '2020' }, { value: 4520000000, unit: '元', period: '2020' }
	]],
	['near miss: single-spaced words with no unit in the head give no figure', '2021-01-20', '2020年各市旅游接待排名\n排名 城市 接待游客 旅游收入\n1 甲市 1250 98\n2 乙市 860 45', []],
	// C. Weekdays are days of the report's week (Monday first), 上周 of the week before: 從上週六至週三 in a paper of Thursday
	// 6 October 2016 is 1–5 October (the holiday named after it is those days), 單是週三 that Wednesday to the full stop,
	// 週四 the report's day; 約2488億令吉 is a level in ringgit; 增幅為9.1% after 較去年同期增加89.2萬人次 is the rate of
	// the last figure in 人次, not of 601列 between them (727).
	['從上週六至週三共5天…超過4000億元人民幣（約2488億令吉）; 單是週三一天…；…; 週四…預計發送…增幅為9.1%', '2016-10-06', '十一黃金週過半\n2016年10月6日\n從上週六至週三共5天，今年十一假期的旅遊消費已經超過4000億元人民幣（約2488億令吉），旅遊接待人數接近5億人次。單是週三一天，全中國旅遊接待人數就達8300萬人次，比去年同期增長10.7%；旅遊消費665億元人民幣，比去年同期增長13.3%。\n十一假期即將結束，週四有大批遊客陸續返程，全中國鐵路預計發送旅客1069.6萬人次，增開旅客列車601列，較去年同期增加89.2萬人次，增幅為9.1%。', [
		{ value: 400000000000, unit: '元', period: '2016-10-01/2016-10-05', qualifier: '超' }, { value: 248800000000, unit: '令吉', period: '2016-10-01/2016-10-05', qualifier: '约' },
		{ value: 500000000, unit: '人次', period: '2016-10-01/2016-10-05', qualifier: '近' },
		{ value: 83000000, unit: '人次', period: '2016-10-05/2016-10-05', yoy_reported: 10.7 }, { value: 66500000000, unit: '元', period: '2016-10-05/2016-10-05', yoy_reported: 13.3 },
		{ value: 10696000, unit: '人次', period: '2016-10-06/2016-10-06', yoy_reported: 9.1, role: 'target' }, { value: 601, unit: '列', period: '2016-10-06/2016-10-06', yoy_reported: null, role: 'target' }
	]],
	['own wording: 从上周五至周日 (a Wednesday report) and 仅周一一天…；…', '2023-05-03', '从上周五至周日，全市共接待游客120万人次。仅周一一天，全市接待游客35万人次，同比增长12%；实现旅游收入2.1亿元。', [
		{ value: 1200000, unit: '人次', period: '2023-04-28/2023-04-30' }, { value: 350000, unit: '人次', period: '2023-05-01/2023-05-01', yoy_reported: 12 },
		{ value: 210000000, unit: '元', period: '2023-05-01/2023-05-01' }
	]],
	['own wording: 加开列车30列,较去年同期增加10万人次,增幅为9.1% goes to the 人次 figure', '2023-05-03', '“五一”假期，全省铁路发送旅客120万人次，加开列车30列，较去年同期增加10万人次，增幅为9.1%。', [
		{ value: 1200000, unit: '人次', yoy_reported: 9.1 }, { value: 30, unit: '列', yoy_reported: null }
	]],
	['near miss: 黄金周六天 is no Saturday; 截至周三 is a cut-off and keeps the holiday', '2023-05-03', '国庆黄金周六天，全市接待游客50万人次。五一假期，全市接待游客300万人次。截至周三，杭州各景区共接待262.5万人次。', [
		{ value: 500000, unit: '人次', period: '2023-national-day' }, { value: 3000000, unit: '人次', period: '2023-labour-day' }, { value: 2625000, unit: '人次', period: '2023-labour-day' }
	]],
	['near miss: a rate after a difference in 列 stays with the 列 figure', '2023-05-03', '“五一”假期，全省铁路发送旅客120万人次，加开列车30列，较去年同期增加5列，增幅为20%。', [
		{ value: 1200000, unit: '人次', yoy_reported: null }, { value: 30, unit: '列', yoy_reported: 20 }
	]],
	// D. A text whose title announces the goals of the report's year (庆元县2018年旅游工作目标, published in April 2018) sets
	// targets throughout: what will be added, invested or finished that year is planned (729).
	['庆元县2018年旅游工作目标: 新增…24个、其中创成…3个; 年内完成投资14亿元,增幅达40%', '2018-04-19', '庆元县2018年旅游工作目标：接待游客超386万人次\n2018年4月19日\n全力构建全域旅游发展格局。同时新增A级景区村庄24个，其中创成3A级景区村3个。\n着力打造旅游拳头产品。年内完成投资14亿元，增幅达40%。', [
		{ value: 24, unit: '个', period: '2018', role: 'target' }, { value: 3, unit: '个', period: '2018', role: 'target' },
		{ value: 1400000000, unit: '元', period: '2018', yoy_reported: 40, role: 'target' }
	]],
	['own wording: 某市2021年文化旅游工作要点, 全市新建城市书房12家', '2021-02-20', '某市2021年文化旅游工作要点\n2021年2月20日\n一、提升公共服务。全市新建城市书房12家，举办文化惠民活动500场。', [
		{ value: 12, unit: '家', period: '2021', role: 'target' }, { value: 500, unit: '场', period: '2021', role: 'target' }
	]],
	['near miss: under 2024年目标 the figures of 2023 are what was done', '2024-01-23', '某省2024年文化旅游工作目标\n2024年1月23日\n2023年，全省共接待游客3.88亿人次。', [
		{ value: 388000000, unit: '人次', period: '2023', role: 'actual' }
	]],
	['near miss: a title of 2018年工作总结 does not make its figures targets', '2019-01-10', '某县2018年旅游工作总结\n2019年1月10日\n全年新增A级景区村庄24个。', [
		{ value: 24, unit: '个', period: '2018', role: 'actual' }
	]],
	// E. Numbers that are no figures: the minutes of a time of day (15时30分, 731), a rank gained (前进不少于1个位次) and an event
	// named by a round numeral of people (万人游, 729); 125件次之 is 125件 followed by 次之 (second), not 件次 (728).
	['截至当天15时30分 · 前进不少于1个位次 · 万人游 · 125件次之', '2021-05-01', '截至当天15时30分，全省接待游客30万人次。旅游工作要在考核中前进不少于1个位次。并举办房车大会、万人游、研学游等大型活动。違規案件以太魯閣國家公園125件次之。', [
		{ value: 300000, unit: '人次' }, { value: 125, unit: '件' }
	]],
	['own wording: 9点45分 · 上升2个名次 · 千人宴 · 80件次之', '2021-05-01', '截至9点45分，景区入园游客1.2万人次。全市排名上升2个名次。举办千人宴活动。投诉以某景区80件次之。', [
		{ value: 12000, unit: '人次' }, { value: 80, unit: '件' }
	]],
	['near miss: 制作节目30分钟, 新建5个项目, 吸引万人参与 and 125件次 stay figures', '2021-05-01', '制作节目30分钟。新建5个项目。活动吸引万人参与。共受理投诉125件次。', [
		{ value: 30, unit: '分钟' }, { value: 5, unit: '个' }, { value: 10000, unit: '人' }, { value: 125, unit: '件次' }
	]],
	// D. 预计 said again at the head of each item leaves the item without it stated, not forecast (736); a sentence opened by
	// 到 a time still ahead (到“十二五”末 in 2011) sets goals in every item, across its semicolons (723).
	['預計…；預計…；出境旅遊人數約8129萬人次，比上年增長14%', '2019-07-25', '2019年上半年，預計國內旅遊人數30.8億人次，比上年增長8.8%；預計入境旅遊人數7269萬人次，比上年增長5%；出境旅遊人數約8129萬人次，比上年增長14%。', [
		{ value: 3080000000, unit: '人次', role: 'target' }, { value: 72690000, unit: '人次', role: 'target' },
		{ value: 81290000, unit: '人次', period: '2019-H1', yoy_reported: 14, role: 'actual', qualifier: '约' }
	]],
	['own wording: 预计…；预计…；旅游收入1.2亿元 (a stated item)', '2023-05-05', '五一假期，预计全市接待游客120万人次；预计过夜游客30万人次；实现旅游收入1.2亿元。', [
		{ value: 1200000, unit: '人次', role: 'target' }, { value: 300000, unit: '人次', role: 'target' }, { value: 120000000, unit: '元', role: 'actual' }
	]],
	['near miss: 预计 once at the head runs to the full stop; 届时 after a repeated 预计 keeps the forecast', '2023-05-05', '五一假期，预计全市接待游客120万人次；过夜游客30万人次。预计明年接待游客150万人次；预计过夜游客40万人次；届时旅游收入达2亿元。', [
		{ value: 1200000, unit: '人次', role: 'target' }, { value: 300000, unit: '人次', role: 'target' },
		{ value: 1500000, unit: '人次', role: 'target' }, { value: 400000, unit: '人次', role: 'target' }, { value: 200000000, unit: '元', role: 'target' }
	]],
	['到“十二五”末,…将达到…0.5册；…；覆盖率分别达到90%和95%', '2011-12-15', '按照全省的部署，到“十二五”末，全省人均公共图书馆藏书量将达到0.5册；实现县有图书馆、文化馆；全省广播和电视人口综合覆盖率分别达到90%和95%。', [
		{ value: 0.5, unit: '册', period: '2015', role: 'target' }, { value: 90, unit: '%', period: '2015', role: 'target' }, { value: 95, unit: '%', period: '2015', role: 'target' }
	]],
	['own wording: 到2025年,…；全市A级景区达到40家', '2022-03-01', '到2025年，全市旅游总收入突破500亿元；全市A级景区达到40家。', [
		{ value: 50000000000, unit: '元', period: '2025', role: 'target', qualifier: '超' }, { value: 40, unit: '家', period: '2025', role: 'target' }
	]],
	['near miss: 到2021年底 in a report of 2022 is a time gone by', '2022-03-01', '到2021年底，全市A级景区达到40家。', [
		{ value: 40, unit: '家', role: 'actual' }
	]],
	// E. 將超越1000萬人次 is more than the figure (超), as 超过 is (730).
	['預計到年底，109年觀光人次將超越1000萬人次', '2020-11-20', '預計到年底，109年觀光人次將超越1000萬人次。', [
		{ value: 10000000, unit: '人次', period: '2020', role: 'target', qualifier: '超' }
	]],
	['own wording: 全年接待游客有望超越500万人次', '2020-11-20', '全年接待游客有望超越500万人次。', [
		{ value: 5000000, unit: '人次', qualifier: '超' }
	]],
	['near miss: 超越自我 and 达到1000万人次 keep no qualifier', '2020-11-20', '景区不断超越自我，全年接待游客达到1000万人次。', [
		{ value: 10000000, unit: '人次', qualifier: null }
	]],
	// E. 与2019年“五一”假期首日相比,…恢复至95.92%: a comparison with that year's same holiday day, named in quotes, opens the
	// clauses after it as 与2019年相比 does; the bare recoveries are changes, not levels (731).
	['与2019年“五一”假期首日相比，重点景区接待人次恢复至95.92%，门票收入恢复至95.23%', '2021-05-02', '5月1日，全省A级景区共接待游客347.3万人次；图书馆、文化馆、博物馆共接待群众37.17万人次。\n与2019年“五一”假期首日相比，重点景区接待人次恢复至95.92%，门票收入恢复至95.23%。\n数据显示，三星堆博物馆接待游客1.57万人次。', [
		{ value: 3473000, unit: '人次' }, { value: 371700, unit: '人次' }, { value: 15700, unit: '人次', yoy_reported: null }
	]],
	['own wording: 与2019年“十一”黄金周首日相比，游客人数恢复至88.5%', '2021-10-02', '10月1日，全市接待游客52万人次，图书馆接待读者1.2万人次。\n与2019年“十一”黄金周首日相比，游客人数恢复至88.5%。', [
		{ value: 520000, unit: '人次' }, { value: 12000, unit: '人次' }
	]],
	['near miss: a bare 恢复至95.92% with no comparison before it stays a level', '2021-05-02', '5月1日，全省A级景区共接待游客347.3万人次。重点景区客房入住率恢复至95.92%。', [
		{ value: 3473000, unit: '人次' }, { value: 95.92, unit: '%' }
	]],
];

describe('round fifty: bulletins of a day, header units, weekday spans, roles and non-figures', () => {
	readsAs(CASES);
});
