import { describe, expect, it } from 'vitest';
import { arrivals, deliveries } from '../charts/test-fixtures';
import { chartYears, keyFigures, provenancesOf, sourcesOf } from './key-figures';

describe('keyFigures', () => {
	it('lists the year’s rows as the report writes them: 210万人次, +37.5%, the 近 qualifier kept', () => {
		const k = keyFigures(arrivals(), 2024, 'zh-CN');
		expect(k.columns).toEqual(['期间', '数值', '同比', '累计', '完成率']);
		const q1 = k.rows.find((r) => r.key === '2024-Q1')!;
		expect(q1).toMatchObject({ period: '2024年一季度', value: '210万人次', yoy: '+37.5%', provenance: 'reported', mark: '' });
		expect(k.rows.find((r) => r.key === '2024-spring-festival')!.value).toBe('近100万人次');
		expect(k.rows.every((r) => r.key.startsWith('2024'))).toBe(true);
	});

	it('marks demo rows in words and computes completion against the annual target, in English too', () => {
		const k = keyFigures(deliveries(), 2024, 'en');
		const may = k.rows.find((r) => r.key === '2024-05')!;
		expect(may.mark).toBe('Demo data');
		expect(may.completion).toMatch(/%$/);
		expect(k.columns[2]).toBe('YoY');
	});
});

describe('sourcesOf / provenancesOf', () => {
	it('groups one source quote with its periods, and says which non-reported kinds a year holds', () => {
		const groups = sourcesOf(deliveries(), 2024, 'zh-CN');
		expect(groups.find((g) => g.provenance === 'demo')!.periods).toContain('2024年1月、2024年2月');
		expect(groups.some((g) => g.provenance === 'target')).toBe(true);
		expect([...provenancesOf(arrivals(), [2023])].sort()).toEqual(['demo', 'derived']);
		expect(provenancesOf(arrivals(), [2024]).size).toBe(0);
		// A 同比 chart of 2024 draws 2023's bars too, so it carries their marks.
		expect([...provenancesOf(arrivals(), chartYears('yoy', 2024))].sort()).toEqual(['demo', 'derived']);
		expect(chartYears('cumulative', 2024, 2019)).toEqual([2024]);
	});
});
