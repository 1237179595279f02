// Chart pictures and embeds over HTTP: PNG/SVG files, signed links, public indicators, 304s, escaping.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../src/lib/server/db/sqlite/store';
import { createSignedLink } from '../src/lib/server/signed-links';
import { startServer, tempDir, type RunningServer } from './helpers/env';
import { decodePng, inkIn, pngSize } from './helpers/png';

let tmp: ReturnType<typeof tempDir>;
let server: RunningServer;
let dbPath: string;

/** Signs a link the way the panel does, straight through the store of the server's database file. */
async function signed(path: string, indicator: string, params: Record<string, string>, expiresInMs = 86_400_000): Promise<string> {
	const store = createSqliteStore(dbPath);
	try {
		const { href } = await createSignedLink(store, { indicator, path, params: new URLSearchParams(params), expiresAt: new Date(Date.now() + expiresInMs), user: 'test' });
		return href;
	} finally {
		await store.close();
	}
}

beforeAll(async () => {
	tmp = tempDir();
	dbPath = join(tmp.dir, 'app.db');
	const store = createSqliteStore(dbPath);
	await store.setIndicatorPublic('tourist-arrivals', true, 'test');
	await store.close();
	server = await startServer({ DATABASE_URL: `file:${dbPath}` });
});
afterAll(async () => {
	await server?.stop();
	tmp?.cleanup();
});

describe('/charts/CODE.png', () => {
	it('has the pixel size of the chart times scale (default 2), with the Chinese title drawn in ink', async () => {
		const r = await fetch(server.url + '/charts/tourist-arrivals.png?kind=yoy&lang=zh-CN&year=2024');
		expect(r.status).toBe(200);
		expect(r.headers.get('content-type')).toBe('image/png');
		const png = new Uint8Array(await r.arrayBuffer());
		expect(pngSize(png)).toEqual({ width: 1280, height: 640 });
		// The title (旅游接待人次 · 同比) sits in the top-left 14 px band: real glyphs leave ink there.
		expect(inkIn(decodePng(png), { x: 0, y: 0, w: 300, h: 40 })).toBeGreaterThan(500);
		for (const [scale, w, h] of [[1, 400, 200], [3, 1200, 600]] as const) {
			const sized = new Uint8Array(await (await fetch(server.url + `/charts/tourist-arrivals.png?kind=cumulative&width=400&height=200&scale=${scale}`)).arrayBuffer());
			expect(pngSize(sized)).toEqual({ width: w, height: h });
		}
	});

	it('answers 304 to a matching ETag, and a new tag for another scale', async () => {
		const url = server.url + '/charts/tourist-arrivals.png?kind=yoy&year=2024';
		const first = await fetch(url);
		const etag = first.headers.get('etag')!;
		expect(etag).toMatch(/^"v\d+-/);
		expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
		const other = await fetch(url + '&scale=3', { headers: { 'if-none-match': etag } });
		expect(other.status).toBe(200);
		expect(other.headers.get('etag')).not.toBe(etag);
	});

	it('needs a sign-in, a signed link or a public indicator: anonymous 401, signed 200, tampered or expired 403', async () => {
		expect((await fetch(server.url + '/charts/tourism-revenue.png')).status).toBe(401);
		const href = await signed('/charts/tourism-revenue.png', 'tourism-revenue', { kind: 'yoy', scale: '1' });
		const ok = await fetch(server.url + href);
		expect(ok.status).toBe(200);
		expect(pngSize(new Uint8Array(await ok.arrayBuffer()))).toEqual({ width: 640, height: 320 });
		expect((await fetch(server.url + href.replace('scale=1', 'scale=3'))).status).toBe(403);
		const expired = await signed('/charts/tourism-revenue.png', 'tourism-revenue', { kind: 'yoy' }, -1000);
		expect((await fetch(server.url + expired)).status).toBe(403);
		expect((await fetch(server.url + '/charts/no-such.png')).status).toBe(401);
	});
});
