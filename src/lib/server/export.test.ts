// The streamed export writes the same bytes as the whole-array export it replaced, and lets go of its cursor.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from './db/sqlite/store';
import { StoreError, type Store } from './db/store';
import { exportPieces, exportResponse, exportRows } from './export';
import { loadTricky, referenceExport, streamed, TRICKY_INDICATORS, TRICKY_VALUES, walFullyCheckpointed as walFullyCheckpointedAt } from './export-fixtures';
import { ingestFiles } from './ingest';
import { SEED_FILES, DEMO_FILES } from './seed';

const enc = (s: string) => new TextEncoder().encode(s);
const file = (name: string, text: string) => ({ name, bytes: enc(text) });

describe('streamed export (SQLite file)', () => {
	let dir: string;
	let path: string;
	let store: Store;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'ob-export-'));
		path = join(dir, 'app.db');
		store = createSqliteStore(path);
	});
	afterEach(async () => {
		await store.close();
		rmSync(dir, { recursive: true, force: true });
	});

	async function seed(): Promise<void> {
		const seedDir = join(import.meta.dirname, '..', '..', '..', 'data');
		const files = [...SEED_FILES, ...DEMO_FILES].map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(seedDir, name))) }));
		expect((await ingestFiles(store, files)).ok).toBe(true);
	}

	const tricky = () => loadTricky(store);

	it('writes the seed data byte for byte as the whole-array export did, CSV and JSON, whole and filtered', async () => {
		await seed();
		for (const filter of [undefined, ['tourist-arrivals'], ['tourism-revenue', 'tourist-arrivals', 'tourist-arrivals'], ['no-such-code']]) {
			const ref = await referenceExport(store, filter);
			expect(await streamed(store, 'csv', filter)).toBe(ref.csv);
			expect(await streamed(store, 'json', filter)).toBe(ref.json);
		}
		expect((await referenceExport(store)).csv.split('\r\n').length).toBeGreaterThan(50);
	});

	it('writes a tricky data set byte for byte as before: BOM, CRLF, quoting, formula-neutralising, YoY decimals', async () => {
		await tricky();
		const ref = await referenceExport(store);
		const csv = await streamed(store, 'csv');
		expect(csv).toBe(ref.csv);
		expect(await streamed(store, 'json')).toBe(ref.json);
		// The reference really covers the cases: codes in byte order, neutralised formulas, written decimals.
		const lines = csv.slice(1).split('\r\n');
		expect(csv.startsWith('\uFEFFindicator,period,value,unit,')).toBe(true);
		expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(expect.arrayContaining(['a-b', 'a_b', 'ab']));
		expect(lines.findIndex((l) => l.startsWith('a-b,'))).toBeLessThan(lines.findIndex((l) => l.startsWith('a_b,')));
		expect(csv).toContain(`"'=1+1"`);
		expect(csv).toContain('37.50%');
		expect(csv).not.toMatch(/^gone,/m);
		for (const filter of [['ab'], ['a-b', 'z9'], []]) {
			const r = await referenceExport(store, filter.length ? filter : undefined);
			expect(await streamed(store, 'csv', filter)).toBe(r.csv);
			expect(await streamed(store, 'json', filter)).toBe(r.json);
		}
	});

	it('gives the same rows when pages split an indicator (YoY is computed over all its rows)', async () => {
		await tricky();
		const small: Store = { ...store, exportRows: (f) => store.exportRows({ ...f, pageSize: 2 }) };
		expect(await streamed(small, 'csv')).toBe((await referenceExport(store)).csv);
		expect(await exportRows(small)).toEqual(await exportRows(store));
	});

	it('writes an empty store as the header alone and []', async () => {
		const ref = await referenceExport(store);
		expect(await streamed(store, 'csv')).toBe(ref.csv);
		expect(await streamed(store, 'json')).toBe('[]');
	});

	const walFullyCheckpointed = () => walFullyCheckpointedAt(path);

	it('releases the cursor when the HTTP reader cancels mid-export: writes go on, and the WAL can be checkpointed', async () => {
		const lines = ['指标,期间,数值,备注'];
		for (const code of ['ab', 'a_b', 'z9'])
			for (let m = 0; m < 1000; m++) lines.push(`${code},${1950 + Math.floor(m / 12)}年${(m % 12) + 1}月,${m + 1},${'说明'.repeat(20)}`);
		await tricky();
		expect((await ingestFiles(store, [file('big.csv', lines.join('\n'))])).files[0]!.errors).toEqual([]);
		const response = await exportResponse(store, 'csv', []);
		const reader = response.body!.getReader();
		const first = await reader.read();
		expect(first.value!.byteLength).toBeGreaterThan(0);
		// While the export holds its snapshot, a write commits, but its frames cannot all be checkpointed.
		expect((await ingestFiles(store, [file('w1.csv', '指标,期间,数值\nz9,2025-01,1\n')])).files[0]!.errors).toEqual([]);
		expect(walFullyCheckpointed()).toBe(false);
		await reader.cancel();
		expect((await ingestFiles(store, [file('w2.csv', '指标,期间,数值\nz9,2025-02,2\n')])).ok).toBe(true);
		expect(walFullyCheckpointed()).toBe(true);
	});

	it('releases the cursor when the export is dropped before its first piece is read', async () => {
		await tricky();
		// Small pages, so the first indicator's rows leave the cursor open in the middle of the query.
		const pieces = await exportPieces({ ...store, exportRows: (f) => store.exportRows({ ...f, pageSize: 2 }) }, 'json');
		expect((await ingestFiles(store, [file('w1.csv', '指标,期间,数值\nz9,2025-01,1\n')])).files[0]!.errors).toEqual([]);
		expect(walFullyCheckpointed()).toBe(false);
		await pieces.return();
		expect(walFullyCheckpointed()).toBe(true);
	});
});

describe('streamed export: failures', () => {
	it('fails before the response exists when the database cannot be reached (a 503, not a cut-off 200)', async () => {
		const store = createSqliteStore(':memory:');
		try {
			const down: Store = {
				...store,
				exportRows: async function* () {
					throw new StoreError('unavailable', 'down');
				}
			};
			await expect(exportResponse(down, 'csv', [])).rejects.toMatchObject({ code: 'unavailable' });
		} finally {
			await store.close();
		}
	});
});

describe('streamed export (in-memory SQLite, read in keyset pages)', () => {
	it('writes the same bytes as before', async () => {
		const store = createSqliteStore(':memory:');
		try {
			const r = await ingestFiles(store, [file('i.csv', TRICKY_INDICATORS), file('v.csv', TRICKY_VALUES)]);
			expect(r.ok).toBe(true);
			const small: Store = { ...store, exportRows: (f) => store.exportRows({ ...f, pageSize: 3 }) };
			expect(await streamed(small, 'csv')).toBe((await referenceExport(store)).csv);
			expect(await streamed(small, 'json', ['ab'])).toBe((await referenceExport(store, ['ab'])).json);
		} finally {
			await store.close();
		}
	});
});
