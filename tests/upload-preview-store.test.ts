// The paged diff of an upload on both backends: read inside the dry run's transaction (then rolled back),
// exact counts, pages that together list every change once with its line, mixed added and updated rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/lib/server/db/index';
import type { Store } from '../src/lib/server/db/store';
import { ingestFiles } from '../src/lib/server/ingest';
import { PREVIEW_PAGE, withDiffPage } from '../src/lib/server/upload-preview';
import { ingestAs } from '../src/lib/server/uploads';
import { describePostgres, freshDatabase } from './helpers/postgres';

const enc = (s: string) => new TextEncoder().encode(s);
const period = (m: number) => `${2000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

function contract(open: () => Promise<Store>, close: () => Promise<void>) {
	afterAll(close);
	it('pages what a dry run would change, rolls it back, and a commit pages the same', async () => {
		const store = await open();
		const defs = ['code,name_zh,unit,kind,direction', 'a,甲,人次,flow,up', 'b,乙,人次,flow,up'].join('\n');
		const seed = ['指标,期间,数值', ...Array.from({ length: 100 }, (_, m) => `a,${period(m)},${m}`)].join('\n');
		expect((await ingestFiles(store, [{ name: 'd.csv', bytes: enc(defs) }, { name: 's.csv', bytes: enc(seed) }])).ok).toBe(true);
		// a: 100 updated, 50 added; b (no values yet): 200 added. Line of a row = its index + 2.
		const rows = ['指标,期间,数值', ...Array.from({ length: 150 }, (_, m) => `a,${period(m)},${m + 1000}`), ...Array.from({ length: 200 }, (_, m) => `b,${period(m)},${m}`)];
		const file = { name: 'f.csv', bytes: enc(rows.join('\n')) };
		const version = await store.dataVersion();
		const seen: { line: number; state: string; before: number | null; after: number | null }[] = [];
		for (let page = 1; page <= 2; page++) {
			const { report, diff, names } = await withDiffPage(store, page, (s) => ingestAs(s, [file], { dryRun: true }, { actor: 'test' }));
			expect(report.files[0]!.changes).toEqual({ added: 250, updated: 100, unchanged: 0 });
			expect(diff).toMatchObject({ page, pages: 2, pageSize: PREVIEW_PAGE, total: 350, counts: { indicators: 0, observations: 350, targets: 0 } });
			expect(diff.rows.length).toBe(page === 1 ? 200 : 150);
			expect(names.a?.nameZh ?? names.b?.nameZh).toBeDefined();
			seen.push(...diff.rows.map((r) => ({ line: r.line, state: r.state, before: r.before as number | null, after: r.after as number | null })));
		}
		expect(await store.dataVersion()).toBe(version); // rolled back
		expect(new Set(seen.map((r) => r.line))).toEqual(new Set(Array.from({ length: 350 }, (_, i) => i + 2)));
		for (const r of seen) {
			const m = r.line - 2;
			if (m < 100) expect(r).toMatchObject({ state: 'updated', before: m, after: m + 1000 });
			else expect(r).toMatchObject({ state: 'added', before: null, after: m < 150 ? m + 1000 : m - 150 });
		}
		const committed = await withDiffPage(store, 2, (s) => ingestAs(s, [file], {}, { actor: 'test' }));
		// (PostgreSQL's sequence does not roll back: the id is not necessarily version + 1.)
		expect(committed.report.files[0]!.revision).toBeGreaterThan(version);
		expect(committed.diff).toMatchObject({ page: 2, total: 350 });
		expect(committed.diff.rows.map((r) => r.line)).toEqual(seen.slice(200).map((r) => r.line));
	});
}

describe('paged upload diff: SQLite file', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ob-preview-'));
	let store: Store | null = null;
	contract(
		async () => (store = await openStore(`file:${join(dir, 'p.db')}`)),
		async () => {
			await store?.close();
			rmSync(dir, { recursive: true, force: true });
		}
	);
});

describePostgres('paged upload diff: PostgreSQL', () => {
	let db: Awaited<ReturnType<typeof freshDatabase>> | null = null;
	let store: Store | null = null;
	contract(
		async () => {
			db = await freshDatabase();
			return (store = await openStore(db.url));
		},
		async () => {
			await store?.close();
			await db?.drop();
		}
	);
});
