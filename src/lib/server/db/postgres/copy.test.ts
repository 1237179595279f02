// COPY … FROM STDIN in chunks (copy.ts): rows that come faster than the server stores them must not pile up
// in memory. Past a few chunks queued, `ready` asks the caller to wait, and lets it go on once the server
// has caught up; every row still arrives, in order, with its escapes.
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describePostgres, freshDatabase } from '../../../../../tests/helpers/postgres';
import { CopyIn, copyNumber, copyText } from './copy';

describePostgres('CopyIn', () => {
	let db: Awaited<ReturnType<typeof freshDatabase>>;
	let pool: pg.Pool;
	beforeAll(async () => {
		db = await freshDatabase();
		pool = new pg.Pool({ connectionString: db.url });
	});
	afterAll(async () => {
		await pool.end();
		await db.drop();
	});

	it('asks the caller to wait while more than four chunks are queued, then stores every row', async () => {
		const client = await pool.connect();
		try {
			await client.query('BEGIN');
			const copy = new CopyIn(client, () => true, client.query('CREATE TEMP TABLE t (n integer, note text) ON COMMIT DROP'));
			const table = copy.into('COPY t FROM STDIN');
			const note = '备注\t含制表符,"引号"\\反斜杠'.repeat(20);
			let waits = 0;
			let n = 0;
			// ~24 MB of rows, fed as fast as JavaScript makes them: far more than the server stores meanwhile.
			while (n < 40_000) {
				for (let i = 0; i < 1000; i++, n++) table.line(`${copyNumber(n)}\t${copyText(note)}\n`);
				const wait = copy.ready();
				if (wait) {
					waits++;
					await wait;
					expect(copy.ready(), 'caught up once the wait is over').toBeUndefined();
				}
			}
			await copy.end();
			expect(waits).toBeGreaterThan(0);
			const { rows } = await client.query<{ count: string; min: number; max: number; same: boolean }>(
				'SELECT count(*), min(n), max(n), bool_and(note = $1) AS same FROM t',
				[note]
			);
			expect(rows[0]).toEqual({ count: '40000', min: 0, max: 39_999, same: true });
			await client.query('COMMIT');
		} finally {
			client.release();
		}
	});
});
