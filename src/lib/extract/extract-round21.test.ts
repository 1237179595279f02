// Patterns the reader missed in round twenty-one's blind fixtures (317–330): [description, report date, text, expected].
import { describe, expect, it } from 'vitest';
import type { Candidate } from './index';
import { read } from '../../../tests/helpers/extract-catalog';

const CASES: [string, string, string, Partial<Candidate>[]][] = [
	['a growth column after two year columns (指标 | 2011年 | 2010年 | 增长%) is the later year’s change over the earlier, whatever the column order', '2012-06-30', '指标 | 2011年 | 2010年 | 增长%\n旅游总收入(亿元) | 3736.6 | 3058.8 | 22.1', [{ value: 373660000000, period: '2011', yoy_reported: 22.1 }, { value: 305880000000, period: '2010', yoy_reported: null }]],
	['…and with the years in the usual order (2010年 | 2011年 | 增长%) the later year keeps it', '2012-06-30', '指标 | 2010年 | 2011年 | 增长%\n旅游总收入(亿元) | 3058.8 | 3736.6 | 22.1', [{ value: 305880000000, period: '2010', yoy_reported: null }, { value: 373660000000, period: '2011', yoy_reported: 22.1 }]],
];

describe('round twenty-one patterns', () => {
	it.each(CASES)('%s', (_name, date, text, expected) => {
		const got = read(text, date);
		expect(got).toHaveLength(expected.length);
		expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
	});
});
