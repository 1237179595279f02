// Repository: observations (values by indicator and period; append-only with superseded_by).
import { toObservation, type ObservationRow } from '../rows';
import type { StoredObservation } from '../store';
import { revisionValueChanges, stagedValueChanges, type KeyedChange, type StagedKeyedChange } from './changes';
import type { PG } from './open';

/** Current values of current indicators (an indicator whose definition was reverted away is hidden). */
export async function listCurrent(db: PG, indicators?: string[]): Promise<StoredObservation[]> {
	const filter = indicators?.length ? 'AND o.indicator = ANY($1::text[])' : '';
	const { rows } = await db.query<ObservationRow>(
		`SELECT o.* FROM observations o
		 JOIN indicators i ON i.code = o.indicator AND i.superseded_by IS NULL
		 WHERE o.superseded_by IS NULL ${filter} ORDER BY o.indicator COLLATE "C", o.period COLLATE "C"`,
		indicators?.length ? [indicators] : []
	);
	return rows.map(toObservation);
}

export async function currentValue(db: PG, indicator: string, period: string): Promise<number | null> {
	const { rows } = await db.query<{ value: number }>('SELECT value FROM observations WHERE indicator = $1 AND period = $2 AND superseded_by IS NULL', [
		indicator,
		period
	]);
	return rows[0]?.value ?? null;
}

/** What revision `id` did to observations: written (with what each replaced) and withdrawn. */
export function revisionChanges(db: PG, id: number, limit: number): Promise<KeyedChange[]> {
	return revisionValueChanges(db, 'observations', id, limit);
}

/** Staged observations (`stage` with its diff table `diff`) that add or update a value, with the current one they replace. */
export function stagedChanges(db: PG, stage: string, diff: string, limit: number): Promise<StagedKeyedChange[]> {
	return stagedValueChanges(db, 'observations', stage, diff, limit);
}
