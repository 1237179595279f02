// Embeds as another site shows them: a page on a second localhost origin puts /embed/... in an iframe.
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../src/lib/server/db/sqlite/store';
import { createSignedLink } from '../src/lib/server/signed-links';
import { ARTIFACTS, launch } from './helpers/browser';
import { addTestUsers, signIn, TEST_USERS } from './helpers/auth';
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
	const env = { DATABASE_URL: `file:${dbPath}` };
	app = await startServer({ ...env, EMBED_FRAME_ANCESTORS: `'self' http://localhost:${hostPort}` });
	addTestUsers(env);
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

describe('briefing and panel in the browser', () => {
	async function signedInPage(role: 'viewer' | 'analyst' | 'admin', width: number) {
		const cookie = await signIn(app.url, TEST_USERS[role]);
		const [name, value] = cookie.split('=');
		const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN' });
		await context.addCookies([{ name: name!, value: value!, url: app.url }]);
		return { context, page: await context.newPage() };
	}

	it('fits a 375 px phone: the briefing and the indicator page with the analyst’s link table', async () => {
		const { context, page } = await signedInPage('analyst', 375);
		for (const path of ['/briefing?i=tourist-arrivals&i=culture-deliveries&year=2024&kind=both', '/indicators/tourist-arrivals']) {
			await page.goto(app.url + path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
		await context.close();
	});

	it('fits a 375 px phone: the list pages, whose tables scroll in their own box', async () => {
		const { context, page } = await signedInPage('admin', 375);
		for (const path of ['/admin/users', '/admin/public', '/admin/links', '/admin/audit', '/revisions']) {
			await page.goto(app.url + path);
			// Screen-reader labels in a far-right cell must not widen the page either.
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
			expect(await page.locator('table.data tbody tr').count(), path).toBeGreaterThan(path === '/admin/links' ? -1 : 0);
		}
		await page.goto(app.url + '/admin/public');
		await page.screenshot({ path: join(ARTIFACTS, 'admin-public-375.png'), fullPage: true });
		await context.close();
	});

	it('prints the briefing of three indicators to A4 PDF pages', async () => {
		const { context, page } = await signedInPage('viewer', 1024);
		await page.goto(app.url + '/briefing?i=tourist-arrivals&i=tourism-revenue&i=culture-deliveries&year=2024&kind=both');
		await page.emulateMedia({ media: 'print' });
		// Printed, the form and the site chrome are gone and the A4 sheet is the page.
		expect(await page.locator('form.chooser').isVisible()).toBe(false);
		expect(await page.locator('header.site').isVisible()).toBe(false);
		const pdf = await page.pdf({ path: join(ARTIFACTS, 'briefing.pdf'), format: 'A4', printBackground: true });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)!.length;
		expect(pages).toBeGreaterThanOrEqual(3);
		await context.close();
	});
});
