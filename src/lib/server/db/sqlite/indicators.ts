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
