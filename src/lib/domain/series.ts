// One indicator's whole story — values, targets and every derived metric — built once and shared by
// the cards, the data table, the narrative and every chart, so they can never disagree.
import { deriveSeries, type DerivedRow, type Status } from './metrics';
import type { Indicator, Observation, Target } from './model';
import { comparePeriods, parsePeriod, type Period, type PeriodKind } from './period';

export interface SeriesRow extends DerivedRow {
	source: string;
	note: string;
	/** YoY as the source states it, in percent (37.5), or null. */
	yoyReported: number | null;
	revision: number | null;
}

export interface SeriesTarget {
	period: Period;
	value: number;
	qualifier: string | null;
	basis: string;
	owner: string;
	department: string;
	deadline: string;
	source: string;
}

export interface IndicatorSeries {
	indicator: Indicator;
	/** Every current value, oldest first, with its derived metrics. */
	rows: SeriesRow[];
	targets: SeriesTarget[];
	/** The newest row (what a card shows), or null without data. */
	latest: SeriesRow | null;
	/** The period kind most rows use (month, quarter, …): the x-axis of the charts. */
	primaryKind: PeriodKind | null;
	/** Status for the latest row, or for the newest target when nothing was reported yet. */
	status: Status;
}

type StoredObservation = Observation & { revision?: number };

const KIND_PREFERENCE: PeriodKind[] = ['month', 'quarter', 'half', 'year', 'ytd', 'interval', 'holiday'];

function primaryKindOf(rows: { period: Period }[]): PeriodKind | null {
	const counts = new Map<PeriodKind, number>();
	for (const r of rows) counts.set(r.period.kind, (counts.get(r.period.kind) ?? 0) + 1);
	let best: PeriodKind | null = null;
	for (const k of KIND_PREFERENCE) if ((counts.get(k) ?? 0) > (best ? counts.get(best)! : 0)) best = k;
	return best;
}

export function buildSeries(indicator: Indicator, observations: StoredObservation[], targets: Target[]): IndicatorSeries {
	// Loops rather than flatMap and map: this runs for every indicator of a large upload (9,000 on the scale
	// shape), and a small array per row to flatten was a third of its own time.
	const values: { period: Period; value: number; qualifier: string | null; provenance: Observation['provenance'] }[] = [];
	// Keyed by the canonical period key, as the derived rows are (the stored text may be any written form).
	const extra = new Map<string, StoredObservation>();
	for (const o of observations) {
		const p = parsePeriod(o.period);
		if (!p.ok) continue;
		values.push({ period: p.value, value: o.value, qualifier: o.qualifier, provenance: o.provenance });
		extra.set(p.value.key, o);
	}
	const seriesTargets: SeriesTarget[] = [];
	for (const t of targets) {
		const p = parsePeriod(t.period);
		if (p.ok) seriesTargets.push({ ...t, period: p.value });
	}
	seriesTargets.sort((a, b) => comparePeriods(a.period, b.period));
	const derived = deriveSeries(indicator, values, seriesTargets);
	// Fields written out, not `{ ...d, source, … }`: on Node 20 a spread followed by more properties costs
	// microseconds per object (dictionary-mode copies), about half of deriving 24,000 rows.
	const rows: SeriesRow[] = derived.map((d) => {
		const o = extra.get(d.period.key)!;
		return {
			period: d.period,
			value: d.value,
			qualifier: d.qualifier,
			provenance: d.provenance,
			yoy: d.yoy,
			pop: d.pop,
			ytd: d.ytd,
			target: d.target,
			completion: d.completion,
			timeProgress: d.timeProgress,
			status: d.status,
			source: o.source,
			note: o.note,
			yoyReported: o.yoyReported,
			revision: o.revision ?? null
		};
	});
	// A holiday or an interval is a side story; the headline is the newest regular period.
	const regular = rows.filter((r) => r.period.kind !== 'holiday' && r.period.kind !== 'interval');
	const latest = regular.at(-1) ?? rows.at(-1) ?? null;
	return {
		indicator,
		rows,
		targets: seriesTargets,
		latest,
		primaryKind: primaryKindOf(rows),
		status: latest ? latest.status : 'no-target'
	};
}

/** Groups flat store lists by indicator code, then builds each series. */
export function buildAllSeries(indicators: Indicator[], observations: StoredObservation[], targets: Target[]): IndicatorSeries[] {
	return [...seriesOneByOne(indicators, observations, targets)];
}

/** Every indicator's series, one at a time (a caller may pause between them). */
export function* seriesOneByOne(indicators: Indicator[], observations: StoredObservation[], targets: Target[]): Generator<IndicatorSeries> {
	const obs = new Map<string, StoredObservation[]>();
	for (const o of observations) (obs.get(o.indicator) ?? obs.set(o.indicator, []).get(o.indicator)!).push(o);
	const tgt = new Map<string, Target[]>();
	for (const t of targets) (tgt.get(t.indicator) ?? tgt.set(t.indicator, []).get(t.indicator)!).push(t);
	for (const i of indicators) yield buildSeries(i, obs.get(i.code) ?? [], tgt.get(i.code) ?? []);
}
