// The streamed export on every backend: the same bytes as the whole-array export it replaced, one
// snapshot, and a cursor that is given back when a reader stops early (so nothing is left holding a
// connection or a transaction). And a revision's stored file, read in slices on PostgreSQL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/lib/server/db/index';
import type { Store } from '../src/lib/server/db/store';
import { exportPieces } from '../src/lib/server/export';
import { loadTricky, referenceExport, streamed } from '../src/lib/server/export-fixtures';
import { ingestFiles } from '../src/lib/server/ingest';
import { revisionFileResponse } from '../src/lib/server/revision-file';
import { DEMO_FILES, SEED_FILES } from '../src/lib/server/seed';
import { ROOT, tempDir } from './helpers/env';
import { describePostgres, freshDatabase, sql } from './helpers/postgres';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => (tmp = tempDir('ob-export-stream-')));
afterAll(() => tmp.cleanup());

const seedFiles = () => [...SEED_FILES, ...DEMO_FILES].map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(ROOT, 'data', name))) }));
const csv = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

async function sameAsReference(store: Store): Promise<void> {
	for (const filter of [undefined, ['ab'], ['tourist-arrivals', 'a-b', 'z9'], ['no-such-code']]) {
		const ref = await referenceExport(store, filter);
		expect(await streamed(store, 'csv', filter), String(filter)).toBe(ref.csv);
		expect(await streamed(store, 'json', filter), String(filter)).toBe(ref.json);
	}
	// Pages that split an indicator's rows give the same file.
	const small: Store = { ...store, exportRows: (f) => store.exportRows({ ...f, pageSize: 3 }) };
	expect(await streamed(small, 'csv')).toBe((await referenceExport(store)).csv);
}

describe('streamed export: SQLite', () => {
	it('writes the seed and the tricky set byte for byte as before', async () => {
		const store = await openStore(`file:${join(tmp.dir, 'lite.db')}`);
		try {
			expect((await ingestFiles(store, seedFiles())).ok).toBe(true);
			await loadTricky(store);
			await sameAsReference(store);
		} finally {
			await store.close();
		}
	});
});

describePostgres('streamed export: PostgreSQL', () => {
	let db: Awaited<ReturnType<typeof freshDatabase>>;
	let store: Store;
	beforeAll(async () => {
		db = await freshDatabase();
		// Two connections: an export that kept its connection would soon leave none for anything else.
		store = await openStore(db.url, { poolSize: 2 });
		expect((await ingestFiles(store, seedFiles())).ok).toBe(true);
		await loadTricky(store);
	});
	afterAll(async () => {
		await store?.close();
		await db?.drop();
	});

	it('writes the seed and the tricky set byte for byte as before, in the same order as SQLite', async () => {
		await sameAsReference(store);
		const lite = await openStore(`file:${join(tmp.dir, 'twin.db')}`);
		try {
			expect((await ingestFiles(lite, seedFiles())).ok).toBe(true);
			await loadTricky(lite);
			expect(await streamed(store, 'csv')).toBe(await streamed(lite, 'csv'));
		} finally {
			await lite.close();
		}
	});

	it('reads one snapshot: a commit during the export is not in it', async () => {
		const small: Store = { ...store, exportRows: (f) => store.exportRows({ ...f, pageSize: 2 }) };
		const pieces = await exportPieces(small, 'csv');
		expect((await ingestFiles(store, [csv('late.csv', '指标,期间,数值\nz9,2025-01,7\n')])).ok).toBe(true);
		let text = '';
		for await (const piece of pieces) text += piece;
		expect(text).not.toContain('z9,2025-01,');
		expect(await streamed(store, 'csv')).toContain('z9,2025-01,7,');
	});

	it('gives its connection back, with no transaction left open, when the reader stops early', async () => {
		const small: Store = { ...store, exportRows: (f) => store.exportRows({ ...f, pageSize: 2 }) };
		// More abandoned exports than the pool has connections: each must have returned its own.
		for (let i = 0; i < 5; i++) {
			const pieces = await exportPieces(small, i % 2 ? 'json' : 'csv');
			if (i > 1) await pieces.next();
			await pieces.return();
		}
		expect((await store.indicators()).length).toBeGreaterThan(0);
		const open = await sql<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`);
		expect(open[0]!.n).toBe(0);
	});

	it('reads a revision’s stored file in slices, and its download is the exact upload', async () => {
		const lines = ['指标,期间,数值,备注'];
		for (let m = 0; m < 2400; m++) lines.push(`tourist-arrivals,${1901 + Math.floor(m / 12)}年${(m % 12) + 1}月,${m + 1},第${m}行:${'说明'.repeat(10)}`);
		const bytes = new TextEncoder().encode(lines.join('\r\n'));
		const report = await ingestFiles(store, [{ name: 'large.csv', bytes }]);
		expect(report.ok).toBe(true);
		const id = report.files[0]!.revision!;
		const file = (await store.revisionFile(id, 1000))!;
		expect(file.compression).toBe('gzip');
		const parts: Uint8Array[] = [];
		for await (const part of file.chunks) parts.push(part);
		expect(parts.length).toBe(Math.ceil(file.storedSize / 1000));
		expect(gunzipSync(Buffer.concat(parts)).equals(Buffer.from(bytes))).toBe(true);
		const res = (await revisionFileResponse(store, id))!;
		expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
		expect(await store.revisionFile(99_999)).toBeNull();
	});
});
