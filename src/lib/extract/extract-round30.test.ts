// Patterns the reader missed in round thirty's blind fixtures (443–456): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// 1. 日均同比2023年增长: the change of a daily average, with the base year after 同比, is no 同比 of the total.
	['日均同比2023年分别增长A和B after two totals is the daily average\'s change, not theirs', '2024-04-07', '江苏清明假期\n2024年4月7日\n2024年清明小长假,全省共接待游客1623.87万人次,游客消费总额72.67亿元,日均同比2023年分别增长111.5%和98.9%。', [
		{ value: 16238700, yoy_reported: null, change: null }, { value: 7267000000, yoy_reported: null, change: null }
	]],
	['日均同比2023年增长71.3% after a total is not its change', '2024-04-07', '江苏清明假期\n2024年4月7日\n清明假期前两天(4月4日至5日),全省文旅消费42.48亿元,日均同比2023年增长71.3%。', [
		{ value: 4248000000, yoy_reported: null, change: null }
	]],
	// 2. 截至 the last day of a dated span named before, a running total (累计) is the whole span, even past a shorter span.
	['黄金周(10月1日至7日)…10月1日至5日…截至10月7日…累计售出门票94121张 is the whole week', '2012-10-08', '承德“双节”黄金周接待中外游客201.2万人次\n2012年10月8日\n承德市假日旅游办公室透露,刚刚结束的“双节”黄金周(10月1日至7日),全市共接待中外游客201.2万人次。避暑山庄10月1日至5日共售出门票6万张,2日、3日是高峰期。截至10月7日,避暑山庄累计售出门票94121张,同比增长40.1%;金山岭长城景区累计售出门票23977张,较去年同期增长34.6%。', [
		{ value: 2012000, period: '2012-10-01/2012-10-07' }, { value: 60000, period: '2012-10-01/2012-10-05' },
		{ value: 94121, period: '2012-10-01/2012-10-07', yoy_reported: 40.1 }, { value: 23977, period: '2012-10-01/2012-10-07', yoy_reported: 34.6 }
	]],
	// 3. A bare 黄金周期间 names the holiday again, not a span of its first days named after it (10月1日至5日每天…).
	['黄金周期间 after 10月1日至5日每天… and 高峰期一直延续到10月5日 is the dated week', '2012-10-08', '承德黄金周\n2012年10月8日\n刚刚结束的黄金周(10月1日至7日),全市共接待中外游客201.2万人次。避暑山庄10月1日至5日每天售出门票1.2万张。\n与往年相比,今年来承游客明显增多,高峰期一直延续到10月5日。黄金周期间,星级饭店客房平均入住率均在85%以上,最高达到100%。', [
		{ value: 2012000, period: '2012-10-01/2012-10-07' }, { value: 12000, period: '2012-10-01/2012-10-05' }, { value: 100, unit: '%', period: '2012-10-01/2012-10-07' }
	]],
	// 4. A bound each day or member passed (均超过, 更突破), or one naming the members counted (超过5亿元的市州有10个), is no figure.
	['每天售出门票均超过1.2万张 · 2日、3日高峰期更突破1.9万张 are bounds; 累计售出门票94121张 stays', '2012-10-08', '承德黄金周\n2012年10月8日\n黄金周(10月1日至7日),避暑山庄每天售出门票均超过1.2万张,2日、3日高峰期更突破1.9万张,累计售出门票94121张。', [
		{ value: 94121, unit: '张' }
	]],
	['景区日均接待游客均超过10万人次 is a bound', '2024-04-07', '江苏清明假期\n2024年4月7日\n清明假期全省接待游客1623.87万人次。夫子庙、中山陵园等景区日均接待游客均超过10万人次。', [
		{ value: 16238700 }
	]],
	['旅游总收入超过5亿元人民币的市州有10个: the count of members is the figure, the bound is not', '2018-06-19', '湖南端午\n2018年6月19日\n端午假期,全省旅游总收入超过5亿元人民币的市州有10个。', [
		{ value: 10, unit: '个' }
	]],
	// 5. A monitored sample in a clause that frames what follows (从…看) is no figure.
	['从市假日办重点监测的10家景区看 names the sample', '2018-06-19', '湖南端午\n2018年6月19日\n端午假期全省接待游客292.32万人次。从市假日办重点监测的10家景区看,避暑山庄累计售出门票94121张。', [
		{ value: 2923200 }, { value: 94121 }
	]],
	// 6. Plants (株) and scores (分) are units: 3000多万株郁金香 · 满意度为86.36分.
	['3000多万株郁金香 · 6万多株樱花 · 满意度为86.36分', '2024-04-07', '清明假期\n2024年4月7日\n清明假期,荷兰花海3000多万株郁金香次第开放,大洋湾景区6万多株樱花随风飞舞。游客满意度为86.36分。', [
		{ value: 30000000, unit: '株', qualifier: '余' }, { value: 60000, unit: '株', qualifier: '余' }, { value: 86.36, unit: '分' }
	]]
];

describe('round thirty blind misses', () => readsAs(CASES));
