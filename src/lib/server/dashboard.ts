// Loads every indicator's derived series once per data version, and selects what the overview shows.
import { buildAllSeries, buildSeries, type IndicatorSeries } from '../domain/series';
import type { Store } from './db/store';

let cache: { version: number; series: IndicatorSeries[] } | null = null;

/** All series, rebuilt only when a revision was committed since the last call. */
export async function allSeries(store: Store): Promise<{ version: number; series: IndicatorSeries[] }> {
	const version = await store.dataVersion();
	if (cache?.version === version) return cache;
	const [indicators, observations, targets] = await Promise.all([store.indicators(), store.observations(), store.targets()]);
	cache = { version, series: buildAllSeries(indicators, observations, targets) };
	return cache;
}

export async function oneSeries(store: Store, code: string): Promise<{ version: number; series: IndicatorSeries } | null> {
	const version = await store.dataVersion();
	if (cache?.version === version) {
		const s = cache.series.find((x) => x.indicator.code === code);
		return s ? { version, series: s } : null;
	}
	const indicator = (await store.indicators()).find((i) => i.code === code);
	if (!indicator) return null;
	const [observations, targets] = await Promise.all([store.observations({ indicators: [code] }), store.targets({ indicators: [code] })]);
	return { version, series: buildSeries(indicator, observations, targets) };
}

