// The overview reads derived rows kept per indicator: they must say exactly what deriving every series
// would, a commit must re-derive only the indicators it touched, and paging, search and status counts
// must be answered by the database without building every card.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overviewCards, toCardView, yearsOf } from '../domain/cards';
import { buildAllSeries } from '../domain/series';
import { overview, PAGE_SIZE, type OverviewQuery } from './dashboard';
import { createSqliteStore } from './db/sqlite/store';
import type { Store } from './db/store';
import { derivedCount, refreshDerived } from './derived';
import { ingestFiles } from './ingest';
import { seedIfEmpty } from './seed';

const enc = (s: string) => new TextEncoder().encode(s);
const INDICATORS =
	'代码,名称,英文名称,单位,类型,方向,类别\ntourist-arrivals,旅游接待人次,Tourist arrivals,人次,flow,up,tourism\nlibrary-visits,图书馆到馆人次（验收）,Library visits,人次,flow,up,culture\n';
const VALUES = '指标,期间,数值\ntourist-arrivals,2023Q1,1000000\ntourist-arrivals,2024Q1,2100000\nlibrary-visits,2024Q1,50000\n';
const ALL: OverviewQuery = { year: null, category: null, item: null, q: null, status: null, group: 'category', sort: 'default', page: 1, lang: 'zh-CN', publicOnly: false, userId: null, followedOnly: false };

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
		expect(arrivals(en)?.spark?.label).toMatch(/[A-Za-z]/);
		expect(arrivals(await overview(store, ALL))?.spark?.src).toContain('lang=zh-CN');
		await store.setIndicatorPublic('library-visits', true, null);
		const open = await overview(store, { ...ALL, publicOnly: true });
		expect(open.cards.map((c) => c.code)).toEqual(['library-visits']);
		expect(open.years).toEqual([2024]);
		await store.setIndicatorPublic('tourist-arrivals', true, null); // no commit: the cached subset must not be served
		expect((await overview(store, { ...ALL, publicOnly: true })).cards.map((c) => c.code).sort()).toEqual(['library-visits', 'tourist-arrivals']);
		await store.setIndicatorPublic('tourist-arrivals', false, null);
	});

	it('finds indicators by code or name, folding case and full-width forms', async () => {
		const codes = async (q: string) => (await overview(store, { ...ALL, q })).cards.map((c) => c.code);
		expect(await codes('LIBRARY')).toEqual(['library-visits']);
		expect(await codes('(验收)')).toEqual(['library-visits']);
		expect(await codes('旅游接待')).toEqual(['tourist-arrivals']);
		expect(await codes('%')).toEqual([]);
	});
});

describe('derived rows per indicator', () => {
	it('re-derives only the indicators a commit touched', async () => {
		const before = derivedCount(store);
		const r = await ingestFiles(store, [{ name: 'again.csv', bytes: enc('指标,期间,数值\nlibrary-visits,2024Q2,52000\n') }]);
		expect(r.ok).toBe(true);
		expect(derivedCount(store) - before).toBe(1);
		expect(await refreshDerived(store)).toBe(0); // nothing left stale
		const card = (await overview(store, ALL)).cards.find((c) => c.code === 'library-visits');
		expect(card?.row).toMatchObject({ value: 52_000, period: { key: '2024-Q2' } });
	});

	it('say for the seed, in every year and order, what deriving every series says', async () => {
		const seeded = createSqliteStore(':memory:');
		try {
			expect(await seedIfEmpty(seeded, join(process.cwd(), 'data'), true)).not.toBeNull();
			const series = buildAllSeries(await seeded.indicators(), await seeded.observations(), await seeded.targets());
			const years = yearsOf(series);
			expect(years.length).toBeGreaterThan(1);
			for (const year of years)
				for (const sort of ['default', 'behind'] as const) {
					const o = await overview(seeded, { ...ALL, year, sort });
					const expected = overviewCards(series, { year, category: null, item: null, sort }).map((c) => toCardView(c, null));
					const byCode = new Map(expected.map((c) => [c.code, c]));
					expect(o.cards.length).toBe(expected.length);
					for (const card of o.cards) {
						const want = byCode.get(card.code)!;
						expect({ ...card, spark: null }).toEqual(want);
					}
					if (sort === 'behind') {
						// Within each category, behind first, as the pure ordering does.
						const rank = (s: string) => ['behind', 'on-schedule', 'no-data', 'achieved', 'no-target'].indexOf(s);
						for (let i = 1; i < o.cards.length; i++)
							if (o.cards[i]!.category === o.cards[i - 1]!.category) expect(rank(o.cards[i]!.status)).toBeGreaterThanOrEqual(rank(o.cards[i - 1]!.status));
					}
				}
		} finally {
			await seeded.close();
		}
	});
});

describe('paging and status counts', () => {
	it('pages in the database, with counts per status and a status filter', async () => {
		const many = createSqliteStore(':memory:');
		try {
			const n = PAGE_SIZE * 2 + 7;
			const codes = Array.from({ length: n }, (_, i) => `ind-${String(i).padStart(3, '0')}`);
			const defs = ['代码,名称,单位,类型,方向,类别', ...codes.map((c, i) => `${c},指标${i},人次,flow,up,${i % 2 ? 'culture' : 'tourism'}`)].join('\n');
			// Half have a 2024 target: the first third of those are behind (10% of the target in 一季度).
			const targets = ['指标,期间,目标值', ...codes.filter((_, i) => i % 2 === 0).map((c) => `${c},2024,1000`)].join('\n');
			const values = ['指标,期间,数值', ...codes.map((c, i) => `${c},2024Q1,${i % 6 === 0 ? 100 : 300}`)].join('\n');
			const r = await ingestFiles(many, [
				{ name: 'i.csv', bytes: enc(defs) },
				{ name: 't.csv', bytes: enc(targets) },
				{ name: 'v.csv', bytes: enc(values) }
			]);
			expect(r.ok).toBe(true);
			const first = await overview(many, ALL);
			expect(first.total).toBe(n);
			expect(first.pages).toBe(3);
			expect(first.cards).toHaveLength(PAGE_SIZE);
			const behind = codes.filter((_, i) => i % 6 === 0).length;
			const withTarget = codes.filter((_, i) => i % 2 === 0).length;
			expect(first.counts).toEqual({ behind, 'on-schedule': withTarget - behind, 'no-target': n - withTarget, 'no-data': 0, achieved: 0 });
			const seen = new Set<string>();
			for (let page = 1; page <= 3; page++) for (const c of (await overview(many, { ...ALL, page })).cards) seen.add(c.code);
			expect(seen.size).toBe(n); // every indicator on exactly one page
			const last = await overview(many, { ...ALL, page: 99 });
			expect(last.page).toBe(3);
			expect(last.cards).toHaveLength(7);
			const onlyBehind = await overview(many, { ...ALL, status: 'behind' });
			expect(onlyBehind.total).toBe(behind);
			expect(onlyBehind.cards.every((c) => c.status === 'behind')).toBe(true);
			expect(onlyBehind.counts).toEqual(first.counts); // counts ignore the status filter itself
			// Tourism first (the catalog's category order), and within it the catalog order.
			expect(first.cards[0]!.code).toBe('ind-000');
			expect(first.cards.every((c) => c.category === 'tourism')).toBe(true); // 64 tourism indicators fill page 1
			expect((await overview(many, { ...ALL, page: 2 })).cards.findIndex((c) => c.category === 'culture')).toBe(withTarget - PAGE_SIZE);
		} finally {
			await many.close();
		}
	});
});
