// Patterns the reader missed in round twenty-three's blind fixtures (345–358): [description, report date, text, expected].
import { describe, expect, it } from 'vitest';
import { type Candidate } from './index';
import { read } from '../../../tests/helpers/extract-catalog';

const CASES: [string, string, string, Partial<Candidate>[]][] = [
	// 1. A campaign's span: from the day it started (从…起) to the day counted to (截至).
	['a campaign started 从2016年12月8日18时起 and counted 截至1月3日 spans those days, across the year end', '2017-01-06', '从2016年12月8日18时起,市执法局开展了为期100天的安全大检查专项行动。\n截至1月3日,全市共检查各类场所2507家次,出动执法人员7912人次。', [
		{ value: 2507, period: '2016-12-08/2017-01-03' }, { value: 7912, period: '2016-12-08/2017-01-03' }
	]],
	['自3月1日起 … 截至3月20日 in the same year spans those days', '2024-03-22', '自3月1日起,全市开展专项整治行动。截至3月20日,共检查网吧120家。', [{ value: 120, period: '2024-03-01/2024-03-20' }]],
	['截至10月15日 with no start named is still January to that day', '2024-10-20', '截至10月15日,全市累计接待游客1200万人次。', [{ value: 12000000, period: '2024-01-01/2024-10-15' }]],
];

describe('round twenty-three patterns', () => {
	it.each(CASES)('%s', (_name, date, text, expected) => {
		const got = read(text, date);
		expect(got).toHaveLength(expected.length);
		expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
	});
});
