// Repository: observations (values by indicator and period; append-only with superseded_by).
import { OBSERVATION_COLUMNS, toObservation, type ObservationRow } from '../rows';
import { bytewise, placeholders, type Sql } from '../sql';
import type { StoredObservation } from '../store';
import { revisionValueChanges, stagedValueChanges, writtenValues, type KeyedChange, type StagedKeyedChange } from './changes';

const SELECT_CURRENT = `SELECT ${OBSERVATION_COLUMNS
	.split(', ')
	.map((c) => `o.${c}`)
	.join(', ')}, o.revision_id
	FROM observations o
	JOIN indicators i ON i.code = o.indicator AND i.superseded_by IS NULL
	WHERE o.superseded_by IS NULL`;

/** (indicator, period) in byte order on both databases. */
const order = (db: Sql): string => `ORDER BY ${bytewise(db, 'o.indicator')}, ${bytewise(db, 'o.period')}`;

/** Current values of current indicators (an indicator whose definition was reverted away is hidden). */
export async function listCurrent(db: Sql, indicators?: string[]): Promise<StoredObservation[]> {
	const filter = indicators?.length ? `AND o.indicator IN ${placeholders(indicators.length)}` : '';
	const rows = await db.all<ObservationRow>(`${SELECT_CURRENT} ${filter} ${order(db)}`, indicators ?? []);
	return rows.map(toObservation);
}

/**
 * The same rows as listCurrent(), in pages of `size` in (indicator, period) order: each page is one
 * complete query (keyset on the current-values index), so a caller may pause between pages.
 */
export async function* currentPages(db: Sql, size: number): AsyncGenerator<StoredObservation[]> {
	let page = (await db.all<ObservationRow>(`${SELECT_CURRENT} ${order(db)} LIMIT ?`, [size])).map(toObservation);
	while (page.length > 0) {
		yield page;
		if (page.length < size) return;
		const last = page[page.length - 1]!;
		const after = `(${bytewise(db, 'o.indicator')}, ${bytewise(db, 'o.period')}) > (?, ?)`;
		page = (await db.all<ObservationRow>(`${SELECT_CURRENT} AND ${after} ${order(db)} LIMIT ?`, [last.indicator, last.period, size])).map(toObservation);
	}
}

export async function currentValue(db: Sql, indicator: string, period: string): Promise<number | null> {
	const r = await db.get<{ value: number }>('SELECT value FROM observations WHERE indicator = ? AND period = ? AND superseded_by IS NULL', [indicator, period]);
	return r?.value ?? null;
}

/** What revision `id` did to values: written (with what each replaced) and withdrawn. */
export function revisionChanges(db: Sql, id: number, limit: number): Promise<KeyedChange[]> {
	return revisionValueChanges(db, 'observations', id, limit);
}

/** Staged rows (see changes.ts for the shape of `staged`) that add or update a value, with the current value they replace. */
export function stagedChanges(db: Sql, staged: string, limit: number): Promise<StagedKeyedChange[]> {
	return stagedValueChanges(db, 'observations', staged, limit);
}

/** The first values revision `revision` wrote, in the order written. */
export function writtenBy(db: Sql, revision: number, limit: number): Promise<{ indicator: string; period: string; value: number }[]> {
	return writtenValues(db, 'observations', revision, limit);
}
