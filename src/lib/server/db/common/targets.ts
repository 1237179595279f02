// Repository: targets (planned values by indicator and period; append-only with superseded_by).
import { TARGET_COLUMNS, toTarget, type TargetRow } from '../rows';
import { bytewise, placeholders, type Sql } from '../sql';
import type { StoredTarget } from '../store';
import { revisionValueChanges, stagedValueChanges, writtenValues, type KeyedChange, type StagedKeyedChange } from './changes';

/** Current targets of current indicators, in (indicator, period) byte order. */
export async function listCurrent(db: Sql, indicators?: string[]): Promise<StoredTarget[]> {
	const filter = indicators?.length ? `AND t.indicator IN ${placeholders(indicators.length)}` : '';
	const rows = await db.all<TargetRow>(
		`SELECT ${TARGET_COLUMNS.split(', ')
			.map((c) => `t.${c}`)
			.join(', ')}, t.revision_id FROM targets t
		 JOIN indicators i ON i.code = t.indicator AND i.superseded_by IS NULL
		 WHERE t.superseded_by IS NULL ${filter} ORDER BY ${bytewise(db, 't.indicator')}, ${bytewise(db, 't.period')}`,
		indicators ?? []
	);
	return rows.map(toTarget);
}

/** What revision `id` did to targets: written (with what each replaced) and withdrawn. */
export function revisionChanges(db: Sql, id: number, limit: number): Promise<KeyedChange[]> {
	return revisionValueChanges(db, 'targets', id, limit);
}

/** Staged targets (see changes.ts for the shape of `staged`) that add or update one, with the current target they replace. */
export function stagedChanges(db: Sql, staged: string, limit: number): Promise<StagedKeyedChange[]> {
	return stagedValueChanges(db, 'targets', staged, limit);
}

/** The first targets revision `revision` wrote, in the order written. */
export function writtenBy(db: Sql, revision: number, limit: number): Promise<{ indicator: string; period: string; value: number }[]> {
	return writtenValues(db, 'targets', revision, limit);
}
