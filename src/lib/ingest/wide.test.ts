// Pins the wide layout: indicator in the first column, one period per other header, one value per cell.
import { describe, expect, it } from 'vitest';
import { readText } from './read';
import { catalog } from './test-catalog';

function read(lines: string[]) {
	return readText('wide.csv', lines.join('\r\n') + '\r\n', { catalog: catalog() });
}
const cells = (r: ReturnType<typeof read>) =>
	r.records.map((x) => (x.kind === 'observations' ? [x.record.line, x.record.indicator, x.record.period, x.record.value] : null));

describe('wide layout', () => {
	it('reads one observation per filled cell, skipping empty cells', () => {
		const r = read([
			'指标,2023年一季度,2024Q1,2024年上半年',
			'游客接待量,200万,210万,',
			'tourism-revenue,,38.2亿元,80亿',
			'资源整合率,75%,80%,'
		]);
		expect(r.kind).toBe('observations');
		expect(r.layout).toBe('wide');
		expect(r.errors).toEqual([]);
		expect(cells(r)).toEqual([
			[2, 'tourist-arrivals', '2023-Q1', 2_000_000],
			[2, 'tourist-arrivals', '2024-Q1', 2_100_000],
			[3, 'tourism-revenue', '2024-Q1', 3_820_000_000],
			[3, 'tourism-revenue', '2024-H1', 8_000_000_000],
			[4, 'resource-integration-rate', '2023-Q1', 75],
			[4, 'resource-integration-rate', '2024-Q1', 80]
		]);
		expect(r.rows).toBe(6);
		expect(r.accepted).toBe(6);
	});

	it('maps each period header in the column list', () => {
		const r = read(['指标,2024Q1,2024-03', 'tourist-arrivals,1,2']);
		expect(r.columns).toEqual([
			{ name: '指标', field: 'indicator' },
			{ name: '2024Q1', field: 'period:2024-Q1' },
			{ name: '2024-03', field: 'period:2024-03' }
		]);
	});

	it('a non-period header is a bad_period error on line 1 naming that column; other cells still load', () => {
		const r = read(['指标,2023年一季度,备注,2024Q1', 'tourist-arrivals,200万,初步,210万']);
		expect(r.errors.map(({ line, column, value, code }) => ({ line, column, value, code }))).toEqual([
			{ line: 1, column: '备注', value: '备注', code: 'bad_period' }
		]);
		expect(r.errors[0]!.zh).toContain('备注');
		expect(r.errors[0]!.en).toContain('备注');
		expect(cells(r)).toHaveLength(2);
	});

	it('an impossible period header is a bad_period error too', () => {
		const r = read(['指标,2024Q1,2024Q5', 'tourist-arrivals,1,2']);
		expect(r.errors).toMatchObject([{ line: 1, column: '2024Q5', code: 'bad_period' }]);
	});

	it('two headers for the same period are a duplicate_column error', () => {
		const r = read(['指标,2024Q1,2024年一季度', 'tourist-arrivals,1,2']);
		expect(r.errors).toMatchObject([{ line: 1, column: '2024年一季度', code: 'duplicate_column' }]);
	});

	it('bad cells are reported per cell with the period header as column', () => {
		const r = read(['指标,2024Q1,2024Q2,2024Q3', 'tourist-arrivals,abc,210万,38.2亿元', 'no-such,1,2,3']);
		expect(r.errors.map(({ line, column, value, code }) => [line, column, value, code])).toEqual([
			[2, '2024Q1', 'abc', 'bad_number'],
			[2, '2024Q3', '38.2亿元', 'unit_mismatch'],
			[3, '指标', 'no-such', 'unknown_indicator']
		]);
		expect(r.rows).toBe(6);
		expect(r.accepted).toBe(1);
	});

	it('a unit column scales the row', () => {
		const r = read(['指标,单位,2024Q1,2024Q2', 'tourist-arrivals,万人次,210,220']);
		expect(r.errors).toEqual([]);
		expect(cells(r)).toEqual([
			[2, 'tourist-arrivals', '2024-Q1', 2_100_000],
			[2, 'tourist-arrivals', '2024-Q2', 2_200_000]
		]);
	});

	it('total and footnote rows are warnings and not read', () => {
		const r = read(['指标,2024Q1', 'tourist-arrivals,1', '合计,1', '注:初步统计']);
		expect(r.warnings.map((w) => [w.line, w.code])).toEqual([
			[3, 'total_row'],
			[4, 'footnote_row']
		]);
		expect(r.rows).toBe(1);
	});

	it('a title row above a wide header is a warning', () => {
		const r = read(['2024年旅游主要指标', '指标,2024Q1', 'tourist-arrivals,1']);
		expect(r.layout).toBe('wide');
		expect(r.warnings).toMatchObject([{ line: 1, code: 'title_row' }]);
		expect(cells(r)).toEqual([[3, 'tourist-arrivals', '2024-Q1', 1]]);
	});
});
