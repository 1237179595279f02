// Staging of one uploaded file in temp tables, so diff and apply are set-based SQL, not a million round trips.
import type { FileKind } from '../../../ingest/columns';
import type { IngestRecord } from '../../../ingest/validate';
import type { Changes, Stage, StagedChange } from '../store';
import { OBSERVATION_COLUMNS, TARGET_COLUMNS } from '../rows';
import { StagedDefinitions, supersede } from '../common/indicators';
import { stagedChanges as stagedObservations, writtenBy } from '../common/observations';
import { stagedChanges as stagedTargets, writtenBy as targetsWrittenBy } from '../common/targets';
import { sqliteSql } from '../sql';
import type { DB } from './open';

const BATCH = 500;
const DIRECT_LINES = 5000;
let stageCounter = 0;

/**
 * Buffers rows and writes them with multi-row INSERTs (fewer statement executions per row). Values go
 * straight into one reused parameter array (`put` per value, `end` per row): no array per row.
 */
class BulkInsert {
	readonly #buf: unknown[];
	#k = 0;
	#rows = 0;
	#full: ReturnType<DB['prepare']>;
	/** `fixed`: columns with the same value on every row, written into the statement instead of bound per row. */
	constructor(
		private db: DB,
		private table: string,
		private columns: string[],
		private fixed: Record<string, number> = {}
	) {
		this.#buf = new Array(BATCH * columns.length);
		this.#full = db.prepare(this.#sql(BATCH));
	}
	#sql(n: number) {
		const literals = Object.values(this.fixed).map((v) => `,${v}`).join('');
		const one = `(${this.columns.map(() => '?').join(',')}${literals})`;
		return `INSERT INTO ${this.table} (${[...this.columns, ...Object.keys(this.fixed)].join(',')}) VALUES ${Array(n).fill(one).join(',')}`;
	}
	put(v: unknown) {
		this.#buf[this.#k++] = v;
	}
	end() {
		if (++this.#rows === BATCH) {
			this.#full.run(this.#buf);
			this.#k = 0;
			this.#rows = 0;
		}
	}
	push(values: unknown[]) {
		for (const v of values) this.put(v);
		this.end();
	}
	flush() {
		if (this.#rows) this.db.prepare(this.#sql(this.#rows)).run(this.#buf.slice(0, this.#k));
		// A cell string may be a slice of the whole decoded file and keep all of it alive: let go of them.
		this.#buf.fill(null);
		this.#k = 0;
		this.#rows = 0;
	}
}

/** A table the direct path writes: its rows counted, and the lines of the first DIRECT_LINES (for the preview's diff). */
class DirectInsert extends BulkInsert {
	count = 0;
	readonly lines: number[] = [];
	endAt(line: number) {
		this.end();
		if (this.count++ < DIRECT_LINES) this.lines.push(line);
	}
}

const OBS = OBSERVATION_COLUMNS.split(', ');
const TGT = TARGET_COLUMNS.split(', ');

export function createStage(db: DB, dropLater: string[]): Stage {
	const n = ++stageCounter;
	// The shared repositories (common/) on the same writer connection, inside the same transaction.
	const shared = sqliteSql(db);
	const obs = `temp.stage_obs_${n}`;
	const tgt = `temp.stage_tgt_${n}`;
	db.exec(`CREATE TABLE ${obs} (seq INTEGER PRIMARY KEY, line INTEGER, ${OBS.join(',')}, state TEXT NOT NULL DEFAULT 'added', cur_id INTEGER)`);
	db.exec(`CREATE TABLE ${tgt} (seq INTEGER PRIMARY KEY, line INTEGER, ${TGT.join(',')}, partial INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL DEFAULT 'added', cur_id INTEGER)`);
	dropLater.push(obs, tgt);
	const obsInsert = new BulkInsert(db, obs, ['seq', 'line', ...OBS]);
	const tgtInsert = new BulkInsert(db, tgt, ['seq', 'line', ...TGT, 'partial']);
	const definitions = new StagedDefinitions();
	let seq = 0;
	let kind: FileKind = 'observations';

	// The direct path. A value of an indicator that has no current values at all can only be "added" (the
	// reader already refuses a second row for the same indicator and period), so staging it, diffing it and
	// copying it again would write every row twice for nothing: a first upload of a large file is exactly
	// that case. Such rows go straight into `observations` under the revision this file will get: the next
	// id, since one transaction creates revisions one file at a time and nothing else inserts one between
	// this stage and its apply (checked there). Foreign keys are checked at COMMIT for that while. The
	// target given beside such a value goes straight into `targets` too when the indicator has no current
	// target either (a target beside a value keeps basis, owner etc. of the current one; there is none, so
	// they are empty, as the stage would leave them). Rows with a stated YoY still go through the stage:
	// they need the YoY check.
	let direct: DirectInsert | null = null;
	let directTargets: DirectInsert | null = null;
	let directRevision = 0;
	/** Per indicator: 0 nothing current, 1 current targets only, 2 current values (what else, does not matter). */
	const current = new Map<string, number>();
	/** Some indicator the file names had a current value or target (see onlyNew). */
	let anyCurrent = false;
	const hasValue = db.prepare('SELECT 1 FROM observations WHERE indicator = ? AND superseded_by IS NULL LIMIT 1').pluck();
	const anyTarget = db.prepare('SELECT 1 FROM targets WHERE indicator = ? AND superseded_by IS NULL LIMIT 1').pluck();
	// Read synchronously inside add() (rows arrive synchronously), so not through the async common/revisions.
	const latestRevisionId = () => db.prepare('SELECT coalesce(max(id), 0) FROM revisions').pluck().get() as number;
	const currentOf = (indicator: string) => {
		let c = current.get(indicator);
		if (c === undefined) current.set(indicator, (c = hasValue.get(indicator) !== undefined ? 2 : anyTarget.get(indicator) !== undefined ? 1 : 0));
		return c;
	};
	// Only the columns a direct row can fill are bound (a million rows bind some ten million values, ~80 ns
	// each): such a row has no stated 同比 (that goes through the stage) and its target none of basis, owner
	// etc., which the tables' defaults leave null or empty; the revision is the same on every row.
	const startDirect = () => {
		db.pragma('defer_foreign_keys = ON');
		directRevision = latestRevisionId() + 1;
		const revision = { revision_id: directRevision };
		direct = new DirectInsert(db, 'observations', ['indicator', 'period', 'value', 'qualifier', 'provenance', 'source', 'note'], revision);
		directTargets = new DirectInsert(db, 'targets', ['indicator', 'period', 'value', 'qualifier'], revision);
	};

	return {
		add(r: IngestRecord) {
			seq++;
			if (r.kind === 'observations') {
				const o = r.record;
				const had = currentOf(o.indicator);
				if (had !== 0) anyCurrent = true;
				const c = o.yoyReported === null ? had : 2;
				if (c === 0 || (c === 1 && o.target === null)) {
					if (!direct) startDirect();
					direct = direct!;
					direct.put(o.indicator);
					direct.put(o.period);
					direct.put(o.value);
					direct.put(o.qualifier);
					direct.put(o.provenance);
					direct.put(o.source);
					direct.put(o.note);
					direct.endAt(o.line);
					if (o.target !== null) {
						const t = directTargets!;
						t.put(o.indicator);
						t.put(o.period);
						t.put(o.target);
						t.put(o.targetQualifier);
						t.endAt(o.line);
					}
					return;
				}
				obsInsert.push([seq, o.line, o.indicator, o.period, o.value, o.qualifier, o.provenance, o.yoyReported, o.yoyDecimals, o.source, o.note]);
				if (o.target !== null)
					tgtInsert.push([seq, o.line, o.indicator, o.period, o.target, o.targetQualifier, '', '', '', '', '', '', 1]);
			} else if (r.kind === 'targets') {
				const t = r.record;
				anyCurrent = true; // not looked up: only observations files are told apart
				tgtInsert.push([seq, t.line, t.indicator, t.period, t.value, t.qualifier, t.basis, t.owner, t.department, t.deadline, t.source, t.note, 0]);
			} else {
				definitions.add(r.record);
			}
		},
		async flush() {
			obsInsert.flush();
			tgtInsert.flush();
			direct?.flush();
			directTargets?.flush();
		},
		async diff(fileKind: FileKind): Promise<Changes> {
			kind = fileKind;
			if (kind === 'indicators') return definitions.diff(shared);
			// A target given beside an observation changes only the value; basis, owner etc. stay.
			db.exec(`UPDATE ${tgt} AS s SET basis = t.basis, owner = t.owner, department = t.department, deadline = t.deadline, source = t.source, note = t.note
				FROM targets t WHERE s.partial = 1 AND t.indicator = s.indicator AND t.period = s.period AND t.superseded_by IS NULL`);
			for (const [table, base, cols] of [
				[obs, 'observations', OBS],
				[tgt, 'targets', TGT]
			] as const) {
				const same = cols
					.filter((c) => c !== 'indicator' && c !== 'period')
					.map((c) => `b.${c} IS s.${c}`)
					.join(' AND ');
				db.exec(`UPDATE ${table} AS s SET cur_id = b.id, state = CASE WHEN ${same} THEN 'unchanged' ELSE 'updated' END
					FROM ${base} b WHERE b.indicator = s.indicator AND b.period = s.period AND b.superseded_by IS NULL`);
			}
			const sql =
				kind === 'targets'
					? `SELECT coalesce(sum(state = 'added'), 0) AS added, coalesce(sum(state = 'updated'), 0) AS updated, coalesce(sum(state = 'unchanged'), 0) AS unchanged FROM ${tgt}`
					: `SELECT coalesce(sum(o.state = 'added'), 0) AS added,
						coalesce(sum(o.state = 'updated' OR (o.state = 'unchanged' AND t.state IN ('added', 'updated'))), 0) AS updated,
						coalesce(sum(o.state = 'unchanged' AND (t.state IS NULL OR t.state = 'unchanged')), 0) AS unchanged
						FROM ${obs} o LEFT JOIN ${tgt} t ON t.seq = o.seq`;
			const changes = db.prepare(sql).get() as Changes;
			return { ...changes, added: changes.added + (direct?.count ?? 0) };
		},
		async changes(limit: number): Promise<StagedChange[]> {
			if (kind === 'indicators') return definitions.changes(limit);
			const staged = (await stagedTargets(shared, tgt, limit)).map((c) => ({ table: 'targets' as const, ...c }));
			const directT = directTargets?.count ? await targetsWrittenBy(shared, directRevision, Math.min(limit, directTargets.lines.length)) : [];
			const addedT = directT.map((d, i) => ({ table: 'targets' as const, line: directTargets!.lines[i]!, indicator: d.indicator, period: d.period, state: 'added' as const, before: null, after: d.value }));
			const targets = [...staged, ...addedT].sort((a, b) => a.line - b.line).slice(0, limit);
			if (kind === 'targets') return targets;
			const stagedO = (await stagedObservations(shared, obs, limit)).map((c) => ({ table: 'observations' as const, ...c }));
			// Direct rows are all added; they are listed in file order, as the stage's rows are.
			const written = direct?.count ? await writtenBy(shared, directRevision, Math.min(limit, direct.lines.length)) : [];
			const added = written.map((d, i) => ({ table: 'observations' as const, line: direct!.lines[i]!, indicator: d.indicator, period: d.period, state: 'added' as const, before: null, after: d.value }));
			return [...[...stagedO, ...added].sort((a, b) => a.line - b.line).slice(0, limit), ...targets];
		},
		async apply(revision: number) {
			if (direct?.count && revision !== directRevision)
				throw new Error(`staged rows were written under revision ${directRevision}, but the file got revision ${revision}`);
			if (kind === 'indicators') {
				for (const def of definitions.changed()) await supersede(shared, def, revision);
				return;
			}
			for (const [table, base, cols] of [
				[obs, 'observations', OBS],
				[tgt, 'targets', TGT]
			] as const) {
				db.prepare(`UPDATE ${base} SET superseded_by = ? WHERE id IN (SELECT cur_id FROM ${table} WHERE state = 'updated')`).run(revision);
				db.prepare(
					`INSERT INTO ${base} (${cols.join(',')}, revision_id) SELECT ${cols.join(',')}, ? FROM ${table} WHERE state IN ('added', 'updated') ORDER BY seq`
				).run(revision);
			}
		},
		onlyNew() {
			return kind === 'observations' && !anyCurrent;
		},
		wasEmpty(indicator: string) {
			const c = current.get(indicator);
			return c === undefined ? undefined : c === 0;
		},
		async statedYoy() {
			return db
				.prepare(`SELECT line, indicator, period, value, yoy_reported AS yoy, yoy_decimals AS decimals FROM ${obs} WHERE yoy_reported IS NOT NULL ORDER BY seq`)
				.all() as { line: number; indicator: string; period: string; value: number; yoy: number; decimals: number }[];
		}
	};
}
