// The one query layer both databases share: repositories write each query once, as SQL text with `?`
// placeholders, and run it through an Sql of either backend. Only DDL, bulk loading, the write lock and
// cursors stay per database (see sqlite/ and postgres/). Rule for query text: a `?` is always a
// placeholder (never write one inside a string literal), and only SQL both databases accept is used
// (ON CONFLICT … DO UPDATE, LIMIT/OFFSET, COALESCE, row values; no ILIKE, no RETURNING *; no COLLATE but
// through bytewise()).
import type pg from 'pg';
import type { DB } from './sqlite/open';

export type Param = string | number | null | boolean | Uint8Array;

export interface Sql {
	readonly dialect: 'sqlite' | 'postgres';
	all<R>(text: string, params?: readonly Param[]): Promise<R[]>;
	/** The first row, or undefined. */
	get<R>(text: string, params?: readonly Param[]): Promise<R | undefined>;
	/** Runs a statement; resolves to the number of rows it changed. */
	run(text: string, params?: readonly Param[]): Promise<number>;
}

/** better-sqlite3 binds no booleans: they become 1 and 0 (PostgreSQL reads '1' and '0' as booleans too). */
function sqliteParams(params: readonly Param[]): unknown[] {
	return params.map((p) => (p === true ? 1 : p === false ? 0 : p));
}

export function sqliteSql(db: DB): Sql {
	return {
		dialect: 'sqlite',
		async all<R>(text: string, params: readonly Param[] = []) {
			return db.prepare(text).all(...sqliteParams(params)) as R[];
		},
		async get<R>(text: string, params: readonly Param[] = []) {
			return db.prepare(text).get(...sqliteParams(params)) as R | undefined;
		},
		async run(text: string, params: readonly Param[] = []) {
			return db.prepare(text).run(...sqliteParams(params)).changes;
		}
	};
}

const numbered = new Map<string, string>();

/** `?` → `$1, $2, …`, once per distinct text (the map is bounded: most texts are constants). */
export function toPgPlaceholders(text: string): string {
	let out = numbered.get(text);
	if (out === undefined) {
		let n = 0;
		out = text.replace(/\?/g, () => `$${++n}`);
		if (numbered.size > 1000) numbered.clear();
		numbered.set(text, out);
	}
	return out;
}

export function pgSql(db: pg.Pool | pg.PoolClient, translate: (e: unknown) => unknown = (e) => e): Sql {
	const query = async <R>(text: string, params: readonly Param[]) => {
		try {
			return await db.query<R & pg.QueryResultRow>(toPgPlaceholders(text), params as unknown[]);
		} catch (e) {
			throw translate(e);
		}
	};
	return {
		dialect: 'postgres',
		async all<R>(text: string, params: readonly Param[] = []) {
			return (await query<R>(text, params)).rows as R[];
		},
		async get<R>(text: string, params: readonly Param[] = []) {
			return (await query<R>(text, params)).rows[0] as R | undefined;
		},
		async run(text: string, params: readonly Param[] = []) {
			return (await query(text, params)).rowCount ?? 0;
		}
	};
}

/** `(?, ?, ?)` for a list of n values: `IN ${placeholders(n)}`. */
export function placeholders(n: number): string {
	return `(${Array.from({ length: n }, () => '?').join(', ')})`;
}

/**
 * A text column compared and sorted by bytes, as SQLite does by default: PostgreSQL would otherwise use the
 * database's locale (one deployment sorts `a-b` before `aa`, another after), so it needs COLLATE "C".
 */
export function bytewise(db: Sql, column: string): string {
	return db.dialect === 'postgres' ? `${column} COLLATE "C"` : column;
}
