// Staging of one uploaded file in a temp table, so diff and apply are set-based SQL, not a million round trips.
// Rows arrive synchronously from the reader; each becomes one line of a COPY … FROM STDIN (copy.ts),
// sent in chunks while the file is still being read, so the server stores them as they come.
//
// The direct path (direct.ts), as on SQLite (sqlite/stage.ts): a value of an indicator that had no current value
// at all can only be "added" (the reader refuses a second row for one indicator and period), so it is
// COPYed straight into `observations` under the revision the file will get, and the target beside it
// into `targets` when the indicator had no current target either: a first upload of a large file is
// written once, not staged, diffed and copied again. Which indicators
// have current rows is read once, and only for a file of some thousands of rows (directPath): a small
// upload is staged whole, as before. Rows with a stated YoY still go through the stage: the YoY check
// reads them there.
//
// Every other row goes into the stage table: an observation and the target given beside it share one
// row (the t_ columns); a targets file's row fills only those. The diff is one CREATE TABLE AS over the
// stage joined with the current observations and targets (insert-only: an UPDATE of a million staged
// rows would write a million new row versions in PostgreSQL); the counts are one pass over it, and
// apply is one UPDATE and one INSERT … SELECT per table. When no indicator the staged rows name has a
// current value or target, there is nothing to diff: no diff table, and apply copies the stage as it is.
// Indicator definitions (thousands at most) go by arrays.
import type { FileKind } from '../../../ingest/columns';
import type { IngestRecord } from '../../../ingest/validate';
import { INDICATOR_COLUMNS, OBSERVATION_COLUMNS, TARGET_COLUMNS } from '../rows';
import type { Changes, Stage, StagedChange } from '../store';
import type { StagedKeyedChange } from '../common/changes';
import { StagedDefinitions } from '../common/indicators';
import { stagedChanges as stagedObservations } from '../common/observations';
import { stagedChanges as stagedTargets } from '../common/targets';
import { pgSql } from '../sql';
import { copyBool, CopyIn, copyNumber as num, copyText as text } from './copy';
import { anyCurrentRows, directPath, DirectRows, indicatorsWithCurrentRows } from './direct';
import type { PG } from './open';

let stageCounter = 0;

const OBS = OBSERVATION_COLUMNS.split(', ');
const TGT = TARGET_COLUMNS.split(', ');
/** Target columns in the stage: indicator and period are the row's own; the others are prefixed t_. */
const T_OWN = TGT.filter((c) => c !== 'indicator' && c !== 'period');
const STAGE_COLUMNS = [
	'seq int',
	'line int',
	'indicator text',
	'period text',
	// Observation columns; `value` is NULL on a row that holds only a target.
	'value float8',
	'qualifier text',
	'provenance text',
	'yoy_reported float8',
	'yoy_decimals int',
	'source text',
	'note text',
	// Target columns; `t_value` is NULL on a row without a target. `partial`: given beside an observation.
	...T_OWN.map((c) => `t_${c} ${c === 'value' ? 'float8' : 'text'}`),
	'partial bool'
];
/** The fields after the target's value and qualifier of a target given beside an observation, and of a row with no target. */
const PARTIAL_REST = `\t${T_OWN.slice(2).map(() => '').join('\t')}\tt\n`;
const NO_TARGET = `${T_OWN.map(() => '\\N').join('\t')}\t\\N\n`;
const NO_OBSERVATION = Array(OBS.length - 2).fill('\\N').join('\t');

/** Compared for "unchanged": every column but the key. */
const SAME_OBSERVATION = OBS.filter((c) => c !== 'indicator' && c !== 'period')
	.map((c) => `o.${c} IS NOT DISTINCT FROM s.${c}`)
	.join(' AND ');
/** A target given beside an observation changes only the value and qualifier; these stay as they are. */
const KEPT = ['basis', 'owner', 'department', 'deadline', 'source', 'note'];
const SAME_TARGET = `t.value IS NOT DISTINCT FROM s.t_value AND t.qualifier IS NOT DISTINCT FROM s.t_qualifier AND (s.partial OR (${KEPT.map((c) => `t.${c} IS NOT DISTINCT FROM s.t_${c}`).join(' AND ')}))`;

/** Indicator fields in the order of INDICATOR_COLUMNS after `code`, and the types of all its columns. */
const INDICATOR_FIELDS = ['nameZh', 'nameEn', 'unit', 'kind', 'direction', 'category', 'item', 'description'] as const;
const INDICATOR_TYPES = ['text', 'text', 'text', 'text', 'text', 'text', 'text', 'int', 'text'];

/** What a stage needs of its transaction (store.ts). */
export interface StageTx {
	/** Inserts a placeholder revision for the direct rows and returns its id (reserved-revision.ts). */
	reserve(): Promise<number>;
	/** Whether the transaction is still going on (see CopyIn). */
	open(): boolean;
}

export async function createStage(db: PG, tx: StageTx): Promise<Stage> {
	if (!('release' in db)) throw new Error("a stage needs its transaction's own connection, not the pool");
	const n = ++stageCounter;
	const stage = `stage_${n}`;
	const diff = `diff_${n}`;
	// The shared repositories (common/) on the transaction's own connection.
	const sql = pgSql(db);
	// The stage joined with each half of its diff, shaped as the staged-changes query (common/changes.ts) reads one.
	const obsDiff = `(SELECT s.seq, s.line, s.indicator, s.period, d.obs_state AS state, d.obs_cur AS cur_id, s.value FROM ${stage} s JOIN ${diff} d ON d.seq = s.seq)`;
	const tgtDiff = `(SELECT s.seq, s.line, s.indicator, s.period, d.tgt_state AS state, d.tgt_cur AS cur_id, d.tgt_value AS value FROM ${stage} s JOIN ${diff} d ON d.seq = s.seq)`;
	// Rows are sent once the table exists; a failure is reported by flush.
	const copy = new CopyIn(db, tx.open, db.query(`CREATE TEMP TABLE ${stage} (${STAGE_COLUMNS.join(', ')}) ON COMMIT DROP`));
	const stageRows = copy.into(`COPY ${stage} FROM STDIN`);
	const definitions = new StagedDefinitions();
	let seq = 0;
	let staged = 0;
	let stagedObservationRows = 0;
	let stagedTargetRows = 0;
	/** Some staged row names an indicator that had a current value or target (so the stage is diffed). */
	let stagedCurrent = false;
	/** Some row the file names had a current value or target (see onlyNew). */
	let anyCurrent = false;
	let kind: FileKind = 'observations';
	// Per table, after diff: every staged row adds a value (no current one for its key), as on a first
	// upload; apply then copies the stage as it is, without joining the diff.
	let onlyAdded = { observations: false, targets: false };
	// After diff: no indicator the staged rows name had any current value or target, so every staged row
	// is added and there is no diff table at all (no statistics, no join).
	let fresh = false;

	let direct: DirectRows | null = null;
	/** Per indicator with current rows, as before this file (see indicatorsWithCurrentRows); null until read. */
	let current = directPath.lookupAfter === 0 ? await indicatorsWithCurrentRows(db) : null;
	/**
	 * Records held, in file order, until the stage knows where they go: past directPath.lookupAfter of them
	 * it asks what is current and routes them all once told; a file that ends before stages them all. Held,
	 * not staged meanwhile, so that rows go the same way as on SQLite and the ids follow the file's order.
	 */
	let held: IngestRecord[] | null = current ? null : [];
	let lookup = false;
	/** Indicators of rows staged without asking what is current (a small file); diff asks about them. */
	const unknown = new Set<string>();
	/** For a staged row: notes whether its indicator had current rows, or that it is not known. */
	const stagedOf = (indicator: string) => {
		if (current === null) unknown.add(indicator);
		else if (current.has(indicator)) stagedCurrent = anyCurrent = true;
	};
	const release = () => {
		const records = held!;
		held = null;
		for (const r of records) route(r);
	};

	/** Writes a value or target row: directly when it can only be added (see the top of this file), else into the stage. */
	function route(r: IngestRecord) {
		seq++;
		if (r.kind === 'observations') {
			const o = r.record;
			const had = current?.get(o.indicator) ?? 0;
			if (current !== null && o.yoyReported === null && (had === 0 || (had === 1 && o.target === null))) {
				if (had !== 0) anyCurrent = true;
				(direct ??= new DirectRows(copy, tx.reserve)).add(o);
				return;
			}
			stagedOf(o.indicator);
			stagedObservationRows++;
			if (o.target !== null) stagedTargetRows++;
			stageRows.line(
				`${seq}\t${o.line}\t${text(o.indicator)}\t${text(o.period)}\t${num(o.value)}\t${text(o.qualifier)}\t${text(o.provenance)}\t${num(o.yoyReported)}\t${num(o.yoyDecimals)}\t${text(o.source)}\t${text(o.note)}\t` +
					(o.target === null ? NO_TARGET : `${num(o.target)}\t${text(o.targetQualifier)}${PARTIAL_REST}`)
			);
			staged++;
		} else if (r.kind === 'targets') {
			const t = r.record;
			stagedOf(t.indicator);
			stagedTargetRows++;
			stageRows.line(
				`${seq}\t${t.line}\t${text(t.indicator)}\t${text(t.period)}\t${NO_OBSERVATION}\t${num(t.value)}\t${text(t.qualifier)}\t${text(t.basis)}\t${text(t.owner)}\t` +
					`${text(t.department)}\t${text(t.deadline)}\t${text(t.source)}\t${text(t.note)}\t${copyBool(false)}\n`
			);
			staged++;
		}
	}

	/** With no diff table (fresh): the staged rows, all added, as the staged-changes queries list them. */
	const addedRows = async (value: 'value' | 't_value', limit: number) =>
		(
			await db.query<StagedKeyedChange>(
				`SELECT line, indicator, period, 'added' AS state, NULL::float8 AS before, ${value} AS after FROM ${stage} WHERE ${value} IS NOT NULL ORDER BY seq LIMIT $1`,
				[limit]
			)
		).rows;
	/** Staged and direct rows of one table in file order, at most `limit`. */
	const inFileOrder = (a: StagedKeyedChange[], b: StagedKeyedChange[], limit: number) => (b.length ? [...a, ...b].sort((x, y) => x.line - y.line) : a).slice(0, limit);

	return {
		add(r: IngestRecord) {
			if (r.kind === 'indicators') return definitions.add(r.record);
			if (held === null) return route(r);
			held.push(r);
			if (held.length > directPath.lookupAfter && !lookup) {
				lookup = true;
				copy.then(async () => {
					current = await indicatorsWithCurrentRows(db);
					release();
				});
			}
		},
		async flush() {
			if (held !== null && !lookup) release();
			await copy.end();
		},
		async diff(fileKind: FileKind): Promise<Changes> {
			kind = fileKind;
			if (kind === 'indicators') return definitions.diff(sql);
			// Only a file that never asked what is current has such rows, and then none was written directly.
			if (unknown.size && (await anyCurrentRows(db, [...unknown]))) stagedCurrent = anyCurrent = true;
			fresh = !stagedCurrent;
			onlyAdded = { observations: fresh, targets: fresh };
			if (fresh)
				return kind === 'targets'
					? { added: stagedTargetRows, updated: 0, unchanged: 0 }
					: { added: stagedObservationRows + (direct?.observations.count ?? 0), updated: 0, unchanged: 0 };
			// Temp tables get no statistics by themselves; the planner needs them for the joins below.
			if (staged > 1000) await db.query(`ANALYZE ${stage}`);
			await db.query(`DROP TABLE IF EXISTS ${diff}`);
			await db.query(
				`CREATE TEMP TABLE ${diff} ON COMMIT DROP AS
				 SELECT s.seq,
					o.id AS obs_cur,
					CASE WHEN s.value IS NULL THEN NULL WHEN o.id IS NULL THEN 'added' WHEN ${SAME_OBSERVATION} THEN 'unchanged' ELSE 'updated' END AS obs_state,
					t.id AS tgt_cur,
					CASE WHEN s.t_value IS NULL THEN NULL WHEN t.id IS NULL THEN 'added' WHEN ${SAME_TARGET} THEN 'unchanged' ELSE 'updated' END AS tgt_state,
					s.t_value AS tgt_value,
					${KEPT.map((c) => `CASE WHEN s.partial THEN t.${c} END AS kept_${c}`).join(', ')}
				 FROM ${stage} s
				 LEFT JOIN observations o ON s.value IS NOT NULL AND o.indicator = s.indicator AND o.period = s.period AND o.superseded_by IS NULL
				 LEFT JOIN targets t ON s.t_value IS NOT NULL AND t.indicator = s.indicator AND t.period = s.period AND t.superseded_by IS NULL`
			);
			// A row of an observations file counts as updated when its value or its target changes.
			const { rows } = await db.query<Changes & { tgt_added: number; tgt_updated: number; tgt_unchanged: number; obs_replaced: number }>(
				`SELECT count(*) FILTER (WHERE obs_state = 'added') AS added,
					count(*) FILTER (WHERE obs_state = 'updated' OR (obs_state = 'unchanged' AND tgt_state IN ('added', 'updated'))) AS updated,
					count(*) FILTER (WHERE obs_state = 'unchanged' AND (tgt_state IS NULL OR tgt_state = 'unchanged')) AS unchanged,
					count(*) FILTER (WHERE obs_state IN ('updated', 'unchanged')) AS obs_replaced,
					count(*) FILTER (WHERE tgt_state = 'added') AS tgt_added,
					count(*) FILTER (WHERE tgt_state = 'updated') AS tgt_updated,
					count(*) FILTER (WHERE tgt_state = 'unchanged') AS tgt_unchanged
				 FROM ${diff}`
			);
			const c = rows[0]!;
			onlyAdded = { observations: c.obs_replaced === 0, targets: c.tgt_updated + c.tgt_unchanged === 0 };
			return kind === 'targets'
				? { added: c.tgt_added, updated: c.tgt_updated, unchanged: c.tgt_unchanged }
				: { added: c.added + (direct?.observations.count ?? 0), updated: c.updated, unchanged: c.unchanged };
		},
		async changes(limit: number): Promise<StagedChange[]> {
			if (kind === 'indicators') return definitions.changes(limit);
			const stagedT = fresh ? await addedRows('t_value', limit) : await stagedTargets(sql, tgtDiff, limit);
			const targets = inFileOrder(stagedT, (await direct?.targets.changes(sql, direct.revision, limit)) ?? [], limit).map((c) => ({ table: 'targets' as const, ...c }));
			if (kind === 'targets') return targets;
			const stagedO = fresh ? await addedRows('value', limit) : await stagedObservations(sql, obsDiff, limit);
			const observations = inFileOrder(stagedO, (await direct?.observations.changes(sql, direct.revision, limit)) ?? [], limit);
			return [...observations.map((c) => ({ table: 'observations' as const, ...c })), ...targets];
		},
		async apply(revision: number) {
			if (direct && revision !== direct.revision)
				throw new Error(`rows were written directly under revision ${direct.revision}, but the file got revision ${revision}`);
			if (kind === 'indicators') {
				const changed = definitions.changed();
				if (!changed.length) return;
				const codes = changed.map((i) => i.code);
				await db.query('UPDATE indicators SET superseded_by = $1 WHERE superseded_by IS NULL AND code = ANY($2::text[])', [revision, codes]);
				const columns: unknown[][] = [codes, ...INDICATOR_FIELDS.map((f) => changed.map((i) => i[f]))];
				await db.query(
					`INSERT INTO indicators (${INDICATOR_COLUMNS}, revision_id)
					 SELECT ${INDICATOR_COLUMNS}, $1 FROM unnest(${INDICATOR_TYPES.map((t, i) => `$${i + 2}::${t}[]`).join(', ')})
						WITH ORDINALITY AS u(${INDICATOR_COLUMNS}, n) ORDER BY n`,
					[revision, ...columns]
				);
				return;
			}
			if (staged === 0) return; // every row went the direct path
			if (!fresh) await db.query(`UPDATE observations SET superseded_by = $1 WHERE id IN (SELECT obs_cur FROM ${diff} WHERE obs_state = 'updated')`, [revision]);
			await db.query(
				`INSERT INTO observations (${OBS.join(', ')}, revision_id)
				 SELECT ${OBS.map((c) => `s.${c}`).join(', ')}, $1 FROM ${stage} s
				 ${onlyAdded.observations ? 'WHERE s.value IS NOT NULL' : `JOIN ${diff} d ON d.seq = s.seq WHERE d.obs_state IN ('added', 'updated')`} ORDER BY s.seq`,
				[revision]
			);
			if (!fresh) await db.query(`UPDATE targets SET superseded_by = $1 WHERE id IN (SELECT tgt_cur FROM ${diff} WHERE tgt_state = 'updated')`, [revision]);
			// A kept column is never NULL in targets, so NULL in the diff means "as staged".
			await db.query(
				onlyAdded.targets
					? `INSERT INTO targets (${TGT.join(', ')}, revision_id)
						SELECT s.indicator, s.period, ${T_OWN.map((c) => `s.t_${c}`).join(', ')}, $1 FROM ${stage} s WHERE s.t_value IS NOT NULL ORDER BY s.seq`
					: `INSERT INTO targets (${TGT.join(', ')}, revision_id)
						SELECT s.indicator, s.period, s.t_value, s.t_qualifier, ${KEPT.map((c) => `coalesce(d.kept_${c}, s.t_${c})`).join(', ')}, $1
						FROM ${stage} s JOIN ${diff} d ON d.seq = s.seq WHERE d.tgt_state IN ('added', 'updated') ORDER BY s.seq`,
				[revision]
			);
		},
		onlyNew() {
			return kind === 'observations' && !anyCurrent;
		},
		wasEmpty(indicator: string) {
			return current === null ? undefined : !current.has(indicator);
		},
		ready() {
			return copy.ready();
		},
		async statedYoy() {
			const { rows } = await db.query<{ line: number; indicator: string; period: string; value: number; yoy: number; decimals: number }>(
				`SELECT line, indicator, period, value, yoy_reported AS yoy, yoy_decimals AS decimals FROM ${stage} WHERE yoy_reported IS NOT NULL ORDER BY seq`
			);
			return rows;
		}
	};
}
