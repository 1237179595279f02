// Embeds as another site shows them: a page on a second localhost origin puts /embed/... in an iframe.
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../src/lib/server/db/sqlite/store';
import { createSignedLink } from '../src/lib/server/signed-links';
import { ARTIFACTS, launch } from './helpers/browser';
import { startServer, tempDir, type RunningServer } from './helpers/env';

let tmp: ReturnType<typeof tempDir>;
let app: RunningServer;
let host: Server;
let hostPort: number;
let browser: Browser;
let src = '';

beforeAll(async () => {
	tmp = tempDir();
	// The "intranet" page: serves one HTML page whose iframe points at the board on another origin.
	host = createServer((_req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(`<!doctype html><html lang="zh-CN"><body><h1>内网页面</h1><iframe id="chart" src="${src}" width="600" height="460" style="border:0"></iframe></body></html>`);
	});
	await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
	hostPort = (host.address() as { port: number }).port;
	const dbPath = join(tmp.dir, 'app.db');
	app = await startServer({ DATABASE_URL: `file:${dbPath}`, EMBED_FRAME_ANCESTORS: `'self' http://localhost:${hostPort}` });
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
	await new Promise((r) => host?.close(r));
	tmp?.cleanup();
});

async function signedEmbed(params: Record<string, string>): Promise<string> {
	const store = createSqliteStore(join(tmp.dir, 'app.db'));
	try {
		const { href } = await createSignedLink(store, { indicator: 'tourism-revenue', path: '/embed/tourism-revenue', params: new URLSearchParams(params), expiresAt: new Date(Date.now() + 3_600_000), user: 'test' });
		return app.url + href;
	} finally {
		await store.close();
	}
}

describe('embed in an iframe on another origin', () => {
	it('renders the chart from a signed link with no cookie, and only for a listed ancestor', async () => {
		src = await signedEmbed({ kind: 'yoy', lang: 'zh-CN', year: '2024' });
		const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
		const page = await context.newPage();
		await page.goto(`http://localhost:${hostPort}/`);
		const frame = page.frameLocator('#chart');
		const svg = frame.locator('svg[role="img"]').first();
		await expect.poll(() => svg.isVisible(), { timeout: 15_000 }).toBe(true);
		const box = (await svg.boundingBox())!;
		expect(box.width).toBeGreaterThan(400);
		expect(await frame.locator('figcaption').textContent()).toContain('旅游收入');
		expect(await context.cookies(app.url)).toEqual([]);
		await page.screenshot({ path: join(ARTIFACTS, 'embed-cross-origin.png') });

		// The same page from an origin that is not in EMBED_FRAME_ANCESTORS: the browser refuses to show the frame.
		await page.goto(`http://127.0.0.1:${hostPort}/`);
		await page.waitForTimeout(1000);
		const inner = page.frames().find((f) => f !== page.mainFrame());
		const shown = inner ? await inner.evaluate(() => !!document.querySelector('svg[role="img"]')).catch(() => false) : false;
		expect(shown).toBe(false);
		await context.close();
	});

	it('hydrates the live chart with interactive=1 inside the frame', async () => {
		src = await signedEmbed({ kind: 'cumulative', lang: 'en', year: '2024', interactive: '1' });
		const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await page.goto(`http://localhost:${hostPort}/`);
		const frame = page.frameLocator('#chart');
		// The live chart replaces the server picture (.static) with ECharts' own SVG once its chunk has loaded.
		await expect.poll(() => frame.locator('.surface .static').count(), { timeout: 20_000 }).toBe(0);
		await expect.poll(() => frame.locator('.surface svg').count()).toBeGreaterThan(0);
		expect(await frame.locator('figcaption').textContent()).toContain('Tourism revenue');
		expect(errors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
		await context.close();
	});
});
