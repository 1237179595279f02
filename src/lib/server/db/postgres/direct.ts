// The direct path of a PostgreSQL stage (stage.ts): values of indicators that had no current value at all,
// and the targets beside them, COPYed straight into observations and targets under the revision the file
// will get. That revision is reserved (reserved-revision.ts) in the connection's queue of statements
// ahead of the first COPY; rows that arrive before its id is known wait in memory, then go first.
import type { ObservationRecord } from '../../../ingest/validate';
import type { StagedKeyedChange } from '../common/changes';
import { writtenBy } from '../common/observations';
import { writtenBy as targetsWrittenBy } from '../common/targets';
import { OBSERVATION_COLUMNS, TARGET_COLUMNS } from '../rows';
import type { Sql } from '../sql';
import { copyNumber as num, copyText as text, type CopyIn, type CopyTable } from './copy';

/** Lines of the first direct rows kept, for the preview's diff (which lists at most a few thousand rows). */
const LINES_KEPT = 5000;
/** A direct target's fields after its value and qualifier: basis, owner etc. are empty, as there is no current target to keep them from. */
const TARGET_REST = TARGET_COLUMNS.split(', ')
	.slice(4)
	.map(() => '\t')
	.join('');

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
