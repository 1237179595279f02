// Per-row before → after for the two value tables (observations, targets), which share their key and value
// columns; each table's module exposes these under its own name so callers stay one-module-per-table.
import type { Sql } from '../sql';

export type ValueTable = 'observations' | 'targets';

export interface KeyedChange {
	indicator: string;
	period: string;
	before: number | null;
	after: number | null;
	current: boolean;
}

interface KeyedChangeRow {
	indicator: string;
	period: string;
	before: number | null;
	after: number | null;
	/** 0/1 in SQLite, boolean in PostgreSQL. */
	current: number | boolean;
}

const toKeyedChange = (r: KeyedChangeRow): KeyedChange => ({
	indicator: r.indicator,
	period: r.period,
	before: r.before,
	after: r.after,
	current: r.current === true || r.current === 1
});

/**
 * Values revision `id` wrote (with the value each superseded) and values it withdrew without writing a
 * new one (a revert). The superseded rows are materialised once so the join is not a scan per row.
 */
export async function revisionValueChanges(db: Sql, table: ValueTable, id: number, limit: number): Promise<KeyedChange[]> {
	const written = await db.all<KeyedChangeRow>(
		`WITH b AS MATERIALIZED (SELECT indicator, period, value FROM ${table} WHERE superseded_by = ?)
		 SELECT a.indicator, a.period, b.value AS before, a.value AS after, a.superseded_by IS NULL AS current
		 FROM ${table} a LEFT JOIN b ON b.indicator = a.indicator AND b.period = a.period
		 WHERE a.revision_id = ? ORDER BY a.id LIMIT ?`,
		[id, id, limit]
	);
	const withdrawn = await db.all<KeyedChangeRow>(
		`WITH a AS MATERIALIZED (SELECT indicator, period FROM ${table} WHERE revision_id = ?)
		 SELECT b.indicator, b.period, b.value AS before, NULL AS after, 0 AS current
		 FROM ${table} b WHERE b.superseded_by = ?
		 AND NOT EXISTS (SELECT 1 FROM a WHERE a.indicator = b.indicator AND a.period = b.period) ORDER BY b.id LIMIT ?`,
		[id, id, limit]
	);
	return [...written, ...withdrawn].map(toKeyedChange);
}

export interface StagedKeyedChange {
	line: number;
	indicator: string;
	period: string;
	state: 'added' | 'updated';
	before: number | null;
	after: number;
}

/**
 * Staged values that add or update one, with the current value they replace. `staged` is a table or
 * subquery of a diffed stage (each backend's stage.ts) with the columns seq, line, indicator, period,
 * state ('added' | 'updated' | 'unchanged'), cur_id (the current row it replaces) and value.
 */
export async function stagedValueChanges(db: Sql, table: ValueTable, staged: string, limit: number): Promise<StagedKeyedChange[]> {
	const rows = await db.all<StagedKeyedChange>(
		`SELECT s.line, s.indicator, s.period, s.state, b.value AS before, s.value AS after
		 FROM ${staged} s LEFT JOIN ${table} b ON b.id = s.cur_id
		 WHERE s.state IN ('added', 'updated') ORDER BY s.seq LIMIT ?`,
		[limit]
	);
	return rows.map((r) => ({ line: r.line, indicator: r.indicator, period: r.period, state: r.state, before: r.before, after: r.after }));
}

/** The first values revision `revision` wrote, in the order written. */
export async function writtenValues(db: Sql, table: ValueTable, revision: number, limit: number): Promise<{ indicator: string; period: string; value: number }[]> {
	const rows = await db.all<{ indicator: string; period: string; value: number }>(
		`SELECT indicator, period, value FROM ${table} WHERE revision_id = ? ORDER BY id LIMIT ?`,
		[revision, limit]
	);
	return rows.map((r) => ({ indicator: r.indicator, period: r.period, value: r.value }));
}
