// Upgrading a deployment: databases made by main at 57fa600 (before derived rows per indicator) with its
// seed, an upload, a revert of it and another upload, on both backends, open with every revision, value,
// quote and user intact; the export is byte-for-byte what that version exported, and the overview shows
// the same figures as deriving every series would.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overviewCards, toCardView, yearsOf } from '../src/lib/domain/cards';
import { buildAllSeries } from '../src/lib/domain/series';
import { overview } from '../src/lib/server/dashboard';
import { openStore } from '../src/lib/server/db/index';
import type { Store } from '../src/lib/server/db/store';
import { cli, ROOT, tempDir } from './helpers/env';
import { describePostgres, freshDatabase, sql } from './helpers/postgres';

const FIXTURES = join(ROOT, 'tests', 'fixtures');
const EXPORTED = readFileSync(join(FIXTURES, 'main-57fa600.export.json'), 'utf8');
const HISTORY = ['revisions', 'indicators', 'observations', 'targets', 'revision_files', 'users'];

/** What an upgraded store must show: the old history's figures, derived on first use. */
async function checkUpgraded(store: Store) {
	const revisions = (await store.revisions()).sort((x, y) => x.id - y.id);
	expect(revisions.map((r) => [r.id, r.kind, r.reverts, r.revertedBy])).toEqual([
		[1, 'indicators', null, null],
		[2, 'targets', null, null],
		[3, 'observations', null, null],
		[4, 'observations', null, null],
		[5, 'observations', null, null],
		[6, 'observations', null, 7],
		[7, 'revert', 6, null],
		[8, 'observations', null, null]
	]);
	expect(await store.users.byName('Ärger')).toMatchObject({ username: 'Ärger', role: 'analyst' });
	const arrivals = (await store.observations({ indicators: ['tourist-arrivals'] })).find((o) => o.period === '2024-Q2');
	expect(arrivals).toMatchObject({ value: 2_330_000, source: '升级测试:二季度', revision: 8 });
	// Every current indicator is on the overview, with the figures a full derive gives, in every year.
	const series = buildAllSeries(await store.indicators(), await store.observations(), await store.targets());
	const base = { category: null, item: null, q: null, status: null, group: 'category', sort: 'default', page: 1, lang: 'zh-CN', publicOnly: false, userId: null, followedOnly: false } as const;
	for (const year of yearsOf(series)) {
		const o = await overview(store, { ...base, year });
		const want = overviewCards(series, { year, category: null, item: null, sort: 'default' }).map((c) => toCardView(c, null));
		expect(o.total).toBe(want.length);
		expect(o.cards.map((c) => ({ ...c, spark: null })).sort((x, y) => x.code.localeCompare(y.code))).toEqual(want.sort((x, y) => x.code.localeCompare(y.code)));
	}
	const revenue = (await overview(store, { ...base, year: 2024, q: 'tourism-revenue' })).cards[0];
	expect(revenue?.row?.period.key).toBe('2024-Q1'); // the reverted 二季度 value is not current
}

describe('a SQLite database made by main at 57fa600', () => {
	let tmp: ReturnType<typeof tempDir>;
	let path: string;
	let before: Record<string, unknown[]>;
	beforeAll(() => {
		tmp = tempDir('ob-upgrade-');
		path = join(tmp.dir, 'old.sqlite');
		copyFileSync(join(FIXTURES, 'main-57fa600.sqlite'), path);
		const db = new Database(path, { readonly: true });
		before = Object.fromEntries(HISTORY.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
		db.close();
	});
	afterAll(() => tmp.cleanup());

	it('opens with its history intact, and exports exactly what that version exported', async () => {
		const store = await openStore(`file:${path}`);
		try {
			await checkUpgraded(store);
		} finally {
			await store.close();
		}
		const db = new Database(path, { readonly: true });
		try {
			for (const t of HISTORY) {
				const rows = db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all() as Record<string, unknown>[];
				// Columns a later migration adds may be there; every old column keeps its value.
				expect(rows.map((r) => Object.fromEntries(Object.keys((before[t]![0] ?? {}) as object).map((k) => [k, r[k]])))).toEqual(before[t]);
			}
		} finally {
			db.close();
		}
		const out = cli('export', ['--format', 'json'], { DATABASE_URL: `file:${path}` });
		expect(out.status, out.stderr).toBe(0);
		expect(out.stdout).toBe(EXPORTED);
	});
});

describePostgres('a PostgreSQL database made by main at 57fa600', () => {
	let db: Awaited<ReturnType<typeof freshDatabase>>;
	beforeAll(async () => {
		db = await freshDatabase();
		await sql(db.url, readFileSync(join(FIXTURES, 'main-57fa600.pg.sql'), 'utf8'));
	});
	afterAll(async () => db?.drop());

	it('opens with its history intact, and exports exactly what that version exported', async () => {
		const counts = async () => Promise.all(HISTORY.map(async (t) => (await sql<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM ${t}`))[0]!.n));
		const beforeCounts = await counts();
		const store = await openStore(db.url);
		try {
			await checkUpgraded(store);
		} finally {
			await store.close();
		}
		expect(await counts()).toEqual(beforeCounts);
		const out = cli('export', ['--format', 'json'], { DATABASE_URL: db.url });
		expect(out.status, out.stderr).toBe(0);
		expect(out.stdout).toBe(EXPORTED);
	});
});
