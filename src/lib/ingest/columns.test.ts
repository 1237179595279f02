// Pins the header contract: every alias in csv-format.md, folding rules, kind detection and header-row issues.
import { describe, expect, it } from 'vitest';
import { aliasesOf, detectKind, fieldChoices, foldName, mapColumns, type FileKind } from './columns';

/** The aliases csv-format.md promises, per kind and canonical field. */
const DOCUMENTED: Record<FileKind, Record<string, string[]>> = {
	observations: {
		indicator: ['indicator', '指标', '指标代码', '指标名称'],
		period: ['period', '期间', '统计期', '时间'],
		value: ['value', '数值', '本期值', '实际值'],
		unit: ['unit', '单位'],
		target: ['target', '目标值', '目标'],
		yoy: ['yoy', '同比', '同比增长', '同比增速'],
		source: ['source', '来源'],
		note: ['note', '备注']
	},
	indicators: {
		code: ['code', '代码'],
		nameZh: ['name_zh', '名称'],
		nameEn: ['name_en', '英文名称'],
		unit: ['unit', '单位'],
		kind: ['kind', '类型'],
		direction: ['direction', '方向'],
		category: ['category', '类别'],
		item: ['item', '整改事项'],
		description: ['description', '说明']
	},
	targets: {
		indicator: ['indicator', '指标'],
		period: ['period', '期间'],
		target: ['target', '目标值'],
		basis: ['basis'],
		owner: ['owner', '牵头领导'],
		department: ['department', '牵头部门'],
		deadline: ['deadline', '时间节点']
	}
};

const ALIAS_CASES: [FileKind, string, string][] = Object.entries(DOCUMENTED).flatMap(([kind, fields]) =>
	Object.entries(fields).flatMap(([field, names]) => names.map((n): [FileKind, string, string] => [kind as FileKind, n, field]))
);

/** Ways an analyst's Excel may write the same header: case, padding, full-width forms. */
function variants(name: string): string[] {
	const fullWidth = [...name].map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');
	return [name, name.toUpperCase(), ` ${name} `, `\u3000${name}`, fullWidth, fullWidth.toUpperCase()];
}

function fieldOf(kind: FileKind, header: string): string | null {
	const { map } = mapColumns(kind, [header], 1);
	return [...map.fields.entries()].find(([, i]) => i === 0)?.[0] ?? null;
}

describe('header aliases', () => {
	it.each(ALIAS_CASES)('%s: "%s" names %s in every case, width and padding', (kind, name, field) => {
		for (const v of variants(name)) expect(fieldOf(kind, v), JSON.stringify(v)).toBe(field);
	});

	it('the documented aliases are all listed by aliasesOf (templates use it)', () => {
		for (const [kind, fields] of Object.entries(DOCUMENTED)) {
			const listed = aliasesOf(kind as FileKind);
			for (const [field, names] of Object.entries(fields)) expect(listed[field]).toEqual(expect.arrayContaining(names));
		}
	});

	it.each([
		['ＩＮＤＩＣＡＴＯＲ', 'indicator'],
		[' 指标 ', 'indicator'],
		['Name_ZH', undefined],
		['Yoy_Reported', 'yoy']
	])('observations: %j → %s', (header, field) => {
		expect(fieldOf('observations', header) ?? undefined).toBe(field);
	});

	it('foldName makes full-width brackets equal to ASCII ones', () => {
		expect(foldName('（验收）')).toBe(foldName('(验收)'));
	});
});

describe('detectKind', () => {
	it.each<[string, string[], FileKind | null]>([
		['tidy observations', ['指标', '期间', '数值'], 'observations'],
		['observations with a target column', ['indicator', 'period', 'value', 'target', 'unit', 'source', 'note'], 'observations'],
		['indicators, English', ['code', 'name_zh', 'name_en', 'unit', 'kind', 'direction', 'category', 'item', 'description'], 'indicators'],
		['indicators, Chinese', ['代码', '名称', '英文名称', '单位', '类型', '方向', '类别', '整改事项', '说明'], 'indicators'],
		['indicators, 指标代码/指标名称', ['指标代码', '指标名称', '单位', '类型', '方向'], 'indicators'],
		['targets', ['指标', '期间', '目标值', '依据', '牵头领导', '牵头部门', '时间节点'], 'targets'],
		['targets, minimal', ['indicator', 'period', 'target'], 'targets'],
		['a title row', ['2024年一季度旅游数据'], null],
		['missing the value column', ['指标', '期间', '单位'], null]
	])('%s', (_label, headers, kind) => {
		expect(detectKind(headers)).toBe(kind);
	});
});

describe('mapColumns: header issues', () => {
	it.each(['__proto__', 'constructor', 'prototype', ' __PROTO__ '])('%j is a bad_header naming the column', (name) => {
		const { issues } = mapColumns('observations', ['指标', '期间', '数值', name], 1);
		expect(issues).toMatchObject([{ code: 'bad_header', line: 1, column: name, value: name }]);
		expect(issues[0]!.zh).toBeTruthy();
		expect(issues[0]!.en).toBeTruthy();
	});

	it('two aliases of one field are a duplicate_column on the second, naming the first', () => {
		const { map, issues } = mapColumns('observations', ['指标', '期间', '数值', 'Value'], 1);
		expect(issues).toMatchObject([{ code: 'duplicate_column', line: 1, column: 'Value' }]);
		expect(issues[0]!.en).toContain('数值');
		expect(map.fields.get('value')).toBe(2);
	});

	it.each<[FileKind, string[], string[]]>([
		['observations', ['指标', '期间'], ['数值']],
		['observations', ['数值'], ['指标', '期间']],
		['indicators', ['code', 'name_zh', 'unit'], ['类型', '方向']],
		['targets', ['indicator', 'period'], ['目标值']]
	])('%s %j: one missing_column per required column, named in Chinese', (kind, headers, missing) => {
		const { issues } = mapColumns(kind, headers, 3);
		expect(issues.map((i) => i.code)).toEqual(missing.map(() => 'missing_column'));
		expect(issues.every((i) => i.line === 3)).toBe(true);
		missing.forEach((name, k) => expect(issues[k]!.zh).toContain(name));
	});

	it('an unrecognised column is listed (the reader warns about it), not an issue', () => {
		const { map, issues } = mapColumns('observations', ['指标', '期间', '数值', '负责人'], 1);
		expect(issues).toEqual([]);
		expect(map.unknown).toEqual([{ index: 3, name: '负责人' }]);
	});

	it.each<[string[], string, string]>([
		[['指标', '期间', '数值(万人次)'], 'value', '万人次'],
		[['指标', '期间', '数值（万人次）'], 'value', '万人次'],
		[['indicator', 'period', 'Value (亿元)'], 'value', '亿元'],
		[['指标', '期间', '数值', '目标值(万人次)'], 'target', '万人次']
	])('%j: the bracketed unit belongs to %s', (headers, field, unit) => {
		const { map, issues } = mapColumns('observations', headers, 1);
		expect(issues).toEqual([]);
		expect(map.fields.get(field)).toBe(headers.length - 1);
		expect(map.units.get(field)).toBe(unit);
		expect([...map.units.keys()]).toEqual([field]);
	});

	it('a unit in the YoY header does not become the value unit', () => {
		const { map } = mapColumns('observations', ['指标', '期间', '数值', '同比(%)'], 1);
		expect(map.fields.get('yoy')).toBe(3);
		expect(map.units.get('value')).toBeUndefined();
	});
});

describe('manual column mapping (upload preview)', () => {
	it('reads a column the aliases do not know as the field the analyst chose, keeping its name in messages', async () => {
		const { readText } = await import('./read');
		const { catalog } = await import('./test-catalog');
		const text = '指标,期间,接待量\ntourist-arrivals,2024Q1,210万\ntourist-arrivals,2024Q2,abc\n';
		const without = readText('q.csv', text, { catalog: catalog() });
		expect(without.kind).toBe(null);
		expect(without.errors.map((e) => e.code)).toContain('missing_column');
		const mapped = readText('q.csv', text, { catalog: catalog(), mapping: { 接待量: 'value' } });
		expect(mapped.kind).toBe('observations');
		expect(mapped.columns).toEqual([
			{ name: '指标', field: 'indicator' },
			{ name: '期间', field: 'period' },
			{ name: '接待量', field: 'value' }
		]);
		expect(mapped.accepted).toBe(1);
		expect(mapped.errors).toMatchObject([{ line: 3, column: '接待量', code: 'bad_number' }]);
	});

	it('offers every field of a kind once, required ones marked, with Chinese and English names', () => {
		const choices = fieldChoices('observations');
		expect(choices.find((c) => c.field === 'value')).toEqual({ field: 'value', zh: '数值', en: 'value', required: true });
		expect(choices.map((c) => c.field)).not.toContain('revision');
		expect(new Set(choices.map((c) => c.field)).size).toBe(choices.length);
	});
});
