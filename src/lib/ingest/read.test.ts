// Pins what an analyst gets back for a tidy observations file: header handling, every row issue with its
// line and column, and the values stored (base units, qualifiers, YoY, provenance, targets).
import { describe, expect, it } from 'vitest';
import type { IssueCode } from '../domain/issues';
import type { Indicator } from '../domain/model';
import type { FileKind } from './columns';
import { readText } from './read';
import type { ObservationRecord } from './validate';
import { catalog } from './test-catalog';


function read(lines: string[], kind?: FileKind) {
	return readText('upload.csv', lines.join('\n') + '\n', { catalog: catalog(), kind });
}
function observations(r: ReturnType<typeof read>): ObservationRecord[] {
	return r.records.map((x) => {
		if (x.kind !== 'observations') throw new Error(`expected observations, got ${x.kind}`);
		return x.record;
	});
}
const brief = (issues: { line: number; column: string | null; value: string | null; code: string }[]) =>
	issues.map(({ line, column, value, code }) => ({ line, column, value, code }));

describe('header row', () => {
	it.each([
		[['ＩＮＤＩＣＡＴＯＲ', 'ＰＥＲＩＯＤ', 'ＶＡＬＵＥ']],
		[[' 指标 ', ' 期间', '数值 ']],
		[['指标名称', '统计期', '本期值']],
		[['Indicator', 'Period', 'Value']]
	])('%j is an observations header', (header) => {
		const r = read([header.join(','), 'tourist-arrivals,2024Q1,210万']);
		expect(r.kind).toBe('observations');
		expect(r.layout).toBe('tidy');
		expect(r.errors).toEqual([]);
		expect(observations(r)).toMatchObject([{ indicator: 'tourist-arrivals', period: '2024-Q1', value: 2_100_000 }]);
	});

	it('reports which field each header was mapped to', () => {
		const r = read(['指标,期间,数值,负责人', 'tourist-arrivals,2024Q1,1,张三']);
		expect(r.columns).toEqual([
			{ name: '指标', field: 'indicator' },
			{ name: '期间', field: 'period' },
			{ name: '数值', field: 'value' },
			{ name: '负责人', field: null }
		]);
	});

	it.each(['__proto__', 'constructor'])('a %s header is a bad_header error', (name) => {
		const r = read([`指标,期间,数值,${name}`, 'tourist-arrivals,2024Q1,1,x']);
		expect(brief(r.errors)).toEqual([{ line: 1, column: name, value: name, code: 'bad_header' }]);
	});

	it('a repeated column is a duplicate_column error', () => {
		const r = read(['指标,期间,数值,实际值', 'tourist-arrivals,2024Q1,1,2']);
		expect(brief(r.errors)).toEqual([{ line: 1, column: '实际值', value: '实际值', code: 'duplicate_column' }]);
	});

	it.each<[string, string[], string]>([
		['value', ['指标', '期间', '单位'], '数值'],
		['period', ['指标', '数值', '备注'], '期间'],
		['indicator', ['期间', '数值', '单位'], '指标']
	])('a header without the %s column is a missing_column error naming it', (_field, header, missing) => {
		const r = read([header.join(','), 'tourist-arrivals,2024Q1,1']);
		expect(r.errors).toHaveLength(1);
		expect(r.errors[0]).toMatchObject({ code: 'missing_column', line: 1 });
		expect(r.errors[0]!.zh).toContain(`“${missing}”`);
		expect(r.records).toEqual([]);
	});

	it('a title row above a header that lacks a column: missing_column on the header line', () => {
		const r = read(['2024年旅游数据', '指标,期间,单位', 'tourist-arrivals,2024Q1,1']);
		expect(r.errors).toHaveLength(1);
		expect(r.errors[0]).toMatchObject({ code: 'missing_column', line: 2 });
		expect(r.errors[0]!.en).toContain('"value"');
	});

	it('an unknown column is an unknown_column warning and the file still loads', () => {
		const r = read(['指标,期间,数值,负责人', 'tourist-arrivals,2024Q1,1,张三']);
		expect(r.errors).toEqual([]);
		expect(brief(r.warnings)).toEqual([{ line: 1, column: '负责人', value: '负责人', code: 'unknown_column' }]);
		expect(r.accepted).toBe(1);
	});

	it('title rows above the header are title_row warnings; lines stay physical', () => {
		const r = read(['2024年一季度全县旅游数据', '填报单位:文旅局,,', '', '指标,期间,数值', 'tourist-arrivals,2024Q1,210万']);
		expect(r.errors).toEqual([]);
		expect(r.warnings.map((w) => [w.line, w.code])).toEqual([
			[1, 'title_row'],
			[2, 'title_row']
		]);
		expect(observations(r)).toMatchObject([{ line: 5, value: 2_100_000 }]);
	});

	it('a file with no recognisable header is one missing_column error and nothing else', () => {
		const r = read(['foo,bar', '1,2', '3,4']);
		expect(r.kind).toBeNull();
		expect(r.errors).toMatchObject([{ code: 'missing_column', line: 1 }]);
		expect(r.records).toEqual([]);
	});

	it('an empty file is an empty_file error', () => {
		const r = readText('empty.csv', '', { catalog: catalog() });
		expect(r.errors).toMatchObject([{ code: 'empty_file', line: 1 }]);
	});

	describe('forced kind', () => {
		it('reads an observations file with a target column as targets when told to', () => {
			const r = read(['指标,期间,数值,目标值', 'tourist-arrivals,2024,210万,300万'], 'targets');
			expect(r.kind).toBe('targets');
			expect(r.records).toMatchObject([{ kind: 'targets', record: { indicator: 'tourist-arrivals', period: '2024', value: 3_000_000 } }]);
			expect(r.warnings).toMatchObject([{ code: 'unknown_column', column: '数值' }]);
		});

		it('a forced kind whose required columns are absent is missing_column naming them', () => {
			const r = read(['指标,期间,目标值', 'tourist-arrivals,2024,300万'], 'observations');
			expect(r.errors).toHaveLength(1);
			expect(r.errors[0]).toMatchObject({ code: 'missing_column', line: 1 });
			expect(r.errors[0]!.zh).toContain('“数值”');
		});

		it('forcing indicators on an observations header lists the indicator columns', () => {
			const r = read(['指标,期间,数值', 'tourist-arrivals,2024,1'], 'indicators');
			expect(r.errors.length).toBeGreaterThan(0);
			expect(r.errors.every((e) => e.code === 'missing_column')).toBe(true);
			expect(r.errors.map((e) => e.en).join(' ')).toMatch(/code/);
		});
	});

	describe('unit in the header', () => {
		it('数值(万人次) scales every value', () => {
			const r = read(['指标,期间,数值(万人次)', 'tourist-arrivals,2024Q1,210', 'tourist-arrivals,2024Q2,1.5']);
			expect(r.errors).toEqual([]);
			expect(observations(r).map((o) => o.value)).toEqual([2_100_000, 15_000]);
		});

		it('数值(万人次) with 210万 in the cell is a unit_mismatch (scale written twice)', () => {
			const r = read(['指标,期间,数值(万人次)', 'tourist-arrivals,2024Q1,210万']);
			expect(brief(r.errors)).toEqual([{ line: 2, column: '数值(万人次)', value: '210万', code: 'unit_mismatch' }]);
		});

		it('同比(%) describes the YoY column only; values keep the indicator unit', () => {
			const r = read(['指标,期间,数值,同比(%)', 'tourist-arrivals,2024Q1,210万,37.5']);
			expect(r.errors).toEqual([]);
			expect(observations(r)).toMatchObject([{ value: 2_100_000, yoyReported: 37.5, yoyDecimals: 1 }]);
		});

		it('目标值(万人次) scales the target, not the value', () => {
			const r = read(['指标,期间,数值,目标值(万人次)', 'tourist-arrivals,2024Q1,2100000,300']);
			expect(r.errors).toEqual([]);
			expect(observations(r)).toMatchObject([{ value: 2_100_000, target: 3_000_000 }]);
		});

		it('数值(万人次) also applies to a target column without its own unit', () => {
			const r = read(['指标,期间,数值(万人次),目标值', 'tourist-arrivals,2024Q1,210,300']);
			expect(observations(r)).toMatchObject([{ value: 2_100_000, target: 3_000_000 }]);
		});

		it('a unit cell overrides the header unit; a blank one falls back to it', () => {
			const r = read(['指标,期间,数值(万人次),单位', 'tourist-arrivals,2024Q1,210,', 'tourist-arrivals,2024Q2,2100000,人次']);
			expect(r.errors).toEqual([]);
			expect(observations(r).map((o) => o.value)).toEqual([2_100_000, 2_100_000]);
		});
	});
});

const HEADER = '指标,期间,数值,单位';

describe('row issues', () => {
	it.each<[string, string, IssueCode, string]>([
		// value cell, unit cell, code, column
		['', '', 'missing_value', '数值'],
		['-', '', 'missing_value', '数值'],
		['—', '', 'missing_value', '数值'],
		['/', '', 'missing_value', '数值'],
		['N/A', '', 'missing_value', '数值'],
		['abc', '', 'bad_number', '数值'],
		['#DIV/0!', '', 'bad_number', '数值'],
		['#VALUE!', '', 'bad_number', '数值'],
		['38.2亿元', '', 'unit_mismatch', '数值'],
		['210万', '万人次', 'unit_mismatch', '数值'],
		['80%', '', 'unit_mismatch', '数值'],
		['1', '万元', 'unit_mismatch', '数值']
	])('tourist-arrivals value %j with unit %j → %s', (value, unit, code, column) => {
		const r = read([HEADER, `tourist-arrivals,2024Q1,${value},${unit}`]);
		expect(brief(r.errors)).toEqual([{ line: 2, column, value, code }]);
		expect(r.accepted).toBe(0);
		expect(r.records).toEqual([]);
	});

	it.each(['2024Q5', '2024年13月', '2024年6-3月', '上个月', ''])('period %j is rejected on its line', (period) => {
		const r = read([HEADER, `tourist-arrivals,${period},1,`]);
		expect(r.errors).toHaveLength(1);
		expect(r.errors[0]).toMatchObject({ line: 2, column: '期间', value: period });
		expect(r.errors[0]!.code).toBe(period === '' ? 'missing_value' : 'bad_period');
	});

	it.each(['no-such-indicator', '游客', 'Tourist-Arrivals'])('indicator %j is unknown_indicator', (name) => {
		const r = read([HEADER, `${name},2024Q1,1,`]);
		expect(brief(r.errors)).toEqual([{ line: 2, column: '指标', value: name, code: 'unknown_indicator' }]);
	});

	it('an empty indicator cell is missing_value in the indicator column', () => {
		const r = read([HEADER, ',2024Q1,1,']);
		expect(brief(r.errors)).toEqual([{ line: 2, column: '指标', value: '', code: 'missing_value' }]);
	});

	it('two different values for one indicator and period: duplicate_row on the later line, naming the first', () => {
		const r = read([HEADER, 'tourist-arrivals,2024Q1,210万,', 'tourism-revenue,2024Q1,1,', '游客接待量,2024年一季度,220万,']);
		expect(r.errors).toHaveLength(1);
		expect(r.errors[0]).toMatchObject({ line: 4, code: 'duplicate_row' });
		expect(r.errors[0]!.zh).toContain('2');
		expect(r.errors[0]!.en).toMatch(/line 2\b/);
		expect(observations(r).map((o) => o.line)).toEqual([2, 3]);
	});

	it('an identical repeat is not an error and is stored once', () => {
		const r = read([HEADER, 'tourist-arrivals,2024Q1,210万,', 'tourist-arrivals,2024-Q1,2100000,人次']);
		expect(r.errors).toEqual([]);
		expect(observations(r)).toHaveLength(1);
	});

	it.each([
		['more cells than the header', 'tourist-arrivals,2024Q1,1,,extra'],
		['fewer cells than the header', 'tourist-arrivals,2024Q1']
	])('%s is a ragged_row', (_label, row) => {
		const r = read([HEADER, row]);
		expect(brief(r.errors)).toEqual([{ line: 2, column: null, value: row, code: 'ragged_row' }]);
	});

	it('trailing empty cells beyond the header are harmless', () => {
		const r = read([HEADER, 'tourist-arrivals,2024Q1,1,,,']);
		expect(r.errors).toEqual([]);
		expect(r.accepted).toBe(1);
	});

	it('footnote and total rows are warnings, not imported and not counted as data rows', () => {
		const r = read([
			HEADER,
			'tourist-arrivals,2024Q1,210万,',
			'合计,2024Q1,210万,',
			'总计,,,',
			'注:数据来自县统计局,,,',
			'数据来源：县文旅局',
			'Note: preliminary'
		]);
		expect(r.errors).toEqual([]);
		expect(r.warnings.map((w) => [w.line, w.code])).toEqual([
			[3, 'total_row'],
			[4, 'total_row'],
			[5, 'footnote_row'],
			[6, 'footnote_row'],
			[7, 'footnote_row']
		]);
		expect(r.rows).toBe(1);
		expect(r.accepted).toBe(1);
	});

	it('every error is reported at once, with its line and the column as written', () => {
		const r = read([
			'Indicator,Period,VALUE,Unit,YoY',
			'tourist-arrivals,2024Q1,210万,,', // fine
			'no-such,2024Q1,1,,',
			'tourist-arrivals,2024Q5,1,,',
			'"tourist-arrivals","2024Q3","abc",,', // quoted cells are the same cells
			'tourist-arrivals,2024Q4,"1\n2",,', // a multi-line cell: next row is on line 8
			'tourist-arrivals,2023Q1,38.2亿元,,',
			'tourist-arrivals,2023Q2,1,,abc'
		]);
		expect(brief(r.errors)).toEqual([
			{ line: 3, column: 'Indicator', value: 'no-such', code: 'unknown_indicator' },
			{ line: 4, column: 'Period', value: '2024Q5', code: 'bad_period' },
			{ line: 5, column: 'VALUE', value: 'abc', code: 'bad_number' },
			{ line: 6, column: 'VALUE', value: '1\n2', code: 'bad_number' },
			{ line: 8, column: 'VALUE', value: '38.2亿元', code: 'unit_mismatch' },
			{ line: 9, column: 'YoY', value: 'abc', code: 'bad_number' }
		]);
		expect(r.errorCount).toBe(6);
		expect(r.rows).toBe(7);
		expect(r.accepted).toBe(1);
	});

	it('a quote error is reported in line order among the other errors, and the rows after it are read', () => {
		const r = read([HEADER, 'no-such,2024Q1,1,', 'tourist-arrivals,2024Q1,"1"x,', 'tourist-arrivals,2024Q2,abc,', 'tourist-arrivals,2024Q3,1,']);
		expect(r.errors.map((e) => [e.line, e.code])).toEqual([
			[2, 'unknown_indicator'],
			[3, 'bad_quote'],
			[4, 'bad_number']
		]);
		expect(observations(r).map((o) => o.line)).toEqual([5]);
	});

	it('one row with several bad cells reports each of them', () => {
		const r = read([HEADER, 'no-such,2024Q5,abc,']);
		expect(r.errors.map((e) => [e.column, e.code])).toEqual([
			['指标', 'unknown_indicator'],
			['期间', 'bad_period'],
			['数值', 'bad_number']
		]);
	});

	it('every issue has Chinese and English text, and message joins them', () => {
		const r = read(['指标,期间,数值,单位,负责人', 'no-such,2024Q5,abc,,', 'tourist-arrivals,2024Q1,-,,', '合计,,,,']);
		const all = [...r.errors, ...r.warnings];
		expect(all.length).toBe(6);
		for (const i of all) {
			expect(i.zh).toMatch(/[\u4e00-\u9fff]/);
			expect(i.en).toMatch(/[A-Za-z]{3,}/);
			expect(i.en).not.toBe(i.zh);
			expect(i.message).toBe(`${i.zh} / ${i.en}`);
		}
	});
});

describe('values', () => {
	it.each<[string, string, string, number, string | null]>([
		// indicator, value cell, unit cell, stored value, qualifier
		['tourist-arrivals', '2100000', '', 2_100_000, null],
		['tourist-arrivals', '"2,100,000"', '', 2_100_000, null],
		['tourist-arrivals', '2，100，000', '', 2_100_000, null],
		['tourist-arrivals', '210万', '', 2_100_000, null],
		['tourist-arrivals', '２１０万', '', 2_100_000, null],
		['tourist-arrivals', '210 万人次', '', 2_100_000, null],
		['tourist-arrivals', '210', '万人次', 2_100_000, null],
		['tourist-arrivals', '210', '人次', 210, null],
		['tourist-arrivals', '近210万', '', 2_100_000, '近'],
		['tourist-arrivals', '约200万', '', 2_000_000, '约'],
		['tourist-arrivals', '超200万', '', 2_000_000, '超'],
		['tourist-arrivals', '逾200万', '', 2_000_000, '逾'],
		['tourist-arrivals', '200余万', '', 2_000_000, '余'],
		['tourist-arrivals', '近百万', '', 1_000_000, '近'],
		['tourist-arrivals', '两千', '', 2_000, null],
		['tourism-revenue', '38.2亿元', '', 3_820_000_000, null],
		['tourism-revenue', '38.2亿', '', 3_820_000_000, null],
		['tourism-revenue', '38.2', '亿元', 3_820_000_000, null],
		['tourism-revenue', '3.82e9', '', 3_820_000_000, null],
		['tourism-revenue', '-3.5', '万元', -35_000, null],
		['resource-integration-rate', '80%', '', 80, null],
		['resource-integration-rate', '37.5％', '', 37.5, null],
		['resource-integration-rate', '80', '', 80, null],
		['resource-integration-rate', '80', '%', 80, null]
	])('%s %s %s → %d (%s)', (code, value, unit, stored, qualifier) => {
		const r = read([HEADER, `${code},2024Q1,${value},${unit}`]);
		expect(r.errors).toEqual([]);
		expect(observations(r)).toMatchObject([{ indicator: code, value: stored, qualifier }]);
	});

	it('a full record carries every field with its defaults', () => {
		const r = read([HEADER, 'tourist-arrivals,2024年一季度,210万,']);
		expect(observations(r)).toEqual([
			{
				line: 2,
				indicator: 'tourist-arrivals',
				period: '2024-Q1',
				value: 2_100_000,
				qualifier: null,
				provenance: 'reported',
				yoyReported: null,
				yoyDecimals: null,
				source: '',
				note: '',
				target: null,
				targetQualifier: null
			}
		]);
	});

	it.each<[string, number | null, number | null]>([
		['37.5%', 37.5, 1],
		['37.50%', 37.5, 2],
		['37.5％', 37.5, 1],
		['-3%', -3, 0],
		['12', 12, 0],
		['', null, null],
		['-', null, null]
	])('同比 %j → yoyReported %s with %s decimals', (yoy, reported, decimals) => {
		const r = read(['指标,期间,数值,同比', `tourist-arrivals,2024Q1,210万,${yoy}`]);
		expect(r.errors).toEqual([]);
		expect(observations(r)).toMatchObject([{ yoyReported: reported, yoyDecimals: decimals }]);
	});

	it.each(['abc', '5万', '5元'])('同比 %j is a bad_number in the 同比 column', (yoy) => {
		const r = read(['指标,期间,数值,同比', `tourist-arrivals,2024Q1,210万,${yoy}`]);
		expect(brief(r.errors)).toEqual([{ line: 2, column: '同比', value: yoy, code: 'bad_number' }]);
	});

	it.each<[string, string]>([
		['reported', 'reported'],
		['derived', 'derived'],
		['demo', 'demo'],
		['Derived', 'derived'],
		['推算', 'derived'],
		['演示', 'demo'],
		['', 'reported']
	])('provenance %j → %s', (cell, provenance) => {
		const r = read(['指标,期间,数值,provenance', `tourist-arrivals,2024Q1,1,${cell}`]);
		expect(r.errors).toEqual([]);
		expect(observations(r)).toMatchObject([{ provenance }]);
	});

	it.each(['guess', 'constructor', 'toString', '__proto__'])('provenance %j is a bad_value in that column', (cell) => {
		const r = read(['指标,期间,数值,provenance', `tourist-arrivals,2024Q1,1,${cell}`]);
		expect(brief(r.errors)).toEqual([{ line: 2, column: 'provenance', value: cell, code: 'bad_value' }]);
		expect(r.records).toEqual([]);
	});

	it.each(['近', '约', '超', '逾', '余'])('a qualifier column %j is kept', (q) => {
		const r = read(['指标,期间,数值,qualifier', `tourist-arrivals,2024Q1,210万,${q}`]);
		expect(observations(r)).toMatchObject([{ qualifier: q }]);
	});

	it.each([
		['about', 'bad_value'],
		['约', 'bad_value']
	])('a qualifier column %j that is unknown or contradicts the value is a %s', (q, code) => {
		const r = read(['指标,期间,数值,qualifier', `tourist-arrivals,2024Q1,${q === '约' ? '近210万' : '210万'},${q}`]);
		expect(brief(r.errors)).toEqual([{ line: 2, column: 'qualifier', value: q, code }]);
	});

	it.each<[string, string, number | null, string | null]>([
		['300万', '', 3_000_000, null],
		['近300万', '', 3_000_000, '近'],
		['300', '万人次', 3_000_000, null],
		['', '', null, null],
		['-', '', null, null]
	])('target %j with unit %j → %s', (target, unit, value, qualifier) => {
		const r = read(['指标,期间,数值,单位,目标值', `tourist-arrivals,2024Q1,${unit ? '210' : '210万'},${unit},${target}`]);
		expect(r.errors).toEqual([]);
		expect(observations(r)).toMatchObject([{ value: 2_100_000, target: value, targetQualifier: qualifier }]);
	});

	it('a bad target is a bad_number in the target column', () => {
		const r = read(['指标,期间,数值,目标值', 'tourist-arrivals,2024Q1,210万,abc']);
		expect(brief(r.errors)).toEqual([{ line: 2, column: '目标值', value: 'abc', code: 'bad_number' }]);
	});

	it('source and note are kept as text', () => {
		const r = read(['指标,期间,数值,来源,备注', 'tourist-arrivals,2024Q1,210万,"2024年政府工作报告,第3页", 初步数 ']);
		expect(observations(r)).toMatchObject([{ source: '2024年政府工作报告,第3页', note: '初步数' }]);
	});

	it('indicators are found by code, Chinese name or English name (case-insensitive)', () => {
		const r = read([HEADER, 'tourist-arrivals,2024Q1,1,', '游客接待量,2024Q2,1,', 'TOURIST ARRIVALS,2024Q3,1,', '（资源整合率）,2024,1,']);
		expect(observations(r).map((o) => o.indicator)).toEqual(['tourist-arrivals', 'tourist-arrivals', 'tourist-arrivals']);
		expect(r.errors).toMatchObject([{ line: 5, code: 'unknown_indicator' }]);
	});
});
