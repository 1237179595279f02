// What round fifty-four's blind fixtures (774–787) found the reader misreading: [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const ROLES: DatedCase[] = [
	// A. A part after a semicolon that sorts the planned projects by a measure (按投资规模看) breaks the plan down: its counts
	// are planned too, where every figure before it in the sentence is (776).
	['2015年全市拟建设重点旅游项目68个…；按投资规模看，投资额1亿元以上的旅游项目55个，…28个', '2015-01-13', '2015年全市拟建设重点旅游项目68个，计划投资额178.6亿元，其中拟开门纳客的旅游项目28个；按投资规模看，投资额1亿元以上的旅游项目55个，投资额10亿元以上的旅游项目28个。', [
		{ value: 68, unit: '个', role: 'target' }, { value: 17860000000, role: 'target' }, { value: 28, unit: '个', role: 'target' },
		{ value: 55, unit: '个', period: '2015', role: 'target' }, { value: 28, unit: '个', period: '2015', role: 'target' }
	]],
	['own wording: 计划新建…；按类型分，…', '2024-02-01', '2024年全县计划新建乡村旅游点30个；按类型分，民宿类12个，农家乐类18个。', [
		{ value: 30, role: 'target' }, { value: 12, role: 'target' }, { value: 18, role: 'target' }
	]],
	['near miss: 按…看 after what was built breaks down an actual', '2024-02-01', '2023年全县建成乡村旅游点30个；按类型看，民宿类12个，农家乐类18个。', [
		{ value: 30, role: 'actual' }, { value: 12, role: 'actual' }, { value: 18, role: 'actual' }
	]],
	// B. 其中有 (其中包括) opening the sentence after a plan breaks the plan into its parts, as 其中, does (779, as 751).
	['2016年全市有40个重点旅游项目计划列入市级调控。其中有…等7个传统文化类项目；…等12个生态休闲类项目', '2016-02-19', '根据计划，2016年全市有40个重点旅游项目计划列入市级调控。其中有扬中渡江文化园、西津渡历史文化街区建设等7个传统文化类项目；三山南山景区提升、扬中雷公岛度假区一期等12个生态休闲类项目。', [
		{ value: 40, role: 'target' }, { value: 7, unit: '个', period: '2016', role: 'target' }, { value: 12, unit: '个', period: '2016', role: 'target' }
	]],
	['own wording: 其中包括 after 力争', '2024-01-20', '2024年全市力争新增A级景区10家。其中包括4A级景区3家，3A级景区7家。', [
		{ value: 10, role: 'target' }, { value: 3, unit: '家', role: 'target' }, { value: 7, unit: '家', role: 'target' }
	]],
	['near miss: 其中有 after what was done', '2024-01-20', '2023年全市新增A级景区10家。其中有4A级景区3家，3A级景区7家。', [
		{ value: 10, role: 'actual' }, { value: 3, role: 'actual' }, { value: 7, role: 'actual' }
	]],
	// C. 将 (为 whom) 带来: what an event is to bring is its plan (787).
	['本屆閱讀季將為市民讀者帶來45項主題、近200場閱讀活動', '2025-04-22', '本屆閱讀季將為市民讀者帶來45項主題、近200場閱讀活動。', [
		{ value: 45, unit: '项', period: '2025', role: 'target' }, { value: 200, unit: '场', period: '2025', role: 'target', qualifier: '近' }
	]],
	['own wording: 将带来 without 为', '2024-05-01', '本届文化节将带来演出120场。', [
		{ value: 120, unit: '场', role: 'target' }
	]],
	['near miss: 为市民带来了 says what was brought', '2024-05-01', '本届文化节为市民带来了演出120场。', [
		{ value: 120, unit: '场', role: 'actual' }
	]],
	// D. 为争取 (in order to win) opens a clause of purpose: what was done to that end is no goal (781).
	['為爭取更多元的客源，觀光局透過新設胡志明市及倫敦2個駐外辦事處', '2020-01-06', '為爭取更多元的客源，觀光局透過新設胡志明市及倫敦2個駐外辦事處，加強在當地的宣傳推廣。', [
		{ value: 2, unit: '个', role: 'actual' }
	]],
	['own wording: 为争取客源，…开通3条航线', '2024-03-01', '为争取更多客源，全市去年开通国际航线3条。', [
		{ value: 3, unit: '条', role: 'actual' }
	]],
	['near miss: 争取 as the verb of a goal stays one', '2024-03-01', '全市今年争取开通国际航线3条。', [
		{ value: 3, unit: '条', role: 'target' }
	]]
];

const PERIODS: DatedCase[] = [
	// E. A title announcing a five-year plan's goals (“十三五”…目标) sets the figures that name no period for the plan's last
	// year, as goals (780); a review of the goals (完成情况), or a plan already over, sets nothing.
	['“十三五”旅游业发展规划确定四大目标 … 旅游业对国民经济的综合贡献度达到12%，年均新增旅游就业人数100万人以上', '2016-12-26', '“十三五”旅游业发展规划确定四大目标\n2016年12月26日\n二是综合效益显著提升。旅游业对国民经济的综合贡献度达到12%，年均新增旅游就业人数100万人以上。', [
		{ value: 12, unit: '%', period: '2020', role: 'target' }, { value: 1000000, unit: '人', period: '2020', role: 'target', qualifier: '超' }
	]],
	['own wording: “十四五”…目标 with a year stated beside', '2021-06-01', '“十四五”全省文化和旅游发展目标公布\n2021年6月1日\n全省公共图书馆年流通人次达到1.5亿人次，旅游总收入突破1万亿元。2020年全省接待游客6亿人次。', [
		{ value: 150000000, period: '2025', role: 'target' }, { value: 1000000000000, period: '2025', role: 'target' }, { value: 600000000, period: '2020', role: 'actual' }
	]],
	['near miss: a review of the goals (完成情况) states what was done', '2016-01-10', '“十二五”旅游业发展目标完成情况\n2016年1月10日\n旅游业总收入达到4万亿元。', [
		{ value: 4000000000000, period: '2016', role: 'actual' }
	]],
	['near miss: the goals of a plan already over set no year to come', '2016-01-10', '“十二五”旅游业发展目标\n2016年1月10日\n旅游业总收入达到4万亿元。', [
		{ value: 4000000000000, period: '2016', role: 'actual' }
	]],
	// F. 今天是 a named day (世界读书日, not a holiday's Nth day) is the report's day: what was counted at that day's event is
	// of the day (786).
	['今天是第30个“世界读书日”。…开展了一场跨地域的共读活动，现场吸引130余名读者参与', '2025-04-23', '今天是第30个“世界读书日”。广州市增城区图书馆联动五地开展了一场跨地域的共读活动，现场吸引130余名读者参与。', [
		{ value: 130, unit: '名', period: '2025-04-23/2025-04-23', qualifier: '余' }
	]],
	['own wording: 今日是中国旅游日', '2024-05-19', '今日是中国旅游日。全市各景区开展惠民活动，现场吸引游客2000余人。', [
		{ value: 2000, unit: '人', period: '2024-05-19/2024-05-19' }
	]],
	['near miss: a figure with a year of its own after 今天是', '2025-04-23', '今天是世界读书日。2024年全市图书馆接待读者130万人次。', [
		{ value: 1300000, period: '2024' }
	]],
	['near miss: with no 今天 the event names no day', '2025-04-23', '图书馆开展了一场共读活动，现场吸引130余名读者参与。', [
		{ value: 130, unit: '名', period: '2025' }
	]]
];

const CHANGES: DatedCase[] = [
	// G. An adverb of degree before the verb of a base level's change (微增, 大幅成长) kept the comparison from being read: the
	// base level (比前年的270万人次) took the year of the figure compared, and its change was lost (781).
	['陸客271萬人次，比前年的270萬人次微增0.5%；非陸客近914萬人次，比前年的837萬人次大幅成長9%', '2020-01-06', '2019年全年來台旅客約1,184萬人次。全年來台旅客中陸客271萬人次，比前年的270萬人次微增0.5%；非陸客近914萬人次，比前年的837萬人次大幅成長9%。', [
		{ value: 11840000, period: '2019' }, { value: 2710000, period: '2019', yoy_reported: 0.5 }, { value: 2700000, period: '2018', yoy_reported: null },
		{ value: 9140000, period: '2019', yoy_reported: 9, qualifier: '近' }, { value: 8370000, period: '2018' }
	]],
	['own wording: 大幅增长 and 微降 after 比上年的', '2024-01-20', '2023年全市接待游客1200万人次，比上年的1000万人次大幅增长20%；入境游客50万人次，比上年的60万人次微降16.7%。', [
		{ value: 12000000, period: '2023', yoy_reported: 20 }, { value: 10000000, period: '2022' }, { value: 500000, period: '2023', yoy_reported: -16.7 }, { value: 600000, period: '2022' }
	]],
	['near miss: 大幅增加 with no figure of change leaves the level undated', '2024-01-20', '2023年全市接待游客1200万人次，比上年的1000万人次大幅增加。', [
		{ value: 12000000, period: '2023', yoy_reported: null }, { value: 10000000, period: '2023' }
	]],
	// H. The level a pair moves from (由A降至B) keeps no change stated after B: that is B's, or another subject's (過夜…亦按年
	// 下跌8.1%); and the end level may name its month (今年11月的), which the pair then reads (778).
	['由去年11月的近266萬人次降至今年11月的近214萬人次，跌19.6%，過夜內地旅客亦按年下跌8.1%', '2015-12-31', '其中不過夜內地旅客由去年11月的近266萬人次降至今年11月的近214萬人次，跌19.6%，過夜內地旅客亦按年下跌8.1%。', [
		{ value: 2660000, period: '2014-11', qualifier: '近', yoy_reported: null }, { value: 2140000, period: '2015-11', qualifier: '近', yoy_reported: -19.6 }
	]],
	['own wording: 由2023年的…增至2024年的…，…入境游客亦同比增长5%', '2024-12-31', '游客由2023年的266万人次增至2024年的300万人次，增长12.8%，入境游客亦同比增长5%。', [
		{ value: 2660000, period: '2023', yoy_reported: null }, { value: 3000000, period: '2024', yoy_reported: 12.8 }
	]],
	['near miss: the pair with only its own change', '2024-12-31', '游客由2023年的266万人次增至2024年的300万人次，增长12.8%。', [
		{ value: 2660000, period: '2023', yoy_reported: null }, { value: 3000000, period: '2024', yoy_reported: 12.8 }
	]]
];

const COUNTS: DatedCase[] = [
	// J. A lone numeral right after 等 counts the list just named (等六个“旅游+”), as 等6个 does; a list of tasks or aspects
	// (等六个方面, 等十项工作) stays wording (779; fixtures 303, 465).
	['镇江今年还要…重点谋划旅游+文化、旅游+历史、旅游+农业等六个“旅游+”', '2016-02-19', '在抓旅游大项目的同时，镇江今年还要在模式创新上求突破，重点谋划旅游+文化、旅游+历史、旅游+农业等六个“旅游+”，打造一批新业态旅游品牌。', [
		{ value: 6, unit: '个', period: '2016', role: 'target' }
	]],
	['own wording: 西湖、千岛湖等三家景区 done', '2024-01-10', '2023年，全市西湖、千岛湖等三家景区获评国家5A级旅游景区。', [
		{ value: 3, unit: '家', period: '2023', role: 'actual' }
	]],
	['near miss: 等六个方面 sets out work, no count', '2015-02-01', '会议从推进旅游改革创新、促进乡村旅游提质增效等六个方面部署全年工作。', []]
];

const NOT_FIGURES: DatedCase[] = [
	// I. A bound each of a closed list of libraries (museums, halls: 馆) passed (都超過900萬冊/件) is no level, as one each of
	// named places or scenic spots is (784; fixture 485, 631).
	['其中廣東省立中山圖書館和廣州圖書館的紙質文獻總藏量都超過900萬冊/件', '2022-04-25', '2021年，全省公共圖書館紙質文獻總藏量上升到11883.63萬冊/件，其中廣東省立中山圖書館和廣州圖書館的紙質文獻總藏量都超過900萬冊/件。', [
		{ value: 118836300, unit: '册', period: '2021' }
	]],
	['own wording: 上海博物馆和国家图书馆的藏品都超过100万件', '2024-01-10', '2023年，上海博物馆和国家图书馆的藏品都超过100万件。', []],
	['near miss: an open list (等场馆) states the level of a group', '2024-01-10', '2023年，省博物馆、市博物馆等场馆年接待观众均超过100万人次。', [
		{ value: 1000000, unit: '人次', qualifier: '超' }
	]]
];

describe('round fifty-four: roles', () => {
	readsAs(ROLES);
});

describe('round fifty-four: periods', () => {
	readsAs(PERIODS);
});

describe('round fifty-four: stated changes', () => {
	readsAs(CHANGES);
});

describe('round fifty-four: not figures', () => {
	readsAs(NOT_FIGURES);
});

describe('round fifty-four: counts', () => {
	readsAs(COUNTS);
});
