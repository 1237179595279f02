// The repository contract: what every Store backend guarantees, run against SQLite always and against
// PostgreSQL when TEST_DATABASE_URL names a server (CI starts one). The same test bodies run on both, so
// a behaviour the app relies on cannot differ between the embedded file and the shared server.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openStore } from '../src/lib/server/db/index';
import { PG_MIGRATIONS } from '../src/lib/server/db/postgres/migrations';
import { toPgPlaceholders } from '../src/lib/server/db/sql';
import { APPLICATION_ID, SQLITE_MIGRATIONS } from '../src/lib/server/db/sqlite/migrations';
import { StoreError, type Revision, type Store } from '../src/lib/server/db/store';
import { exportRows, toCsv } from '../src/lib/server/export';
import { ingestFiles, type IngestFile } from '../src/lib/server/ingest';
import { DEMO_FILES, SEED_FILES } from '../src/lib/server/seed';
import { ROOT, tempDir } from './helpers/env';
import { describePostgres, freshDatabase, sql, TEST_DATABASE_URL } from './helpers/postgres';

const HISTORY_TABLES = ['revisions', 'revision_files', 'indicators', 'observations', 'targets'] as const;

interface Backend {
	name: 'sqlite' | 'postgres';
	/** A new, empty database. */
	fresh(): Promise<{ url: string; drop: () => Promise<void> }>;
	/** Raw row counts of the history tables, looked up behind the Store's back. */
	counts(url: string): Promise<Record<(typeof HISTORY_TABLES)[number], number>>;
	/** Puts a table of another application into an empty database. */
	foreign(url: string): Promise<void>;
	/** Makes an empty database one of schema version 4 (before users.name_key) holding these users, in order. */
	usersAtVersion4(url: string, names: string[]): Promise<void>;
}

const LEGACY_USER = "INSERT INTO users (username, role, password_hash, created_at, updated_at) VALUES (?, 'viewer', 'h', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')";

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => (tmp = tempDir('ob-contract-')));
afterAll(() => tmp.cleanup());
let n = 0;

const sqlite: Backend = {
	name: 'sqlite',
	fresh: async () => ({ url: `file:${join(tmp.dir, `store-${++n}.db`)}`, drop: async () => undefined }),
	async counts(url) {
		const db = new Database(url.slice('file:'.length), { readonly: true });
		try {
			return Object.fromEntries(HISTORY_TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n])) as never;
		} finally {
			db.close();
		}
	},
	async foreign(url) {
		const db = new Database(url.slice('file:'.length));
		db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
		db.close();
	},
	async usersAtVersion4(url, names) {
		const db = new Database(url.slice('file:'.length));
		for (const m of SQLITE_MIGRATIONS.slice(0, 4)) db.exec(m);
		db.pragma('user_version = 4');
		db.pragma(`application_id = ${APPLICATION_ID}`);
		for (const name of names) db.prepare(LEGACY_USER).run(name);
		db.close();
	}
};

const postgres: Backend = {
	name: 'postgres',
	fresh: () => freshDatabase(),
	async counts(url) {
		const [row] = await sql(url, `SELECT ${HISTORY_TABLES.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`);
		return row as never;
	},
	async foreign(url) {
		await sql(url, 'CREATE TABLE invoices (id serial PRIMARY KEY, total numeric)');
	},
	async usersAtVersion4(url, names) {
		for (const m of PG_MIGRATIONS.slice(0, 4)) await sql(url, m);
		await sql(url, 'UPDATE outcome_board_schema SET version = 4');
		for (const name of names) await sql(url, toPgPlaceholders(LEGACY_USER), [name]);
	}
};

const seedFiles = (names = [...SEED_FILES, ...DEMO_FILES]): IngestFile[] =>
	names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(ROOT, 'data', name))) }));
const csv = (name: string, text: string): IngestFile => ({ name, bytes: new TextEncoder().encode(text) });
const rejection = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);
/** Revisions without what differs by nature between two runs (the clock and the random batch id). */
const comparable = (rs: Revision[]) => rs.map(({ createdAt: _c, batch: _b, ...r }) => r);

function contract(backend: Backend) {
	/** A fresh database opened as a store, closed and dropped after `fn`. */
	async function withStore<T>(fn: (store: Store, url: string) => Promise<T>): Promise<T> {
		const db = await backend.fresh();
		const store = await openStore(db.url);
		try {
			return await fn(store, db.url);
		} finally {
			await store.close();
			await db.drop();
		}
	}

	it('creates its schema on first open; opening again migrates nothing and keeps the data', async () => {
		const db = await backend.fresh();
		try {
			const first = await openStore(db.url);
			expect(first.backend).toBe(backend.name);
			expect(await first.dataVersion()).toBe(0);
			expect([await first.indicators(), await first.observations(), await first.targets(), await first.revisions()]).toEqual([[], [], [], []]);
			expect((await ingestFiles(first, seedFiles(['indicators.csv']))).ok).toBe(true);
			await first.close();
			const again = await openStore(db.url);
			expect(await again.dataVersion()).toBe(1);
			expect(await again.indicators()).toHaveLength(27);
			await again.close();
		} finally {
			await db.drop();
		}
	});

	it("refuses a database that holds another application's tables, and leaves it as it was", async () => {
		const db = await backend.fresh();
		try {
			await backend.foreign(db.url);
			const e = await rejection(openStore(db.url));
			expect(e).toBeInstanceOf(StoreError);
			expect((e as StoreError).code).toBe('not_ours');
			expect((e as StoreError).message).toMatch(/拒绝修改.*refusing to change it/);
			await expect(backend.counts(db.url)).rejects.toThrow(); // none of our tables was created
		} finally {
			await db.drop();
		}
	});

	it('keeps the seed: indicators in first-defined order, exact values, targets, and each file’s bytes', async () => {
		await withStore(async (store) => {
			const files = seedFiles();
			const report = await ingestFiles(store, files, { user: 'seed' });
			expect(report.ok).toBe(true);
			expect(report.files.map((f) => f.revision)).toEqual([1, 2, 3, 4, 5]);
			expect(await store.dataVersion()).toBe(5);
			const indicators = await store.indicators();
			expect(indicators.slice(0, 2).map((i) => i.code)).toEqual(['tourist-arrivals', 'tourism-revenue']);
			expect(indicators[0]).toEqual({
				code: 'tourist-arrivals',
				nameZh: '旅游接待人次',
				nameEn: 'Tourist arrivals',
				unit: '人次',
				kind: 'flow',
				direction: 'up',
				category: 'tourism',
				item: 6,
				description: '全市旅游接待人次(含节假日)'
			});
			const q1 = (await store.observations({ indicators: ['tourist-arrivals'] })).find((o) => o.period === '2024-Q1');
			expect(q1).toMatchObject({ value: 2_100_000, yoyReported: 37.5, yoyDecimals: 1, provenance: 'reported', revision: 3 });
			expect(q1!.source).toMatch(/^太仓市文体广旅局党组巡察整改进展情况通报/);
			const observations = await store.observations();
			expect(observations.length).toBe(59);
			// Sorted by indicator then period, by code point (the same on both backends whatever the server's locale).
			const keys = observations.map((o) => `${o.indicator}\u0000${o.period}`);
			expect(keys).toEqual([...keys].sort());
			expect(new Set(observations.map((o) => o.indicator))).toEqual(new Set((await store.observations({ indicators: indicators.map((i) => i.code) })).map((o) => o.indicator)));
			expect((await store.targets()).find((t) => t.indicator === 'key-projects')).toMatchObject({ period: '2024', value: 53, basis: '年度计划', deadline: '2024年12月底', revision: 2 });
			const revisions = await store.revisions();
			expect(revisions.map((r) => r.id)).toEqual([5, 4, 3, 2, 1]);
			expect(revisions[4]).toMatchObject({ kind: 'indicators', fileName: 'indicators.csv', user: 'seed', size: files[0]!.bytes.byteLength, added: 27, reverts: null, revertedBy: null });
			expect(new Date(revisions[4]!.createdAt).toISOString()).toBe(revisions[4]!.createdAt);
			expect(await store.revision(3)).toEqual(revisions[2]);
			expect(await store.revision(99)).toBeNull();
			expect(Buffer.from((await store.revisionContent(3))!).equals(Buffer.from(files[2]!.bytes))).toBe(true);
			expect(await store.revisionContent(99)).toBeNull();
		});
	});

	it('stores numbers and text exactly: decimals, large and small values, quotes, backslashes, line breaks, emoji', async () => {
		await withStore(async (store) => {
			expect((await ingestFiles(store, seedFiles(['indicators.csv']))).ok).toBe(true);
			const values = ['0.1', '0.30000000000000004', '123456789.123456', '1e-7', '9007199254740993', '-3.25', '2.5亿元', '近百万'];
			const note = 'a ""quoted"" \\ back\\slash, 逗号,\n第二行 😀 \t tab';
			const text = ['指标,期间,数值,备注', ...values.map((v, i) => `tourism-revenue,${2001 + i}年,${v.includes('亿') || v.includes('万') ? v : v},"${note}"`)].join('\n');
			const report = await ingestFiles(store, [csv('exact.csv', text)]);
			expect(report.ok, JSON.stringify(report.files[0]?.errors)).toBe(true);
			const stored = await store.observations({ indicators: ['tourism-revenue'] });
			const byYear = new Map(stored.map((o) => [o.period, o]));
			expect([2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008].map((y) => byYear.get(String(y))?.value)).toEqual([
				0.1, 0.30000000000000004, 123456789.123456, 1e-7, 9007199254740992, -3.25, 250_000_000, 1_000_000
			]);
			expect(byYear.get('2001')!.note).toBe('a "quoted" \\ back\\slash, 逗号,\n第二行 😀 \t tab');
			expect(byYear.get('2008')!.qualifier).toBe('近');
			// Ingesting the same text again finds every value unchanged (exact equality in the database).
			const again = await ingestFiles(store, [csv('exact.csv', text)]);
			expect(again.files[0]!.changes).toEqual({ added: 0, updated: 0, unchanged: 8 });
			expect(again.files[0]!.revision).toBeNull();
		});
	});

	it('keeps notes and sources exactly: tab, newline, CR, backslash, quotes, \\N, Chinese; first upload, re-upload, change, targets', async () => {
		// PostgreSQL stages rows as COPY text, where tab, newline, CR and backslash are syntax and \N is NULL.
		const texts = [
			'tab\there, line\nbreak, cr\rreturn, crlf\r\nend',
			'back\\slash \\t \\n not escapes',
			'\\N',
			'\\\\N',
			'\\.',
			'ends with a backslash \\',
			'"quoted", comma, ""double""',
			'巡察整改进展情况通报,二(六):“加快推进”\t第3期\r\n表2',
			'',
			'two  spaces,\t\ttwo tabs' // (the reader trims a cell's ends; inside, blanks stay)
		];
		const cell = (v: string) => `"${v.replaceAll('"', '""')}"`;
		const observations = (noteOf: (i: number) => string) =>
			csv(
				'texts.csv',
				['指标,期间,数值,目标值,来源,备注', ...texts.map((t, i) => [`tourism-revenue`, `${2001 + i}年`, `${i + 1}`, i % 2 ? `${i + 5}` : '', cell(t), cell(noteOf(i))].join(','))].join('\n')
			);
		const reversed = (i: number) => texts[texts.length - 1 - i]!;
		const expectStored = async (noteOf: (i: number) => string) => {
			const stored = new Map((await store.observations({ indicators: ['tourism-revenue'] })).map((o) => [o.period, o]));
			expect(texts.map((_, i) => stored.get(String(2001 + i))?.source)).toEqual(texts);
			expect(texts.map((_, i) => stored.get(String(2001 + i))?.note)).toEqual(texts.map((_, i) => noteOf(i)));
		};
		let store!: Store;
		await withStore(async (s) => {
			store = s;
			expect((await ingestFiles(store, seedFiles(['indicators.csv']))).ok).toBe(true);
			// First upload (nothing current yet), read on the worker thread as a large file is.
			const first = await ingestFiles(store, [observations(reversed)], { workerMinBytes: 0 });
			expect(first.ok, JSON.stringify(first.files[0]?.errors)).toBe(true);
			expect(first.files[0]!.changes).toEqual({ added: texts.length, updated: 0, unchanged: 0 });
			await expectStored(reversed);
			// The same text again: every row compares equal to what is stored.
			const again = await ingestFiles(store, [observations(reversed)]);
			expect(again.files[0]!.changes).toEqual({ added: 0, updated: 0, unchanged: texts.length });
			expect(again.files[0]!.revision).toBeNull();
			// Notes moved to other rows (none keeps its own): each row changes; the preview lists them in file order.
			const shifted = (i: number) => texts[(i + 2) % texts.length]!;
			const changed = await ingestFiles(store, [observations(shifted)], { diffLimit: 100 });
			expect(changed.files[0]!.changes).toEqual({ added: 0, updated: texts.length, unchanged: 0 });
			const lines = changed.files[0]!.diff!.rows.filter((r) => r.table === 'observations').map((r) => r.line);
			expect(lines).toHaveLength(texts.length);
			expect(lines).toEqual([...lines].sort((a, b) => a - b)); // physical lines: quoted line breaks count
			await expectStored(shifted);
			// A targets file: its source and note go through the target columns of the stage.
			const targets = csv('targets.csv', ['指标,期间,目标值,依据,来源,备注', ...texts.map((t, i) => [`tourist-arrivals`, `${2001 + i}年`, `${i + 1}`, cell(t), cell(t), cell(reversed(i))].join(','))].join('\n'));
			const t = await ingestFiles(store, [targets]);
			expect(t.ok, JSON.stringify(t.files[0]?.errors)).toBe(true);
			const storedTargets = new Map((await store.targets({ indicators: ['tourist-arrivals'] })).map((x) => [x.period, x]));
			expect(texts.map((_, i) => storedTargets.get(String(2001 + i))?.basis)).toEqual(texts);
			expect(texts.map((_, i) => storedTargets.get(String(2001 + i))?.source)).toEqual(texts);
			expect(texts.map((_, i) => storedTargets.get(String(2001 + i))?.note)).toEqual(texts.map((_, i) => reversed(i)));
			expect((await ingestFiles(store, [targets])).files[0]!.changes).toEqual({ added: 0, updated: 0, unchanged: texts.length });
		});
	});

	it('gives back a large upload byte for byte (kept gzipped in the database)', async () => {
		await withStore(async (store) => {
			expect((await ingestFiles(store, seedFiles(['indicators.csv']))).ok).toBe(true);
			const lines = ['指标,期间,数值,备注'];
			for (let m = 0; m < 2400; m++) lines.push(`tourist-arrivals,${1901 + Math.floor(m / 12)}年${(m % 12) + 1}月,${m * 7 + 1},第${m}行的说明文字`);
			const file = csv('large.csv', lines.join('\r\n'));
			expect(file.bytes.byteLength).toBeGreaterThan(64 * 1024);
			const report = await ingestFiles(store, [file]);
			expect(report.ok).toBe(true);
			const back = await store.revisionContent(report.files[0]!.revision!);
			expect(Buffer.from(back!).equals(Buffer.from(file.bytes))).toBe(true);
			expect((await store.revision(report.files[0]!.revision!))!.size).toBe(file.bytes.byteLength);
		});
	});

	it('commits several files all or nothing: an error in the last file leaves no trace of the first', async () => {
		await withStore(async (store, url) => {
			expect((await ingestFiles(store, seedFiles())).ok).toBe(true);
			const before = { version: await store.dataVersion(), csv: toCsv(await exportRows(store)), counts: await backend.counts(url) };
			const report = await ingestFiles(store, [
				csv('new-indicator.csv', '代码,名称,单位,类型,方向\nmuseum-visits,博物馆参观人次,人次,flow,up\n'),
				csv('good.csv', '指标,期间,数值\nmuseum-visits,2024年一季度,12万\ntourist-arrivals,2024年一季度,220万\n'),
				csv('bad.csv', '指标,期间,数值\ntourist-arrivals,2024年二季度,abc\n')
			]);
			expect(report.ok).toBe(false);
			expect(report.files.map((f) => f.revision)).toEqual([null, null, null]);
			expect(report.files[1]!.changes).toEqual({ added: 1, updated: 1, unchanged: 0 }); // what a commit would have done
			expect(await store.dataVersion()).toBe(before.version);
			expect(toCsv(await exportRows(store))).toBe(before.csv);
			expect(await backend.counts(url)).toEqual(before.counts);
			expect((await store.indicators()).some((i) => i.code === 'museum-visits')).toBe(false);
		});
	});

	it('rolls back a transaction whose reader throws while rows are being staged, and works on', async () => {
		await withStore(async (store, url) => {
			expect((await ingestFiles(store, seedFiles(['indicators.csv']))).ok).toBe(true);
			const before = await backend.counts(url);
			const row = (m: number) =>
				({ kind: 'observations', record: { line: m + 2, indicator: 'tourist-arrivals', period: `${1000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`, value: m, qualifier: null, provenance: 'reported', yoyReported: null, yoyDecimals: null, source: '', note: '', target: null, targetQualifier: null } }) as never;
			const e = await rejection(
				store.transaction(async (tx) => {
					const stage = await tx.stage();
					for (let m = 0; m < 40_000; m++) stage.add(row(m)); // enough for rows to be on their way (PostgreSQL: COPY)
					throw new Error('reader failed');
				})
			);
			expect((e as Error).message).toBe('reader failed');
			expect(await backend.counts(url)).toEqual(before);
			const after = await ingestFiles(store, [csv('o.csv', '指标,期间,数值\ntourist-arrivals,2024年一季度,1\n')]);
			expect(after.files[0]!.changes).toEqual({ added: 1, updated: 0, unchanged: 0 });
		});
	});

	it('rolls back a transaction that throws half-way, and a dry run, leaving nothing behind', async () => {
		await withStore(async (store, url) => {
			expect((await ingestFiles(store, seedFiles(['indicators.csv']))).ok).toBe(true);
			const before = await backend.counts(url);
			const e = await rejection(
				store.transaction(async (tx) => {
					// As ingestFiles does it: stage, diff, create the revision, apply; then fail.
					const stage = await tx.stage();
					const file = csv('x.csv', '指标,期间,数值\ntourist-arrivals,2024年一季度,1\n');
					stage.add({ kind: 'observations', record: { line: 2, indicator: 'tourist-arrivals', period: '2024-Q1', value: 1, qualifier: null, provenance: 'reported', yoyReported: null, yoyDecimals: null, source: '', note: '', target: null, targetQualifier: null } } as never);
					await stage.flush();
					expect(await stage.diff('observations')).toEqual({ added: 1, updated: 0, unchanged: 0 });
					const rev = await tx.createRevision({ batch: 'b', kind: 'observations', fileName: 'x.csv', sha256: 'x', encoding: 'utf-8', size: file.bytes.byteLength, stored: { bytes: file.bytes, gzip: false }, user: null, rows: 1, added: 1, updated: 0, unchanged: 0 });
					await stage.apply(rev);
					throw new Error('boom');
				})
			);
			expect((e as Error).message).toBe('boom');
			expect(await backend.counts(url)).toEqual(before);
			const dry = await ingestFiles(store, seedFiles(['targets.csv', 'observations.csv']), { dryRun: true });
			expect(dry.ok).toBe(true);
			expect(dry.files.map((f) => f.changes.added)).toEqual([4, 24]);
			expect(dry.files.map((f) => f.revision)).toEqual([null, null]);
			expect(await backend.counts(url)).toEqual(before);
			expect(await store.dataVersion()).toBe(1);
			// The store still works after both.
			expect((await ingestFiles(store, seedFiles(['targets.csv']))).files[0]!.revision).toBeGreaterThan(1);
		});
	});

	it('keeps history append-only: an update supersedes, a revert restores by copying, nothing is ever deleted', async () => {
		await withStore(async (store, url) => {
			expect((await ingestFiles(store, seedFiles())).ok).toBe(true);
			const seeded = toCsv(await exportRows(store));
			const c0 = await backend.counts(url);
			const same = await ingestFiles(store, seedFiles(['observations.csv']));
			expect(same.files[0]!.changes).toMatchObject({ added: 0, updated: 0 });
			expect(same.files[0]!.revision).toBeNull();
			const up = await ingestFiles(store, [csv('up.csv', '指标,期间,数值,目标值\ntourist-arrivals,2024年一季度,215万,230万\ntourism-revenue,2030年一季度,3亿元,\n')]);
			expect(up.ok, JSON.stringify(up.files[0]?.errors)).toBe(true);
			const rev = up.files[0]!.revision!;
			const c1 = await backend.counts(url);
			expect([c1.observations, c1.targets]).toEqual([c0.observations + 2, c0.targets + 1]); // one new version, one new value, one new target
			expect((await store.observations({ indicators: ['tourist-arrivals'] })).find((o) => o.period === '2024-Q1')).toMatchObject({ value: 2_150_000, revision: rev });
			const result = await store.transaction((tx) => tx.revert(rev, 'tester', 'revert-batch'));
			expect(result).toMatchObject({ restored: 1, withdrawn: 3, keptLater: 0 });
			expect(result.revision).toMatchObject({ kind: 'revert', reverts: rev, user: 'tester', rows: 3, added: 1 });
			expect((await store.revision(rev))!.revertedBy).toBe(result.revision.id);
			expect(toCsv(await exportRows(store)).replace(/,\d+\r?$/gm, '')).toBe(seeded.replace(/,\d+\r?$/gm, ''));
			const c2 = await backend.counts(url);
			for (const t of HISTORY_TABLES) expect(c2[t]).toBeGreaterThanOrEqual(c1[t]);
			expect(c2.observations).toBe(c1.observations + 1); // the restored value is a new copy
			const again = await rejection(store.transaction((tx) => tx.revert(rev, null, 'b')));
			expect([(again as StoreError).code, (again as StoreError).message]).toEqual(['already_reverted', expect.stringMatching(/已被修订.*already reverted/)]);
			const missing = await rejection(store.transaction((tx) => tx.revert(9999, null, 'b')));
			expect((missing as StoreError).code).toBe('not_found');
			expect(await backend.counts(url)).toEqual(c2);
		});
	});

	it('reverts exactly: a value changed again later is kept and counted, a definition comes back in its first-defined place', async () => {
		await withStore(async (store) => {
			expect((await ingestFiles(store, seedFiles())).ok).toBe(true);
			const order = (await store.indicators()).map((i) => i.code);
			const original = (await store.indicators()).find((i) => i.code === 'tourist-arrivals')!;
			const def = await ingestFiles(store, [csv('def.csv', '代码,名称,英文名称,单位,类型,方向,类别,整改事项,说明\ntourist-arrivals,旅游接待人次,Tourist arrivals,人次,flow,up,tourism,6,改过的说明\n')]);
			expect(def.ok, JSON.stringify(def.files[0]?.errors)).toBe(true);
			const v1 = await ingestFiles(store, [csv('v1.csv', '指标,期间,数值\ntourist-arrivals,2024年一季度,215万\ntourism-revenue,2030年一季度,3亿元\n')]);
			const v2 = await ingestFiles(store, [csv('v2.csv', '指标,期间,数值\ntourist-arrivals,2024年一季度,216万\n')]);
			expect([v1.ok, v2.ok]).toEqual([true, true]);
			const values = await store.transaction((tx) => tx.revert(v1.files[0]!.revision!, null, 'r1'));
			expect(values).toMatchObject({ restored: 0, withdrawn: 1, keptLater: 1 });
			const current = await store.observations({ indicators: ['tourist-arrivals', 'tourism-revenue'] });
			expect(current.find((o) => o.indicator === 'tourist-arrivals' && o.period === '2024-Q1')?.value).toBe(2_160_000);
			expect(current.some((o) => o.indicator === 'tourism-revenue' && o.period === '2030-Q1')).toBe(false);
			const defs = await store.transaction((tx) => tx.revert(def.files[0]!.revision!, null, 'r2'));
			expect(defs).toMatchObject({ restored: 1, withdrawn: 1, keptLater: 0 });
			expect((await store.indicators()).find((i) => i.code === 'tourist-arrivals')).toEqual(original);
			expect((await store.indicators()).map((i) => i.code)).toEqual(order);
		});
	});

	it('reads all current values as one snapshot, in order, even when an upload commits during the read', async () => {
		await withStore(async (store) => {
			// 30 indicators × 1 000 months: many pages for a backend that reads a large table in pages.
			const codes = Array.from({ length: 30 }, (_, i) => `s${String(i).padStart(2, '0')}`);
			const months = Array.from({ length: 1000 }, (_, m) => `${1900 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
			const values = (bump: number) => codes.flatMap((c, i) => months.map((p, m) => `${c},${p},${i * 1000 + m + bump}`)).join('\n');
			const defs = csv('i.csv', `代码,名称,单位,类型,方向\n${codes.map((c) => `${c},${c},人次,flow,up`).join('\n')}\n`);
			expect((await ingestFiles(store, [defs, csv('o.csv', `指标,期间,数值\n${values(0)}\n`)])).ok).toBe(true);
			const before = await store.observations();
			expect(before).toHaveLength(30_000);
			expect(before.map((o) => `${o.indicator}|${o.period}`)).toEqual(codes.flatMap((c) => months.map((p) => `${c}|${p}`)));
			expect(before.map((o) => o.value)).toEqual(codes.flatMap((_, i) => months.map((_, m) => i * 1000 + m)));
			// Every value changes; the read starts first and the commit lands while it is under way.
			const reading = store.observations();
			const update = ingestFiles(store, [csv('o2.csv', `指标,期间,数值\n${values(1)}\n`)]);
			const [during, updated] = await Promise.all([reading, update]);
			expect(updated.ok).toBe(true);
			const after = await store.observations();
			expect(after.map((o) => o.value)).toEqual(before.map((o) => o.value + 1));
			// Either wholly before or wholly after the commit, never some pages of each.
			const stamp = (os: typeof before) => os.map((o) => `${o.indicator}|${o.period}|${o.value}|${o.revision}`).join('\n');
			expect([stamp(before), stamp(after)]).toContain(stamp(during));
		});
	});

	it('lists a file’s row changes before commit (line, old → new) and a revision’s changes with what it replaced', async () => {
		await withStore(async (store) => {
			await ingestFiles(store, [csv('i.csv', '代码,名称,单位,类型,方向\na,甲,人次,flow,up\n'), csv('o.csv', '指标,期间,数值\na,2023Q1,100\na,2024Q1,120\n')]);
			const file = csv('u.csv', '指标,期间,数值,目标值\na,2023Q1,100,\na,2024Q1,150,\na,2024Q2,90,200\n');
			const dry = await ingestFiles(store, [file], { dryRun: true, diffLimit: 10 });
			expect(dry.files[0]!.diff!.rows).toEqual([
				{ table: 'observations', line: 3, indicator: 'a', period: '2024-Q1', state: 'updated', before: 120, after: 150, yoy: 0.5 },
				{ table: 'observations', line: 4, indicator: 'a', period: '2024-Q2', state: 'added', before: null, after: 90, yoy: null },
				{ table: 'targets', line: 4, indicator: 'a', period: '2024-Q2', state: 'added', before: null, after: 200 }
			]);
			const id = (await ingestFiles(store, [file])).files[0]!.revision!;
			expect(await store.revisionChanges(id, 10)).toEqual([
				{ table: 'observations', indicator: 'a', period: '2024-Q1', before: 120, after: 150, current: true },
				{ table: 'observations', indicator: 'a', period: '2024-Q2', before: null, after: 90, current: true },
				{ table: 'targets', indicator: 'a', period: '2024-Q2', before: null, after: 200, current: true }
			]);
			const back = await store.transaction((tx) => tx.revert(id, null, 'b'));
			expect((await store.revisionChanges(back.revision.id, 10)).map((c) => [c.table, c.period, c.before, c.after])).toEqual([
				['observations', '2024-Q1', 150, 120],
				['observations', '2024-Q2', 90, null],
				['targets', '2024-Q2', 200, null]
			]);
			expect((await store.revisionChanges(1, 10))[0]).toMatchObject({ table: 'indicators', indicator: 'a', before: null, after: { nameZh: '甲' }, current: true });
		});
	});

	it('creates a server secret once: every store on the database gets the same bytes, whoever asks first', async () => {
		const db = await backend.fresh();
		const [a, b] = [await openStore(db.url), await openStore(db.url)];
		try {
			const key = (byte: number) => () => new Uint8Array(32).fill(byte);
			const [x, y] = await Promise.all([a.secret('embed-hmac', key(1)), b.secret('embed-hmac', key(2))]);
			expect(Buffer.from(x).equals(Buffer.from(y))).toBe(true);
			expect(x).toHaveLength(32);
			expect(Buffer.from(await a.secret('embed-hmac', key(3))).equals(Buffer.from(x))).toBe(true);
			expect(Buffer.from(await b.secret('other', key(4)))).toEqual(Buffer.alloc(32, 4));
		} finally {
			await a.close();
			await b.close();
			await db.drop();
		}
	});

	it('keeps embed links (newest first, per indicator), revokes each once and never deletes; public flags', async () => {
		await withStore(async (store) => {
			const link = (id: string, indicator: string) => ({ id, indicator, path: `/embed/${indicator}`, query: `e=1&id=${id}`, expiresAt: '2030-01-01T00:00:00.000Z', createdBy: 'ana' });
			const first = await store.createEmbedLink({ ...link('l1', 'tourist-arrivals'), note: '简报' });
			expect(first).toMatchObject({ id: 'l1', indicator: 'tourist-arrivals', note: '简报', createdBy: 'ana', revokedAt: null, revokedBy: null, expiresAt: '2030-01-01T00:00:00.000Z' });
			expect(new Date(first.createdAt).toISOString()).toBe(first.createdAt);
			await store.createEmbedLink(link('l2', 'tourism-revenue'));
			await store.createEmbedLink(link('l3', 'tourist-arrivals'));
			expect((await store.embedLinks()).map((l) => l.id)).toEqual(['l3', 'l2', 'l1']);
			expect((await store.embedLinks({ indicator: 'tourist-arrivals' })).map((l) => l.id)).toEqual(['l3', 'l1']);
			expect(await store.embedLink('nope')).toBeNull();
			expect(await store.revokeEmbedLink('l1', 'admin')).toBe(true);
			expect(await store.revokeEmbedLink('l1', 'admin')).toBe(false);
			expect(await store.revokeEmbedLink('nope', 'admin')).toBe(false);
			expect(await store.embedLink('l1')).toMatchObject({ revokedBy: 'admin', revokedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
			expect(await store.embedLinks()).toHaveLength(3);
			expect(await rejection(store.createEmbedLink(link('l2', 'x')))).toBeInstanceOf(Error); // ids are unique

			expect(await store.publicIndicators()).toEqual([]);
			await store.setIndicatorPublic('tourist-arrivals', true, 'admin');
			await store.setIndicatorPublic('key-events', true, 'admin');
			await store.setIndicatorPublic('tourist-arrivals', true, 'admin');
			expect(await store.publicIndicators()).toEqual(['key-events', 'tourist-arrivals']);
			await store.setIndicatorPublic('key-events', false, 'admin');
			expect([await store.isIndicatorPublic('key-events'), await store.isIndicatorPublic('tourist-arrivals'), await store.isIndicatorPublic('x')]).toEqual([false, true, false]);
		});
	});

	it('keeps users: names unique regardless of case, looked up case-insensitively; updates; not_found', async () => {
		await withStore(async (store) => {
			expect(await store.users.count()).toBe(0);
			const ana = await store.users.create({ username: 'Ana', role: 'analyst', passwordHash: 'scrypt$a', mustChangePassword: true });
			const bob = await store.users.create({ username: 'bob', role: 'viewer', passwordHash: 'scrypt$b', mustChangePassword: false });
			expect(bob).not.toBe(ana);
			const taken = await rejection(store.users.create({ username: 'ANA', role: 'admin', passwordHash: 'x', mustChangePassword: false }));
			expect([(taken as StoreError).code, (taken as StoreError).message]).toEqual(['conflict', expect.stringMatching(/用户名已存在.*already taken/)]);
			expect(await store.users.byName('aNa')).toMatchObject({ id: ana, username: 'Ana', role: 'analyst', passwordHash: 'scrypt$a', mustChangePassword: true, disabled: false });
			expect(await store.users.byName('nobody')).toBeNull();
			await store.users.update(ana, { role: 'admin', mustChangePassword: false, disabled: true, passwordHash: 'scrypt$c' });
			const updated = (await store.users.byId(ana))!;
			expect(updated).toMatchObject({ role: 'admin', mustChangePassword: false, disabled: true, passwordHash: 'scrypt$c' });
			expect(new Date(updated.createdAt).toISOString()).toBe(updated.createdAt);
			expect((await rejection(store.users.update(999, { disabled: true })) as StoreError).code).toBe('not_found');
			const list = await store.users.list();
			expect(list.map((u) => u.username)).toEqual(['Ana', 'bob']);
			expect(list[0]).not.toHaveProperty('passwordHash');
			expect(await store.users.count()).toBe(2);
		});
	});

	it('treats user names the same by Unicode case: Ärger then ärger is a conflict, ÄRGER finds Ärger', async () => {
		await withStore(async (store) => {
			const id = await store.users.create({ username: 'Ärger', role: 'viewer', passwordHash: 'h', mustChangePassword: false });
			const taken = await rejection(store.users.create({ username: 'ärger', role: 'viewer', passwordHash: 'h', mustChangePassword: false }));
			expect([(taken as StoreError).code, (taken as StoreError).message]).toEqual(['conflict', expect.stringMatching(/用户名已存在:ärger.*already taken: ärger/)]);
			expect(await rejection(store.users.create({ username: 'ＡＲＧＥＲ', role: 'viewer', passwordHash: 'h', mustChangePassword: false }))).toBeNull(); // a, not ä
			expect(await store.users.byName('ÄRGER')).toMatchObject({ id, username: 'Ärger' });
			expect(await store.users.byName('ａｒｇｅｒ')).toMatchObject({ username: 'ＡＲＧＥＲ' }); // full-width folds to ASCII
			expect((await store.users.list()).map((u) => u.username)).toEqual(['ＡＲＧＥＲ', 'Ärger']);
		});
	});

	it('keys the users of a version-4 database by Unicode case on opening; the older of two names that now match keeps it', async () => {
		const db = await backend.fresh();
		// Both allowed before: SQLite's NOCASE folds ASCII only, PostgreSQL's lower() leaves the ligature ﬁ.
		await backend.usersAtVersion4(db.url, ['Ärger', 'Fiona', 'ﬁona', 'bob']);
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		try {
			const store = await openStore(db.url);
			try {
				expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringMatching(/ﬁona.*Fiona.*\/.*"ﬁona".*"Fiona"/)]);
				expect(await store.users.byName('ÄRGER')).toMatchObject({ id: 1, username: 'Ärger' });
				expect(await store.users.byName('FIONA')).toMatchObject({ id: 2, username: 'Fiona' });
				expect(await store.users.byName('Bob')).toMatchObject({ id: 4 });
				const taken = await rejection(store.users.create({ username: 'ärger', role: 'viewer', passwordHash: 'h', mustChangePassword: false }));
				expect((taken as StoreError).code).toBe('conflict');
				expect((await store.users.list()).map((u) => u.id)).toEqual([4, 2, 3, 1]); // by key, byte order: bob, fiona, fiona#3, ärger
			} finally {
				await store.close();
			}
			warn.mockClear();
			await (await openStore(db.url)).close();
			expect(warn).not.toHaveBeenCalled(); // told once
		} finally {
			warn.mockRestore();
			await db.drop();
		}
	});

	it('keeps sessions by token hash with their user; extends, deletes one, all of a user, and the expired', async () => {
		await withStore(async (store) => {
			const ana = await store.users.create({ username: 'ana', role: 'analyst', passwordHash: 'h', mustChangePassword: false });
			const bob = await store.users.create({ username: 'bob', role: 'viewer', passwordHash: 'h', mustChangePassword: false });
			const t0 = 1_790_000_000_000; // ms since 1970: beyond 2^31, as real times are
			await store.sessions.create('h1', ana, t0, t0 + 1000);
			await store.sessions.create('h2', ana, t0, t0 + 5000);
			await store.sessions.create('h3', bob, t0, t0 + 500);
			expect(await store.sessions.find('h1')).toEqual({ user: expect.objectContaining({ id: ana, username: 'ana', role: 'analyst' }), createdAt: t0, expiresAt: t0 + 1000 });
			expect(await store.sessions.find('nope')).toBeNull();
			await store.sessions.extend('h1', t0 + 9000);
			expect((await store.sessions.find('h1'))!.expiresAt).toBe(t0 + 9000);
			expect(await store.sessions.purgeExpired(t0 + 600)).toBe(1); // h3
			expect(await store.sessions.find('h3')).toBeNull();
			await store.sessions.delete('h1');
			expect(await store.sessions.find('h1')).toBeNull();
			expect(await store.sessions.find('h2')).not.toBeNull();
			await store.sessions.deleteForUser(ana);
			expect(await store.sessions.find('h2')).toBeNull();
		});
	});

	it('keeps the audit log newest first with paging and an action filter; an entry written inside a transaction rolls back with it', async () => {
		await withStore(async (store) => {
			for (let i = 1; i <= 5; i++) await store.audit.add({ actor: 'ana', action: i % 2 ? 'upload' : 'revert', target: `r${i}`, detail: `第${i}次`, ip: '127.0.0.1' });
			const all = await store.audit.list({ limit: 10 });
			expect(all.map((e) => e.target)).toEqual(['r5', 'r4', 'r3', 'r2', 'r1']);
			expect(all[0]).toMatchObject({ actor: 'ana', action: 'upload', detail: '第5次', ip: '127.0.0.1', id: expect.any(Number), at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
			expect((await store.audit.list({ limit: 2 })).map((e) => e.target)).toEqual(['r5', 'r4']);
			expect((await store.audit.list({ limit: 10, beforeId: all[1]!.id })).map((e) => e.target)).toEqual(['r3', 'r2', 'r1']);
			expect((await store.audit.list({ limit: 10, action: 'revert' })).map((e) => e.target)).toEqual(['r4', 'r2']);
			await store.transaction(
				async () => {
					await store.audit.add({ actor: 'ana', action: 'upload', target: 'dry', detail: '', ip: null });
				},
				{ rollback: () => true }
			);
			await store.transaction(async () => {
				await store.audit.add({ actor: 'ana', action: 'upload', target: 'kept', detail: '', ip: null });
			});
			expect((await store.audit.list({ limit: 10 })).map((e) => e.target).slice(0, 2)).toEqual(['kept', 'r5']);
		});
	});

	it('counts failed sign-ins per key atomically, across stores, restarting after the window', async () => {
		const db = await backend.fresh();
		const [a, b] = [await openStore(db.url), await openStore(db.url)];
		try {
			const now = 1_790_000_000_000;
			expect(await a.throttle.get('user:ana')).toBeNull();
			await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).throttle.fail('user:ana', now + i, 60_000)));
			const counted = (await b.throttle.get('user:ana'))!;
			expect(counted.failures).toBe(10); // none lost to a race between the two stores
			expect(counted.firstAt).toBeGreaterThanOrEqual(now);
			expect(counted.firstAt).toBeLessThan(now + 10);
			expect(await a.throttle.fail('user:ana', now + 61_000, 60_000)).toEqual({ failures: 1, firstAt: now + 61_000, lastAt: now + 61_000 });
			await b.throttle.clear('user:ana');
			expect(await a.throttle.get('user:ana')).toBeNull();
		} finally {
			await a.close();
			await b.close();
			await db.drop();
		}
	});

	it('serialises writers from two processes on one database: both batches land whole and never interleave', async () => {
		const db = await backend.fresh();
		try {
			const store = await openStore(db.url);
			expect((await ingestFiles(store, seedFiles(['indicators.csv']))).ok).toBe(true);
			await store.close();
			// Two batches of three files each, 500 rows a file, written by two CLI processes at once.
			const batch = (who: string, code: string) =>
				[1, 2, 3].map((f) => {
					const lines = ['指标,期间,数值'];
					for (let d = 0; d < 500; d++) lines.push(`${code},${1900 + f * 50 + Math.floor(d / 12)}年${(d % 12) + 1}月,${d + f}`);
					const path = join(tmp.dir, `${backend.name}-${who}-${f}-${n}.csv`);
					writeFileSync(path, lines.join('\n'));
					return path;
				});
			const run = (files: string[]) =>
				new Promise<{ status: number | null; out: string }>((resolve) => {
					const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'src', 'cli', 'ingest.ts'), '--json', ...files], {
						cwd: ROOT,
						env: { ...process.env, DATABASE_URL: db.url }
					});
					let out = '';
					child.stdout.on('data', (d) => (out += d));
					child.stderr.on('data', (d) => (out += d));
					child.on('exit', (status) => resolve({ status, out: out.slice(0, 2000) }));
				});
			const [a, b] = await Promise.all([run(batch('a', 'tourist-arrivals')), run(batch('b', 'tourism-revenue'))]);
			expect(a.status, a.out).toBe(0);
			expect(b.status, b.out).toBe(0);
			const check = await openStore(db.url);
			const revisions = (await check.revisions()).filter((r) => r.kind === 'observations').reverse();
			expect(revisions).toHaveLength(6);
			// Each batch's three revisions are consecutive: one batch committed entirely before the other began.
			const batches = revisions.map((r) => r.batch);
			expect(batches[0]).toBe(batches[1]);
			expect(batches[1]).toBe(batches[2]);
			expect(batches[3]).toBe(batches[4]);
			expect(batches[4]).toBe(batches[5]);
			expect(batches[2]).not.toBe(batches[3]);
			expect(revisions.map((r) => r.added)).toEqual([500, 500, 500, 500, 500, 500]);
			expect((await check.observations()).length).toBe(3000);
			await check.close();
		} finally {
			await db.drop();
		}
	});
}

describe('Store contract: SQLite', () => contract(sqlite));
describePostgres('Store contract: PostgreSQL', () => {
	contract(postgres);

	it('holds other instances’ writers back until a write transaction ends, while reads go on', async () => {
		const db = await postgres.fresh();
		const a = await openStore(db.url);
		const b = await openStore(db.url);
		let release: (() => void) | undefined;
		try {
			expect((await ingestFiles(a, seedFiles(['indicators.csv']))).ok).toBe(true);
			const events: string[] = [];
			const held = new Promise<void>((r) => (release = r));
			let entered!: () => void;
			const inside = new Promise<void>((r) => (entered = r));
			const first = a.transaction(async (tx) => {
				await tx.createRevision({ batch: 'A', kind: 'observations', fileName: 'a.csv', sha256: 'a', encoding: 'utf-8', size: 1, stored: { bytes: new Uint8Array([1]), gzip: false }, user: null, rows: 0, added: 0, updated: 0, unchanged: 0 });
				events.push('A in');
				entered();
				await held;
				events.push('A out');
			});
			await inside;
			const second = b.transaction(async () => {
				events.push('B in');
			});
			// B waits on the lock; reads on B go on and do not see A's uncommitted revision.
			await new Promise((r) => setTimeout(r, 300));
			expect(await b.dataVersion()).toBe(1);
			expect(events).toEqual(['A in']);
			release!();
			await Promise.all([first, second]);
			expect(events).toEqual(['A in', 'A out', 'B in']);
			expect(await b.dataVersion()).toBe(2);
		} finally {
			release?.();
			await a.close();
			await b.close();
			await db.drop();
		}
	});

	it('gives the same results as SQLite for the same operations', async () => {
		const db = await postgres.fresh();
		const lite = await openStore(`file:${join(tmp.dir, 'twin.db')}`);
		const pg = await openStore(db.url);
		try {
			for (const store of [lite, pg]) {
				expect((await ingestFiles(store, seedFiles())).ok).toBe(true);
				await ingestFiles(store, [csv('t.csv', '指标,期间,目标值,依据\ntourist-arrivals,2024年,900万,年度计划\n')]);
				await ingestFiles(store, [csv('o.csv', '指标,期间,数值,目标值\ntourist-arrivals,2024年一季度,215万,230万\n')]);
				await store.transaction((tx) => tx.revert(3, 'x', 'r'));
			}
			expect(await pg.indicators()).toEqual(await lite.indicators());
			expect(await pg.observations()).toEqual(await lite.observations());
			expect(await pg.targets()).toEqual(await lite.targets());
			expect(comparable(await pg.revisions())).toEqual(comparable(await lite.revisions()));
			expect(toCsv(await exportRows(pg))).toBe(toCsv(await exportRows(lite)));
		} finally {
			await lite.close();
			await pg.close();
			await db.drop();
		}
	});

	it('answers StoreError "unavailable" with a Chinese and English message when the server cannot be reached', async () => {
		const url = new URL(TEST_DATABASE_URL!);
		url.port = '1'; // nothing listens there
		const e = await rejection(openStore(url.toString()));
		expect(e).toBeInstanceOf(StoreError);
		expect((e as StoreError).code).toBe('unavailable');
		expect((e as StoreError).message).toMatch(/数据库暂时无法访问.*The database cannot be reached/);
	});
});
