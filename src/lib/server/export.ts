// Current data out as rows (CSV for Excel, JSON for programs); re-importing an export changes nothing.
import { growth } from '../domain/metrics';
import { parsePeriod, sameLastYear } from '../domain/period';
import { writeCsv } from '../ingest/csv';
import type { Store } from './db/store';

export interface ExportRow {
	indicator: string;
	period: string;
	value: number;
	unit: string;
	qualifier: string | null;
	target: number | null;
	yoy_reported: number | null;
	yoy_computed: number | null;
	provenance: string;
	source: string;
	note: string;
	revision: number;
}

export const EXPORT_FIELDS: (keyof ExportRow)[] = [
	'indicator',
	'period',
	'value',
	'unit',
	'qualifier',
	'target',
	'yoy_reported',
	'yoy_computed',
	'provenance',
	'source',
	'note',
	'revision'
];

/** Rows carry the stated YoY's written decimals for the CSV (37.50% stays 37.50%); JSON drops them. */
export type ExportRowWithDecimals = ExportRow & { yoyDecimals: number | null };

export async function exportRows(store: Store, indicators?: string[]): Promise<ExportRowWithDecimals[]> {
	const [defs, observations, targets] = await Promise.all([
		store.indicators(),
		store.observations({ indicators }),
		store.targets({ indicators })
	]);
	const unit = new Map(defs.map((d) => [d.code, d.unit]));
	const value = new Map(observations.map((o) => [`${o.indicator}\t${o.period}`, o.value]));
	const target = new Map(targets.map((t) => [`${t.indicator}\t${t.period}`, t.value]));
	return observations.map((o) => {
		const p = parsePeriod(o.period);
		const base = p.ok ? value.get(`${o.indicator}\t${sameLastYear(p.value).key}`) : undefined;
		const g = growth(o.value, base);
		return {
			indicator: o.indicator,
			period: o.period,
			value: o.value,
			unit: unit.get(o.indicator) ?? '',
			qualifier: o.qualifier,
			target: target.get(`${o.indicator}\t${o.period}`) ?? null,
			yoy_reported: o.yoyReported,
			yoy_computed: g === null ? null : Math.round(g * 1e6) / 1e4,
			provenance: o.provenance,
			source: o.source,
			note: o.note,
			revision: o.revision,
			yoyDecimals: o.yoyDecimals
		};
	});
}

/** UTF-8 with a BOM (so Excel reads Chinese), CRLF line ends, formula-looking text neutralised. */
export function toCsv(rows: ExportRowWithDecimals[]): string {
	const data = rows.map((r) =>
		EXPORT_FIELDS.map((f) => {
			if (f === 'yoy_reported') {
				return r.yoy_reported === null ? '' : `${r.yoy_reported.toFixed(r.yoyDecimals ?? 0)}%`;
			}
			if (f === 'yoy_computed') return r.yoy_computed === null ? '' : `${r.yoy_computed}%`;
			const v = r[f];
			return v === null ? '' : v;
		})
	);
	return writeCsv(EXPORT_FIELDS, data);
}

export function toJson(rows: ExportRowWithDecimals[]): string {
	return JSON.stringify(rows.map(({ yoyDecimals: _d, ...row }) => row));
}
