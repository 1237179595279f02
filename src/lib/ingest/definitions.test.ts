// Pins indicators (指标表) and targets (目标表) files, and that a later file in one batch sees the indicators
// an earlier one defined (the same Catalog is passed along, as the server's ingestFiles does).
import { describe, expect, it } from 'vitest';
import { Catalog } from './catalog';
import { readUpload, readText } from './read';
import type { IndicatorRecord, TargetRecord } from './validate';
import { catalog } from './test-catalog';

const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n') + '\r\n');
const brief = (issues: { line: number; column: string | null; value: string | null; code: string }[]) =>
	issues.map(({ line, column, value, code }) => ({ line, column, value, code }));

function indicators(r: { records: { kind: string; record: unknown }[] }): IndicatorRecord[] {
	return r.records.filter((x) => x.kind === 'indicators').map((x) => x.record as IndicatorRecord);
}
function targets(r: { records: { kind: string; record: unknown }[] }): TargetRecord[] {
	return r.records.filter((x) => x.kind === 'targets').map((x) => x.record as TargetRecord);
}

const IND_HEADER = 'code,name_zh,name_en,unit,kind,direction,category,item,description';

describe('indicators file', () => {
	it('reads a valid row with every field', () => {
		const r = readText('ind.csv', [IND_HEADER, 'museum-visits,博物馆参观人次,Museum visits,万人次,flow,up,culture,5,含线上'].join('\n'), { catalog: catalog() });
		expect(r.kind).toBe('indicators');
		expect(r.errors).toEqual([]);
		expect(indicators(r)).toEqual([
			{
				line: 2,
				code: 'museum-visits',
				nameZh: '博物馆参观人次',
				nameEn: 'Museum visits',
				unit: '人次',
				kind: 'flow',
				direction: 'up',
				category: 'culture',
				item: 5,
				description: '含线上'
			}
		]);
	});

	it('accepts the Chinese headers and Chinese words for kind, direction and item', () => {
		const r = readText(
			'ind.csv',
			['代码,名称,英文名称,单位,类型,方向,类别,整改事项,说明', 'complaints,旅游投诉件数,Complaints,件,存量,逆向,governance,(十一),', 'hotel-rate,酒店入住率,,%,比率,正向,tourism,,'].join('\n'),
			{ catalog: catalog() }
		);
		expect(r.errors).toEqual([]);
		expect(indicators(r)).toMatchObject([
			{ code: 'complaints', unit: '件', kind: 'stock', direction: 'down', item: 11 },
			{ code: 'hotel-rate', unit: '%', kind: 'rate', direction: 'up', item: null, nameEn: '' }
		]);
	});

	it.each<[string, string, string]>([
		['kind', 'museum,博物馆,,人次,sometimes,up,,,', 'sometimes'],
		['direction', 'museum,博物馆,,人次,flow,sideways,,,', 'sideways'],
		['item', 'museum,博物馆,,人次,flow,up,,12,', '12'],
		['item', 'museum,博物馆,,人次,flow,up,,十二,', '十二'],
		['code', 'Museum Visits,博物馆,,人次,flow,up,,,', 'Museum Visits'],
		['code', '1museum,博物馆,,人次,flow,up,,,', '1museum'],
		['code', 'museum.visits,博物馆,,人次,flow,up,,,', 'museum.visits'],
		['kind', 'museum,博物馆,,人次,constructor,up,,,', 'constructor'],
		['direction', 'museum,博物馆,,人次,flow,toString,,,', 'toString'],
		['direction', 'museum,博物馆,,人次,flow,__proto__,,,', '__proto__']
	])('a bad %s (%s) is a bad_value in that column and the row is not imported', (column, row, value) => {
		const r = readText('ind.csv', [IND_HEADER, row].join('\n'), { catalog: catalog() });
		expect(brief(r.errors)).toEqual([{ line: 2, column, value, code: 'bad_value' }]);
		expect(r.records).toEqual([]);
	});

	it.each([['name_zh', 'museum,,,人次,flow,up,,,'], ['unit', 'museum,博物馆,,,flow,up,,,'], ['code', ',博物馆,,人次,flow,up,,,']])(
		'an empty %s is missing_value',
		(column, row) => {
			const r = readText('ind.csv', [IND_HEADER, row].join('\n'), { catalog: catalog() });
			expect(brief(r.errors)).toEqual([{ line: 2, column, value: '', code: 'missing_value' }]);
		}
	);

	it('the same code twice with different definitions is a duplicate_row naming the first line', () => {
		const r = readText('ind.csv', [IND_HEADER, 'museum,博物馆,,人次,flow,up,,,', 'museum,博物馆,,人次,stock,up,,,'].join('\n'), { catalog: catalog() });
		expect(brief(r.errors)).toEqual([{ line: 3, column: null, value: 'museum', code: 'duplicate_row' }]);
		expect(r.errors[0]!.en).toMatch(/line 2\b/);
		expect(r.errors[0]!.en).not.toMatch(/period/);
	});

	it('an identical repeat is not an error', () => {
		const r = readText('ind.csv', [IND_HEADER, 'museum,博物馆,,人次,flow,up,,,', 'museum,博物馆,,人次,flow,up,,,'].join('\n'), { catalog: catalog() });
		expect(r.errors).toEqual([]);
		expect(indicators(r)).toHaveLength(1);
	});

	it('two codes with one Chinese name are a conflicting_definition', () => {
		const r = readText('ind.csv', [IND_HEADER, 'museum,博物馆,,人次,flow,up,,,', 'museum-2,博物馆,,人次,flow,up,,,'].join('\n'), { catalog: catalog() });
		expect(brief(r.errors)).toEqual([{ line: 3, column: null, value: '博物馆', code: 'conflicting_definition' }]);
	});

	it('a new code taking the name of an existing indicator is a conflicting_definition', () => {
		const cat = catalog();
		const r = readText('ind.csv', [IND_HEADER, 'visitors,游客接待量,,人次,flow,up,,,'].join('\n'), { catalog: cat });
		expect(brief(r.errors)).toEqual([{ line: 2, column: null, value: '游客接待量', code: 'conflicting_definition' }]);
		expect(cat.resolve('游客接待量')?.code).toBe('tourist-arrivals');
	});

	it('a new code taking the English name of an existing indicator is a conflicting_definition', () => {
		const r = readText('ind.csv', [IND_HEADER, 'visitors,接待游客,TOURIST ARRIVALS,人次,flow,up,,,'].join('\n'), { catalog: catalog() });
		expect(brief(r.errors)).toEqual([{ line: 2, column: null, value: 'TOURIST ARRIVALS', code: 'conflicting_definition' }]);
	});

	it('redefining an existing code (e.g. renaming it) is allowed and replaces it in the catalog', () => {
		const cat = catalog();
		const r = readText('ind.csv', [IND_HEADER, 'tourist-arrivals,接待游客人次,Visitors,人次,flow,up,tourism,6,'].join('\n'), { catalog: cat });
		expect(r.errors).toEqual([]);
		expect(cat.resolve('接待游客人次')?.code).toBe('tourist-arrivals');
		expect(cat.resolve('游客接待量')).toBeUndefined();
	});
});

describe('targets file', () => {
	const HEADER = '指标,期间,目标值,依据,牵头领导,牵头部门,时间节点';

	it('reads a valid row', () => {
		const r = readText('t.csv', [HEADER, '游客接待量,2024,300万,整改方案,张三,县文旅局,2024年12月底'].join('\n'), { catalog: catalog() });
		expect(r.kind).toBe('targets');
		expect(r.errors).toEqual([]);
		expect(targets(r)).toEqual([
			{
				line: 2,
				indicator: 'tourist-arrivals',
				period: '2024',
				value: 3_000_000,
				qualifier: null,
				basis: '整改方案',
				owner: '张三',
				department: '县文旅局',
				deadline: '2024年12月底',
				source: '',
				note: ''
			}
		]);
	});

	it.each<[string, string]>([
		['rectification plan', '整改方案'],
		['annual', '年度计划'],
		['工作要点', '年度计划'],
		['', ''],
		['constructor', 'constructor'],
		['整改方案', '整改方案']
	])('basis %j is stored as %j', (basis, stored) => {
		const r = readText('t.csv', ['indicator,period,target,basis', `tourist-arrivals,2024,1,${basis}`].join('\n'), { catalog: catalog() });
		expect(targets(r)).toMatchObject([{ basis: stored }]);
	});

	it('reports each bad row with its line and column', () => {
		const r = readText(
			't.csv',
			[HEADER, 'tourist-arrivals,2024,abc,,,,', 'no-such,2024,1,,,,', 'tourist-arrivals,2024Q5,1,,,,', 'tourism-revenue,2024,300万人次,,,,', 'tourist-arrivals,2025,,,,,'].join('\n'),
			{ catalog: catalog() }
		);
		expect(brief(r.errors)).toEqual([
			{ line: 2, column: '目标值', value: 'abc', code: 'bad_number' },
			{ line: 3, column: '指标', value: 'no-such', code: 'unknown_indicator' },
			{ line: 4, column: '期间', value: '2024Q5', code: 'bad_period' },
			{ line: 5, column: '目标值', value: '300万人次', code: 'unit_mismatch' },
			{ line: 6, column: '目标值', value: '', code: 'missing_value' }
		]);
	});

	it('two targets for one indicator and year are a duplicate_row on the later line', () => {
		const r = readText('t.csv', ['indicator,period,target', 'tourist-arrivals,2024,300万', 'tourist-arrivals,2024年,310万'].join('\n'), { catalog: catalog() });
		expect(brief(r.errors)).toEqual([{ line: 3, column: null, value: 'tourist-arrivals 2024', code: 'duplicate_row' }]);
	});
});

describe('several files with one catalog', () => {
	it('a later observations or targets file can use indicators an earlier indicators file defined', async () => {
		const cat = catalog();
		const defs = await readUpload('indicators.csv', csv([IND_HEADER, 'museum-visits,博物馆参观人次,Museum visits,人次,flow,up,culture,5,']), { catalog: cat });
		expect(defs.errors).toEqual([]);
		const obs = await readUpload('q1.csv', csv(['指标,期间,数值', '博物馆参观人次,2024Q1,12万', 'museum-visits,2024Q2,13万']), { catalog: cat });
		expect(obs.errors).toEqual([]);
		expect(obs.records.map((x) => x.record)).toMatchObject([
			{ indicator: 'museum-visits', value: 120_000 },
			{ indicator: 'museum-visits', value: 130_000 }
		]);
		const tgt = await readUpload('targets.csv', csv(['indicator,period,target', 'Museum visits,2024,50万']), { catalog: cat });
		expect(targets(tgt)).toMatchObject([{ indicator: 'museum-visits', value: 500_000 }]);
	});

	it('without the indicators file first, the same observations are unknown_indicator', async () => {
		const obs = await readUpload('q1.csv', csv(['指标,期间,数值', '博物馆参观人次,2024Q1,12万']), { catalog: catalog() });
		expect(obs.errors).toMatchObject([{ line: 2, code: 'unknown_indicator' }]);
	});

	it('an indicators file with an error does not define its bad rows', async () => {
		const cat = catalog();
		await readUpload('indicators.csv', csv([IND_HEADER, 'museum-visits,博物馆参观人次,,人次,flow,sideways,,,']), { catalog: cat });
		expect(cat.get('museum-visits')).toBeUndefined();
	});
});
