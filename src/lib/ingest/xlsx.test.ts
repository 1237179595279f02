// Pins ".xlsx counts as the same content": a workbook built here reads to the same records as its CSV twin.
import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { isXlsx, readText, readUpload } from './read';
import { catalog } from './test-catalog';


type Cell = string | number | null;
type Sheet = { sheet: string; data: Cell[][] };

async function workbook(sheets: Sheet[]): Promise<Uint8Array> {
	const input = sheets.map((s) => ({ sheet: s.sheet, data: s.data.map((row) => row.map((value) => (value === null ? null : { value }))) }));
	const buf = await writeExcelFile(input as never).toBuffer();
	return new Uint8Array(buf);
}
const toCsv = (rows: Cell[][]) => rows.map((r) => r.map((c) => (c === null ? '' : String(c))).join(',')).join('\n') + '\n';

const OBSERVATIONS: Cell[][] = [
	['指标', '期间', '数值', '单位', '同比', '备注'],
	['游客接待量', '2024年一季度', '210万', null, '37.5%', '=1+1 不是公式'],
	['tourism-revenue', '2024Q1', 3820000000, null, null, null],
	['tourism-revenue', '2024Q2', 38.2, '亿元', null, '亿元'],
	['资源整合率', 2024, 80, null, null, null],
	[null, null, null, null, null, null],
	['游客接待量', '2024Q2', 2200000, '人次', '-3.5%', null]
];

describe('.xlsx upload', () => {
	it('is recognised by name or by its ZIP signature', async () => {
		const bytes = await workbook([{ sheet: 'Sheet1', data: OBSERVATIONS }]);
		expect(isXlsx(bytes, 'data.bin')).toBe(true);
		expect(isXlsx(new TextEncoder().encode('指标,期间,数值'), 'data.csv')).toBe(false);
	});

	it('gives the same records as the equivalent CSV (Chinese header, 210万 as a text cell, numbers as numbers)', async () => {
		const bytes = await workbook([{ sheet: '数据', data: OBSERVATIONS }]);
		const fromXlsx = await readUpload('q1.xlsx', bytes, { catalog: catalog() });
		const fromCsv = readText('q1.csv', toCsv(OBSERVATIONS), { catalog: catalog() });
		expect(fromXlsx.encoding).toBe('xlsx');
		expect(fromXlsx.errors).toEqual([]);
		expect(fromCsv.errors).toEqual([]);
		expect(fromXlsx.columns).toEqual(fromCsv.columns);
		expect(fromXlsx.records).toEqual(fromCsv.records);
		expect(fromXlsx.records.map((x) => x.record)).toMatchObject([
			{ line: 2, indicator: 'tourist-arrivals', period: '2024-Q1', value: 2_100_000, yoyReported: 37.5, note: '=1+1 不是公式' },
			{ line: 3, indicator: 'tourism-revenue', value: 3_820_000_000 },
			{ line: 4, indicator: 'tourism-revenue', value: 3_820_000_000 },
			{ line: 5, indicator: 'resource-integration-rate', period: '2024', value: 80 },
			{ line: 7, indicator: 'tourist-arrivals', value: 2_200_000, yoyReported: -3.5 }
		]);
	});

	it('reports bad cells with their spreadsheet row as the line', async () => {
		const bytes = await workbook([
			{
				sheet: 'Sheet1',
				data: [
					['2024年数据', null, null],
					['指标', '期间', '数值'],
					['游客接待量', '2024Q1', 'abc'],
					['游客接待量', '2024Q5', 1],
					['旅游收入', '2024Q1', '38.2亿人次']
				]
			}
		]);
		const r = await readUpload('bad.xlsx', bytes, { catalog: catalog() });
		expect(r.warnings).toMatchObject([{ line: 1, code: 'title_row' }]);
		expect(r.errors.map(({ line, column, value, code }) => [line, column, value, code])).toEqual([
			[3, '数值', 'abc', 'bad_number'],
			[4, '期间', '2024Q5', 'bad_period'],
			[5, '数值', '38.2亿人次', 'unit_mismatch']
		]);
	});

	it('reads the first sheet by default and a named sheet when asked', async () => {
		const bytes = await workbook([
			{ sheet: '说明', data: [['指标', '期间', '数值'], ['tourist-arrivals', '2024Q1', 1]] },
			{ sheet: '数据', data: [['指标', '期间', '数值'], ['tourist-arrivals', '2024Q1', 2]] }
		]);
		const first = await readUpload('two.xlsx', bytes, { catalog: catalog() });
		expect(first.records.map((x) => x.record)).toMatchObject([{ value: 1 }]);
		const named = await readUpload('two.xlsx', bytes, { catalog: catalog(), sheet: '数据' });
		expect(named.records.map((x) => x.record)).toMatchObject([{ value: 2 }]);
	});

	it('a missing sheet or a broken workbook is one error, not a crash', async () => {
		const bytes = await workbook([{ sheet: 'Sheet1', data: [['指标', '期间', '数值']] }]);
		const missing = await readUpload('a.xlsx', bytes, { catalog: catalog(), sheet: 'nope' });
		expect(missing.errors).toHaveLength(1);
		expect(missing.errors[0]!.en).toMatch(/nope/);
		const broken = await readUpload('b.xlsx', bytes.subarray(0, 100), { catalog: catalog() });
		expect(broken.errors).toHaveLength(1);
		expect(broken.records).toEqual([]);
	});

	it('a computed number keeps the digits Excel shows, not the 17 its XML stores', async () => {
		const data: Cell[][] = [
			['指标', '期间', '数值', '同比'],
			['tourism-revenue', '2024Q1', 0.1 + 0.2, 12.3 + 0.0000000000000018]
		];
		const r = await readUpload('calc.xlsx', await workbook([{ sheet: 'S', data }]), { catalog: catalog() });
		expect(r.errors).toEqual([]);
		expect(r.records.map((x) => x.record)).toMatchObject([{ value: 0.3, yoyReported: 12.3, yoyDecimals: 1 }]);
	});

	it('a wide sheet reads like a wide CSV', async () => {
		const data: Cell[][] = [
			['指标', '2023年一季度', '2024Q1'],
			['游客接待量', '200万', 2100000],
			['旅游收入', null, '38.2亿元']
		];
		const fromXlsx = await readUpload('w.xlsx', await workbook([{ sheet: 'S', data }]), { catalog: catalog() });
		const fromCsv = readText('w.csv', toCsv(data), { catalog: catalog() });
		expect(fromXlsx.layout).toBe('wide');
		expect(fromXlsx.records).toEqual(fromCsv.records);
		expect(fromXlsx.rows).toBe(3);
	});
});
