// Staging of one uploaded file in a temp table, so diff and apply are set-based SQL, not a million round trips.
// Rows arrive synchronously from the reader; each becomes one line of a COPY … FROM STDIN (copy.ts) into
// the stage table, sent in chunks while the file is still being read, so the server stores them as they
// come. An observation and the target given beside it share one row (the t_ columns); a targets file's
// row fills only those. The diff is computed by CREATE TABLE AS (insert-only: an UPDATE of a million staged
// rows would write a million new row versions in PostgreSQL), and applied by one statement per table.
import type { Indicator } from '../../../domain/model';
import type { FileKind } from '../../../ingest/columns';
import type { IngestRecord } from '../../../ingest/validate';
import { OBSERVATION_COLUMNS, sameDefinition, TARGET_COLUMNS } from '../rows';
import type { Changes, Stage, StagedChange } from '../store';
import { copyBool, CopyIn, copyNumber as num, copyText as text } from './copy';
import { listCurrent as currentIndicators, supersede } from './indicators';
import { stagedChanges as stagedObservations } from './observations';
import type { PG } from './open';
import { stagedChanges as stagedTargets } from './targets';

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

export function createStage(db: PG): Stage {
	if (!('release' in db)) throw new Error("a stage needs its transaction's own connection, not the pool");
	const n = ++stageCounter;
	const stage = `stage_${n}`;
	const dobs = `diff_obs_${n}`;
	const dtgt = `diff_tgt_${n}`;
	const created = db.query(`CREATE TEMP TABLE ${stage} (${STAGE_COLUMNS.join(', ')}) ON COMMIT DROP`);
	created.catch(() => undefined); // reported by flush
	// Opened at the first row (an indicators file has none), right behind the CREATE on the same connection.
	let copy: CopyIn | null = null;
	const indicators: (Indicator & { line: number })[] = [];
	let seq = 0;
	let staged = 0;
	let kind: FileKind = 'observations';
	let indicatorChanges: { def: Indicator; line: number; before: Indicator | null; state: 'added' | 'updated' | 'unchanged' }[] = [];

	return {
		add(r: IngestRecord) {
			seq++;
			if (r.kind === 'observations') {
				const o = r.record;
				copy ??= new CopyIn(db, `COPY ${stage} FROM STDIN`);
				copy.line(
					`${seq}\t${o.line}\t${text(o.indicator)}\t${text(o.period)}\t${num(o.value)}\t${text(o.qualifier)}\t${text(o.provenance)}\t${num(o.yoyReported)}\t${num(o.yoyDecimals)}\t${text(o.source)}\t${text(o.note)}\t` +
						(o.target === null ? NO_TARGET : `${num(o.target)}\t${text(o.targetQualifier)}${PARTIAL_REST}`)
				);
				staged++;
			} else if (r.kind === 'targets') {
				const t = r.record;
				copy ??= new CopyIn(db, `COPY ${stage} FROM STDIN`);
				copy.line(
					`${seq}\t${t.line}\t${text(t.indicator)}\t${text(t.period)}\t${NO_OBSERVATION}\t${num(t.value)}\t${text(t.qualifier)}\t${text(t.basis)}\t${text(t.owner)}\t` +
						`${text(t.department)}\t${text(t.deadline)}\t${text(t.source)}\t${text(t.note)}\t${copyBool(false)}\n`
				);
				staged++;
			} else {
				indicators.push(r.record);
			}
		},
		async flush() {
			const [create, rows] = await Promise.allSettled([created, copy?.end()]);
			if (create.status === 'rejected') throw create.reason;
			if (rows.status === 'rejected') throw rows.reason;
			// Temp tables get no statistics by themselves; the planner needs them for the joins below.
			if (staged > 1000) await db.query(`ANALYZE ${stage}`);
		},
		async diff(fileKind: FileKind): Promise<Changes> {
			kind = fileKind;
			if (kind === 'indicators') {
				const current = new Map((await currentIndicators(db)).map((i) => [i.code, i]));
				indicatorChanges = indicators.map(({ line, ...def }) => {
					const cur = current.get(def.code) ?? null;
					return { def, line, before: cur, state: !cur ? 'added' : sameDefinition(cur, def) ? 'unchanged' : 'updated' };
				});
				const count = (s: string) => indicatorChanges.filter((c) => c.state === s).length;
				return { added: count('added'), updated: count('updated'), unchanged: count('unchanged') };
			}
			await db.query(`DROP TABLE IF EXISTS ${dobs}, ${dtgt}`);
			const sameObs = OBS.filter((c) => c !== 'indicator' && c !== 'period')
				.map((c) => `b.${c} IS NOT DISTINCT FROM s.${c}`)
				.join(' AND ');
			await db.query(
				`CREATE TEMP TABLE ${dobs} ON COMMIT DROP AS
				 SELECT s.seq, b.id AS cur_id, CASE WHEN b.id IS NULL THEN 'added' WHEN ${sameObs} THEN 'unchanged' ELSE 'updated' END AS state
				 FROM ${stage} s LEFT JOIN observations b ON b.indicator = s.indicator AND b.period = s.period AND b.superseded_by IS NULL
				 WHERE s.value IS NOT NULL`
			);
			// A target given beside an observation changes only the value; basis, owner etc. stay.
			const kept = ['basis', 'owner', 'department', 'deadline', 'source', 'note'];
			const resolved = TGT.map((c) =>
				kept.includes(c) ? `CASE WHEN s.partial AND b.id IS NOT NULL THEN b.${c} ELSE s.t_${c} END AS ${c}` : T_OWN.includes(c) ? `s.t_${c} AS ${c}` : `s.${c}`
			).join(', ');
			const sameTgt = TGT.filter((c) => c !== 'indicator' && c !== 'period')
				.map((c) => `b.${c} IS NOT DISTINCT FROM r.${c}`)
				.join(' AND ');
			await db.query(
				`CREATE TEMP TABLE ${dtgt} ON COMMIT DROP AS
				 SELECT r.*, CASE WHEN r.cur_id IS NULL THEN 'added' WHEN ${sameTgt} THEN 'unchanged' ELSE 'updated' END AS state
				 FROM (SELECT s.seq, ${resolved}, b.id AS cur_id
				       FROM ${stage} s LEFT JOIN targets b ON b.indicator = s.indicator AND b.period = s.period AND b.superseded_by IS NULL
				       WHERE s.t_value IS NOT NULL) r
				 LEFT JOIN targets b ON b.id = r.cur_id`
			);
			const sql =
				kind === 'targets'
					? `SELECT count(*) FILTER (WHERE state = 'added') AS added, count(*) FILTER (WHERE state = 'updated') AS updated,
						count(*) FILTER (WHERE state = 'unchanged') AS unchanged FROM ${dtgt}`
					: `SELECT count(*) FILTER (WHERE o.state = 'added') AS added,
						count(*) FILTER (WHERE o.state = 'updated' OR (o.state = 'unchanged' AND t.state IN ('added', 'updated'))) AS updated,
						count(*) FILTER (WHERE o.state = 'unchanged' AND (t.state IS NULL OR t.state = 'unchanged')) AS unchanged
						FROM ${dobs} o LEFT JOIN ${dtgt} t ON t.seq = o.seq`;
			return (await db.query<Changes>(sql)).rows[0]!;
		},
		async changes(limit: number): Promise<StagedChange[]> {
			if (kind === 'indicators')
				return indicatorChanges
					.filter((c) => c.state !== 'unchanged')
					.slice(0, limit)
					.map((c) => ({ table: 'indicators', indicator: c.def.code, period: null, line: c.line, state: c.state as 'added' | 'updated', before: c.before, after: c.def }));
			const targets = (await stagedTargets(db, stage, dtgt, limit)).map((c) => ({ table: 'targets' as const, ...c }));
			if (kind === 'targets') return targets;
			return [...(await stagedObservations(db, stage, dobs, limit)).map((c) => ({ table: 'observations' as const, ...c })), ...targets];
		},
		async apply(revision: number) {
			if (kind === 'indicators') {
				for (const c of indicatorChanges) if (c.state !== 'unchanged') await supersede(db, c.def, revision);
				return;
			}
			await db.query(`UPDATE observations SET superseded_by = $1 WHERE id IN (SELECT cur_id FROM ${dobs} WHERE state = 'updated')`, [revision]);
			await db.query(
				`INSERT INTO observations (${OBS.join(', ')}, revision_id)
				 SELECT ${OBS.map((c) => `s.${c}`).join(', ')}, $1 FROM ${stage} s JOIN ${dobs} d ON d.seq = s.seq WHERE d.state <> 'unchanged' ORDER BY s.seq`,
				[revision]
			);
			await db.query(`UPDATE targets SET superseded_by = $1 WHERE id IN (SELECT cur_id FROM ${dtgt} WHERE state = 'updated')`, [revision]);
			await db.query(
				`INSERT INTO targets (${TGT.join(', ')}, revision_id) SELECT ${TGT.join(', ')}, $1 FROM ${dtgt} WHERE state <> 'unchanged' ORDER BY seq`,
				[revision]
			);
		},
		async statedYoy() {
			const { rows } = await db.query<{ line: number; indicator: string; period: string; value: number; yoy: number; decimals: number }>(
				`SELECT line, indicator, period, value, yoy_reported AS yoy, yoy_decimals AS decimals FROM ${stage} WHERE yoy_reported IS NOT NULL ORDER BY seq`
			);
			return rows;
		}
	};
}
