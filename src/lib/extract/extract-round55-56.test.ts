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
	]]
];

describe('round 55–56: stated changes', () => readsAs(CHANGES));
