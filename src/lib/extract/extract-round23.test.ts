// Patterns the reader missed in round twenty-three's blind fixtures (345–358): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// 1. A campaign's span: from the day it started (从…起) to the day counted to (截至).
	['a campaign started 从2016年12月8日18时起 and counted 截至1月3日 spans those days, across the year end', '2017-01-06', '从2016年12月8日18时起,市执法局开展了为期100天的安全大检查专项行动。\n截至1月3日,全市共检查各类场所2507家次,出动执法人员7912人次。', [
		{ value: 2507, period: '2016-12-08/2017-01-03' }, { value: 7912, period: '2016-12-08/2017-01-03' }
	]],
	['自3月1日起 … 截至3月20日 in the same year spans those days', '2024-03-22', '自3月1日起,全市开展专项整治行动。截至3月20日,共检查网吧120家。', [{ value: 120, period: '2024-03-01/2024-03-20' }]],
	['截至10月15日 with no start named is still January to that day', '2024-10-20', '截至10月15日,全市累计接待游客1200万人次。', [{ value: 12000000, period: '2024-01-01/2024-10-15' }]],
	// 2. A day named in the base of a difference.
	['a difference against a day in brackets (比2022年国庆假期第四天(10月4日)多35213.91万元) is no figure, and its day no period of the next paragraph', '2023-10-07', '中秋国庆假期,全市共接待游客459.765万人次。\n假期第四天(10月2日),单日旅游收入为39211.53万元,比2022年国庆假期第四天(10月4日)多35213.91万元,相对增幅880.87%。\n假期里,全市举办活动199场。', [
		{ value: 4597650, period: '2023-national-day' }, { value: 392115300, period: '2023-10-02/2023-10-02' }, { value: 199, period: '2023-national-day' }
	]],
	['a difference 较上年同期多接待 still is no figure; 比例 is no base', '2024-06-15', '上半年全市接待游客500万人次,较上年同期多接待80万人次。', [{ value: 5000000, period: '2024-H1' }]],
	// 3. A figure restated in brackets in another scale.
	['a figure restated in brackets (269207.47万元(即26.92亿元)) is one figure, with the changes after the bracket', '2023-10-07', '中秋国庆假期,全市旅游总收入为269207.47万元(即26.92亿元),恢复到2019年的99.15%,同比增长974.37%。', [
		{ value: 2692074700, yoy_reported: 974.37, change: { kind: 'recovery', base: '2019', value: 99.15 } }
	]],
	['a bracketed figure of another value (其中…) stays a figure', '2023-10-07', '全市旅游总收入为26.92亿元(其中门票收入3.1亿元)。', [{ value: 2692000000 }, { value: 310000000 }]],
	// 4. Past-tense verbs and counts of projects that exist, after plan words.
	['funds secured (争取到位资金7.58亿元) are actual, and so are the figures after them in the sentence', '2024-01-10', '这一年,全省争取到位资金7.58亿元,承办全国性文旅活动和会议17次,获得全国表彰奖励116项。', [
		{ value: 758000000, role: 'actual' }, { value: 17, role: 'actual' }, { value: 116, role: 'actual' }
	]],
	['争取 a figure still to come stays a target', '2024-01-10', '今年全省争取资金8亿元。', [{ value: 800000000, role: 'target' }]],
	['projects under construction (将加快推进109个2017年旅游在建项目) and projects listed already (列入…的19个项目) are counted; the planned investment is a target', '2017-02-17', '全市将加快推进109个2017年旅游在建项目,项目总投资75.37亿元,年度计划投资14亿元。今年,各地要落实部署;优先支持列入省“十三五”旅游重点项目的19个项目建设。', [
		{ value: 109, role: 'actual' }, { value: 7537000000, role: 'actual' }, { value: 1400000000, role: 'target' }, { value: 19, role: 'actual' }
	]],
	['加快推进53个重点项目建设 (projects to push ahead) stays a target', '2024-06-15', '加快推进53个农文旅重点项目建设。', [{ value: 53, role: 'target' }]],
	// 5. Periods from the wrong words.
	['上一年 opening a clause is the year before the report (and 比增 its 同比)', '2017-02-17', '会上通报,上一年全市共接待游客2209.21万人次,比增20.2%。', [{ value: 22092100, period: '2016', yoy_reported: 20.2 }]],
	['从2020年底开始 (when someone began doing something) holds for its sentence only', '2023-04-24', '2022年,全馆接待读者1227435人次。\n他从2020年底开始固定来借书。\n80后的借阅人次最高,为127045人次。', [
		{ value: 1227435, period: '2022' }, { value: 127045, period: '2022' }
	]],
	['works chosen for a list (9个节目入选) in a review of last year keep that year; places on a ranking keep the report\'s', '2024-05-08', '2023年,全省组织文艺演出2.68万场次。9个节目入选国家优秀节目。', [
		{ value: 26800, period: '2023' }, { value: 9, period: '2023' }
	]],
	['同年9月 is a month of the year named last (去年); a notice dated 4月29日 gives its month to the places it warns', '2016-05-01', '4月29日,省旅游局向社会通报:全省4处国家4A级景区被给予警告处分。\n去年4月,暗访组分赴11个市检查。同年9月,对存在问题的21家A级景区作了通报。', [
		{ value: 4, period: '2016-04' }, { value: 11, period: '2015-04' }, { value: 21, period: '2015-09' }
	]],
	// 6. A day singled out of a span.
	['其中10月4日当天 inside a span of days is that day for its paragraph; the next paragraph keeps the span', '2015-10-05', '贵州十一前四天\n2015年10月5日\n今年国庆黄金周前4天,全省共接待游客1039万余人次,同比增长21.6%。其中10月4日当天接待游客440.8万人次,同比增长22%,旅游收入29亿元。\n交通方面,黄金周前四天,公路运送旅客714万人次。', [
		{ value: 10390000, period: '2015-10-01/2015-10-04' }, { value: 4408000, period: '2015-10-04/2015-10-04', yoy_reported: 22 }, { value: 2900000000, period: '2015-10-04/2015-10-04' }, { value: 7140000, period: '2015-10-01/2015-10-04' }
	]],
	// 7. Thresholds and the counts that meet them.
	['places over a threshold (42个景区…日接待超过万人次 · 过万人次的景区有23个): the count is the figure, the threshold is not', '2015-10-05', '国庆黄金周前4天,黄果树等42个景区连续4天日接待超过万人次。10月3日单日接待游客过万人次的景区有23个。', [
		{ value: 42, unit: '个' }, { value: 23, unit: '个' }
	]],
	['counts after 为…及周边 (超过700个基层党组织、超过4万人) are whom a service reached: both figures', '2020-01-10', '纪念馆为湖南省及周边超过700个基层党组织、超过4万人提供了党性教育场所。', [
		{ value: 700, qualifier: '超' }, { value: 40000, qualifier: '超' }
	]],
	// 8. Ratios and ranges.
	['one in so many (每5名读者中就有1名) is a ratio and 5至6册 a range: neither is a figure', '2023-04-24', '2022年共有386804名读者借书。大致每5名到馆读者中就有1名会借书回家,平均每人借5至6册。', [
		{ value: 386804 }
	]],
	['a count after 至 with a period before it (1至9月接待游客500万人次) stays a figure', '2023-10-24', '2023年1至9月接待游客500万人次。', [{ value: 5000000 }]],
	// 9. Changes not attached.
	['相对增幅433.38% after a difference against last year\'s same holiday day is the figure\'s 同比', '2023-10-07', '假期第四天(10月2日),当天接待游客68.03万人,与2022年国庆假期第四天(10月4日)相比多出55.2778万人,相对增幅433.38%。', [
		{ value: 680300, yoy_reported: 433.38 }
	]],
	// 10. Batches and their total.
	['batches and their total (两批共1000个 · 2批共1000个) are both figures', '2021-09-03', '2019年以来,已先后推出两批共1000个全国乡村旅游重点村。今年推出2批共500个。', [
		{ value: 2, unit: '批' }, { value: 1000, unit: '个' }, { value: 2, unit: '批' }, { value: 500, unit: '个' }
	]],
	// 5b. A section's days.
	['days after a section label (交通客运:9月13-15日) under a holiday named before hold for that section only', '2019-09-16', '中秋小长假期间,全省累计接待游客1395.97万人次。\n交通客运:9月13-15日,全省机场进出港旅客17.83万人次。\n景区接待:全省重点监测的114个旅游景区共接待游客259.55万人次。', [
		{ value: 13959700, period: '2019-mid-autumn' }, { value: 178300, period: '2019-09-13/2019-09-15' }, { value: 2595500, period: '2019-mid-autumn' }
	]],
	['a level held over several years (连续两年站上200万人次以上) is a bound, not a figure', '2019-12-10', '2019年接待游客210万人次,游客量已经连续两年站上200万人次以上。', [{ value: 2100000 }]],
	['仅10月4日当天 singles a day out of the span too', '2015-10-05', '贵州十一前四天\n2015年10月5日\n今年国庆黄金周前4天,全省共接待游客1039万余人次。仅10月4日当天,全省接待游客440.8万人次。', [
		{ value: 10390000, period: '2015-10-01/2015-10-04' }, { value: 4408000, period: '2015-10-04/2015-10-04' }
	]],
];

describe('round twenty-three patterns', () => {
	readsAs(CASES);
});
