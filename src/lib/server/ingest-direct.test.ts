// A first upload's rows go straight into observations and targets (no stage), and the derive after the
// commit takes an indicator's rows from the file when they are all it has: both must leave exactly what
// the staged path and a derive from the database would.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from './db/sqlite/store';
import type { Store } from './db/store';
import { refreshDerived } from './derived';
import { ingestFiles } from './ingest';

const enc = (s: string) => new TextEncoder().encode(s);
const INDICATORS = ['代码,名称,单位,类型,方向', 'fresh,新指标,人次,flow,up', 'old,老指标,人次,flow,up', 'planned,只有目标,人次,flow,up', 'level,存量,个,stock,up'].join('\n');

let store: Store;
beforeEach(async () => {
	store = createSqliteStore(':memory:');
	const r = await ingestFiles(store, [
		{ name: 'indicators.csv', bytes: enc(INDICATORS) },
		{ name: 'old.csv', bytes: enc('指标,期间,数值\nold,2023-01,100\nold,2023-02,110\n') },
		{ name: 'plan.csv', bytes: enc('指标,期间,目标值,牵头部门\nplanned,2024-01,50,文旅局\n') }
	]);
	expect(r.ok).toBe(true);
});
afterEach(() => store.close());

/** Every derived row, as the overview reads them. */
async function derivedRows(): Promise<unknown[]> {
	return [
		...(await store.sql.all('SELECT * FROM derived_indicators ORDER BY indicator')),
		...(await store.sql.all('SELECT * FROM derived_cards ORDER BY indicator, year'))
	];
}

/** The derived rows as a derive that reads everything from the database makes them. */
async function derivedFromDatabase(): Promise<unknown[]> {
	await store.transaction(async (tx) => {
		await tx.sql.run('DELETE FROM derived_cards');
		await tx.sql.run('DELETE FROM derived_indicators');
	});
	await refreshDerived(store);
	return derivedRows();
}

const FILE = [
	'指标,期间,数值,目标值,备注',
	'fresh,2024-01,10,12,"据""快报"",含逗号"',
	'fresh,2023-01,8,,',
	'old,2024-01,120,130,',
	'planned,2024-01,40,55,',
	'planned,2024-02,45,,',
	'level,2024-01,7,9,',
	'fresh,2024-02,11,,'
].join('\n');

// In the thread (a small file) and on the reader thread, which also derives the file's indicators.
describe.each([
	['in the thread', {}],
	['on a reader thread', { workerMinBytes: 0 }]
])('first upload of new indicators, read %s', (_, read) => {
	it('stores values and the targets beside them as the stage would, lists them in the preview, and derives as from the database', async () => {
		const preview = await ingestFiles(store, [{ name: 'f.csv', bytes: enc(FILE) }], { dryRun: true, diffLimit: 100, ...read });
		const targetRows = preview.files[0]!.diff!.rows.filter((r) => r.table === 'targets');
		expect(targetRows).toEqual([
			{ table: 'targets', line: 2, indicator: 'fresh', period: '2024-01', state: 'added', before: null, after: 12 },
			{ table: 'targets', line: 4, indicator: 'old', period: '2024-01', state: 'added', before: null, after: 130 },
			{ table: 'targets', line: 5, indicator: 'planned', period: '2024-01', state: 'updated', before: 50, after: 55 },
			{ table: 'targets', line: 7, indicator: 'level', period: '2024-01', state: 'added', before: null, after: 9 }
		]);
		expect(preview.files[0]!.diff!.rows.filter((r) => r.table === 'observations').map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);

		const report = await ingestFiles(store, [{ name: 'f.csv', bytes: enc(FILE) }], read);
		expect(report.files[0]!.changes).toEqual({ added: 7, updated: 0, unchanged: 0 });
		const targets = await store.targets();
		// A target given beside a value keeps the current target's owner etc.; a new one has none.
		expect(targets.find((t) => t.indicator === 'planned' && t.period === '2024-01')).toMatchObject({ value: 55, department: '文旅局' });
		expect(targets.find((t) => t.indicator === 'fresh')).toMatchObject({ value: 12, basis: '', owner: '', department: '', deadline: '', source: '', note: '' });
		expect((await store.observations()).find((o) => o.indicator === 'fresh' && o.period === '2024-01')!.note).toBe('据"快报",含逗号');

		const derived = await derivedRows();
		expect(derived.length).toBeGreaterThan(4);
		expect(await derivedFromDatabase()).toEqual(derived);
	});

	it('derives the indicators of a file that names only new ones from its rows alone, as from the database', async () => {
		const report = await ingestFiles(store, [{ name: 'f.csv', bytes: enc('指标,期间,数值,目标值\nfresh,2023-01,8,\nfresh,2024-01,10,12\nlevel,2024-01,7,9\n') }], read);
		expect(report.files[0]!.changes).toEqual({ added: 3, updated: 0, unchanged: 0 });
		const derived = await derivedRows();
		expect(await derivedFromDatabase()).toEqual(derived);
	});

	it('leaves the derived rows as they were when the file has an error (written in its transaction, rolled back with it)', async () => {
		const before = await derivedRows();
		const report = await ingestFiles(store, [{ name: 'f.csv', bytes: enc('指标,期间,数值\nfresh,2024-01,10\nlevel,2024-01,7\nlevel,2024-02,abc\n') }], read);
		expect(report.ok).toBe(false);
		expect(await derivedRows()).toEqual(before);
	});

	it('derives an indicator that had values before from all of them, not from the file alone', async () => {
		const report = await ingestFiles(store, [{ name: 'f.csv', bytes: enc('指标,期间,数值\nold,2024-01,150\nold,2024-02,165\nfresh,2024-01,5\n') }], read);
		expect(report.ok).toBe(true);
		const cards = await store.sql.all<{ indicator: string; card: string }>("SELECT indicator, card FROM derived_cards WHERE indicator = 'old' AND year = 2024");
		// 165 against 110 a year before: the 同比 needs the 2023 value, which only the database has.
		expect(cards[0]!.card).toContain('0.5');
		const derived = await derivedRows();
		expect(await derivedFromDatabase()).toEqual(derived);
	});
});
