import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from './db/sqlite/store';
import type { Store } from './db/store';
import { canonicalQuery, createSignedLink, hrefOf, verifySignedUrl } from './signed-links';

let store: Store;
beforeEach(() => {
	store = createSqliteStore(':memory:');
});
afterEach(() => store.close());

const DAY = 86_400_000;
const at = (href: string) => new URL(href, 'http://board.example');

async function make(days = 7) {
	return createSignedLink(store, {
		indicator: 'tourist-arrivals',
		path: '/embed/tourist-arrivals',
		params: new URLSearchParams({ kind: 'yoy', lang: 'zh-CN', year: '2024' }),
		expiresAt: new Date(Date.now() + days * DAY),
		user: 'ana'
	});
}

describe('signed links', () => {
	it('verify as made, in any parameter order, and list with the same link', async () => {
		const { link, href } = await make();
		expect(await verifySignedUrl(store, at(href))).toMatchObject({ ok: true, link: { id: link.id, indicator: 'tourist-arrivals', createdBy: 'ana' } });
		const u = at(href);
		const reordered = new URL(u.pathname + '?' + [...u.searchParams].reverse().map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'), u);
		expect((await verifySignedUrl(store, reordered)).ok).toBe(true);
		const [listed] = await store.embedLinks({ indicator: 'tourist-arrivals' });
		expect(await hrefOf(store, listed!)).toBe(href);
	});

	it('refuse every tampered parameter, an added one, another path, and a forged signature', async () => {
		const { href } = await make();
		const cases: [string, (u: URL) => void][] = [
			['kind', (u) => u.searchParams.set('kind', 'cumulative')],
			['year', (u) => u.searchParams.set('year', '2023')],
			['extended expiry', (u) => u.searchParams.set('exp', String(Number(u.searchParams.get('exp')) + 365 * 86400))],
			['added param', (u) => u.searchParams.set('theme', 'dark')],
			['other indicator', (u) => (u.pathname = '/embed/tourism-revenue')],
			['forged sig', (u) => u.searchParams.set('sig', 'A'.repeat(43))],
			['no sig', (u) => u.searchParams.delete('sig')]
		];
		for (const [name, change] of cases) {
			const u = at(href);
			change(u);
			expect(await verifySignedUrl(store, u), name).toEqual({ ok: false, reason: 'signature' });
		}
	});

	it('refuse an expired link and a revoked one', async () => {
		const { href, link } = await make(1);
		expect(await verifySignedUrl(store, at(href), Date.now() + 2 * DAY)).toEqual({ ok: false, reason: 'expired' });
		expect(await store.revokeEmbedLink(link.id, 'ana')).toBe(true);
		expect(await store.revokeEmbedLink(link.id, 'ana')).toBe(false);
		expect(await verifySignedUrl(store, at(href))).toEqual({ ok: false, reason: 'revoked' });
	});

	it('sign with a random per-database key: another database refuses the same link', async () => {
		const { href } = await make();
		const other = createSqliteStore(':memory:');
		try {
			expect((await verifySignedUrl(other, at(href))).ok).toBe(false);
		} finally {
			await other.close();
		}
	});

	it('canonical query: sorted, percent-encoded, without sig, so & or = inside a value cannot forge a boundary', () => {
		expect(canonicalQuery(new URLSearchParams('b=2&a=x%26y%3Dz&sig=q&a=1'))).toBe('a=1&a=x%26y%3Dz&b=2');
	});
});

describe('store: secrets and public flags', () => {
	it('generates a secret once and returns the same bytes after', async () => {
		const a = await store.secret('k', () => new Uint8Array([1, 2, 3]));
		const b = await store.secret('k', () => new Uint8Array([9]));
		expect([...a]).toEqual([1, 2, 3]);
		expect([...b]).toEqual([1, 2, 3]);
	});

	it('sets and clears the public flag of an indicator', async () => {
		expect(await store.isIndicatorPublic('tourist-arrivals')).toBe(false);
		await store.setIndicatorPublic('tourist-arrivals', true, 'admin');
		expect(await store.publicIndicators()).toEqual(['tourist-arrivals']);
		await store.setIndicatorPublic('tourist-arrivals', false, 'admin');
		expect(await store.isIndicatorPublic('tourist-arrivals')).toBe(false);
	});
});

describe('embed links from the panel form', () => {
	it('sign exactly the chosen chart and list it as active, then revoked', async () => {
		const { createEmbedLink, listEmbedLinks, newLinkSchema } = await import('./embed-links');
		const form = newLinkSchema.parse({ kind: 'cumulative', year: '2024', lang: 'en', days: '30', note: '区政府网站' });
		const href = await createEmbedLink(store, 'tourist-arrivals', form, 'ana');
		const u = at(href);
		expect(u.pathname).toBe('/embed/tourist-arrivals');
		expect(Object.fromEntries(u.searchParams)).toMatchObject({ kind: 'cumulative', year: '2024', lang: 'en', theme: 'light' });
		expect((await verifySignedUrl(store, u)).ok).toBe(true);
		const [view] = await listEmbedLinks(store, 'tourist-arrivals');
		expect(view).toMatchObject({ state: 'active', note: '区政府网站', createdBy: 'ana', href });
		await store.revokeEmbedLink(view!.id, 'ana');
		expect((await listEmbedLinks(store, 'tourist-arrivals'))[0]!.state).toBe('revoked');
		expect(newLinkSchema.safeParse({ kind: 'yoy', lang: 'zh-CN', days: '400' }).success).toBe(false);
	});
});
