// Pins behaviour on large and hostile input: big files stay fast and exact, huge cells do not flood the
// report, and text our own export protected against formula injection reads back as written.
import { describe, expect, it } from 'vitest';
import { Catalog } from './catalog';
import { readBytes, readText } from './read';
import { catalog, indicator } from './test-catalog';


/**
 * A bureau's full export: 50 indicators × 2,000 months = 100,000 distinct rows, half naming the indicator
 * by code and half by Chinese name, in several number forms, each with a quoted note holding a comma.
 */
function bigFile(rows: number, cat: Catalog): string {
	const units = ['人次', '元', '%'];
	for (let j = 0; j < 50; j++) cat.add(indicator(`metric-${j}`, `指标${j}`, `Metric ${j}`, units[j % 3]!, 'flow'));
	const out = ['指标,期间,数值,备注'];
	for (let i = 0; i < rows; i++) {
		const j = i % 50;
		const k = Math.floor(i / 50);
		const period = `${1900 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
		const value = j % 3 === 2 ? `${i % 100}.5%` : i % 2 ? `${i}` : `${i / 10}万`;
		out.push(`${j % 2 ? `指标${j}` : `metric-${j}`},${period},${value},"第${i}行, 备注"`);
	}
	return out.join('\r\n') + '\r\n';
}

describe('large files', () => {
	it('100,000 rows stream to onRecord without error, with exact counts (speed is measured in npm run bench)', () => {
		const cat = catalog();
		const bytes = new TextEncoder().encode(bigFile(100_000, cat));
		let count = 0;
		let last = 0;
		const r = readBytes('big.csv', bytes, { catalog: cat, onRecord: (rec) => ((count += 1), (last = rec.record.line)) });
		expect(r.errors).toEqual([]);
		expect(r.warnings).toEqual([]);
		expect(r.rows).toBe(100_000);
		expect(r.accepted).toBe(100_000);
		expect(count).toBe(100_000);
		expect(last).toBe(100_001);
		expect(r.records).toEqual([]); // streamed to onRecord, not collected
	});

	it('keeps at most maxIssues errors but counts them all', () => {
		const lines = ['指标,期间,数值'];
		for (let i = 0; i < 500; i++) lines.push(`tourist-arrivals,2024-${String((i % 12) + 1).padStart(2, '0')},abc`);
		const r = readText('bad.csv', lines.join('\n'), { catalog: catalog(), maxIssues: 50 });
		expect(r.errors).toHaveLength(50);
		expect(r.errorCount).toBe(500);
		expect(r.errors[49]!.line).toBe(51);
	});

	it('keeps at most maxIssues warnings but counts them all', () => {
		const lines = ['指标,期间,数值', 'tourist-arrivals,2024Q1,1'];
		for (let i = 0; i < 80; i++) lines.push('合计,2024Q1,1');
		const r = readText('totals.csv', lines.join('\n'), { catalog: catalog(), maxIssues: 50 });
		expect(r.warnings).toHaveLength(50);
		expect(r.warningCount).toBe(80);
		expect(r.warnings.every((w) => w.code === 'total_row')).toBe(true);
	});
});

describe('very long cells', () => {
	it('a 100,000-character note is one bad_value, and the report does not echo it back', () => {
		const r = readText('long.csv', `指标,期间,数值,备注\ntourist-arrivals,2024Q1,1,${'长'.repeat(100_000)}\n`, { catalog: catalog() });
		expect(r.errors).toHaveLength(1);
		expect(r.errors[0]).toMatchObject({ line: 2, column: '备注', code: 'bad_value' });
		expect(JSON.stringify(r).length).toBeLessThan(2_000);
	});

	it('a 100,000-digit number is one bad_number, and the report does not echo it back', () => {
		const r = readText('long.csv', `指标,期间,数值\ntourist-arrivals,2024Q1,${'9'.repeat(100_000)}\n`, { catalog: catalog() });
		expect(r.errors).toHaveLength(1);
		expect(r.errors[0]).toMatchObject({ line: 2, column: '数值', code: 'bad_number' });
		expect(JSON.stringify(r).length).toBeLessThan(2_000);
	});

	it('a 100,000-character period or indicator is rejected without echoing it back', () => {
		const r = readText('long.csv', `指标,期间,数值\n${'x'.repeat(100_000)},${'2'.repeat(100_000)},1\n`, { catalog: catalog() });
		expect(r.errors.map((e) => e.code)).toEqual(['unknown_indicator', 'bad_period']);
		expect(JSON.stringify(r).length).toBeLessThan(5_000);
	});

	it('a note of exactly 4,000 characters is kept whole', () => {
		const note = 'n'.repeat(4000);
		const r = readText('ok.csv', `指标,期间,数值,备注\ntourist-arrivals,2024Q1,1,${note}\n`, { catalog: catalog() });
		expect(r.errors).toEqual([]);
		expect(r.records[0]!.record).toMatchObject({ note });
	});
});

describe('formula-looking text', () => {
	it.each([
		["'=1+1", '=1+1'],
		["'+86 123", '+86 123'],
		["'-待核实", '-待核实'],
		["'@SUM(A1)", '@SUM(A1)'],
		["'plain", "'plain"],
		['=1+1', '=1+1']
	])('note %j reads back as %j', (cell, note) => {
		const r = readText('f.csv', `指标,期间,数值,备注,来源\ntourist-arrivals,2024Q1,1,${cell},${cell}\n`, { catalog: catalog() });
		expect(r.errors).toEqual([]);
		expect(r.records[0]!.record).toMatchObject({ note, source: note });
	});

	it('a formula-looking value is never evaluated: it is a bad_number', () => {
		const r = readText('f.csv', '指标,期间,数值\ntourist-arrivals,2024Q1,=1+1\n', { catalog: catalog() });
		expect(r.errors).toMatchObject([{ line: 2, code: 'bad_number', value: '=1+1' }]);
	});
});
