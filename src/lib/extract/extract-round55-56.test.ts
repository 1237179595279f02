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
	]]
];

describe('round 55–56: stated changes', () => readsAs(CHANGES));
