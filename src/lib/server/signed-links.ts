// Signed chart links: an HMAC-SHA256 over the path and every query parameter, so a link that was edited
// (another indicator, a later expiry, another chart) no longer verifies. The key is random, made on first
// use and kept in the database, never in code, a response or a log. Revocation is a row in the store.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EmbedLink, Store } from './db/store';

const SECRET_NAME = 'embed-link-hmac-sha256';
/** The one parameter the signature does not cover: itself. */
export const SIG_PARAM = 'sig';
export const LINK_PARAM = 'link';
export const EXPIRY_PARAM = 'exp';
/** Longest life an analyst may give a link. */
export const MAX_LINK_DAYS = 366;

const keys = new WeakMap<Store, Promise<Uint8Array>>();

/** The store's HMAC key, created with crypto.randomBytes the first time any process asks. */
function linkKey(store: Store): Promise<Uint8Array> {
	let key = keys.get(store);
	if (!key) {
		key = store.secret(SECRET_NAME, () => randomBytes(32));
		keys.set(store, key);
		key.catch(() => keys.delete(store));
	}
	return key;
}

/**
 * The signed text: parameters sorted by name, then value, each name=value percent-encoded, joined by &.
 * Sorting makes the order a browser or a mail client keeps irrelevant; encoding makes `&` inside a value
 * unable to forge a parameter boundary.
 */
export function canonicalQuery(params: URLSearchParams): string {
	const pairs = [...params].filter(([k]) => k !== SIG_PARAM);
	pairs.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
	return pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

function hmac(key: Uint8Array, path: string, canonical: string): Buffer {
	return createHmac('sha256', key).update(`${path}?${canonical}`).digest();
}

export interface NewLink {
	indicator: string;
	path: string;
	/** The chart parameters (kind, lang, year, theme, size…); link id and expiry are added here. */
	params: URLSearchParams;
	expiresAt: Date;
	user: string | null;
	note?: string;
}

/** Stores the link and returns it with its signed path+query (relative: the origin is the caller's). */
export async function createSignedLink(store: Store, l: NewLink): Promise<{ link: EmbedLink; href: string }> {
	const id = randomBytes(12).toString('base64url');
	const params = new URLSearchParams(l.params);
	for (const k of [SIG_PARAM, LINK_PARAM, EXPIRY_PARAM]) params.delete(k);
	params.set(LINK_PARAM, id);
	params.set(EXPIRY_PARAM, String(Math.floor(l.expiresAt.getTime() / 1000)));
	const query = canonicalQuery(params);
	const sig = hmac(await linkKey(store), l.path, query).toString('base64url');
	const link = await store.createEmbedLink({
		id,
		indicator: l.indicator,
		path: l.path,
		query,
		expiresAt: new Date(Number(params.get(EXPIRY_PARAM)) * 1000).toISOString(),
		createdBy: l.user,
		note: l.note
	});
	return { link, href: signedHref(link, sig) };
}

function signedHref(link: EmbedLink, sig: string): string {
	return `${link.path}?${link.query}&${SIG_PARAM}=${sig}`;
}

/** The full link again (for the list): the signature is recomputed, never stored. */
export async function hrefOf(store: Store, link: EmbedLink): Promise<string> {
	return signedHref(link, hmac(await linkKey(store), link.path, link.query).toString('base64url'));
}

export type Verdict = { ok: true; link: EmbedLink } | { ok: false; reason: 'signature' | 'expired' | 'revoked' };

/** Checks a request URL that carries `sig`: signature first (constant time), then expiry, then the row. */
export async function verifySignedUrl(store: Store, url: URL, now = Date.now()): Promise<Verdict> {
	const given = Buffer.from(url.searchParams.get(SIG_PARAM) ?? '', 'base64url');
	const query = canonicalQuery(url.searchParams);
	const expected = hmac(await linkKey(store), url.pathname, query);
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
	const exp = Number(url.searchParams.get(EXPIRY_PARAM));
	if (!Number.isFinite(exp) || exp * 1000 <= now) return { ok: false, reason: 'expired' };
	const link = await store.embedLink(url.searchParams.get(LINK_PARAM) ?? '');
	// A valid signature over an id we never stored means the key leaked or the row is gone: refuse either way.
	if (!link || link.path !== url.pathname || link.query !== query) return { ok: false, reason: 'signature' };
	if (link.revokedAt) return { ok: false, reason: 'revoked' };
	return { ok: true, link };
}
