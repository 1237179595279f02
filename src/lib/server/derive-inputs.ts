// The derive after an ingest's commit, spared for the indicators the reading thread already derived from
// the file's rows (derive-file.ts): neither reading back the million rows just written (on the scale shape
// about a third of a derive) nor deriving them again. Only for an indicator whose current rows are, after
// the commit, exactly the file's rows: see `fromFile`.
import type { DerivedIndicator } from './db/common/derived';
import type { Sql } from './db/sql';
import { placeholders } from './db/sql';

/** An indicator's derived rows made from the file alone (by the thread that read it), and the counts they stand on. */
export interface Prederived {
	item: DerivedIndicator;
	values: number;
	targets: number;
}

/**
 * Which of `batch` may take their derived rows from the file (`derived`: by code), after it was committed
 * as `revision`.
 *
 * After a file is applied, every (indicator, period) it gave holds the file's value as the current one
 * (written, or unchanged because equal), and its target likewise where the row gave one. So an indicator
 * whose number of current values and of current targets equals the file's numbers has no current row
 * but the file's: its series is the file's rows (revision, source and note aside, which no derived row
 * reads). That holds only while no later commit touched it, hence `version === revision`.
 */
export async function fromFile(
	db: Sql,
	{ derived: file, revision, onlyNew }: { derived: Map<string, Prederived>; revision: number; onlyNew: boolean },
	batch: { indicator: string; version: number }[]
): Promise<Map<string, DerivedIndicator>> {
	const known = new Map<string, DerivedIndicator>();
	const candidates = batch.filter((b) => b.version === revision && file.has(b.indicator)).map((b) => b.indicator);
	if (candidates.length === 0) return known;
	// Nothing was current before the file (its stage says so): the file's rows are all there is.
	if (onlyNew) {
		for (const code of candidates) known.set(code, { ...file.get(code)!.item, version: revision });
		return known;
	}
	const list = placeholders(candidates.length);
	const count = (table: string) =>
		db.all<{ indicator: string; n: number }>(`SELECT indicator, count(*) AS n FROM ${table} WHERE superseded_by IS NULL AND indicator IN ${list} GROUP BY indicator`, candidates);
	const [values, targets] = await Promise.all([count('observations'), count('targets')]);
	const stored = new Map<string, { values: number; targets: number }>();
	for (const r of values) stored.set(r.indicator, { values: Number(r.n), targets: 0 });
	for (const r of targets) stored.set(r.indicator, { values: stored.get(r.indicator)?.values ?? 0, targets: Number(r.n) });
	for (const code of candidates) {
		const f = file.get(code)!;
		const s = stored.get(code) ?? { values: 0, targets: 0 };
		if (s.values === f.values && s.targets === f.targets) known.set(code, { ...f.item, version: revision });
	}
	return known;
}
