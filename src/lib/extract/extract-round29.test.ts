// Patterns the reader missed in round twenty-nine's blind fixtures (429–442): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// 1. 元旦 named with no dates and no year takes the official span of the report's 元旦 (of the next in late December).
	['元旦假期3天 with no year in a report of 4 January 2024 is 30 December 2023 to 1 January 2024', '2024-01-04', '各地元旦旅游成绩单\n2024年1月4日\n元旦假期3天，全国国内旅游出游1.35亿人次，同比增长155.3%。', [
		{ value: 135000000, period: '2023-12-30/2024-01-01', yoy_reported: 155.3 }
	]],
	['元旦假期 with no year in a report of late December names the coming 元旦 (2012: 1–3 January, before the weekday rule)', '2011-12-30', '元旦假期安排\n2011年12月30日\n预计元旦假期全市接待游客50万人次。', [
		{ value: 500000, period: '2012-01-01/2012-01-03', role: 'target' }
	]],
	['元旦小长假 with no year in a January report of 2025 is 1 January only', '2025-01-02', '元旦文旅\n2025年1月2日\n元旦假期,全市接待游客120万人次。', [
		{ value: 1200000, period: '2025-01-01/2025-01-01' }
	]],
	// 2. A part of a holiday: its first three days (头三天 · 首三天, like 前三天), and 昨天 in a report of the day after its last day.
	['长假头三天 · 假期首三天 are the holiday\'s first three days (国庆 2023 with 中秋 from 29 September)', '2023-10-03', '国庆黄金周\n2023年10月3日\n中秋国庆八天长假已踏入第五天。长假头三天共有3.95亿人次参与国内旅游,按年增加75.8%。\n报道又指,假期首三天,北京重点旅游景区累计接待游客682.5万人次。', [
		{ value: 395000000, period: '2023-09-29/2023-10-01' }, { value: 6825000, period: '2023-09-29/2023-10-01' }
	]],
	['昨天是春节假期最后一天 opening the text is that one day, not the holiday', '2026-02-24', '春节假期文旅数据\n2026年2月24日\n昨天是春节假期最后一天,全国铁路发送旅客1850万人次。\n江苏:春节假期全省共接待游客7581.12万人次。', [
		{ value: 18500000, period: '2026-02-23/2026-02-23' }, { value: 75811200, period: '2026-spring-festival' }
	]],
	['为春节假期铁路出行最高峰 names what the day was: the clauses after it stay on that day', '2026-02-24', '春节假期文旅数据\n2026年2月24日\n昨天是春节假期最后一天,全国铁路发送旅客1850万人次,为春节假期铁路出行最高峰;民航运送旅客265万人次。', [
		{ value: 18500000, period: '2026-02-23/2026-02-23' }, { value: 2650000, period: '2026-02-23/2026-02-23' }
	]],
	// 3. Bare years as headings of their own lines in a text about one holiday over the years are that holiday of each year.
	['历年清明假期 with 2019年 · 2022年 as headings: each heading is that year\'s 清明, and 清明假期 under 2022年 is 2022\'s', '2024-04-08', '历年清明假期旅游数据一览\n2024年4月8日\n2019年\n全国国内旅游接待总人数:1.12亿人次\n2022年\n全国国内旅游出游人数:7541.9万人次\n清明假期国内旅游收入:187.8亿元\n从以上数据看,2019年清明假期接待人数处于高位。', [
		{ value: 112000000, period: '2019-qingming' }, { value: 75419000, period: '2022-qingming' }, { value: 18780000000, period: '2022-qingming' }
	]],
	// 4. Months listed without their count (七、八月份 · 7月和8月) are the span of those months, as 7、8两个月 is.
	['今年七、八月份 · 7月和8月 are July to August, not July nor the year', '2012-09-05', '秦皇岛七八月旅游\n2012年9月5日\n今年七、八月份全市共接待中外游客1100多万人次。\n据统计,7月和8月全市共接待国内游客1111.81万人次,同比增长7%。', [
		{ value: 11000000, period: '2012-07-01/2012-08-31', qualifier: '余' }, { value: 11118100, period: '2012-07-01/2012-08-31', yoy_reported: 7 }
	]],
	// 6. Counts that name a subject: of a sample monitored, of places watched, of hotels letting rooms.
	['纳入监测的188家博物馆、图书馆…惠及5854.32万人次: the sample is no figure', '2023-08-20', '文化场所方面,纳入监测的188家博物馆、图书馆、文化馆提供的文化服务惠及5854.32万人次。', [
		{ value: 58543200, unit: '人次' }
	]],
	['对184家A级景区实施客流监测 · 139家三星及以下酒店出租267.76万间: places watched and hotels letting rooms name subjects', '2025-02-03', '全省对184家A级景区实施客流监测,共发布客流预警信息35次。139家三星及以下酒店出租267.76万间。', [
		{ value: 35, unit: '次' }, { value: 2677600, unit: '间' }
	]],
	// 7. Changes: 亦增长 (also grew) after a figure; 分别比2019年“五一”假日增长A和B (a holiday in quotes with 假日) to the two figures before.
	['亦增长1.86% is the 同比 of the figure before it, as 增长1.86% is', '2012-03-20', '口岸入境一日游游客60.82万人次,增长1.86%,一日游外汇收入3422.13万美元,亦增长1.86%。', [
		{ value: 608200, yoy_reported: 1.86 }, { value: 34221300, yoy_reported: 1.86 }
	]],
	['两项指标分别比2019年“五一”假日增长A和B: growth over 2019 for each of the two figures before', '2024-05-06', '福建:“五一”假期全省接待游客2716.65万人次,游客旅游总花费213.96亿元,按可比口径,两项指标分别比2019年“五一”假日增长25.1%和26.6%。', [
		{ value: 27166500, change: { kind: 'base_growth', base: '2019', value: 25.1 } }, { value: 21396000000, change: { kind: 'base_growth', base: '2019', value: 26.6 } }
	]],
	// 8. Shares in tenths: 入住率超过七成 (no verb before the bound word), 超过五成游客 opening a clause.
	['平均入住率超过七成 · 超过五成游客选择了… are shares of 70% and 50% with 超', '2022-09-13', '全省五星级饭店平均入住率超过七成。周边游需求旺盛,超过五成游客选择了本地及周边出游。', [
		{ value: 70, unit: '%', qualifier: '超' }, { value: 50, unit: '%', qualifier: '超' }
	]],
	// 9. Units: 台次 (machines sent out, counted per trip) and 车小时 (patrol vehicle-hours).
	['执法巡查2638.03车小时 · 出动机械、车辆1801台次 keep their units', '2025-05-06', '同期全省高速交通执法部门执法巡查2638.03车小时,出动各类机械、车辆1801台次,检查车辆1114辆。', [
		{ value: 2638.03, unit: '车小时' }, { value: 1801, unit: '台次' }, { value: 1114, unit: '辆' }
	]],
	// 1 (also). A scaled number of visitors received with its unit left out is a figure with no unit.
	['接待游客1447.9万,列第三 · 接待国内游客1443万: figures with no unit', '2024-06-12', '广东接待游客1447.9万,列第三。河南:端午三天假期,全省接待国内游客1443万,实现旅游收入64.5亿元。', [
		{ value: 14479000, unit: null }, { value: 14430000, unit: null }, { value: 6450000000, unit: '元' }
	]],
	['江苏、浙江两省…都超过千万 restates the two places; 均超过百亿元 after the figures of a list is their bound', '2024-01-04', '元旦旅游\n2024年1月4日\n河南接待游客1613.7万人次。江苏、浙江两省接待量也都超过千万。\n浙江旅游收入123.1亿元,上海旅游消费118.06亿元,均超过百亿元。', [
		{ value: 16137000 }, { value: 12310000000 }, { value: 11806000000 }
	]],
	['今年七八月份 (two numerals side by side, as the source page writes it) is July to August', '2012-09-05', '秦皇岛七八月旅游\n2012年9月5日\n今年七八月份,这个市共接待中外游客1100多万人次。', [
		{ value: 11000000, period: '2012-07-01/2012-08-31' }
	]]
];

describe('round twenty-nine patterns', () => readsAs(CASES));
