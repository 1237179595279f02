// Per-row before → after for the two value tables (observations, targets), which share their key and value
// columns; each table's module exposes these under its own name so callers stay one-module-per-table.
import type { DB } from './open';

export type ValueTable = 'observations' | 'targets';

export interface KeyedChange {
	indicator: string;
	period: string;
	before: number | null;
	after: number | null;
	current: boolean;
}

interface Row {
	indicator: string;
	period: string;
	before: number | null;
	after: number | null;
	current: 0 | 1;
}

/**
 * Values revision `id` wrote (with the value each superseded) and values it withdrew without writing a
 * new one (a revert). The superseded rows are materialised once so the join is not a scan per row.
 */
export function revisionValueChanges(db: DB, table: ValueTable, id: number, limit: number): KeyedChange[] {
	const written = db
		.prepare(
			`WITH b AS MATERIALIZED (SELECT indicator, period, value FROM ${table} WHERE superseded_by = @id)
			 SELECT a.indicator, a.period, b.value AS before, a.value AS after, a.superseded_by IS NULL AS current
			 FROM ${table} a LEFT JOIN b ON b.indicator = a.indicator AND b.period = a.period
			 WHERE a.revision_id = @id ORDER BY a.id LIMIT @limit`
		)
		.all({ id, limit }) as Row[];
	const withdrawn = db
		.prepare(
			`WITH a AS MATERIALIZED (SELECT indicator, period FROM ${table} WHERE revision_id = @id)
			 SELECT b.indicator, b.period, b.value AS before, NULL AS after, 0 AS current
			 FROM ${table} b WHERE b.superseded_by = @id
			 AND NOT EXISTS (SELECT 1 FROM a WHERE a.indicator = b.indicator AND a.period = b.period) ORDER BY b.id LIMIT @limit`
		)
		.all({ id, limit }) as Row[];
	return [...written, ...withdrawn].map((r) => ({ indicator: r.indicator, period: r.period, before: r.before, after: r.after, current: r.current === 1 }));
}

export interface StagedKeyedChange {
	line: number;
	indicator: string;
	period: string;
	state: 'added' | 'updated';
	before: number | null;
	after: number;
}

/** Rows of a diffed stage table (see stage.ts) that add or update a value, with the value they replace. */
export function stagedValueChanges(db: DB, table: ValueTable, stage: string, limit: number): StagedKeyedChange[] {
	return db
		.prepare(
			`SELECT s.line, s.indicator, s.period, s.state, b.value AS before, s.value AS after
			 FROM ${stage} s LEFT JOIN ${table} b ON b.id = s.cur_id
			 WHERE s.state IN ('added', 'updated') ORDER BY s.seq LIMIT ?`
		)
		.all(limit) as StagedKeyedChange[];
}
