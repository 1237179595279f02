// Per indicator: its latest value with 同比, and the report quote behind it — the data for the overview list.
import { yoyFor, type SeriesPoint } from '../domain/metrics';
import type { Indicator, Provenance } from '../domain/model';
import { comparePeriods, parsePeriod, periodLabel, type Period } from '../domain/period';
import type { Store } from './db/store';

export interface OverviewItem {
	indicator: Indicator;
	latest: {
		period: string;
		label: { zh: string; en: string };
		value: number;
		qualifier: string | null;
		provenance: Provenance;
		source: string;
		note: string;
		yoy: number | null;
		yoyReported: number | null;
	} | null;
	count: number;
	/** The newest target, so a planned-only indicator (计划) still shows what is planned. */
	target: { period: string; label: { zh: string; en: string }; value: number; basis: string; source: string } | null;
}

export async function overview(store: Store): Promise<OverviewItem[]> {
	const [indicators, observations, targets] = await Promise.all([store.indicators(), store.observations(), store.targets()]);
	const byIndicator = new Map<string, (SeriesPoint & { source: string; note: string; yoyReported: number | null })[]>();
	for (const o of observations) {
		const p = parsePeriod(o.period);
		if (!p.ok) continue;
		let list = byIndicator.get(o.indicator);
		if (!list) byIndicator.set(o.indicator, (list = []));
		list.push({ period: p.value, value: o.value, qualifier: o.qualifier, provenance: o.provenance, source: o.source, note: o.note, yoyReported: o.yoyReported });
	}
	const latestTarget = new Map<string, { period: Period; value: number; basis: string; source: string }>();
	for (const t of targets) {
		const p = parsePeriod(t.period);
		if (!p.ok) continue;
		const cur = latestTarget.get(t.indicator);
		if (!cur || comparePeriods(cur.period, p.value) < 0) latestTarget.set(t.indicator, { period: p.value, value: t.value, basis: t.basis, source: t.source });
	}
	return indicators.map((indicator) => {
		const t = latestTarget.get(indicator.code);
		const points = (byIndicator.get(indicator.code) ?? []).sort((a, b) => comparePeriods(a.period, b.period));
		const last = points.at(-1);
		return {
			indicator,
			count: points.length,
			target: t ? { period: t.period.key, label: { zh: periodLabel(t.period, 'zh-CN'), en: periodLabel(t.period, 'en') }, value: t.value, basis: t.basis, source: t.source } : null,
			latest: last
				? {
						period: last.period.key,
						label: { zh: periodLabel(last.period as Period, 'zh-CN'), en: periodLabel(last.period as Period, 'en') },
						value: last.value,
						qualifier: last.qualifier,
						provenance: last.provenance,
						source: last.source,
						note: last.note,
						yoy: yoyFor(points, last.period),
						yoyReported: last.yoyReported
					}
				: null
		};
	});
}
