// Per-row changes of an upload or a revision, and what they mean for the analyst: the 同比 a new value
// implies, and what a revert would bring back. Pure, so the server, the API and the pages agree.
import { growth } from '../domain/metrics';
import type { Indicator } from '../domain/model';
import { parsePeriod, sameLastYear } from '../domain/period';

/** One value changed, by indicator and period; for an indicator definition, the whole definition. */
export type ValueChange =
	| { table: 'observations' | 'targets'; indicator: string; period: string; before: number | null; after: number | null }
	| { table: 'indicators'; indicator: string; period: null; before: Indicator | null; after: Indicator | null };

/** A staged file's row that would add or update a value (`before`: the current one). */
export type StagedChange = ValueChange & { line: number; state: 'added' | 'updated' };

/** A staged change as the preview shows it: observations carry the 同比 (a fraction) the new value implies. */
export type DiffRow = StagedChange & { yoy?: number | null };

/**
 * What a revision changed: `after` is what it wrote (null: it withdrew the value, as a revert does),
 * `before` what it superseded; `current` says its written value is still the current one.
 */
export type RevisionChange = ValueChange & { current: boolean };

/**
 * Adds the 同比 each new observation implies against the value a year earlier, as the data will stand
 * after the commit (`valueAt` reads that state; the base may come from the same file).
 */
export async function withImpliedYoy(
	changes: StagedChange[],
	valueAt: (indicator: string, period: string) => Promise<number | null>
): Promise<DiffRow[]> {
	const rows: DiffRow[] = [];
	for (const c of changes) {
		if (c.table !== 'observations' || c.after === null) {
			rows.push(c);
			continue;
		}
		const p = parsePeriod(c.period);
		rows.push({ ...c, yoy: p.ok ? growth(c.after, await valueAt(c.indicator, sameLastYear(p.value).key)) : null });
	}
	return rows;
}

/**
 * What reverting the revision does to one of its changes, mirroring the store's revert: a value it wrote
 * that is still current goes back to what it replaced (or is withdrawn when it replaced nothing); a value
 * changed again later stays; a value it withdrew (a revert's own change) is left as it is.
 */
export type RevertOutcome = 'restored' | 'withdrawn' | 'kept-later' | 'unaffected';

export function revertOutcome(c: RevisionChange): RevertOutcome {
	if (c.after === null) return 'unaffected';
	if (!c.current) return 'kept-later';
	return c.before === null ? 'withdrawn' : 'restored';
}
