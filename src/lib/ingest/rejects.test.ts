import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { catalog } from './test-catalog';
import { readText } from './read';
import { REJECTS_LINE, REJECTS_REASON, rejectsCsv } from './rejects';

const FILE = ['指标,期间,数值', 'tourist-arrivals,2024Q1,210万', 'tourist-arrivals,2024Q5,abc', 'no-such,2024Q2,5', 'tourist-arrivals,2024Q3,=1+1'].join('\n');

function parse(csv: string): string[][] {
	expect(csv.startsWith('\uFEFF')).toBe(true);
	return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
}

describe('rejects CSV', () => {
	it('lists each bad row once, at its line, with every reason in Chinese and English', () => {
		const rows = new Map<number, string[]>();
		const result = readText('q.csv', FILE, { catalog: catalog(), onRow: (f, l) => rows.set(l, f) });
		const out = parse(rejectsCsv(result.columns.map((c) => c.name), (l) => rows.get(l), result.errors));
		expect(out[0]).toEqual([REJECTS_LINE, '指标', '期间', '数值', REJECTS_REASON]);
		expect(out.map((r) => r[0]).slice(1)).toEqual(['3', '4', '5']);
		// Line 3 has two problems (period and number): both are in its one row.
		expect(out[1]!.slice(1, 4)).toEqual(['tourist-arrivals', '2024Q5', 'abc']);
		expect(out[1]![4]).toMatch(/\[期间\].*\/.*; \[数值\]/);
		expect(out[2]![4]).toContain('no-such');
	});

	it('writes formula-looking cells so that Excel does not run them', () => {
		const out = parse(rejectsCsv(['a'], () => ['=1+1'], [{ line: 2, column: 'a', value: '=1+1', code: 'bad_number', message: '', zh: '数字', en: 'number' }]));
		expect(out[1]![1]).toBe("'=1+1");
	});

	it('keeps a row that could not be split (bad quote) as its raw text', () => {
		const issue = { line: 7, column: null, value: '"unterminated', code: 'bad_quote' as const, message: '', zh: '引号', en: 'quote' };
		const out = parse(rejectsCsv(['指标', '期间'], () => undefined, [issue]));
		expect(out[1]).toEqual(['7', '"unterminated', '', '引号 / quote']);
	});
});
