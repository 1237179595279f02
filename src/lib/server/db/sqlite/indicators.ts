// Repository: indicator definitions (versioned; the current one has superseded_by NULL).
import type { Indicator } from '../../../domain/model';
import { toIndicator, type IndicatorRow } from '../rows';
import type { DB } from './open';

export function listCurrent(db: DB): Indicator[] {
	// In the order they were first defined (the seed lists the headline indicators first).
	return (
		db.prepare('SELECT i.* FROM indicators i WHERE i.superseded_by IS NULL ORDER BY (SELECT min(j.id) FROM indicators j WHERE j.code = i.code)').all() as IndicatorRow[]
	).map(toIndicator);
}

/** Writes a new current definition, superseding the old one if any. */
export function supersede(db: DB, indicator: Indicator, revision: number): void {
	db.prepare('UPDATE indicators SET superseded_by = ? WHERE code = ? AND superseded_by IS NULL').run(revision, indicator.code);
	db.prepare(
		`INSERT INTO indicators (code, name_zh, name_en, unit, kind, direction, category, item, description, revision_id)
		 VALUES (@code, @nameZh, @nameEn, @unit, @kind, @direction, @category, @item, @description, @revision)`
	).run({ ...indicator, revision });
}

export interface DefinitionChange {
	code: string;
	before: Indicator | null;
	after: Indicator | null;
	current: boolean;
}

/** Definitions revision `id` wrote (with the one each superseded) and definitions it withdrew (a revert). */
export function revisionChanges(db: DB, id: number, limit: number): DefinitionChange[] {
	const written = db.prepare('SELECT * FROM indicators WHERE revision_id = ? ORDER BY id LIMIT ?').all(id, limit) as (IndicatorRow & { superseded_by: number | null })[];
	const replaced = new Map(
		(db.prepare('SELECT * FROM indicators WHERE superseded_by = ? ORDER BY id').all(id) as IndicatorRow[]).map((r) => [r.code, toIndicator(r)])
	);
	const changes: DefinitionChange[] = written.map((r) => ({ code: r.code, before: replaced.get(r.code) ?? null, after: toIndicator(r), current: r.superseded_by === null }));
	const wrote = new Set(written.map((r) => r.code));
	for (const [code, before] of replaced) if (!wrote.has(code) && changes.length < 2 * limit) changes.push({ code, before, after: null, current: false });
	return changes;
}
