// Patterns the reader missed in round thirty-one's blind fixtures (457–470): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// 1. A change in the sentence after the figures, naming the measures it is of.
	['同2020年同期同口径相比,接待人次、门票收入分别增长…,分别恢复到2019年同期的…: both lists go to the two figures before', '2021-10-07', '国庆假期全省702家A级旅游景区合计接待游客2574.04万人次,取得门票收入3.45亿元。同2020年同期同口径相比,接待人次、门票收入分别增长13.04%和15.21%,分别恢复到2019年同期的75.56%和95.02%。', [
		{ value: 25740400, yoy_reported: 13.04, change: { kind: 'recovery', base: '2019', value: 75.56 } },
		{ value: 345000000, yoy_reported: 15.21, change: { kind: 'recovery', base: '2019', value: 95.02 } }
	]],
	['其中接待游客量按可比口径同比增长6.8%,较2019年增长5.1%;日均…: a later clause naming one measure, before a semicolon', '2023-10-07', '假期全省共接待游客4372.4万人次,实现旅游收入486.4亿元,游客人均消费1113元。其中接待游客量按可比口径同比增长6.8%,较2019年增长5.1%,比全国平均高1个百分点;日均旅游收入60.9亿元,同比增长8.2%,较2019年增长0.5%。', [
		{ value: 43724000, yoy_reported: 6.8, change: { kind: 'base_growth', base: '2019', value: 5.1 } },
		{ value: 48640000000, yoy_reported: null },
		{ value: 1113, yoy_reported: null },
		{ value: 6090000000, yoy_reported: 8.2, change: { kind: 'base_growth', base: '2019', value: 0.5 } }
	]]
];

describe('round thirty-one blind patterns', () => readsAs(CASES));
