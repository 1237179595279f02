// A large revision's changes page by page, on every backend: the pages together are exactly the changes
// (in the order the old one-shot list had them), and the counts per table and per revert outcome are exact.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revertOutcome } from '../src/lib/ingest/diff';
import { openStore } from '../src/lib/server/db/index';
import type { Store } from '../src/lib/server/db/store';
import { ingestFiles } from '../src/lib/server/ingest';
import { revisionDetail } from '../src/lib/server/revisions';
import { tempDir } from './helpers/env';
import { describePostgres, freshDatabase } from './helpers/postgres';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => (tmp = tempDir('ob-revision-pages-')));
afterAll(() => tmp.cleanup());

const csv = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const month = (m: number) => `${1901 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

async function commit(store: Store, name: string, text: string): Promise<number> {
	const r = await ingestFiles(store, [csv(name, text)]);
	expect(r.ok, JSON.stringify(r.files[0]?.errors.slice(0, 3))).toBe(true);
	return r.files[0]!.revision!;
}

/** A revision with 2,300 values and 15 targets (some replacing values, some new, some changed again later), and its revert. */
async function history(store: Store): Promise<{ big: number; revert: number }> {
	await commit(store, 'i.csv', '代码,名称,单位,类型,方向\nx1,甲,人次,flow,up\nx2,乙,人次,flow,up\n');
	await commit(store, 'old.csv', ['指标,期间,数值', ...Array.from({ length: 800 }, (_, m) => `x1,${month(m)},1`)].join('\n'));
	const rows = ['指标,期间,数值,目标值'];
	for (let m = 0; m < 1500; m++) rows.push(`x1,${month(m)},${m + 2},${m % 100 === 0 ? 5 : ''}`);
	for (let m = 0; m < 800; m++) rows.push(`x2,${month(m)},${m + 2},`);
	const big = await commit(store, 'big.csv', rows.join('\n'));
	await commit(store, 'later.csv', ['指标,期间,数值', ...Array.from({ length: 30 }, (_, m) => `x2,${month(m)},9999`)].join('\n'));
	// Before the revert: what it would do, exactly.
	expect((await revisionDetail(store, big))!).toMatchObject({
		counts: { indicators: 0, observations: 2300, targets: 15 },
		outcomes: { restored: 800, withdrawn: 700 + 770 + 15, 'kept-later': 30, unaffected: 0 }
	});
	const revert = (await store.transaction((tx) => tx.revert(big, 'tester', 'r'))).revision.id;
	return { big, revert };
}

function contract(open: () => Promise<{ store: Store; close: () => Promise<void> }>) {
	it('pages a large revision with exact totals; the pages together are the whole list, in order', async () => {
		const { store, close } = await open();
		try {
			const { big, revert } = await history(store);
			for (const id of [big, revert]) {
				const all = await store.revisionChanges(id, 1_000_000);
				const ordered = (['indicators', 'observations', 'targets'] as const).flatMap((t) => all.filter((c) => c.table === t));
				const first = (await revisionDetail(store, id, 1))!;
				expect(first.total).toBe(all.length);
				expect(first.counts).toEqual({ indicators: 0, observations: all.filter((c) => c.table === 'observations').length, targets: all.filter((c) => c.table === 'targets').length });
				const outcomes = { restored: 0, withdrawn: 0, 'kept-later': 0, unaffected: 0 };
				for (const c of all) outcomes[revertOutcome(c)]++;
				expect(first.outcomes).toEqual(outcomes);
				expect(first.pages).toBe(Math.ceil(all.length / first.pageSize));
				const pages = [first];
				for (let p = 2; p <= first.pages; p++) pages.push((await revisionDetail(store, id, p))!);
				expect(pages.flatMap((p) => p.changes.map(({ onRevert: _o, ...c }) => c))).toEqual(ordered);
				expect(pages.slice(0, -1).every((p) => p.changes.length === p.pageSize && p.truncated)).toBe(true);
				// Past the end: no rows, the same counts.
				expect((await revisionDetail(store, id, first.pages + 1))!).toMatchObject({ changes: [], total: all.length });
			}
		} finally {
			await close();
		}
	});
}

describe('revision pages: SQLite', () => {
	let n = 0;
	contract(async () => {
		const store = await openStore(`file:${join(tmp.dir, `lite-${++n}.db`)}`);
		return { store, close: () => store.close() };
	});
});

describePostgres('revision pages: PostgreSQL', () => {
	contract(async () => {
		const db = await freshDatabase();
		const store = await openStore(db.url);
		return { store, close: async () => (await store.close(), await db.drop()) };
	});
});
