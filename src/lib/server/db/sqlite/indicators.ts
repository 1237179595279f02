// Repository: indicator definitions (versioned; the current one has superseded_by NULL).
import type { Indicator } from '../../../domain/model';
import type { DB } from './open';

interface Row {
	code: string;
	name_zh: string;
	name_en: string;
	unit: string;
	kind: Indicator['kind'];
	direction: Indicator['direction'];
	category: string;
	item: number | null;
	description: string;
}

function toIndicator(r: Row): Indicator {
	return {
		code: r.code,
		nameZh: r.name_zh,
		nameEn: r.name_en,
		unit: r.unit,
		kind: r.kind,
		direction: r.direction,
		category: r.category,
		item: r.item,
		description: r.description
	};
}

export function listCurrent(db: DB): Indicator[] {
	// In the order they were first defined (the seed lists the headline indicators first).
	return (
		db.prepare('SELECT i.* FROM indicators i WHERE i.superseded_by IS NULL ORDER BY (SELECT min(j.id) FROM indicators j WHERE j.code = i.code)').all() as Row[]
	).map(toIndicator);
}

export function sameDefinition(a: Indicator, b: Indicator): boolean {
	return (
		a.nameZh === b.nameZh &&
		a.nameEn === b.nameEn &&
		a.unit === b.unit &&
		a.kind === b.kind &&
		a.direction === b.direction &&
		a.category === b.category &&
		a.item === b.item &&
		a.description === b.description
	);
}

/** Writes a new current definition, superseding the old one if any. */
export function supersede(db: DB, indicator: Indicator, revision: number): void {
	db.prepare('UPDATE indicators SET superseded_by = ? WHERE code = ? AND superseded_by IS NULL').run(revision, indicator.code);
	db.prepare(
		`INSERT INTO indicators (code, name_zh, name_en, unit, kind, direction, category, item, description, revision_id)
		 VALUES (@code, @nameZh, @nameEn, @unit, @kind, @direction, @category, @item, @description, @revision)`
	).run({ ...indicator, revision });
}

export const INDICATOR_COLUMNS = 'code, name_zh, name_en, unit, kind, direction, category, item, description';
