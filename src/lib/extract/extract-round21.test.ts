// Patterns the reader missed in round twenty-one's blind fixtures (317–330): [description, report date, text, expected].
import { describe, expect, it } from 'vitest';
import type { Candidate } from './index';
import { read } from '../../../tests/helpers/extract-catalog';

const CASES: [string, string, string, Partial<Candidate>[]][] = [
	['a growth column after two year columns (指标 | 2011年 | 2010年 | 增长%) is the later year’s change over the earlier, whatever the column order', '2012-06-30', '指标 | 2011年 | 2010年 | 增长%\n旅游总收入(亿元) | 3736.6 | 3058.8 | 22.1', [{ value: 373660000000, period: '2011', yoy_reported: 22.1 }, { value: 305880000000, period: '2010', yoy_reported: null }]],
	['…and with the years in the usual order (2010年 | 2011年 | 增长%) the later year keeps it', '2012-06-30', '指标 | 2010年 | 2011年 | 增长%\n旅游总收入(亿元) | 3058.8 | 3736.6 | 22.1', [{ value: 305880000000, period: '2010', yoy_reported: null }, { value: 373660000000, period: '2011', yoy_reported: 22.1 }]],
	['a Taiwan county’s report names ROC years with no 民國 (104年的97萬2968人); 萬 before a three-digit group (115萬532) is 1150532', '2018-11-08', '澎湖縣政府旅遊處統計,人數已超越104年的97萬2968人,並逼近105年的108萬2156人,但與106年的115萬532人相比仍少7萬2899人', [{ value: 972968, period: '2015' }, { value: 1082156, period: '2016' }, { value: 1150532, period: '2017' }]],
	['…and 全年 of an ROC year gone by is that year’s actual, not a plan', '2018-11-08', '澎湖縣今年截至10月底累計來到107萬7633人,與105年全年的108萬餘人相去不遠', [{ value: 1077633, period: '2018-YTD10' }, { value: 1080000, period: '2016', role: 'actual', qualifier: '余' }]],
	['a mainland text naming 台北 as a market keeps 100年 as no year', '2021-07-01', '赴台北游客增多;建党100年,全市接待游客648.6万人次', [{ value: 6486000, period: '2021' }]],
];

describe('round twenty-one patterns', () => {
	it.each(CASES)('%s', (_name, date, text, expected) => {
		const got = read(text, date);
		expect(got).toHaveLength(expected.length);
		expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
	});
});
