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
}

export async function overview(store: Store): Promise<OverviewItem[]> {
	const [indicators, observations] = await Promise.all([store.indicators(), store.observations()]);
	const byIndicator = new Map<string, (SeriesPoint & { source: string; note: string; yoyReported: number | null })[]>();
	for (const o of observations) {
		const p = parsePeriod(o.period);
		if (!p.ok) continue;
		let list = byIndicator.get(o.indicator);
		if (!list) byIndicator.set(o.indicator, (list = []));
		list.push({ period: p.value, value: o.value, qualifier: o.qualifier, provenance: o.provenance, source: o.source, note: o.note, yoyReported: o.yoyReported });
	}
	return indicators.map((indicator) => {
		const points = (byIndicator.get(indicator.code) ?? []).sort((a, b) => comparePeriods(a.period, b.period));
		const last = points.at(-1);
		return {
			indicator,
			count: points.length,
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
