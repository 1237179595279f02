// Chart pictures and embeds over HTTP: PNG/SVG files, signed links, public indicators, 304s, escaping.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../src/lib/server/db/sqlite/store';
import { ingestFiles } from '../src/lib/server/ingest';
import { seedIfEmpty } from '../src/lib/server/seed';
import { createSignedLink } from '../src/lib/server/signed-links';
import { signIn, TEST_USERS, addTestUsers } from './helpers/auth';
import { fetchOnce, ROOT, startServer, tempDir, type RunningServer } from './helpers/env';
import { decodePng, inkIn, pngSize } from './helpers/png';

// Every request here goes through fetchOnce: decoding a PNG in this process can hold its event loop past
// the server's keep-alive timeout, and the next request then meets a socket the server closed
// ("other side closed", seen once in CI under load). Such a request never reached the server.
const fetch = fetchOnce;

let tmp: ReturnType<typeof tempDir>;
let server: RunningServer;
let dbPath: string;

/** Runs fn on the server's database file through a second store (WAL lets both work on it). */
async function withStore<T>(fn: (store: ReturnType<typeof createSqliteStore>) => Promise<T>): Promise<T> {
	const store = createSqliteStore(dbPath);
	try {
		return await fn(store);
	} finally {
		await store.close();
	}
}

/** Signs a link the way the panel does, straight through the store. */
async function signed(path: string, indicator: string, params: Record<string, string>, expiresInMs = 86_400_000): Promise<string> {
	return withStore(async (store) => {
		const { href } = await createSignedLink(store, { indicator, path, params: new URLSearchParams(params), expiresAt: new Date(Date.now() + expiresInMs), user: 'test' });
		return href;
	});
}

/** An indicator whose names try to break out of SVG text, HTML and Word XML. */
export const EVIL = { code: 'evil-name', zh: '</text><script>alert(1)</script>恶意', en: '<script>alert(2)</script>' };

beforeAll(async () => {
	tmp = tempDir();
	dbPath = join(tmp.dir, 'app.db');
	await withStore(async (store) => {
		await seedIfEmpty(store, join(ROOT, 'data'), true);
		const enc = new TextEncoder();
		const report = await ingestFiles(store, [
			{ name: 'indicators.csv', bytes: enc.encode(`代码,名称,英文名称,单位,类型,方向,类别\n${EVIL.code},"${EVIL.zh}","${EVIL.en}",人次,flow,up,tourism\n`) },
			{ name: 'observations.csv', bytes: enc.encode(`指标,期间,数值,数据性质,来源\n${EVIL.code},2024年一季度,120,demo,"<img src=x onerror=alert(3)>"\n${EVIL.code},2023年一季度,100,demo,x\n`) }
		]);
		expect(report.ok).toBe(true);
		await store.setIndicatorPublic('tourist-arrivals', true, 'test');
		await store.setIndicatorPublic(EVIL.code, true, 'test');
	});
	const env = { DATABASE_URL: `file:${dbPath}` };
	server = await startServer(env);
	addTestUsers(env);
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

describe('/embed/CODE', () => {
	it('is a chrome-less page with the server SVG, a footer and a table, no JavaScript, and its own frame-ancestors', async () => {
		const r = await fetch(server.url + '/embed/tourist-arrivals?kind=yoy&year=2024&lang=zh-CN');
		expect(r.status).toBe(200);
		const csp = r.headers.get('content-security-policy')!;
		expect(csp).toContain("frame-ancestors 'self'");
		expect(csp).toContain("script-src 'none'");
		const html = await r.text();
		expect(html).not.toMatch(/<script|modulepreload/i);
		expect(html).not.toContain('<nav');
		expect(html).toMatch(/<svg[^>]*role="img"/);
		expect(html).toContain('210万');
		expect(html).toContain('旅游接待人次 · 同比');
		expect(html).toContain('单位:人次');
		expect(html).toContain('含推算值');
		expect(html).toMatch(/<details[\s>]/);
		const table = /<details[\s\S]*?<table class="data figures[^"]*">([\s\S]*?)<\/table>/.exec(html)![1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		expect(table).toMatch(/^ 期间 /);
		expect(table).toMatch(/2024年一季度 210万人次 \+37\.5%/);
	});

	it('ships the hydrated chart only with interactive=1, at the same URL', async () => {
		const r = await fetch(server.url + '/embed/tourist-arrivals?kind=cumulative&interactive=1&lang=en');
		expect(r.status).toBe(200);
		expect(r.headers.get('content-security-policy')).toContain("script-src 'self'");
		const html = await r.text();
		expect(html).toMatch(/<script/);
		expect(html).toContain('year to date vs target');
		expect(html).not.toContain('<nav');
	});

	it('needs a signed link for a private indicator: valid 200 without cookies; tampered, expired or revoked 403', async () => {
		expect((await fetch(server.url + '/embed/tourism-revenue', { headers: { accept: 'text/html' } })).status).toBe(401);
		const href = await signed('/embed/tourism-revenue', 'tourism-revenue', { kind: 'yoy', lang: 'zh-CN', year: '2024' });
		const ok = await fetch(server.url + href, { headers: { accept: 'text/html' } });
		expect(ok.status).toBe(200);
		expect(await ok.text()).toContain('38.2亿');
		for (const bad of [href.replace('kind=yoy', 'kind=cumulative'), href.replace('year=2024', 'year=2023'), href.replace(/exp=(\d+)/, (_, e) => `exp=${Number(e) + 86400 * 365}`), href.replace('/embed/tourism-revenue', '/embed/tourist-arrivals')]) {
			expect((await fetch(server.url + bad)).status, bad).toBe(403);
		}
		const expired = await signed('/embed/tourism-revenue', 'tourism-revenue', { kind: 'yoy' }, -1);
		expect((await fetch(server.url + expired)).status).toBe(403);
		const id = new URL(href, server.url).searchParams.get('link')!;
		await withStore((store) => store.revokeEmbedLink(id, 'test'));
		const revoked = await fetch(server.url + href);
		expect(revoked.status).toBe(403);
		expect(await revoked.text()).toContain('撤销');
	});
});

describe('an indicator name with markup stays text', () => {
	it('in the SVG (well-formed, escaped), the PNG (drawn), the embed page and its footer', async () => {
		const svg = await (await fetch(server.url + `/charts/${EVIL.code}.svg?title=1&year=2024`)).text();
		expect(svg).not.toMatch(/<script/i);
		expect(svg).toContain('&lt;/text&gt;&lt;script&gt;');
		expect(svg.match(/<text\b/g)!.length).toBe(svg.match(/<\/text>/g)!.length);
		const png = await fetch(server.url + `/charts/${EVIL.code}.png?year=2024&scale=1`);
		expect(png.status).toBe(200);
		expect(inkIn(decodePng(new Uint8Array(await png.arrayBuffer())), { x: 0, y: 0, w: 400, h: 20 })).toBeGreaterThan(100);
		for (const lang of ['zh-CN', 'en']) {
			const html = await (await fetch(server.url + `/embed/${EVIL.code}?year=2024&lang=${lang}`)).text();
			expect(html, lang).not.toMatch(/<script|<img src=x/i);
			expect(html, lang).toContain('&lt;script>alert(');
		}
	});
});

describe('signed links made on the indicator page', () => {
	const post = (path: string, cookie: string, form: Record<string, string>) =>
		fetch(server.url + path, {
			method: 'POST',
			redirect: 'manual',
			headers: { cookie, origin: server.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams(form).toString()
		});

	it('an analyst creates one (it opens the embed without any cookie), sees it listed, and revokes it (then 403)', async () => {
		const analyst = await signIn(server.url, TEST_USERS.analyst);
		const made = await post('/indicators/tourism-revenue?/createLink', analyst, { kind: 'cumulative', lang: 'zh-CN', year: '2024', days: '7', note: '区政府门户' });
		expect(made.status).toBe(200);
		const html = (await made.text()).replaceAll('&amp;', '&');
		const href = /value="(http:\/\/127\.0\.0\.1:\d+\/embed\/tourism-revenue\?[^"]+sig=[^"]+)"/.exec(html)![1]!;
		const embed = await fetch(href);
		expect(embed.status).toBe(200);
		expect(await embed.text()).toContain('旅游收入 · 累计与目标');

		const page = (await (await fetch(server.url + '/indicators/tourism-revenue', { headers: { cookie: analyst } })).text()).replaceAll('&amp;', '&');
		const id = new URL(href).searchParams.get('link')!;
		expect(page).toContain(`data-link="${id}"`);
		expect(page).toContain('区政府门户');

		expect((await post('/indicators/tourism-revenue?/revokeLink', analyst, { id })).status).toBe(200);
		expect((await fetch(href)).status).toBe(403);
		const after = await (await fetch(server.url + '/indicators/tourism-revenue', { headers: { cookie: analyst } })).text();
		expect(after).toMatch(new RegExp(`data-link="${id}"[\\s\\S]*?已撤销`));
	});

	it('a viewer sees the panel but cannot make links, and sees private charts with a session', async () => {
		const viewer = await signIn(server.url, TEST_USERS.viewer);
		expect((await post('/indicators/tourism-revenue?/createLink', viewer, { kind: 'yoy', lang: 'zh-CN', days: '7' })).status).toBe(403);
		const page = await (await fetch(server.url + '/indicators/tourism-revenue', { headers: { cookie: viewer } })).text();
		expect(page).toContain('嵌入 / 导出');
		expect(page).toContain('/embed/tourism-revenue?kind=yoy');
		expect(page).not.toContain('创建签名链接');
		const png = await fetch(server.url + '/charts/tourism-revenue.png?scale=1', { headers: { cookie: viewer } });
		expect(png.status).toBe(200);
		expect((await fetch(server.url + '/embed/tourism-revenue', { headers: { cookie: viewer } })).status).toBe(200);
	});
});
