// The export's cursor on PostgreSQL: DECLARE … CURSOR + FETCH n inside a read-only REPEATABLE READ
// transaction on one pooled connection, so every page comes from the same snapshot and the server, not
// this process, holds the rows not yet sent. Plain SQL on the pg client the app already uses (no
// pg-cursor dependency); stopping early rolls the transaction back, which closes the cursor, and returns
// the connection to the pool.
import type pg from 'pg';
import { EXPORT_PAGE, EXPORT_SELECT } from '../export-query';
import type { ExportRecord } from '../store';
import { translate } from './open';

const ORDER = 'ORDER BY o.indicator COLLATE "C", o.period COLLATE "C"';

export async function* exportCursor(pool: pg.Pool, filter: { indicators?: string[]; pageSize?: number } = {}): AsyncGenerator<ExportRecord[]> {
	const size = Math.max(1, Math.floor(filter.pageSize ?? EXPORT_PAGE));
	const client = await pool.connect().catch((e: unknown) => Promise.reject(translate(e)));
	// A connection the server drops while it is checked out emits 'error'; unheard, that ends the process.
	let broken: Error | undefined;
	const lost = (e: Error) => (broken ??= e);
	client.on('error', lost);
	let open = false;
	try {
		await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
		open = true;
		const where = filter.indicators?.length ? 'AND o.indicator = ANY($1::text[])' : '';
		await client.query(`DECLARE export_rows NO SCROLL CURSOR FOR ${EXPORT_SELECT} ${where} ${ORDER}`, filter.indicators?.length ? [filter.indicators] : []);
		for (;;) {
			const { rows } = await client.query<ExportRecord>(`FETCH FORWARD ${size} FROM export_rows`);
			if (rows.length > 0) yield rows;
			if (rows.length < size) break;
		}
		open = false;
		await client.query('COMMIT');
	} catch (e) {
		throw translate(broken ?? e);
	} finally {
		// Also reached when the consumer stops at a yield (a client that went away).
		if (open && !broken) await client.query('ROLLBACK').catch((e: Error) => (broken ??= e));
		client.off('error', lost);
		client.release(broken);
	}
}
