// Staging of one uploaded file in temp tables, so diff and apply are set-based SQL, not a million round trips.
// Rows arrive synchronously from the reader; they are gathered column by column and sent in large
// INSERT … SELECT FROM unnest(arrays) statements (one array per column), chained one after another on
// the transaction's connection. The diff is computed by CREATE TABLE AS (insert-only: an UPDATE of a million staged rows
// would write a million new row versions in PostgreSQL).
import type { Indicator } from '../../../domain/model';
import type { FileKind } from '../../../ingest/columns';
import type { IngestRecord } from '../../../ingest/validate';
import { OBSERVATION_COLUMNS, sameDefinition, TARGET_COLUMNS } from '../rows';
import type { Changes, Stage, StagedChange } from '../store';
import { listCurrent as currentIndicators, supersede } from './indicators';
import { stagedChanges as stagedObservations } from './observations';
import type { PG } from './open';
import { stagedChanges as stagedTargets } from './targets';

const CHUNK = 20_000;
let stageCounter = 0;

const OBS = OBSERVATION_COLUMNS.split(', ');
const TGT = TARGET_COLUMNS.split(', ');
const OBS_TYPES = ['int', 'int', 'text', 'text', 'float8', 'text', 'text', 'float8', 'int', 'text', 'text'];
const TGT_TYPES = ['int', 'int', 'text', 'text', 'float8', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'bool'];

/** Statements run one after another on one connection; the first failure is kept and reported by `done`. */
class Chain {
	#tail: Promise<unknown> = Promise.resolve();
	#error: unknown = null;
	constructor(private db: PG) {}
	push(sql: string, params?: unknown[]) {
		this.#tail = this.#tail.then(() => (this.#error ? undefined : this.db.query(sql, params).catch((e) => (this.#error ??= e))));
	}
	async done() {
		await this.#tail;
		if (this.#error) throw this.#error;
	}
}

/** Column-wise buffer of rows for one staging table; full chunks are sent at once, in order. */
class ColumnInsert {
	#cols: unknown[][];
	#rows = 0;
	readonly #sql: string;
	constructor(
		private chain: Chain,
		table: string,
		columns: string[],
		types: string[]
	) {
		this.#cols = columns.map(() => []);
		const arrays = types.map((t, i) => `$${i + 1}::${t}[]`).join(', ');
		this.#sql = `INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${arrays})`;
	}
	push(values: unknown[]) {
		for (let i = 0; i < values.length; i++) this.#cols[i]!.push(values[i]);
		if (++this.#rows === CHUNK) this.send();
	}
	send() {
		if (!this.#rows) return;
		this.chain.push(this.#sql, this.#cols);
		this.#cols = this.#cols.map(() => []);
		this.#rows = 0;
	}
}

export function createStage(db: PG): Stage {
	const n = ++stageCounter;
	const obs = `stage_obs_${n}`;
	const tgt = `stage_tgt_${n}`;
	const dobs = `diff_obs_${n}`;
	const dtgt = `diff_tgt_${n}`;
	const chain = new Chain(db);
	chain.push(`CREATE TEMP TABLE ${obs} (seq int, line int, ${OBS.map((c, i) => `${c} ${OBS_TYPES[i + 2]}`).join(', ')}) ON COMMIT DROP`);
	chain.push(`CREATE TEMP TABLE ${tgt} (seq int, line int, ${TGT.map((c, i) => `${c} ${TGT_TYPES[i + 2]}`).join(', ')}, partial bool) ON COMMIT DROP`);
	const obsInsert = new ColumnInsert(chain, obs, ['seq', 'line', ...OBS], OBS_TYPES);
	const tgtInsert = new ColumnInsert(chain, tgt, ['seq', 'line', ...TGT, 'partial'], TGT_TYPES);
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
				obsInsert.push([seq, o.line, o.indicator, o.period, o.value, o.qualifier, o.provenance, o.yoyReported, o.yoyDecimals, o.source, o.note]);
				if (o.target !== null) tgtInsert.push([seq, o.line, o.indicator, o.period, o.target, o.targetQualifier, '', '', '', '', '', '', true]);
				staged++;
			} else if (r.kind === 'targets') {
				const t = r.record;
				tgtInsert.push([seq, t.line, t.indicator, t.period, t.value, t.qualifier, t.basis, t.owner, t.department, t.deadline, t.source, t.note, false]);
				staged++;
			} else {
				indicators.push(r.record);
			}
		},
		async flush() {
			obsInsert.send();
			tgtInsert.send();
			await chain.done();
			// Temp tables get no statistics by themselves; the planner needs them for the joins below.
			if (staged > 1000) await db.query(`ANALYZE ${obs}, ${tgt}`);
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
				 FROM ${obs} s LEFT JOIN observations b ON b.indicator = s.indicator AND b.period = s.period AND b.superseded_by IS NULL`
			);
			// A target given beside an observation changes only the value; basis, owner etc. stay.
			const kept = ['basis', 'owner', 'department', 'deadline', 'source', 'note'];
			const resolved = TGT.map((c) => (kept.includes(c) ? `CASE WHEN s.partial AND b.id IS NOT NULL THEN b.${c} ELSE s.${c} END AS ${c}` : `s.${c}`)).join(', ');
			const sameTgt = TGT.filter((c) => c !== 'indicator' && c !== 'period')
				.map((c) => `b.${c} IS NOT DISTINCT FROM r.${c}`)
				.join(' AND ');
			await db.query(
				`CREATE TEMP TABLE ${dtgt} ON COMMIT DROP AS
				 SELECT r.*, CASE WHEN r.cur_id IS NULL THEN 'added' WHEN ${sameTgt} THEN 'unchanged' ELSE 'updated' END AS state
				 FROM (SELECT s.seq, ${resolved}, b.id AS cur_id
				       FROM ${tgt} s LEFT JOIN targets b ON b.indicator = s.indicator AND b.period = s.period AND b.superseded_by IS NULL) r
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
			const targets = (await stagedTargets(db, tgt, dtgt, limit)).map((c) => ({ table: 'targets' as const, ...c }));
			if (kind === 'targets') return targets;
			return [...(await stagedObservations(db, obs, dobs, limit)).map((c) => ({ table: 'observations' as const, ...c })), ...targets];
		},
		async apply(revision: number) {
			if (kind === 'indicators') {
				for (const c of indicatorChanges) if (c.state !== 'unchanged') await supersede(db, c.def, revision);
				return;
			}
			await db.query(`UPDATE observations SET superseded_by = $1 WHERE id IN (SELECT cur_id FROM ${dobs} WHERE state = 'updated')`, [revision]);
			await db.query(
				`INSERT INTO observations (${OBS.join(', ')}, revision_id)
				 SELECT ${OBS.map((c) => `s.${c}`).join(', ')}, $1 FROM ${obs} s JOIN ${dobs} d ON d.seq = s.seq WHERE d.state <> 'unchanged' ORDER BY s.seq`,
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
				`SELECT line, indicator, period, value, yoy_reported AS yoy, yoy_decimals AS decimals FROM ${obs} WHERE yoy_reported IS NOT NULL ORDER BY seq`
			);
			return rows;
		}
	};
}
