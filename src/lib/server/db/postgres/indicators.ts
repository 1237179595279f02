// Repository: indicator definitions (versioned; the current one has superseded_by NULL).
import type { Indicator } from '../../../domain/model';
import { toIndicator, type IndicatorRow } from '../rows';
import type { PG } from './open';

export async function listCurrent(db: PG): Promise<Indicator[]> {
	// In the order they were first defined (the seed lists the headline indicators first).
	const { rows } = await db.query<IndicatorRow>(
		'SELECT i.* FROM indicators i WHERE i.superseded_by IS NULL ORDER BY (SELECT min(j.id) FROM indicators j WHERE j.code = i.code)'
	);
	return rows.map(toIndicator);
}

/** Writes a new current definition, superseding the old one if any. */
export async function supersede(db: PG, i: Indicator, revision: number): Promise<void> {
	await db.query('UPDATE indicators SET superseded_by = $1 WHERE code = $2 AND superseded_by IS NULL', [revision, i.code]);
	await db.query(
		`INSERT INTO indicators (code, name_zh, name_en, unit, kind, direction, category, item, description, revision_id)
		 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
		[i.code, i.nameZh, i.nameEn, i.unit, i.kind, i.direction, i.category, i.item, i.description, revision]
	);
}

export interface DefinitionChange {
	code: string;
	before: Indicator | null;
	after: Indicator | null;
	current: boolean;
}

/** Definitions revision `id` wrote (with the one each superseded) and definitions it withdrew (a revert). */
export async function revisionChanges(db: PG, id: number, limit: number): Promise<DefinitionChange[]> {
	const written = (await db.query<IndicatorRow & { superseded_by: number | null }>('SELECT * FROM indicators WHERE revision_id = $1 ORDER BY id LIMIT $2', [id, limit])).rows;
	const replaced = new Map((await db.query<IndicatorRow>('SELECT * FROM indicators WHERE superseded_by = $1 ORDER BY id', [id])).rows.map((r) => [r.code, toIndicator(r)]));
	const changes: DefinitionChange[] = written.map((r) => ({ code: r.code, before: replaced.get(r.code) ?? null, after: toIndicator(r), current: r.superseded_by === null }));
	const wrote = new Set(written.map((r) => r.code));
	for (const [code, before] of replaced) if (!wrote.has(code) && changes.length < 2 * limit) changes.push({ code, before, after: null, current: false });
	return changes;
}
