// The PostgreSQL stage against the SQLite one on the same uploads: rows of indicators with no current
// values go straight into observations and targets (the direct path), the rest through the staged diff,
// often in one file. Counts, the preview's rows, what is stored, each revision's changes, a revert and a
// failed file must come out as on SQLite, on the reader thread as in the thread.
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describePostgres, freshDatabase, sql } from '../../../../../tests/helpers/postgres';
import { tempDir } from '../../../../../tests/helpers/env';
import { ingestFiles, type IngestOptions } from '../../ingest';
import { openStore } from '../index';
import type { Revision, Store } from '../store';
import { directPath } from './direct';

const enc = (s: string) => new TextEncoder().encode(s);
const file = (name: string, lines: string[]) => ({ name, bytes: enc(lines.join('\n') + '\n') });

const SETUP = [
	file('indicators.csv', ['代码,名称,单位,类型,方向', 'fresh,新指标,人次,flow,up', 'old,老指标,人次,flow,up', 'planned,只有目标,人次,flow,up', 'level,存量,个,stock,up', 'later,后来的,人次,flow,up']),
	file('old.csv', ['指标,期间,数值', 'old,2023-01,100', 'old,2023-02,110']),
	file('plan.csv', ['指标,期间,目标值,牵头部门', 'planned,2024-01,50,文旅局'])
];
/** New, old and target-only indicators in one file; a stated YoY on a new one; a note that needs escaping. */
const MIXED = file('mixed.csv', [
	'指标,期间,数值,目标值,同比,备注',
	'fresh,2024-01,10,12,,"据""快报"",含逗号\t制表"',
	'fresh,2023-01,8,,,',
	'old,2024-01,120,130,,',
	'planned,2024-01,40,55,,',
	'planned,2024-02,45,,,',
	'level,2024-01,7,9,,反斜杠\\N',
	'fresh,2024-02,11,,,',
	'level,2023-01,6,,16.7,'
]);
/** Changes values the direct path wrote, and adds a first value of another indicator. */
const SECOND = file('second.csv', ['指标,期间,数值,目标值', 'fresh,2024-01,10,12', 'fresh,2024-02,13,', 'level,2024-01,7,10', 'later,2024-01,1,2']);
/** New rows, then a value that is not a number: the whole file is refused. */
const BROKEN = file('broken.csv', ['指标,期间,数值,目标值', 'later,2024-02,5,6', 'later,2024-03,abc,']);

/**
 * Revision ids as their place in the history: a rolled-back preview uses up an id on PostgreSQL (an
 * identity does not go back), not on SQLite.
 */
function byPlace(revisions: Revision[]) {
	const place = new Map(revisions.map((r, i) => [r.id, i + 1]));
	const of = (id: number | null) => (id === null ? null : place.get(id));
	return {
		revisions: revisions.map(({ createdAt: _c, batch: _b, ...r }) => ({ ...r, id: of(r.id), reverts: of(r.reverts), revertedBy: of(r.revertedBy) })),
		rows: <T extends { revision: number }>(rows: T[]) => rows.map((r) => ({ ...r, revision: of(r.revision) }))
	};
}

interface Trace {
	previews: unknown[];
	reports: unknown[];
	changes: unknown[];
	observations: unknown;
	targets: unknown;
	revisions: unknown;
}

/** The same uploads on `store`; what a user could see of them. */
async function run(store: Store, read: IngestOptions): Promise<Trace> {
	const t: Trace = { previews: [], reports: [], changes: [], observations: null, targets: null, revisions: null };
	expect((await ingestFiles(store, SETUP)).ok).toBe(true);
	const ids: number[] = [];
	for (const f of [MIXED, SECOND, BROKEN]) {
		const preview = await ingestFiles(store, [f], { ...read, dryRun: true, diffLimit: 3 });
		t.previews.push(preview.files.map(({ revision: _r, ...rest }) => rest));
		const report = await ingestFiles(store, [f], read);
		t.reports.push(report.files.map(({ revision: _r, ...rest }) => rest));
		const id = report.files[0]!.revision;
		if (id !== null) {
			ids.push(id);
			t.changes.push(await store.revisionChanges(id, 100));
		}
	}
	const revert = await store.transaction((tx) => tx.revert(ids[0]!, null, 'r'));
	t.changes.push(await store.revisionChanges(revert.revision.id, 100));
	// Two files with direct rows in one batch: each under its own revision.
	const batch = await ingestFiles(store, [file('a.csv', ['指标,期间,数值', 'later,2025-01,1']), file('b.csv', ['指标,期间,数值,目标值', 'later,2025-02,2,3'])], read);
	t.reports.push(batch.files.map(({ revision: _r, ...rest }) => rest));
	for (const f of batch.files) t.changes.push(await store.revisionChanges(f.revision!, 100));
	const place = byPlace(await store.revisions());
	t.observations = place.rows(await store.observations());
	t.targets = place.rows(await store.targets());
	t.revisions = place.revisions;
	return t;
}

/** A SQLite store and a PostgreSQL one on fresh databases, closed and dropped after `fn`. */
async function withTwins(name: string, fn: (lite: Store, pg: Store, pgUrl: string) => Promise<void>) {
	const db = await freshDatabase();
	const lite = await openStore(`file:${join(tmp.dir, `${name}.db`)}`);
	const pg = await openStore(db.url);
	try {
		await fn(lite, pg, db.url);
	} finally {
		await lite.close();
		await pg.close();
		await db.drop();
	}
}

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => (tmp = tempDir('ob-pg-stage-')));
afterAll(() => tmp.cleanup());
// These files are small: the stage reads which indicators have current rows at once, not after thousands of rows.
beforeEach(() => void (directPath.lookupAfter = 0));
afterEach(() => void (directPath.lookupAfter = DEFAULT_LOOKUP));
const DEFAULT_LOOKUP = directPath.lookupAfter;

describePostgres('PostgreSQL stage', () => {
	describe.each([
		['in the thread', {}],
		['on a reader thread', { workerMinBytes: 0 }]
	])('read %s', (name, read) => {
		it('writes, previews, counts, reverts and refuses as SQLite does, with direct and staged rows in one file', async () => {
			await withTwins(name.replace(/ /g, '-'), async (lite, pg, url) => {
				const expected = await run(lite, read);
				const got = await run(pg, read);
				expect(got).toEqual(expected);
				// The direct path was taken: the first file's new values are in the preview as added rows.
				expect(JSON.stringify(expected.previews[0])).toContain('"indicator":"fresh","period":"2024-01","state":"added"');
				// No revision is left behind without its file (a reservation always gets filled in).
				const orphans = await sql(url, 'SELECT r.id FROM revisions r LEFT JOIN revision_files f ON f.revision_id = r.id WHERE f.revision_id IS NULL AND r.kind <> $1', ['revert']);
				expect(orphans).toEqual([]);
			});
		}, 60_000);
	});

	it('switches to the direct path part-way through a large file, as SQLite would store it', async () => {
		directPath.lookupAfter = DEFAULT_LOOKUP;
		// 20 new indicators × 600 months, then rows of indicators that had values or targets: the first
		// thousands go through the stage, the rest (once the stage knows what is current) go direct.
		const codes = Array.from({ length: 20 }, (_, i) => `bulk${i}`);
		const months = Array.from({ length: 600 }, (_, m) => `${1970 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
		const setup = [file('bulk-indicators.csv', ['代码,名称,单位,类型,方向', ...codes.map((c) => `${c},批量${c},人次,flow,up`)]), ...SETUP];
		const big = file('big.csv', ['指标,期间,数值,目标值', ...codes.flatMap((c, i) => months.map((m, k) => `${c},${m},${i * 1000 + k},${k % 3 ? '' : k + 1}`)), 'old,2024-01,120,130', 'planned,2024-02,45,']);
		// Small, so staged whole here; SQLite writes the new indicator's row first (directly), so it comes first.
		const again = file('again.csv', ['指标,期间,数值', 'fresh,2024-01,1', 'bulk0,1970-01,7', 'bulk19,2019-12,8']);
		const trace = async (store: Store) => {
			expect((await ingestFiles(store, setup)).ok).toBe(true);
			const preview = await ingestFiles(store, [big], { workerMinBytes: 0, dryRun: true, diffLimit: 20 });
			const reports = [];
			for (const f of [big, again]) reports.push((await ingestFiles(store, [f], { workerMinBytes: 0 })).files[0]!);
			const changes = [];
			for (const r of reports) changes.push(await store.revisionChanges(r.revision!, 20));
			// The revision reserved for the direct rows is filled in with the file it came from.
			expect(Buffer.from((await store.revisionContent(reports[0]!.revision!))!)).toEqual(Buffer.from(big.bytes));
			const place = byPlace(await store.revisions());
			return {
				preview: preview.files[0]!.diff,
				counts: reports.map((r) => r.changes),
				changes,
				observations: place.rows(await store.observations()),
				targets: place.rows(await store.targets()),
				revisions: place.revisions
			};
		};
		await withTwins('big', async (lite, pg) => expect(await trace(pg)).toEqual(await trace(lite)));
	}, 60_000);

	it('rolls a direct write back with its file when the transaction fails after it', async () => {
		const db = await freshDatabase();
		const pg = await openStore(db.url);
		try {
			expect((await ingestFiles(pg, SETUP)).ok).toBe(true);
			const before = await sql(db.url, 'SELECT (SELECT count(*) FROM revisions) AS r, (SELECT count(*) FROM observations) AS o, (SELECT count(*) FROM targets) AS t');
			await expect(
				pg.transaction(async (tx) => {
					const stage = await tx.stage();
					stage.add({ kind: 'observations', record: { line: 2, indicator: 'later', period: '2024-01', value: 1, qualifier: null, provenance: 'reported', yoyReported: null, yoyDecimals: null, source: '', note: '', target: 2, targetQualifier: null } } as never);
					await stage.flush();
					throw new Error('after the rows');
				})
			).rejects.toThrow('after the rows');
			// A stage whose reserved revision is never created cannot commit.
			await expect(
				pg.transaction(async (tx) => {
					const stage = await tx.stage();
					stage.add({ kind: 'observations', record: { line: 2, indicator: 'later', period: '2024-01', value: 1, qualifier: null, provenance: 'reported', yoyReported: null, yoyDecimals: null, source: '', note: '', target: null, targetQualifier: null } } as never);
					await stage.flush();
				})
			).rejects.toThrow(/reserved/);
			expect(await sql(db.url, 'SELECT (SELECT count(*) FROM revisions) AS r, (SELECT count(*) FROM observations) AS o, (SELECT count(*) FROM targets) AS t')).toEqual(before);
		} finally {
			await pg.close();
			await db.drop();
		}
	}, 30_000);
});
