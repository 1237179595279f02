// Figure, unit, qualifier and change patterns the reader missed in rounds thirty-four and thirty-five (499–526):
// [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// A. A label ending in a unit of times counted (册次) gives it to a scaled number, as …人次N亿 does (501).
	['书刊文献外借册次8.4亿,同比增长7%: 册次 from the label', '2025-06-15', '2024年,全国公共图书馆书刊文献外借册次8.4亿,同比增长7%;总流通人次13.4亿。', [
		{ value: 840000000, unit: '册次', period: '2024', yoy_reported: 7 }, { value: 1340000000, unit: '人次', period: '2024' }
	]],
	['机场起降架次达12.6万: 架次 from the label', '2024-06-15', '上半年机场起降架次达12.6万。', [{ value: 126000, unit: '架次', period: '2024-H1' }]],
	['外借册数8.4亿: no unit of times in the label, no figure', '2024-06-15', '上半年图书馆外借册数8.4亿。', []],
	// B. 大概 before a number is about (约), as 大约 is (504).
	['实现利润大概1.3万亿元: 约', '2025-03-09', '2024年规模以上文化及相关产业实现利润大概1.3万亿元。', [{ value: 1300000000000, unit: '元', qualifier: '约' }]],
	['游客大概有20万人次: 约 before 有', '2024-06-15', '上半年景区游客大概有20万人次。', [{ value: 200000, unit: '人次', qualifier: '约' }]],
	['接待游客120万人次,同比增长大约5% · 大概占全市的三成: the same words of about before a change and a share', '2024-06-15', '上半年全县接待游客120万人次,同比增长大约5%,大概占全市的三成。', [
		{ value: 1200000, yoy_reported: 5 }, { value: 30, unit: '%', qualifier: '约' }
	]],
	['实现利润1.3万亿元,大概是去年的两倍: 大概 with no number after it changes nothing', '2025-03-09', '2024年全行业实现利润1.3万亿元。', [{ value: 1300000000000, qualifier: null }]],
	// C. A share opening its clause, of the group after 的, is a figure (503, 518; as 70%的4A级景区 is, 82).
	['从观众看,超20%的购票观众看了不止一场: 20 %, 超', '2024-03-22', '2023年演唱会市场火热。從觀眾看,超20%的購票觀眾看了不止一場演唱會。', [{ value: 20, unit: '%', qualifier: '超', period: '2023' }]],
	['近30%的游客选择了私人定制产品: 30 %, 近', '2023-10-07', '中秋国庆假期,全省接待游客1200万人次,近30%的游客选择了私人定制旅游产品。', [
		{ value: 12000000, unit: '人次' }, { value: 30, unit: '%', qualifier: '近' }
	]],
	['增速超过10%的企业有5家: a rate before the bound, no share', '2024-06-15', '上半年营收增速超过10%的企业有5家。', [{ value: 5, unit: '家' }]],
	// D. 改造提升 is upgrading the places counted, not a rise (500).
	['改造提升12个精品景区和一批特色乡村旅游点: 12 个', '2025-01-10', '2024年全區推動14個縣開展旅遊名縣創建,改造提升12個精品景區和一批特色鄉村旅遊點。', [
		{ value: 14, unit: '个', period: '2024' }, { value: 12, unit: '个', period: '2024' }
	]],
	['全年改造提升旅游厕所36座: a count', '2024-06-15', '上半年全市改造提升旅游厕所36座。', [{ value: 36, unit: '座' }]],
	['客房出租率提升5%: a rise, no level', '2024-06-15', '上半年全市客房出租率提升5%。', []],
	// E. A size class of an event (万人演唱会, 5000人以上大型演唱会) and bounds joined by 且 before 的…有N个 are no figures (499, 511, 507).
	['多场万人演唱会、音乐剧场场满座: no 10000 人', '2023-04-20', '一季度全省各类演出超5000场次,多场万人演唱会、音乐剧、舞剧场场满座。', [{ value: 5000, unit: '场次', qualifier: '超' }]],
	['其中5000人以上大型演唱会的贡献率最高 · 3000人规模音乐节: size classes', '2024-07-20', '上半年演唱会票房同比增长134.73%,其中5000人以上大型演唱会对市场增长的贡献率最高。全市举办3000人规模音乐节。', []],
	['音乐节吸引观众5000人: a count of people who came stays', '2024-06-15', '上半年音乐节吸引观众5000人。', [{ value: 5000, unit: '人' }]],
	['旅游总收入超百亿且接待游客总人数超千万的超级旅游大县有125个: only 125', '2024-09-15', '2023年,旅游总收入超百亿且接待游客总人数超千万的超级旅游大县有125个。', [{ value: 125, unit: '个', period: '2023' }]],
	['门票收入超5亿元并且游客超百万的景区共有12家: only 12', '2024-06-15', '上半年门票收入超5亿元并且游客超百万的景区共有12家。', [{ value: 12, unit: '家' }]],
	['旅游总收入超百亿元,接待游客超千万人次: bounds with no group after them stay', '2024-06-15', '上半年全县旅游总收入超百亿元,接待游客超千万人次。', [
		{ value: 10000000000, unit: '元', qualifier: '超' }, { value: 10000000, unit: '人次', qualifier: '超' }
	]],
	// F. Rates governed by 增幅 through 依次为, or through 分别是 + a place before each, are changes with no figure (513, 520).
	['增幅依次为9.08%、9.74%和7.43%: no figures', '2025-05-06', '今年一季度、清明節假期和“五一”假期,新疆的遊客接待量接連實現同比增長,增幅依次為9.08%、9.74%和7.43%。', []],
	['游客接待增幅前五位的地区分别是临夏38.5%、天水30.4%…: no figures', '2017-10-09', '国庆假期,全省接待游客1500万人次。游客接待增幅前五位的地区分别是临夏38.5%、天水30.4%、陇南29%、庆阳28.8%、平凉26.2%。', [{ value: 15000000, unit: '人次' }]],
	['涨幅居前的城市依次是:丽江21%、大理18%: no figures', '2024-06-15', '上半年房价涨幅居前的城市依次是:丽江21%、大理18%。', []],
	['占比前三位的地区分别是临夏38.5%、天水30.4%: shares stay', '2017-10-09', '国庆假期,游客占比前三位的地区分别是临夏38.5%、天水30.4%。', [{ value: 38.5, unit: '%' }, { value: 30.4, unit: '%' }]],
	// G. 分别达到<year>的A倍和B倍 gives each figure before it its multiple (518).
	['青海湖景区…11.91万人次,门票总收入773.95万元,分别达到2019年的1.76倍和1.59倍', '2023-10-07', '中秋国庆假期,青海湖景區接待遊客11.91萬人次,門票總收入773.95萬元,分別達到2019年的1.76倍和1.59倍。', [
		{ value: 119100, change: { kind: 'multiple', base: '2019', value: 1.76 } }, { value: 7739500, change: { kind: 'multiple', base: '2019', value: 1.59 } }
	]],
	['接待游客和收入分别达到2019年的1.2倍、1.5倍 (with 、)', '2024-06-15', '上半年全市接待游客320万人次,旅游收入28亿元,分别达到2019年的1.2倍、1.5倍。', [
		{ value: 3200000, change: { kind: 'multiple', base: '2019', value: 1.2 } }, { value: 2800000000, change: { kind: 'multiple', base: '2019', value: 1.5 } }
	]],
	['是2019年假期的2.1倍: a single multiple stays', '2023-10-07', '中秋国庆假期,茶卡盐湖接待游客15万人次,是2019年假期的2.1倍。', [{ value: 150000, change: { kind: 'multiple', base: '2019', value: 2.1 } }]],
	// H. 实现N%的增幅 (增长) right after a figure is its 同比 (513).
	['游客量突破15.89万人次,实现182.14%的增幅: yoy', '2025-05-06', '“五一”假期,喀納斯景區遊客量突破15.89萬人次,實現182.14%的增幅。', [{ value: 158900, unit: '人次', qualifier: '超', yoy_reported: 182.14 }]],
	['旅游收入3.2亿元,实现了12.5%的增长: yoy', '2024-06-15', '上半年全县旅游收入3.2亿元,实现了12.5%的增长。', [{ value: 320000000, yoy_reported: 12.5 }]],
	['实现12.5%的增长目标 with no figure before it: nothing', '2024-06-15', '全县力争实现12.5%的增长目标。', []],
	// I. 参与人次 + 突破 + a number with 万 gives 人次 (513; 参与 is no 与 joining two names).
	['音乐会参与人次突破30万: 300000 人次, 超', '2025-05-06', '“五一”假期,伊犁河音樂會參與人次突破30萬。', [{ value: 300000, unit: '人次', qualifier: '超' }]],
	['观演人次逾12万: 人次, 逾', '2024-06-15', '上半年大剧院观演人次逾12万。', [{ value: 120000, unit: '人次', qualifier: '逾' }]],
	['湖南和广东突破千万人次: places joined by 和 passing a bound stay no figure', '2024-06-15', '上半年其中湖南和广东突破千万人次。', []],
	// J. A forecast word inside a title in 《》 names a report, not a plan of the figures quoted from it (516).
	['《…2024年发展预测》显示,…超过1.9亿人次,较上一年增长2.8倍以上: actual, yoy 280', '2024-04-19', '中國旅遊研究院發布的《2023年中國旅遊經濟運行分析與2024年發展預測》顯示,2023年入出境旅遊人數超過1.9億人次,較上一年增長2.8倍以上。', [
		{ value: 190000000, period: '2023', qualifier: '超', yoy_reported: 280, role: 'actual' }
	]],
	['《规划》印发后,全市建成旅游厕所80座: actual', '2024-06-15', '《全市旅游厕所建设规划》印发后,上半年全市建成旅游厕所80座。', [{ value: 80, unit: '座', role: 'actual' }]],
	['报告预计2024年接待游客60亿人次: a forecast outside the title stays a target', '2024-04-19', '《2024年发展预测》报告预计,2024年国内旅游人数达60亿人次。', [{ value: 6000000000, role: 'target' }]],
	// K. 列次 is one unit, as 架次 and 班次 are (525).
	['铁路共发车113列次,加车7列次', '2008-10-04', '10月3日,铁路共发车113列次,加车7列次。', [{ value: 113, unit: '列次' }, { value: 7, unit: '列次' }]],
	['开行旅游专列12列: 列 alone stays', '2024-06-15', '上半年开行旅游专列12列。', [{ value: 12, unit: '列' }]],
	// L. 组 counts sets (灯组, 展品), never 组织; 30余场 · 500多次 keep 余 (526).
	['本届灯会的126组灯组 · 共组织30余场、500多次: 组, 余', '2015-03-16', '春节期间,本届灯会的126组灯组璀璨夺目,全市共组织30余场、500多次文化活动。', [
		{ value: 126, unit: '组' }, { value: 30, unit: '场', qualifier: '余' }, { value: 500, unit: '次', qualifier: '余' }
	]],
	['展出文物12组: 组', '2024-06-15', '上半年博物馆展出珍贵文物12组。', [{ value: 12, unit: '组' }]],
	// B. 较2022年、2019年(同比)增加A、B: the bases in order, each with its change; last year's is the 同比 (505).
	['较2022年、2019年同比增加18.86%、210.74%: 同比 and growth over 2019', '2023-10-07', '中秋国庆假期,本地区累计接待游客15.63万人次,较2022年、2019年同比增加18.86%、210.74%。', [
		{ value: 156300, yoy_reported: 18.86, change: { kind: 'base_growth', base: '2019', value: 210.74 } }
	]],
	['出租率…较2022年、2019年同比分别增长6.79、9.33个百分点: points, the unit written once', '2023-10-07', '中秋国庆假期,星级饭店平均出租率67.83%,较2022年、2019年同比分别增长6.79、9.33个百分点。', [
		{ value: 67.83, yoy_reported: null, yoy_points: 6.79 }
	]],
	['比2023年、2019年分别下降5%和3% in 2024: falls, in order', '2024-05-06', '五一假期,全县接待游客20万人次,比2023年、2019年分别下降5%和3%。', [
		{ value: 200000, yoy_reported: -5, change: { kind: 'base_growth', base: '2019', value: -3 } }
	]],
	['较2022年增长18.86%、…: one base, a list of changes of two figures stays', '2023-10-07', '假期接待游客15.63万人次、旅游收入0.985亿元,较2022年分别增长18.86%、11.86%。', [
		{ value: 156300, yoy_reported: 18.86, change: null }, { value: 98500000, yoy_reported: 11.86, change: null }
	]]
];

describe('rounds thirty-four and thirty-five: figures, units, qualifiers, changes', () => readsAs(CASES));
