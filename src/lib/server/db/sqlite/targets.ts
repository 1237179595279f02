// Repository: targets (planned values by indicator and period; append-only with superseded_by).
import type { StoredTarget } from '../store';
import { toTarget, type TargetRow } from '../rows';
import { revisionValueChanges, stagedValueChanges, type KeyedChange, type StagedKeyedChange } from './changes';
import type { DB } from './open';

export function listCurrent(db: DB, indicators?: string[]): StoredTarget[] {
	const filter = indicators?.length ? `AND t.indicator IN (${indicators.map(() => '?').join(',')})` : '';
	return (
		db
			.prepare(
				`SELECT t.* FROM targets t
				 JOIN indicators i ON i.code = t.indicator AND i.superseded_by IS NULL
				 WHERE t.superseded_by IS NULL ${filter} ORDER BY t.indicator, t.period`
			)
			.all(...(indicators ?? [])) as TargetRow[]
	).map(toTarget);
}

/** What revision `id` did to targets: written (with what each replaced) and withdrawn. */
export function revisionChanges(db: DB, id: number, limit: number): KeyedChange[] {
	return revisionValueChanges(db, 'targets', id, limit);
}

/** Staged targets (a diffed stage table) that add or update one, with the current target they replace. */
export function stagedChanges(db: DB, stage: string, limit: number): StagedKeyedChange[] {
	return stagedValueChanges(db, 'targets', stage, limit);
}
