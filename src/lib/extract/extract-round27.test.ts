// Patterns the reader missed in round twenty-seven's blind fixtures (401–414): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// 2. A comparison whose base is described after its year (与2021年…654家重点景区同口径比较) opens the clauses after it.
	['与2021年113家重点景区同口径相比,分别增长A和B: the described base is no figure, and the list of changes goes to the figures before', '2022-02-01', '“三州一市”的A级旅游景区两天累计接待游客40.48万人次,实现门票收入77.64万元,与2021年113家重点景区同口径相比,分别增长42.9%和17.36%。', [
		{ value: 404800, yoy_reported: 42.9 }, { value: 776400, yoy_reported: 17.36 }
	]],
	['与2021年纳入统计的654家重点景区同口径比较 in a sentence of its own: the measures named go to the whole figures before 其中, not to the parts', '2022-02-01', '全省纳入统计的695家A级旅游景区两天累计接待游客461.22万人次,实现门票收入2709.69万元;其中当日接待游客285.49万人次,门票收入1840.79万元。与2021年纳入统计的654家重点景区同口径比较,两天累计接待人次增长18.71%,累计门票收入增长19.9%。', [
		{ value: 4612200, yoy_reported: 18.71 }, { value: 27096900, yoy_reported: 19.9 }, { value: 2854900, yoy_reported: null }, { value: 18407900, yoy_reported: null }
	]],
	['与上年同口径相比 with a sample described (与上年纳入监测的30家景区同口径相比): the count of the sample is no figure', '2023-10-07', '全市30家重点景区接待游客120万人次,与上年纳入监测的28家景区同口径相比,增长12.5%。', [
		{ value: 1200000, yoy_reported: 12.5 }
	]]
];

describe('extract: round twenty-seven patterns', () => readsAs(CASES));
