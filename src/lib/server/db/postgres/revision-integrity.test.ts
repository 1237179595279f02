// Migrations 11 and 12 replaced the foreign keys from observations and targets to revisions (revision_id,
// superseded_by) by a check per statement (a large COPY checked row by row was half the server's work):
// what the keys guarded must still be refused.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describePostgres, freshDatabase, sql } from '../../../../../tests/helpers/postgres';
import { ingestFiles } from '../../ingest';
import { openStore } from '../index';

const enc = (s: string) => new TextEncoder().encode(s);

describePostgres("values' and targets' revisions (migrations 11 and 12)", () => {
	let db: Awaited<ReturnType<typeof freshDatabase>>;
	beforeAll(async () => {
		db = await freshDatabase();
		const store = await openStore(db.url);
		try {
			const r = await ingestFiles(store, [
				{ name: 'indicators.csv', bytes: enc('代码,名称,单位,类型,方向\nx,指标,人次,flow,up\n') },
				{ name: 'values.csv', bytes: enc('指标,期间,数值,目标值\nx,2024-01,10,12\n') }
			]);
			expect(r.ok).toBe(true);
		} finally {
			await store.close();
		}
	});
	afterAll(() => db?.drop());

	it('refuses a value or target under a revision that does not exist, one row or many', async () => {
		const missing = 'SELECT coalesce(max(id), 0) + 100 AS id FROM revisions';
		await expect(sql(db.url, `INSERT INTO observations (indicator, period, value, provenance, revision_id) SELECT 'x', '2024-02', 1, 'reported', (${missing})`)).rejects.toThrow(/revision/);
		await expect(
			sql(db.url, `INSERT INTO targets (indicator, period, value, revision_id) SELECT 'x', p, 1, CASE WHEN p = '2024-03' THEN (${missing}) ELSE (SELECT max(id) FROM revisions) END FROM unnest(ARRAY['2024-02', '2024-03']) p`)
		).rejects.toThrow(/revision/);
		expect(await sql(db.url, "SELECT count(*)::int AS n FROM observations WHERE period <> '2024-01'")).toEqual([{ n: 0 }]);
		expect(await sql(db.url, "SELECT count(*)::int AS n FROM targets WHERE period <> '2024-01'")).toEqual([{ n: 0 }]);
	});

	it('refuses a value or target superseded by a revision that does not exist, inserted or updated', async () => {
		const missing = 'SELECT coalesce(max(id), 0) + 100 FROM revisions';
		for (const table of ['observations', 'targets']) {
			await expect(sql(db.url, `UPDATE ${table} SET superseded_by = (${missing})`), table).rejects.toThrow(/does not exist/);
			const cols = table === 'observations' ? "indicator, period, value, provenance, revision_id, superseded_by) SELECT 'x', '2019-01', 1, 'reported'" : "indicator, period, value, revision_id, superseded_by) SELECT 'x', '2019-01', 1";
			await expect(sql(db.url, `INSERT INTO ${table} (${cols}, (SELECT max(id) FROM revisions), (${missing})`), table).rejects.toThrow(/does not exist/);
			expect(await sql(db.url, `SELECT count(*)::int AS n FROM ${table} WHERE superseded_by IS NOT NULL OR period <> '2024-01'`), table).toEqual([{ n: 0 }]);
			// A revision that exists may supersede (as a later file does); rolled back, as the test only looks.
			const allowed = await sql(db.url, `BEGIN; UPDATE ${table} SET superseded_by = (SELECT max(id) FROM revisions); ROLLBACK`).then(
				() => true,
				(e: Error) => e.message
			);
			expect(allowed, table).toBe(true);
		}
	});

	it("refuses to change a stored row's revision or a revision's id", async () => {
		await expect(sql(db.url, 'UPDATE observations SET revision_id = revision_id + 1')).rejects.toThrow(/never changes/);
		await expect(sql(db.url, 'UPDATE targets SET revision_id = revision_id + 1')).rejects.toThrow(/never changes/);
		await expect(sql(db.url, 'UPDATE revisions SET id = id + 1000')).rejects.toThrow(/never changes/);
	});
});
