// Repository: observations (values by indicator and period; append-only with superseded_by).
import type { Observation } from '../../../domain/model';
import type { StoredObservation } from '../store';
import type { DB } from './open';

interface Row {
	indicator: string;
	period: string;
	value: number;
	qualifier: Observation['qualifier'];
	provenance: Observation['provenance'];
	yoy_reported: number | null;
	yoy_decimals: number | null;
	source: string;
	note: string;
	revision_id: number;
}

function toObservation(r: Row): StoredObservation {
	return {
		indicator: r.indicator,
		period: r.period,
		value: r.value,
		qualifier: r.qualifier,
		provenance: r.provenance,
		yoyReported: r.yoy_reported,
		yoyDecimals: r.yoy_decimals,
		source: r.source,
		note: r.note,
		revision: r.revision_id
	};
}

export const OBSERVATION_COLUMNS = 'indicator, period, value, qualifier, provenance, yoy_reported, yoy_decimals, source, note';
export const OBSERVATION_KEY = ['indicator', 'period'] as const;

/** Current values of current indicators (an indicator whose definition was reverted away is hidden). */
export function listCurrent(db: DB, indicators?: string[]): StoredObservation[] {
	const filter = indicators?.length ? `AND o.indicator IN (${indicators.map(() => '?').join(',')})` : '';
	return (
		db
			.prepare(
				`SELECT o.* FROM observations o
				 JOIN indicators i ON i.code = o.indicator AND i.superseded_by IS NULL
				 WHERE o.superseded_by IS NULL ${filter} ORDER BY o.indicator, o.period`
			)
			.all(...(indicators ?? [])) as Row[]
	).map(toObservation);
}

export function currentValue(db: DB, indicator: string, period: string): number | null {
	const r = db.prepare('SELECT value FROM observations WHERE indicator = ? AND period = ? AND superseded_by IS NULL').get(indicator, period) as
		| { value: number }
		| undefined;
	return r?.value ?? null;
}
