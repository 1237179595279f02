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
	]]
];

describe('round thirty blind misses', () => readsAs(CASES));
