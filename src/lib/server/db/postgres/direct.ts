// The direct path of a PostgreSQL stage (stage.ts): values of indicators that had no current value at all,
// and the targets beside them, COPYed straight into observations and targets under the revision the file
// will get. That revision is reserved (reserved-revision.ts) in the connection's queue of statements
// ahead of the first COPY; rows that arrive before its id is known wait in memory, then go first. Also
// here: which indicators had current rows, which decides what may go direct.
import type { ObservationRecord } from '../../../ingest/validate';
import type { StagedKeyedChange } from '../common/changes';
import { writtenBy } from '../common/observations';
import { writtenBy as targetsWrittenBy } from '../common/targets';
import { OBSERVATION_COLUMNS, TARGET_COLUMNS } from '../rows';
import type { Sql } from '../sql';
import { copyNumber as num, copyText as text, type CopyIn, type CopyTable } from './copy';
import type { PG } from './open';

/** Lines of the first direct rows kept, for the preview's diff (which lists at most a few thousand rows). */
const LINES_KEPT = 5000;
/** A direct target's fields after its value and qualifier: basis, owner etc. are empty, as there is no current target to keep them from. */
const TARGET_REST = TARGET_COLUMNS.split(', ')
	.slice(4)
	.map(() => '\t')
	.join('');

/**
 * Per indicator with current rows: 1 current targets only, 2 current values (whatever else). One probe
 * of the current-row index per such indicator (a skip scan), not a read of every current row.
 */
export async function indicatorsWithCurrentRows(db: PG): Promise<Map<string, number>> {
	const skipScan = (table: string) =>
		`SELECT min(indicator) FROM ${table} WHERE superseded_by IS NULL
		 UNION ALL SELECT (SELECT min(indicator) FROM ${table} WHERE superseded_by IS NULL AND indicator > k.i) FROM ${table}_k k WHERE k.i IS NOT NULL`;
	const { rows } = await db.query<{ i: string; c: number }>(
		`WITH RECURSIVE targets_k(i) AS (${skipScan('targets')}), observations_k(i) AS (${skipScan('observations')})
		 SELECT i, 1 AS c FROM targets_k WHERE i IS NOT NULL UNION ALL SELECT i, 2 FROM observations_k WHERE i IS NOT NULL`
	);
	const current = new Map<string, number>();
	for (const r of rows) current.set(r.i, r.c);
	return current;
}

/** Whether any of `indicators` has a current value or target. */
export async function anyCurrentRows(db: PG, indicators: string[]): Promise<boolean> {
	const { rows } = await db.query<{ any: boolean }>(
		`SELECT EXISTS (SELECT 1 FROM observations WHERE superseded_by IS NULL AND indicator = ANY($1::text[]))
			OR EXISTS (SELECT 1 FROM targets WHERE superseded_by IS NULL AND indicator = ANY($1::text[])) AS any`,
		[indicators]
	);
	return rows[0]!.any;
}

/**
 * `lookupAfter`: rows staged before the stage asks which indicators have current rows
 * (indicatorsWithCurrentRows), so that the rest may go the direct path. The skip scan takes ~0.1 s at
 * 9,000 indicators: a small upload never pays it, and a large one stages some thousands of rows more
 * (those that come while it runs). 0: asked when the stage is made (for tests with small files).
 */
export const directPath = { lookupAfter: 5000 };

/** The rows of one table written directly, and the file lines of the first of them. */
class DirectTable {
	count = 0;
	readonly #lines: number[] = [];

	constructor(
		readonly rows: CopyTable,
		private written: typeof writtenBy
	) {}

	counted(line: number) {
		if (this.count++ < LINES_KEPT) this.#lines.push(line);
	}

	/** The first `limit` rows (all added), as the staged-changes queries list a row: in file order, which is the ids' order. */
	async changes(sql: Sql, revision: number, limit: number): Promise<StagedKeyedChange[]> {
		if (this.count === 0) return [];
		const rows = await this.written(sql, revision, Math.min(limit, this.#lines.length));
		return rows.map((d, i) => ({ line: this.#lines[i]!, indicator: d.indicator, period: d.period, state: 'added', before: null, after: d.value }));
	}
}

export class DirectRows {
	/** The reserved revision; 0 until the reservation has run. */
	revision = 0;
	readonly observations: DirectTable;
	readonly targets: DirectTable;
	/** Rows that came before the revision's id: whole but for it and the newline. */
	#early: [CopyTable, string][] | null = [];

	constructor(copy: CopyIn, reserve: () => Promise<number>) {
		this.observations = new DirectTable(copy.into(`COPY observations (${OBSERVATION_COLUMNS}, revision_id) FROM STDIN`), writtenBy);
		this.targets = new DirectTable(copy.into(`COPY targets (${TARGET_COLUMNS}, revision_id) FROM STDIN`), targetsWrittenBy);
		copy.then(async () => {
			this.revision = await reserve();
			// Before any row that comes later (those see the id now), so each table holds its rows in file order.
			for (const [table, row] of this.#early!) table.line(`${row}\t${this.revision}\n`);
			this.#early = null;
		});
	}

	/** A value with no stated YoY, and the target beside it (the caller knows neither has a current row). */
	add(o: ObservationRecord) {
		this.#line(this.observations.rows, `${text(o.indicator)}\t${text(o.period)}\t${num(o.value)}\t${text(o.qualifier)}\t${text(o.provenance)}\t\\N\t${num(o.yoyDecimals)}\t${text(o.source)}\t${text(o.note)}`);
		this.observations.counted(o.line);
		if (o.target === null) return;
		this.#line(this.targets.rows, `${text(o.indicator)}\t${text(o.period)}\t${num(o.target)}\t${text(o.targetQualifier)}${TARGET_REST}`);
		this.targets.counted(o.line);
	}

	#line(table: CopyTable, row: string) {
		if (this.revision) table.line(`${row}\t${this.revision}\n`);
		else this.#early!.push([table, row]);
	}
}
