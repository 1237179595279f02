// Repository: targets (planned values by indicator and period; append-only with superseded_by).
import { toTarget, type TargetRow } from '../rows';
import type { StoredTarget } from '../store';
import { revisionValueChanges, stagedValueChanges, type KeyedChange, type StagedKeyedChange } from './changes';
import type { PG } from './open';

export async function listCurrent(db: PG, indicators?: string[]): Promise<StoredTarget[]> {
	const filter = indicators?.length ? 'AND t.indicator = ANY($1::text[])' : '';
	const { rows } = await db.query<TargetRow>(
		`SELECT t.* FROM targets t
		 JOIN indicators i ON i.code = t.indicator AND i.superseded_by IS NULL
		 WHERE t.superseded_by IS NULL ${filter} ORDER BY t.indicator COLLATE "C", t.period COLLATE "C"`,
		indicators?.length ? [indicators] : []
	);
	return rows.map(toTarget);
}

/** What revision `id` did to targets: written (with what each replaced) and withdrawn. */
export function revisionChanges(db: PG, id: number, limit: number): Promise<KeyedChange[]> {
	return revisionValueChanges(db, 'targets', id, limit);
}

/** Staged targets (`stage` with its diff table `diff`) that add or update a value, with the current one they replace. */
export function stagedChanges(db: PG, stage: string, diff: string, limit: number): Promise<StagedKeyedChange[]> {
	return stagedValueChanges(db, 'targets', stage, diff, limit);
}
