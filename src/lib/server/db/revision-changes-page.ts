// A page of what a revision changed, with exact counts per table, written once over the shared query
// layer (sql.ts) for both databases. Order: indicators, observations, targets; within a table the rows
// the revision wrote (by id), then those it withdrew without writing a new one (as a revert does).
import type { RevertOutcome, RevisionChange } from '../../ingest/diff';
import { toIndicator, type IndicatorRow } from './rows';
import { placeholders, type Sql } from './sql';

export type ChangeTable = 'indicators' | 'observations' | 'targets';
export const CHANGE_TABLES: readonly ChangeTable[] = ['indicators', 'observations', 'targets'];

export interface RevisionChangesPage {
	/** Exactly how many changes each table has (written plus withdrawn), whatever the page shows. */
	counts: Record<ChangeTable, number>;
	/** Exactly how many changes a revert would treat each way (see revertOutcome), over all tables. */
	outcomes: Record<RevertOutcome, number>;
	changes: RevisionChange[];
}

const SAME_KEY = { indicators: 'a.code = b.code', observations: 'a.indicator = b.indicator AND a.period = b.period', targets: 'a.indicator = b.indicator AND a.period = b.period' };

/** Rows superseded by revision `id` whose key it did not write again: what it withdrew. */
const withdrawnWhere = (t: ChangeTable) => `FROM ${t} b WHERE b.superseded_by = ? AND NOT EXISTS (SELECT 1 FROM ${t} a WHERE a.revision_id = ? AND ${SAME_KEY[t]})`;

async function count(sql: Sql, text: string, params: number[]): Promise<number> {
	return Number((await sql.get<{ n: number }>(text, params))!.n);
}

/** Written rows split as revertOutcome() would: still current and replacing a value (restored on revert),
 * still current and new (withdrawn on revert), or changed again later (kept); and the withdrawn rows. */
async function tableCounts(sql: Sql, t: ChangeTable, id: number): Promise<{ written: number; withdrawn: number; outcomes: Record<RevertOutcome, number> }> {
	const replaced = `EXISTS (SELECT 1 FROM ${t} b WHERE b.superseded_by = ? AND ${SAME_KEY[t]})`;
	const r = (await sql.get<{ restored: number | null; added: number | null; later: number | null }>(
		`SELECT sum(CASE WHEN a.superseded_by IS NULL AND ${replaced} THEN 1 ELSE 0 END) AS restored,
			sum(CASE WHEN a.superseded_by IS NULL AND NOT ${replaced} THEN 1 ELSE 0 END) AS added,
			sum(CASE WHEN a.superseded_by IS NOT NULL THEN 1 ELSE 0 END) AS later
		 FROM ${t} a WHERE a.revision_id = ?`,
		[id, id, id]
	))!;
	const outcomes = { restored: Number(r.restored ?? 0), withdrawn: Number(r.added ?? 0), 'kept-later': Number(r.later ?? 0), unaffected: await count(sql, `SELECT count(*) AS n ${withdrawnWhere(t)}`, [id, id]) };
	return { written: outcomes.restored + outcomes.withdrawn + outcomes['kept-later'], withdrawn: outcomes.unaffected, outcomes };
}

const isTrue = (v: unknown) => v === true || v === 1;

async function writtenValues(sql: Sql, t: 'observations' | 'targets', id: number, offset: number, limit: number): Promise<RevisionChange[]> {
	const rows = await sql.all<{ indicator: string; period: string; before: number | null; after: number; current: unknown }>(
		`WITH b AS MATERIALIZED (SELECT indicator, period, value FROM ${t} WHERE superseded_by = ?)
		 SELECT a.indicator, a.period, b.value AS before, a.value AS after, a.superseded_by IS NULL AS current
		 FROM ${t} a LEFT JOIN b ON b.indicator = a.indicator AND b.period = a.period
		 WHERE a.revision_id = ? ORDER BY a.id LIMIT ? OFFSET ?`,
		[id, id, limit, offset]
	);
	return rows.map((r) => ({ table: t, indicator: r.indicator, period: r.period, before: r.before, after: r.after, current: isTrue(r.current) }));
}

async function withdrawnValues(sql: Sql, t: 'observations' | 'targets', id: number, offset: number, limit: number): Promise<RevisionChange[]> {
	const rows = await sql.all<{ indicator: string; period: string; before: number }>(
		`SELECT b.indicator, b.period, b.value AS before ${withdrawnWhere(t)} ORDER BY b.id LIMIT ? OFFSET ?`,
		[id, id, limit, offset]
	);
	return rows.map((r) => ({ table: t, indicator: r.indicator, period: r.period, before: r.before, after: null, current: false }));
}

async function writtenDefinitions(sql: Sql, id: number, offset: number, limit: number): Promise<RevisionChange[]> {
	const rows = await sql.all<IndicatorRow & { is_current: unknown }>(
		'SELECT a.*, a.superseded_by IS NULL AS is_current FROM indicators a WHERE a.revision_id = ? ORDER BY a.id LIMIT ? OFFSET ?',
		[id, limit, offset]
	);
	if (rows.length === 0) return [];
	const codes = rows.map((r) => r.code);
	const replaced = await sql.all<IndicatorRow>(`SELECT * FROM indicators WHERE superseded_by = ? AND code IN ${placeholders(codes.length)}`, [id, ...codes]);
	const before = new Map(replaced.map((r) => [r.code, toIndicator(r)]));
	return rows.map((r) => ({ table: 'indicators', indicator: r.code, period: null, before: before.get(r.code) ?? null, after: toIndicator(r), current: isTrue(r.is_current) }));
}

async function withdrawnDefinitions(sql: Sql, id: number, offset: number, limit: number): Promise<RevisionChange[]> {
	const rows = await sql.all<IndicatorRow>(`SELECT b.* ${withdrawnWhere('indicators')} ORDER BY b.id LIMIT ? OFFSET ?`, [id, id, limit, offset]);
	return rows.map((r) => ({ table: 'indicators', indicator: r.code, period: null, before: toIndicator(r), after: null, current: false }));
}

/** Changes [offset, offset + limit) of revision `id` in the order above, and the exact counts. */
export async function revisionChangesPage(sql: Sql, id: number, offset: number, limit: number): Promise<RevisionChangesPage> {
	const counts = { indicators: 0, observations: 0, targets: 0 };
	const outcomes: Record<RevertOutcome, number> = { restored: 0, withdrawn: 0, 'kept-later': 0, unaffected: 0 };
	const changes: RevisionChange[] = [];
	let start = 0; // where this table's changes begin in the whole list
	for (const t of CHANGE_TABLES) {
		const c = await tableCounts(sql, t, id);
		counts[t] = c.written + c.withdrawn;
		for (const o of Object.keys(outcomes) as RevertOutcome[]) outcomes[o] += c.outcomes[o];
		// The part of [offset, offset + limit) that falls in this table, first among the written rows…
		const from = Math.max(0, offset - start);
		const to = Math.min(counts[t], offset + limit - start);
		if (from < to) {
			if (from < c.written) {
				const n = Math.min(to, c.written) - from;
				changes.push(...(t === 'indicators' ? await writtenDefinitions(sql, id, from, n) : await writtenValues(sql, t, id, from, n)));
			}
			// …then among the withdrawn ones.
			if (to > c.written) {
				const skip = Math.max(0, from - c.written);
				const n = to - c.written - skip;
				changes.push(...(t === 'indicators' ? await withdrawnDefinitions(sql, id, skip, n) : await withdrawnValues(sql, t, id, skip, n)));
			}
		}
		start += counts[t];
	}
	return { counts, outcomes, changes };
}
