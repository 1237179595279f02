// Per-row before → after for the two value tables (observations, targets), as in sqlite/changes.ts; each
// table's module exposes these under its own name.
import type { PG } from './open';

export type ValueTable = 'observations' | 'targets';

export interface KeyedChange {
	indicator: string;
	period: string;
	before: number | null;
	after: number | null;
	current: boolean;
}

/** Values revision `id` wrote (with the value each superseded) and values it withdrew without writing a new one. */
export async function revisionValueChanges(db: PG, table: ValueTable, id: number, limit: number): Promise<KeyedChange[]> {
	const written = await db.query<KeyedChange>(
		`SELECT a.indicator, a.period, b.value AS before, a.value AS after, a.superseded_by IS NULL AS current
		 FROM ${table} a LEFT JOIN ${table} b ON b.indicator = a.indicator AND b.period = a.period AND b.superseded_by = $1
		 WHERE a.revision_id = $1 ORDER BY a.id LIMIT $2`,
		[id, limit]
	);
	const withdrawn = await db.query<KeyedChange>(
		`SELECT b.indicator, b.period, b.value AS before, NULL::float8 AS after, false AS current
		 FROM ${table} b WHERE b.superseded_by = $1
		 AND NOT EXISTS (SELECT 1 FROM ${table} a WHERE a.revision_id = $1 AND a.indicator = b.indicator AND a.period = b.period) ORDER BY b.id LIMIT $2`,
		[id, limit]
	);
	return [...written.rows, ...withdrawn.rows];
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
 * Rows of a diffed stage (see stage.ts: `stage` holds the rows with their lines, `diff` their state and the
 * current row they replace) that add or update a value.
 */
export async function stagedValueChanges(db: PG, table: ValueTable, stage: string, diff: string, limit: number): Promise<StagedKeyedChange[]> {
	const { rows } = await db.query<StagedKeyedChange>(
		`SELECT s.line, s.indicator, s.period, d.state, b.value AS before, ${table === 'targets' ? 'd' : 's'}.value AS after
		 FROM ${stage} s JOIN ${diff} d ON d.seq = s.seq LEFT JOIN ${table} b ON b.id = d.cur_id
		 WHERE d.state IN ('added', 'updated') ORDER BY s.seq LIMIT $1`,
		[limit]
	);
	return rows;
}
