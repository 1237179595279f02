// The overview's cards are built once per data version, language and filter and shared between requests:
// a new upload must show at once, and no filter or language may be served another's cards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allSeries, overview, type OverviewQuery } from './dashboard';
import { createSqliteStore } from './db/sqlite/store';
import type { Store } from './db/store';
import { ingestFiles } from './ingest';

const enc = (s: string) => new TextEncoder().encode(s);
const INDICATORS =
	'代码,名称,英文名称,单位,类型,方向,类别\ntourist-arrivals,旅游接待人次,Tourist arrivals,人次,flow,up,tourism\nlibrary-visits,图书馆到馆人次,Library visits,人次,flow,up,culture\n';
const VALUES = '指标,期间,数值\ntourist-arrivals,2023Q1,1000000\ntourist-arrivals,2024Q1,2100000\nlibrary-visits,2024Q1,50000\n';
const ALL: OverviewQuery = { year: null, category: null, item: null, sort: 'default', lang: 'zh-CN', only: null };

let store: Store;
beforeAll(async () => {
	store = createSqliteStore(':memory:');
	const r = await ingestFiles(store, [
		{ name: 'indicators.csv', bytes: enc(INDICATORS) },
		{ name: 'values.csv', bytes: enc(VALUES) }
	]);
	expect(r.ok).toBe(true);
});
afterAll(() => store.close());

const arrivals = (o: Awaited<ReturnType<typeof overview>>) => o.cards.find((c) => c.code === 'tourist-arrivals');

describe('overview()', () => {
	it('answers a repeated query from its cache, and a new upload with the new figures', async () => {
		const first = await overview(store, ALL);
		expect(arrivals(first)?.row).toMatchObject({ value: 2_100_000, period: { key: '2024-Q1', zh: '2024年一季度' } });
		expect(await overview(store, ALL)).toBe(first);
		const r = await ingestFiles(store, [{ name: 'more.csv', bytes: enc('指标,期间,数值\ntourist-arrivals,2024Q2,2500000\n') }]);
		expect(r.ok).toBe(true);
		const after = await overview(store, ALL);
		expect(after.version).toBeGreaterThan(first.version);
		expect(arrivals(after)?.row).toMatchObject({ value: 2_500_000, period: { key: '2024-Q2' } });
	});

	it('keeps filters, languages and the public subset apart', async () => {
		const culture = await overview(store, { ...ALL, category: 'culture' });
		expect(culture.cards.map((c) => c.code)).toEqual(['library-visits']);
		expect((await overview(store, ALL)).cards.map((c) => c.code).sort()).toEqual(['library-visits', 'tourist-arrivals']);
		const en = await overview(store, { ...ALL, lang: 'en' });
		expect(arrivals(en)?.spark?.src).toContain('lang=en');
		expect(arrivals(await overview(store, ALL))?.spark?.src).toContain('lang=zh-CN');
		const open = await overview(store, { ...ALL, only: new Set(['library-visits']) });
		expect(open.cards.map((c) => c.code)).toEqual(['library-visits']);
		expect(open.years).toEqual([2024]);
	});
});

describe('allSeries()', () => {
	it('builds once for requests that arrive together after an upload, and keeps two stores apart', async () => {
		const r = await ingestFiles(store, [{ name: 'again.csv', bytes: enc('指标,期间,数值\nlibrary-visits,2024Q2,52000\n') }]);
		expect(r.ok).toBe(true);
		let reads = 0;
		const counting: Store = { ...store, observations: (f) => (reads++, store.observations(f)) };
		const [a, b, c] = await Promise.all([allSeries(counting), allSeries(counting), allSeries(counting)]);
		expect(reads).toBe(1);
		expect(b).toBe(a);
		expect(c).toBe(a);
		const other = createSqliteStore(':memory:');
		try {
			expect((await allSeries(other)).series).toEqual([]);
			expect((await allSeries(counting)).series.map((s) => s.indicator.code).sort()).toEqual(['library-visits', 'tourist-arrivals']);
		} finally {
			await other.close();
		}
	});
});
