// The export's cursor on SQLite: stmt.iterate() on a read-only connection of its own. better-sqlite3 lets
// a connection run nothing else while one of its statements is being iterated, so iterating on the shared
// reader would break every other request while an export waits for a slow client. The open statement
// keeps one read snapshot (WAL: writers are not blocked) until the last row or until the caller stops.
import { EXPORT_PAGE, EXPORT_SELECT } from '../export-query';
import type { ExportRecord } from '../store';
import { openReader, type DB } from './open';

const ORDER = 'ORDER BY o.indicator, o.period';

function filterOf(indicators: string[] | undefined): { sql: string; params: string[] } {
	return indicators?.length ? { sql: `AND o.indicator IN (${indicators.map(() => '?').join(',')})`, params: indicators } : { sql: '', params: [] };
}

/** Iterates on its own connection to the database file at `path`; the connection is closed however the loop ends. */
export async function* exportCursor(path: string, filter: { indicators?: string[]; pageSize?: number } = {}): AsyncGenerator<ExportRecord[]> {
	const size = filter.pageSize ?? EXPORT_PAGE;
	const { sql, params } = filterOf(filter.indicators);
	const db = openReader(path);
	try {
		let page: ExportRecord[] = [];
		// for…of returns the iterator (resetting the statement) when the consumer stops at a yield.
		for (const row of db.prepare(`${EXPORT_SELECT} ${sql} ${ORDER}`).iterate(...params) as IterableIterator<ExportRecord>) {
			page.push(row);
			if (page.length === size) {
				yield page;
				page = [];
			}
		}
		if (page.length > 0) yield page;
	} finally {
		db.close();
	}
}

/**
 * An in-memory database has no second connection, and an open iterator would lock out its writer, so it
 * is read in keyset pages instead, each one complete query (not one snapshot: only tests use :memory:).
 */
export async function* exportPages(db: DB, filter: { indicators?: string[]; pageSize?: number } = {}): AsyncGenerator<ExportRecord[]> {
	const size = filter.pageSize ?? EXPORT_PAGE;
	const { sql, params } = filterOf(filter.indicators);
	let after: string[] = [];
	for (;;) {
		const keyset = after.length ? 'AND (o.indicator, o.period) > (?, ?)' : '';
		const page = db.prepare(`${EXPORT_SELECT} ${sql} ${keyset} ${ORDER} LIMIT ?`).all(...params, ...after, size) as ExportRecord[];
		if (page.length > 0) yield page;
		if (page.length < size) return;
		const last = page[page.length - 1]!;
		after = [last.indicator, last.period];
	}
}
