// What rounds fifty-five and fifty-six's blind fixtures (788–815) and round fifty-four's leftovers found the reader
// misreading: [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CHANGES: DatedCase[] = [
	// A. 分别录得7.0倍及1.4倍升幅: a rise of N倍 recorded is growth of N×100%, as 增加1.7倍 is (794, as 47).
	['香港旅客356,958人次，臺灣地區旅客18,868人次，分別錄得7.0倍及1.4倍升幅', '2023-02-15', '1月份香港旅客356,958人次，臺灣地區旅客18,868人次，分別錄得7.0倍及1.4倍升幅。', [
		{ value: 356958, yoy_reported: 700 }, { value: 18868, yoy_reported: 140 }
	]],
	['own wording: one figure, 录得2倍的增幅', '2024-03-01', '2月份外国旅客12,000人次，同比录得2倍的增幅。', [
		{ value: 12000, yoy_reported: 200 }
	]],
	['near miss: a fall of N倍 says nothing', '2024-03-01', '2月份外国旅客12,000人次，同比录得2倍的跌幅。', [
		{ value: 12000, yoy_reported: null }
	]],
	// B. 亦下跌18.8%,至2376萬人次: a change stated before its level, reached by 至 after a comma, as by 达 (810).
	['2019年整體訪港過夜旅客亦下跌18.8%，至2376萬人次', '2020-01-15', '2019年整體訪港過夜旅客亦下跌18.8%，至2376萬人次。', [
		{ value: 23760000, unit: '人次', period: '2019', yoy_reported: -18.8 }
	]],
	['own wording: 增长12%，至二千万人次', '2024-01-10', '2023年全市接待游客增长12%，至二千万人次。', [
		{ value: 20000000, unit: '人次', period: '2023', yoy_reported: 12 }
	]],
	['near miss: ,至10月底 after a change is a date, not its level', '2024-01-10', '2023年全市接待游客2000万人次，下跌8.8%，至10月底累计3000万人次。', [
		{ value: 20000000, yoy_reported: -8.8 }, { value: 30000000, yoy_reported: null }
	]],
	// C. 比2010年「十一」黃金周增長17.5% in a report of 2011: last year's same holiday named in corner quotes is a 同比, as
	// in curly quotes (815).
	['銷售額為6962億元左右，比2010年「十一」黃金周增長17.5%', '2011-10-08', '國慶黃金周期間，商務部重點監測的全國零售和餐飲企業銷售額為6962億元左右，比2010年「十一」黃金周增長17.5%。', [
		{ value: 696200000000, qualifier: '约', yoy_reported: 17.5 }
	]],
	['own wording: 較去年「春節」假期', '2011-02-09', '春节黄金周期间，全市接待游客120万人次，較去年「春節」假期增長8%。', [
		{ value: 1200000, yoy_reported: 8 }
	]],
	['near miss: 比2009年「十一」黄金周 in 2011 is a base of its own', '2011-10-08', '国庆黄金周期间，全国销售额为6962亿元左右，比2009年「十一」黄金周增长17.5%。', [
		{ value: 696200000000, yoy_reported: null, change: { kind: 'base_growth', base: '2009', value: 17.5 } }
	]],
	// D. 签约金额509.65亿元,…,工业项目签约金额同比增长340%: the change of a part named before the total's measure has no
	// figure, and is not the total's (790).
	['签约金额509.65亿元，一、二、三产业占比分别为3.8%、69.2%和27%，工业项目签约金额同比增长340%', '2023-09-27', '全市已签约招商引资项目116个，签约金额509.65亿元，一、二、三产业占比分别为3.8%、69.2%和27%，工业项目签约金额同比增长340%。', [
		{ value: 116 }, { value: 50965000000, yoy_reported: null }, { value: 3.8 }, { value: 69.2 }, { value: 27 }
	]],
	['own wording: 其中乡村旅游类旅游收入同比增长', '2024-01-10', '2023年全县旅游收入8亿元，其中乡村旅游类旅游收入同比增长20%。', [
		{ value: 800000000, yoy_reported: null }
	]],
	['near miss: the measure named again by itself is the total\'s', '2024-01-10', '2023年全市签约金额509.65亿元，签约金额同比增长34%。', [
		{ value: 50965000000, yoy_reported: 34 }
	]]
];

const ROLES: DatedCase[] = [
	// E. 这笔专项资金的安排是:A工程120万元;…: money granted, shared out with a colon, is what was allotted, not a plan, as
	// 资金安排:A县500万元 is (811); a plan of investment announced the same way (投资安排是:) stays one.
	['这笔第三批专项资金的安排是：…保护展示工程120万元；…（该项目第二批资金925万元已经到位）', '2017-11-27', '这笔第三批专项资金的安排是：钓鱼城遗址保护展示工程120万元；钓鱼城遗址地质灾害治理工程（二期）617万元（该项目第二批资金925万元已经到位）。', [
		{ value: 1200000, role: 'actual' }, { value: 6170000, role: 'actual' }, { value: 9250000, role: 'actual' }
	]],
	['own wording: 经费的安排如下', '2024-05-10', '今年省级文物保护经费的安排如下：古城墙修缮工程300万元，石窟保护工程200万元。', [
		{ value: 3000000, role: 'actual' }, { value: 2000000, role: 'actual' }
	]],
	['near miss: 今年的投资安排是 plans the year', '2024-05-10', '4个省重点项目今年的投资安排是：古城项目完成投资1.11亿元，湿地项目完成1.5亿元。', [
		{ value: 111000000, role: 'target' }, { value: 150000000, role: 'target' }
	]],
	// F. 今年抚州市将投入1.04亿元资金,对全市列入计划的59个…进行维修保护: what the year will put in is its plan, and so is the
	// count its sentence plans to repair (812); the text's 已下拨 hands the money down, which is not spending it.
	['今年抚州市将投入1.04亿元资金，对全市列入计划的59个重点文物保护单位进行维修保护', '2015-02-04', '今年抚州市将投入1.04亿元资金，对全市列入计划的59个重点文物保护单位进行维修保护。目前这些资金已下拨到项目所在地的财政部门。', [
		{ value: 104000000, period: '2015', role: 'target' }, { value: 59, unit: '个', period: '2015', role: 'target' }
	]],
	['own wording: 将投入…对…12处文物进行修缮', '2024-02-01', '今年全县将投入800万元，对列入计划的12处文物进行修缮。', [
		{ value: 8000000, role: 'target' }, { value: 12, role: 'target' }
	]],
	['near miss: 将投入使用 (put into use) plans nothing', '2024-02-01', '今年新建的3个场馆将投入使用，总投资1.2亿元。', [
		{ value: 3, role: 'actual' }, { value: 120000000, role: 'actual' }
	]],
	// G. 《…重点建设项目计划》,计划共列入项目1395个,总投资7.28万亿元,其中…59个,总投资逾4145亿元: the plan as a document
	// counts what it lists, actuals as a key-project list's are (814, as 701 and 722).
	['计划共列入项目1395个，总投资7.28万亿元，其中文化旅游重点建设项目59个，总投资逾4145亿元', '2021-04-09', '广东省发改委近日公布了《广东省2021年重点建设项目计划》，计划共列入项目1395个，总投资7.28万亿元，其中文化旅游重点建设项目59个，总投资逾4145亿元。', [
		{ value: 1395, role: 'actual' }, { value: 7280000000000, role: 'actual' }, { value: 59, role: 'actual' }, { value: 414500000000, role: 'actual', qualifier: '逾' }
	]],
	['own wording: 计划共安排', '2024-03-01', '全市公布了《2024年重点项目计划》，计划共安排文旅项目45个，总投资320亿元。', [
		{ value: 45, role: 'actual' }, { value: 32000000000, role: 'actual' }
	]],
	['near miss: 计划共 and a verb of doing plans it', '2024-03-01', '今年全市计划共完成投资8亿元。', [
		{ value: 800000000, role: 'target' }
	]]
];

const NOT_FIGURES: DatedCase[] = [
	// H. 力争…,13个重点旅游景区接待游客增长16%以上: a count opening a goal's clause whose only number is a rise names the
	// places the goal is set for (779); a count whose clause reports a change stays a figure (161, 273).
	['2016年全市力争旅游总收入增长15%以上，…，13个重点旅游景区接待游客增长16%以上，并新增…品牌20项以上', '2016-02-19', '2016年全市力争旅游总收入增长15%以上，旅游项目投资增长18%以上，13个重点旅游景区接待游客增长16%以上，并新增国家级、省级旅游品牌20项以上。', [
		{ value: 20, unit: '项', role: 'target', qualifier: '超' }
	]],
	['own wording: 确保…,5家重点景区门票收入增长12%以上', '2024-02-01', '今年全县确保旅游收入增长10%，5家重点景区门票收入增长12%以上。', []],
	['near miss: a count whose clause reports a change stays', '2024-02-01', '去年全县旅游收入增长10%，5家重点景区门票收入增长12%。', [
		{ value: 5, unit: '家', role: 'actual' }
	]]
];

const FIGURES: DatedCase[] = [
	// I. 是四川省仅有的两个示范县: a numeral after 仅有的 counts the only things of a kind, as 2个 would (802).
	['长宁县和绵竹市是四川省仅有的两个示范县', '2012-06-01', '长宁县和绵竹市是四川省仅有的两个示范县。', [
		{ value: 2, unit: '个', period: '2012', role: 'actual' }
	]],
	['own wording: 只有三个', '2024-06-01', '全市只有三个国家级景区。', [
		{ value: 3, unit: '个' }
	]],
	['near miss: 仅有的两个月 is a span of time', '2024-06-01', '活动仅有的两个月里，全市接待游客100万人次。', [
		{ value: 1000000, unit: '人次' }
	]],
	// J. 占全省的1/5以上: a fraction written N/M after 占 is a share, as 五分之一 is; 以上 makes it 超 (776).
	['全市国家A级旅游景区数量已达50家，占全省的1/5以上', '2015-01-13', '截至目前，全市国家A级旅游景区数量已达50家，占全省的1/5以上。', [
		{ value: 50, unit: '家' }, { value: 20, unit: '%', period: '2015-01', qualifier: '超' }
	]],
	['own wording: 约占全部游客的1/4', '2024-06-01', '全市乡村游客约占全部游客的1/4。', [
		{ value: 25, unit: '%', qualifier: '约' }
	]],
	['near miss: a fraction of land is no figure (112)', '2023-10-10', '新疆地处亚欧大陆腹地，面积约占全国国土的1/6，地貌几乎无所不包。', []],
	['near miss: 1/5 as a date is no share', '2024-06-01', '活动于1/5开幕，全市接待游客100万人次。', [
		{ value: 1000000, unit: '人次' }
	]],
	// K. 四川13个市州与投资企业现场签订40个…: a count of places that signed, with a party after 与, what a figure of its clause
	// counts names who signed, the subject of that figure (792; SOURCES.md).
	['四川13个市州与投资企业现场签订40个旅游项目合作协议，签约金额1086.6亿元', '2018-08-31', '四川13个市州与投资企业现场签订40个旅游项目合作协议，签约金额1086.6亿元。', [
		{ value: 40, unit: '个' }, { value: 108660000000, unit: '元' }
	]],
	['own wording: 8个市与客商签约项目25个', '2018-08-31', '全省8个市与客商签约项目25个，签约金额300亿元。', [
		{ value: 25, unit: '个' }, { value: 30000000000, unit: '元' }
	]],
	['near miss: a count of places in a clause of its own stays', '2018-08-31', '全市与投资企业签订40个旅游项目合作协议，另有13个市州参加了洽谈。', [
		{ value: 40, unit: '个' }, { value: 13, unit: '个' }
	]]
];

describe('round 55–56: stated changes', () => readsAs(CHANGES));
describe('round 55–56: figures', () => readsAs(FIGURES));
describe('round 55–56: not figures', () => readsAs(NOT_FIGURES));
describe('round 55–56: roles', () => readsAs(ROLES));
