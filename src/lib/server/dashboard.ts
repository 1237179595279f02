// Loads every indicator's derived series once per data version, and builds what the overview shows.
import { overviewCards, toCardView, yearsOf, type CardView, type OverviewFilter } from '../domain/cards';
import { buildSeries, seriesOneByOne, type IndicatorSeries } from '../domain/series';
import type { Lang } from '../format/messages';
import { chartText } from './chart-svg';
import type { Store } from './db/store';

type AllSeries = { version: number; series: IndicatorSeries[] };

/**
 * All series, pausing for other requests every ~20 ms: after a large upload the derive takes seconds
 * (about 0.3 s per 24,000 values), which in one piece would stall every request meanwhile.
 */
async function deriveYielding(...data: Parameters<typeof seriesOneByOne>): Promise<IndicatorSeries[]> {
	const out: IndicatorSeries[] = [];
	let slice = performance.now();
	for (const s of seriesOneByOne(...data)) {
		out.push(s);
		if (performance.now() - slice > 20) {
			await new Promise((resolve) => setImmediate(resolve));
			slice = performance.now();
		}
	}
	return out;
}

/** Per store, the build of its series for one data version: requests that arrive while it runs share it. */
const built = new WeakMap<Store, { version: number; series: Promise<AllSeries> }>();

/**
 * All series, rebuilt only when a revision was committed since the last call. The first requests after an
 * upload all wait for one rebuild; each starting its own would block the server once per request.
 */
export async function allSeries(store: Store): Promise<AllSeries> {
	const version = await store.dataVersion();
	const hit = built.get(store);
	if (hit?.version === version) return hit.series;
	const series = Promise.all([store.indicators(), store.observations(), store.targets()]).then(async ([i, o, t]) => ({ version, series: await deriveYielding(i, o, t) }));
	built.set(store, { version, series });
	series.catch(() => {
		if (built.get(store)?.series === series) built.delete(store); // a failed read is not remembered
	});
	return series;
}

export async function oneSeries(store: Store, code: string): Promise<{ version: number; series: IndicatorSeries } | null> {
	const version = await store.dataVersion();
	const hit = built.get(store);
	if (hit?.version === version) {
		const s = (await hit.series).series.find((x) => x.indicator.code === code);
		return s ? { version, series: s } : null;
	}
	const indicator = (await store.indicators()).find((i) => i.code === code);
	if (!indicator) return null;
	const [observations, targets] = await Promise.all([store.observations({ indicators: [code] }), store.targets({ indicators: [code] })]);
	return { version, series: buildSeries(indicator, observations, targets) };
}

export interface OverviewQuery {
	year: number | null;
	category: string | null;
	item: number | null;
	sort: OverviewFilter['sort'];
	lang: Lang;
	/** Only these indicators (a visitor without a sign-in sees the public ones), or null for all. */
	only: Set<string> | null;
}

export interface Overview {
	version: number;
	/** The year shown: the one asked for, else the newest with data. */
	year: number | null;
	years: number[];
	categories: string[];
	cards: CardView[];
}

/** Overviews already built for a store's current data version, by query; a new version starts afresh. */
const overviews = new WeakMap<Store, { version: number; byQuery: Map<string, Overview> }>();
const OVERVIEW_CACHE = 64;

/**
 * The overview's cards for a query, built once per data version, language and filter: every viewer of the
 * same filters gets the same cards, and building 200 of them (labels, sparkline descriptions) is most of
 * the page's load. The result is shared, so callers must not change it.
 */
export async function overview(store: Store, q: OverviewQuery): Promise<Overview> {
	const all = await allSeries(store);
	let built = overviews.get(store);
	if (built?.version !== all.version) overviews.set(store, (built = { version: all.version, byQuery: new Map() }));
	const key = JSON.stringify([q.year, q.category, q.item, q.sort, q.lang, q.only ? [...q.only].sort() : null]);
	const hit = built.byQuery.get(key);
	if (hit) return hit;
	const series = q.only ? all.series.filter((s) => q.only!.has(s.indicator.code)) : all.series;
	const years = yearsOf(series);
	const year = q.year ?? years[0] ?? null;
	const cards = overviewCards(series, { year, category: q.category, item: q.item, sort: q.sort }).map((c) => {
		// Sparklines are images from /charts/CODE.svg (cached, 304 when unchanged): the page stays small.
		const code = c.series.indicator.code;
		const spark = c.series.rows.length >= 2 ? chartText(c.series, 'sparkline', q.lang, all.version) : null;
		return toCardView(c, spark === null ? null : { src: `/charts/${code}.svg?kind=sparkline&lang=${q.lang}&v=${all.version}`, label: spark });
	});
	const result: Overview = { version: all.version, year, years, categories: [...new Set(series.map((s) => s.indicator.category))], cards };
	if (built.byQuery.size >= OVERVIEW_CACHE) built.byQuery.delete(built.byQuery.keys().next().value!);
	built.byQuery.set(key, result);
	return result;
}
