// What pages read: one page of overview cards from the derived rows, and single series (cached per
// indicator version). A request's cost follows what it shows, not all that is stored.
import { CARD_STATUSES, type CardStatus, type CardView } from '../domain/cards';
import { buildSeries, type IndicatorSeries } from '../domain/series';
import type { Lang } from '../format/messages';
import * as repo from './db/common/derived';
import type { Store } from './db/store';
import { chartSvg } from './chart-svg';
import { ensureDerived, foldSearch } from './derived';

/** Series kept per store: the indicator pages, charts and embeds asked for most recently. */
const SERIES_CACHE = 256;
const seriesCache = new WeakMap<Store, Map<string, { version: number; series: IndicatorSeries }>>();

/**
 * One indicator's series and its version (the revision that last changed it: the key of chart caches and
 * ETags, so a chart stays cached until its own data changes). Null when there is no such indicator.
 */
export async function oneSeries(store: Store, code: string): Promise<{ version: number; series: IndicatorSeries } | null> {
	const version = await repo.versionOf(store.sql, code);
	let cache = seriesCache.get(store);
	if (!cache) seriesCache.set(store, (cache = new Map()));
	const hit = cache.get(code);
	if (hit && version !== null && hit.version === version) {
		cache.delete(code); // most recently used last
		cache.set(code, hit);
		return hit;
	}
	const indicator = await repo.definition(store.sql, code);
	if (!indicator) return null;
	const [observations, targets] = await Promise.all([store.observations({ indicators: [code] }), store.targets({ indicators: [code] })]);
	const found = { version: version ?? (await store.dataVersion()), series: buildSeries(indicator, observations, targets) };
	if (version !== null) {
		cache.set(code, found);
		if (cache.size > SERIES_CACHE) cache.delete(cache.keys().next().value!);
	}
	return found;
}

/** The series of these indicators (in the order given; unknown codes are left out), read in one go. */
export async function someSeries(store: Store, codes: string[]): Promise<IndicatorSeries[]> {
	const out: IndicatorSeries[] = [];
	for (const code of codes) {
		const found = await oneSeries(store, code);
		if (found) out.push(found.series);
	}
	return out;
}

/** Series of the indicators that belong to a rectification item (the /rectification page). */
export async function itemSeries(store: Store): Promise<IndicatorSeries[]> {
	await ensureDerived(store);
	return someSeries(store, await repo.itemCodes(store.sql));
}

/** Years with any value or target, newest first. */
export async function dataYears(store: Store): Promise<number[]> {
	await ensureDerived(store);
	return repo.years(store.sql, false);
}

/** Rows per page of the admin's catalog list. */
export const CATALOG_PAGE = 100;

/** Codes and names of these indicators (those that exist), in the order given. */
export async function namesOf(store: Store, codes: string[]): Promise<{ code: string; nameZh: string; nameEn: string }[]> {
	const found = new Map((await repo.definitions(store.sql, codes)).map((d) => [d.indicator.code, d.indicator]));
	return codes.flatMap((c) => {
		const i = found.get(c);
		return i ? [{ code: c, nameZh: i.nameZh, nameEn: i.nameEn }] : [];
	});
}

/** A page of the catalog for pickers and the admin's lists: search by code or name, 100 a page. */
export async function catalogPage(store: Store, q: { search: string | null; page: number }) {
	await ensureDerived(store);
	const search = q.search ? foldSearch(q.search.trim()) : null;
	const first = await repo.catalogPage(store.sql, { search, limit: CATALOG_PAGE, offset: 0 });
	const pages = Math.max(1, Math.ceil(first.total / CATALOG_PAGE));
	const page = Math.min(Math.max(1, q.page), pages);
	const rows = page === 1 ? first.rows : (await repo.catalogPage(store.sql, { search, limit: CATALOG_PAGE, offset: (page - 1) * CATALOG_PAGE })).rows;
	return { total: first.total, page, pages, rows };
}

/** Cards per overview page: at 9,000 indicators a page stays ~100 KB of HTML and light on a phone. */
export const PAGE_SIZE = 60;

export interface OverviewQuery {
	year: number | null;
	category: string | null;
	item: number | null;
	/** Search text (code or name), or null. */
	q: string | null;
	status: CardStatus | null;
	group: 'category' | 'item';
	sort: 'default' | 'behind';
	/** 1-based. */
	page: number;
	lang: Lang;
	/** A visitor without a sign-in sees only the indicators an admin made public. */
	publicOnly: boolean;
	/** The signed-in user (null: a visitor): followed indicators come first. */
	userId: number | null;
	/** Only the indicators the user follows (`followed=1`). */
	followedOnly: boolean;
}

export interface Overview {
	version: number;
	/** The year shown: the one asked for, else the newest with data. */
	year: number | null;
	years: number[];
	categories: string[];
	/** Indicators per status under the filters (the status filter itself aside). */
	counts: Record<CardStatus, number>;
	/** Indicators under every filter, status included (what the pages hold). */
	total: number;
	page: number;
	pages: number;
	cards: CardView[];
}

/** Overviews already built for a store's current data version, by query; a new version starts afresh. */
const overviews = new WeakMap<Store, { version: number; byQuery: Map<string, Overview> }>();
const OVERVIEW_CACHE = 64;

/** `signedIn`: the card says whether the user follows it (a visitor's cards do not). */
function cardView(r: repo.CardRow, lang: Lang, signedIn: boolean): CardView {
	const figures = r.card === null ? { row: null, target: null } : (JSON.parse(r.card) as Pick<CardView, 'row' | 'target'>);
	const code = r.indicator.code;
	const view: CardView = {
		code,
		nameZh: r.indicator.nameZh,
		nameEn: r.indicator.nameEn,
		unit: r.indicator.unit,
		kind: r.indicator.kind,
		category: r.indicator.category,
		item: r.indicator.item,
		row: figures.row,
		target: figures.target,
		status: r.status,
		// Sparklines are images from /charts/CODE.svg (cached, 304 when unchanged): the page stays small.
		spark: r.spark && { src: `/charts/${code}.svg?kind=sparkline&lang=${lang}&v=${r.version}`, label: lang === 'en' ? r.spark.en : r.spark.zh }
	};
	if (signedIn) view.followed = r.followed;
	return view;
}

/** One page of the overview: filters, search, status counts and paging, all answered by the database. */
export async function overview(store: Store, q: OverviewQuery): Promise<Overview> {
	await ensureDerived(store);
	const version = await store.dataVersion();
	let built = overviews.get(store);
	if (built?.version !== version) overviews.set(store, (built = { version, byQuery: new Map() }));
	// Who is public, and what the user follows, can change without a commit: the key names both.
	const followed = q.userId === null ? null : await store.follows.list(q.userId);
	const key = JSON.stringify([q, q.publicOnly ? await store.publicIndicators() : null, followed]);
	const hit = built.byQuery.get(key);
	if (hit) return hit;
	const [years, categories] = await Promise.all([repo.years(store.sql, q.publicOnly), repo.categories(store.sql, q.publicOnly)]);
	const year = q.year ?? years[0] ?? null;
	const filter: repo.CardFilter = {
		year: year ?? 0,
		category: q.category,
		item: q.item,
		search: q.q ? foldSearch(q.q.trim()) : null,
		publicOnly: q.publicOnly,
		userId: q.userId,
		followedOnly: q.followedOnly && q.userId !== null
	};
	const counts = await repo.statusCounts(store.sql, filter);
	const total = q.status === null ? CARD_STATUSES.reduce((n, s) => n + counts[s], 0) : counts[q.status];
	const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
	const page = Math.min(Math.max(1, q.page), pages);
	const rows = await repo.cardPage(store.sql, { ...filter, status: q.status, group: q.group, sort: q.sort, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
	const result: Overview = { version, year, years, categories, counts, total, page, pages, cards: rows.map((r) => cardView(r, q.lang, q.userId !== null)) };
	if (built.byQuery.size >= OVERVIEW_CACHE) built.byQuery.delete(built.byQuery.keys().next().value!);
	built.byQuery.set(key, result);
	return result;
}

/**
 * Draws the first indicator's page charts once, right after start: the first ECharts render in a process
 * takes about a second (modules, fonts' metrics, the JIT), which the first visitor would otherwise wait for.
 */
export async function warmUp(store: Store): Promise<void> {
	await ensureDerived(store);
	const [first] = (await repo.catalogPage(store.sql, { search: null, limit: 1, offset: 0 })).rows;
	const found = first && (await oneSeries(store, first.code));
	if (!found) return;
	for (const kind of ['yoy', 'cumulative', 'sparkline'] as const) chartSvg(found.series, kind, { lang: 'zh-CN', version: found.version });
}
