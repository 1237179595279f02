// Derived data per indicator, kept in the database: a commit marks the indicators it touched, and only
// those are derived again (their overview cards for every year and the sparkline's text), right after the
// commit by the process that made it, or by whichever process asks first (another instance on the same
// PostgreSQL, a server after a command-line ingest). No request derives every series.
import { describeChart } from '../charts/index';
import { cardFor, toCardView, yearsOf } from '../domain/cards';
import type { Indicator } from '../domain/model';
import { buildSeries } from '../domain/series';
import { CATEGORY_ORDER } from '../format/messages';
import * as repo from './db/common/derived';
import type { Store, StoredObservation, StoredTarget } from './db/store';
import { fromFile, type Prederived } from './derive-inputs';

/** A committed file's indicators as derived from its rows while it was read (derive-file.ts), by code. */
export interface CommittedFile {
	derived: Map<string, Prederived>;
	revision: number;
	/** No indicator the file names had a current value or target before it (Stage.onlyNew): no need to count. */
	onlyNew: boolean;
}

const sameDefinition = (a: Indicator, b: Indicator) =>
	a.code === b.code && a.nameZh === b.nameZh && a.nameEn === b.nameEn && a.unit === b.unit && a.kind === b.kind &&
	a.direction === b.direction && a.category === b.category && a.item === b.item && a.description === b.description;

/** Indicators derived per read and write: ~100–200 ms of work, and memory for only these at a time. */
const BATCH = 200;
/**
 * After an ingest that derived its indicators while reading (derive-file.ts) a batch costs a check and a
 * write, so batches are larger: each is one write transaction, and its commit (a sync to disk) was then
 * most of the time.
 */
const PREDERIVED_BATCH = 2000;

/** NFKC and lower case, so that `（验收）` finds `(验收)` and `Tourist` finds `tourist`; the same on both databases. */
export function foldSearch(text: string): string {
	return text.normalize('NFKC').toLowerCase();
}

export function categoryRank(category: string): number {
	const i = CATEGORY_ORDER.indexOf(category);
	return i < 0 ? CATEGORY_ORDER.length : i;
}

/** An indicator's derived rows from its current values and targets (pure apart from the chart text). */
export function deriveIndicator(
	indicator: Indicator,
	ord: number,
	version: number,
	observations: StoredObservation[],
	targets: StoredTarget[]
): repo.DerivedIndicator {
	const series = buildSeries(indicator, observations, targets);
	const cards = yearsOf([series]).map((year) => {
		const card = cardFor(series, year);
		const view = toCardView(card, null);
		return { year, status: card.status, card: JSON.stringify({ row: view.row, target: view.target }) };
	});
	const spark =
		series.rows.length >= 2
			? { zh: describeChart(series, 'sparkline', { lang: 'zh-CN', ssr: true }), en: describeChart(series, 'sparkline', { lang: 'en', ssr: true }) }
			: null;
	return {
		indicator,
		version,
		ord,
		categoryRank: categoryRank(indicator.category),
		search: foldSearch(`${indicator.code}\n${indicator.nameZh}\n${indicator.nameEn}`),
		spark,
		cards
	};
}

function byIndicator<T extends { indicator: string }>(rows: T[]): Map<string, T[]> {
	const map = new Map<string, T[]>();
	for (const r of rows) {
		const list = map.get(r.indicator);
		if (list) list.push(r);
		else map.set(r.indicator, [r]);
	}
	return map;
}

const pause = () => new Promise((resolve) => setImmediate(resolve));

/**
 * The store that state is kept for: a store wrapped for one request with Object.create (an upload's paged
 * preview does) shares counts, single flight and checked version with the store it wraps.
 */
function keyOf(store: Store): object {
	let s: object = store;
	while (!Object.hasOwn(s, 'sql')) {
		const up = Object.getPrototypeOf(s) as object | null;
		if (up === null) return store;
		s = up;
	}
	return s;
}

/** Indicators this process derived, per store (tests and /api/v1/health read it). */
const derivedCounts = new WeakMap<object, number>();
export function derivedCount(store: Store): number {
	return derivedCounts.get(keyOf(store)) ?? 0;
}

/** Counts indicators derived otherwise (an ingest writes a new indicator's rows in its own commit, derive-sink.ts). */
export function countDerived(store: Store, n: number): void {
	if (n > 0) derivedCounts.set(keyOf(store), derivedCount(store) + n);
}

async function refreshOnce(store: Store, file?: CommittedFile): Promise<number> {
	let total = 0;
	const seen = new Set<string>();
	for (;;) {
		const batch = (await repo.stale(store.sql, file ? PREDERIVED_BATCH : BATCH)).filter((b) => !seen.has(b.indicator));
		if (batch.length === 0) return total;
		const codes = batch.map((b) => b.indicator);
		for (const c of codes) seen.add(c);
		// Versions are read before the data: if a commit lands in between, the rows are derived from newer
		// data under the older version, and simply derived once more next time.
		const [defs, known] = await Promise.all([repo.definitions(store.sql, codes), file ? fromFile(store.sql, file, batch) : new Map<string, repo.DerivedIndicator>()]);
		const def = new Map(defs.map((d) => [d.indicator.code, d]));
		for (const [code, item] of known) if (!def.has(code) || !sameDefinition(item.indicator, def.get(code)!.indicator)) known.delete(code);
		const { observations, targets } = await repo.inputs(store.sql, codes.filter((c) => !known.has(c)));
		const obs = byIndicator(observations);
		const tgt = byIndicator(targets);
		const items: repo.DerivedIndicator[] = [];
		let slice = performance.now();
		for (const b of batch) {
			const d = def.get(b.indicator);
			if (!d) continue;
			const own = known.get(b.indicator);
			if (own) items.push({ ...own, ord: d.ord });
			else items.push(deriveIndicator(d.indicator, d.ord, b.version, obs.get(b.indicator) ?? [], tgt.get(b.indicator) ?? []));
			if (performance.now() - slice > 20) {
				await pause(); // other requests get in between
				slice = performance.now();
			}
		}
		const gone = batch.filter((b) => !def.has(b.indicator));
		const written = await store.transaction((tx) => repo.write(tx.sql, items, gone));
		total += written;
		countDerived(store, written);
	}
}

const running = new WeakMap<object, Promise<number>>();

/**
 * Derives what is stale, one run at a time per store (a run that starts after another sees what that
 * one wrote, so nothing is derived twice). Resolves to the number of indicators derived.
 */
export function refreshDerived(store: Store, file?: CommittedFile): Promise<number> {
	const next = (running.get(keyOf(store)) ?? Promise.resolve(0)).catch(() => 0).then(() => refreshOnce(store, file));
	running.set(keyOf(store), next);
	return next;
}

const checked = new WeakMap<object, { version: number; done: Promise<number> }>();

/**
 * Before a page reads derived rows: when a revision was committed since this process last looked (by
 * it or by anyone else on the same database), derive what that left stale. One cheap query otherwise.
 */
export async function ensureDerived(store: Store): Promise<void> {
	const version = await store.dataVersion();
	const hit = checked.get(keyOf(store));
	if (hit?.version === version) {
		await hit.done;
		return;
	}
	const done = refreshDerived(store);
	checked.set(keyOf(store), { version, done });
	done.catch(() => {
		if (checked.get(keyOf(store))?.done === done) checked.delete(keyOf(store)); // a failed refresh is tried again
	});
	await done;
}
