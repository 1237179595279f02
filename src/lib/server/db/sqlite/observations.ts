// Repository: observations (values by indicator and period; append-only with superseded_by).
import type { StoredObservation } from '../store';
import { toObservation, type ObservationRow } from '../rows';
import { revisionValueChanges, stagedValueChanges, type KeyedChange, type StagedKeyedChange } from './changes';
import type { DB } from './open';

const CURRENT = `FROM observations o
	JOIN indicators i ON i.code = o.indicator AND i.superseded_by IS NULL
	WHERE o.superseded_by IS NULL`;

/** Current values of current indicators (an indicator whose definition was reverted away is hidden). */
export function listCurrent(db: DB, indicators?: string[]): StoredObservation[] {
	const filter = indicators?.length ? `AND o.indicator IN (${indicators.map(() => '?').join(',')})` : '';
	return (db.prepare(`SELECT o.* ${CURRENT} ${filter} ORDER BY o.indicator, o.period`).all(...(indicators ?? [])) as ObservationRow[]).map(toObservation);
}

/**
 * The same rows as listCurrent(), in pages of `size` in (indicator, period) order: each page is one
 * complete query (keyset on the current-values index), so a caller may pause between pages.
 */
export function* currentPages(db: DB, size: number): Generator<StoredObservation[]> {
	const first = db.prepare(`SELECT o.* ${CURRENT} ORDER BY o.indicator, o.period LIMIT ?`);
	const next = db.prepare(`SELECT o.* ${CURRENT} AND (o.indicator, o.period) > (?, ?) ORDER BY o.indicator, o.period LIMIT ?`);
	let page = (first.all(size) as ObservationRow[]).map(toObservation);
	while (page.length > 0) {
		yield page;
		if (page.length < size) return;
		const last = page[page.length - 1]!;
		page = (next.all(last.indicator, last.period, size) as ObservationRow[]).map(toObservation);
	}
}

export function currentValue(db: DB, indicator: string, period: string): number | null {
	const r = db.prepare('SELECT value FROM observations WHERE indicator = ? AND period = ? AND superseded_by IS NULL').get(indicator, period) as
		| { value: number }
		| undefined;
	return r?.value ?? null;
}

/** What revision `id` did to values: written (with what each replaced) and withdrawn. */
export function revisionChanges(db: DB, id: number, limit: number): KeyedChange[] {
	return revisionValueChanges(db, 'observations', id, limit);
}

/** Staged rows (a diffed stage table) that add or update a value, with the current value they replace. */
export function stagedChanges(db: DB, stage: string, limit: number): StagedKeyedChange[] {
	return stagedValueChanges(db, 'observations', stage, limit);
}

/** The first values revision `revision` wrote, in the order written. */
export function writtenBy(db: DB, revision: number, limit: number): { indicator: string; period: string; value: number }[] {
	return db.prepare('SELECT indicator, period, value FROM observations WHERE revision_id = ? ORDER BY id LIMIT ?').all(revision, limit) as {
		indicator: string;
		period: string;
		value: number;
	}[];
}
