// Which numbers are figures, with which units, periods and changes: what round forty-eight's blind fixtures (695–708)
// found the reader missing or over-reading: [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// A. Rows of bare numbers under a note that gives the list's units take those units, by the cell's label or else by its
	// place in the row; the units the note names are no figures of one 亿 or one 万 (696, 700).
	['各省區市數據如下(旅遊總收入單位為億元,接待遊客總數單位為萬人次): 廣東:52.6,1069.6', '2020-06-28', '今年端午假期各地數據如下（旅遊總收入單位為億元，接待遊客總數單位為萬人次）：\n第1名 湖南：旅遊總收入80.83，接待遊客總數1152.68；\n第2名 廣東：52.6，1069.6；\n第12名 北京：約0.724（景區），135（景區）；\n第14名 重慶：收入未公布，226（景區）。', [
		{ value: 8083000000, unit: '元' }, { value: 11526800, unit: '人次' },
		{ value: 5260000000, unit: '元' }, { value: 10696000, unit: '人次' },
		{ value: 72400000, unit: '元', qualifier: '约' }, { value: 1350000, unit: '人次' },
		{ value: 2260000, unit: '人次' }
	]],
	['下表为各市数据(门票收入单位为万元,游客人数单位为万人次): 杭州:320.5,86.2', '2024-05-06', '五一假期各市数据如下(门票收入单位为万元,游客人数单位为万人次):\n杭州:320.5,86.2;\n宁波:150,40.3。', [
		{ value: 3205000, unit: '元' }, { value: 862000, unit: '人次' }, { value: 1500000, unit: '元' }, { value: 403000, unit: '人次' }
	]],
	['(收入单位为亿元,游客单位为万人次) over rows that write their units: each figure once, no 1亿元 (unchanged rows)', '2013-10-11', '下面列出各地数据（收入单位为亿元，游客单位为万人次）：\n1. 山东：收入309.90亿元；游客4208.30万人次。', [
		{ value: 30990000000, unit: '元' }, { value: 42083000, unit: '人次' }
	]],
	['各市数据如下: 杭州:320.5,86.2 with no note of units: no figures (unchanged)', '2024-05-06', '五一假期各市数据如下：\n杭州：320.5，86.2；\n宁波：150，40.3。', []],
	// B. A statistics bulletin on a year gone by (《2014年…统计公报》, published in 2016) accounts for that year, as a title naming
	// N年度 does: its 全年 in later paragraphs is that year, no plan of the report's year; 万亿人民币 is money (697).
	['《2014年中國旅遊業統計公報》 (2016-01-07) … 全年旅遊業總收入達3.73萬億人民幣 … 全年…綜合貢獻為6.61萬億元', '2016-01-07', '2014年中國旅遊業統計公報發布\n2016年1月7日\n國家旅遊局發布的《2014年中國旅遊業統計公報》顯示，2014年我國旅遊業保持了較快的發展勢頭。\n公報說，全年旅遊業總收入達3.73萬億人民幣。\n從對經濟的帶動看，全年旅遊業對GDP的綜合貢獻為6.61萬億元。', [
		{ value: 3730000000000, unit: '元', period: '2014', role: 'actual' },
		{ value: 6610000000000, unit: '元', period: '2014', role: 'actual' }
	]],
	['《2018年文化和旅游发展统计公报》 (2020-03-10) … 全年…演出312.46万场,国内旅游收入5.97万亿人民币', '2020-03-10', '《2018年文化和旅游发展统计公报》发布\n2020年3月10日\n公报显示,2018年全国文化事业繁荣发展。\n全年全国艺术表演团体演出312.46万场,国内旅游收入5.97万亿人民币。', [
		{ value: 3124600, unit: '场', period: '2018', role: 'actual' },
		{ value: 5970000000000, unit: '元', period: '2018', role: 'actual' }
	]],
	['2014年我市… \\n 全年接待游客100万人次 in a January report that is no bulletin: the report\'s year, a plan (unchanged)', '2016-01-07', '2014年我市旅游业发展迅速。\n全年接待游客100万人次。', [
		{ value: 1000000, unit: '人次', period: '2016', role: 'target' }
	]],
	['惠及3万人民群众: 人 before 民群众 is people (unchanged)', '2024-05-06', '五一假期,系列活动惠及3万人民群众。', [
		{ value: 30000, unit: '人' }
	]],
	// C. A day and the hour its count runs to (10月4日截至17时,) opening the account's paragraph, after the holiday was named
	// in passing before, is the day of the paragraphs after it, not a point of its own sentence (695).
	['10月4日截至17時,全國…426.73萬人次 \\n 熱點景區中,北京歡樂谷接待3.5萬人次', '2010-10-05', '“十一”黃金周第四天\n2010年10月5日\n10月4日是今年“十一”黃金周的第四天，國慶假期鐵路、公路的返程客流開始增多。\n據通報，10月4日截至17時，全國共接待遊客426.73萬人次，同比增長18.79%。\n熱點景區中，北京歡樂谷接待3.5萬人次，同比增長72.26%。', [
		{ value: 4267300, period: '2010-10-04/2010-10-04', yoy_reported: 18.79 },
		{ value: 35000, period: '2010-10-04/2010-10-04', yoy_reported: 72.26 }
	]],
	['5月2日截至16时,全市…35.2万人次 \\n 其他景区中,灵山接待2.1万人次', '2024-05-03', '五一假期第二天\n2024年5月3日\n5月2日是假期第二天，五一假期各地返程客流开始增多。\n据监测,5月2日截至16时,全市重点景区接待游客35.2万人次。\n其他景区中,灵山接待2.1万人次,同比增长12%。', [
		{ value: 352000, period: '2024-05-02/2024-05-02' },
		{ value: 21000, period: '2024-05-02/2024-05-02', yoy_reported: 12 }
	]],
	['据通报,10月4日全国旅游持续火爆,… \\n 热点景区中…: a day said inside its sentence stays a point; the holiday holds on (unchanged)', '2010-10-05', '“十一”黃金周第四天\n2010年10月5日\n10月4日是今年“十一”黃金周的第四天，國慶假期鐵路、公路的返程客流開始增多。\n據通報，10月4日全國旅遊持續火爆，全國共接待遊客426.73萬人次。\n熱點景區中，北京歡樂谷接待3.5萬人次。', [
		{ value: 4267300, period: '2010-10-04/2010-10-04' },
		{ value: 35000, period: '2010-national-day' }
	]],
	// D. 截至当日15点 after a day that ends its month (1月31日) is that day's count so far, not January's; 同比皆增长 gives its
	// change to every figure before it, as 均 does (702).
	['1月31日是今年春節假期的第一天。…截至當日15點,…176萬人次,門票收入869萬元', '2022-02-01', '四川春節假期首日\n2022年2月1日\n1月31日是今年春節假期的第一天。截至當日15點，全省A級旅遊景區共接待遊客176萬人次，門票收入869萬元。', [
		{ value: 1760000, unit: '人次', period: '2022-01-31/2022-01-31' },
		{ value: 8690000, unit: '元', period: '2022-01-31/2022-01-31' }
	]],
	['9月30日是中秋国庆假期的第二天。截至当日18时,…52万人次', '2023-10-01', '中秋国庆假期第二天\n2023年10月1日\n9月30日是中秋国庆假期的第二天。截至当日18时,全市A级景区共接待游客52万人次,门票收入310万元。', [
		{ value: 520000, period: '2023-09-30/2023-09-30' }, { value: 3100000, period: '2023-09-30/2023-09-30' }
	]],
	['截至1月31日,全市累计接待游客52万人次 (no hour): January so far (unchanged)', '2023-02-01', '2023年1月旅游\n2023年2月1日\n截至1月31日,全市累计接待游客52万人次。', [
		{ value: 520000, period: '2023-01' }
	]],
	['邛海景區接待遊客4.6萬人次,會理古城接待遊客4.5萬人次,同比皆增長20%', '2022-02-01', '春節假期首日，邛海景區接待遊客4.6萬人次，會理古城接待遊客4.5萬人次，同比皆增長20%。', [
		{ value: 46000, yoy_reported: 20 }, { value: 45000, yoy_reported: 20 }
	]],
	['灵山接待游客2.1万人次,拈花湾接待游客1.8万人次,皆比去年同期增长15%', '2024-02-11', '春节假期首日,灵山接待游客2.1万人次,拈花湾接待游客1.8万人次,皆比去年同期增长15%。', [
		{ value: 21000, yoy_reported: 15 }, { value: 18000, yoy_reported: 15 }
	]],
	['…1.8万人次,皆为近年新高: 皆 with no change after it gives none (unchanged)', '2024-05-06', '五一假期,灵山接待游客2.1万人次,拈花湾接待游客1.8万人次,皆为近年新高。', [
		{ value: 21000, yoy_reported: null }, { value: 18000, yoy_reported: null }
	]],
	// F. A range written with a hyphen (10亿元-30亿元的项目) is two bounds, neither a figure; a threshold passed day after day
	// (出租率连续三天超过80%) is a bound (SOURCES.md: bounds and ranges are no figures) (701, 703).
	['10亿元-30亿元的项目5个', '2021-03-01', '按投资规模看，10亿元-30亿元的项目5个，总投资82.1亿元。', [
		{ value: 5, unit: '个' }, { value: 8210000000, unit: '元' }
	]],
	['5000万元-1亿元的项目12个', '2021-03-01', '按投资规模看，5000万元-1亿元的项目12个。', [
		{ value: 12, unit: '个' }
	]],
	['总投资10亿元,其中一期3亿元: no hyphen, both figures (unchanged)', '2021-03-01', '项目总投资10亿元，其中一期3亿元。', [
		{ value: 1000000000 }, { value: 300000000 }
	]],
	['5月2日至4日,出租率连续三天超过80%', '2025-05-06', '五一假期，5月2日至4日，出租率连续三天超过80%，处在历史高位。', []],
	['入住率连续5日均超过90%', '2024-10-08', '国庆假期，全市高星级酒店入住率连续5日均超过90%。', []],
	['5月2日至4日,全市接待游客超过120万人次: a threshold said once is a figure with 超 (unchanged)', '2025-05-06', '五一假期，5月2日至4日，全市接待游客超过120万人次。', [
		{ value: 1200000, qualifier: '超' }
	]],
];

describe('round forty-eight: figures', () => {
	readsAs(CASES);
});
