// The dashboard in a real browser, as leadership sees it: on a phone, in Chinese and English, with and without JavaScript.
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launch } from './helpers/browser';
import { PASSWORD, signInAs, TEST_USERS } from './helpers/auth';
import { startServer, tempDir, type RunningServer } from './helpers/env';

let tmp: ReturnType<typeof tempDir>;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
	tmp = tempDir();
	const env = { DATABASE_URL: `file:${join(tmp.dir, 'app.db')}` };
	server = await startServer(env);
	await signInAs(server, env, 'viewer');
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
	tmp?.cleanup();
});

async function page(opts: { width?: number; locale?: string; js?: boolean } = {}) {
	const context = await browser.newContext({
		viewport: { width: opts.width ?? 375, height: 800 },
		locale: opts.locale ?? 'zh-CN',
		javaScriptEnabled: opts.js ?? true
	});
	// A viewer's session (signing in through the page itself is covered in browser-auth.test.ts).
	await context.addCookies([{ name: 'ob_session', value: server.cookie!.split('=')[1]!, url: server.url }]);
	return { context, page: await context.newPage() };
}

describe('overview', () => {
	it('shows 2024 Q1 tourist arrivals as 210万人次 with 同比 +37.5%, in Chinese by default', async () => {
		const { context, page: p } = await page();
		await p.goto(server.url + '/');
		expect(await p.getAttribute('html', 'lang')).toBe('zh-CN');
		const card = p.locator('[data-indicator="tourist-arrivals"]');
		await expect.poll(() => card.textContent()).toContain('210万人次');
		const text = (await card.textContent())!;
		expect(text).toContain('2024年一季度');
		expect(text).toContain('+37.5%');
		expect(text).toContain('增长');
		await p.screenshot({ path: join(ARTIFACTS, 'overview-375.png'), fullPage: true });
		await context.close();
	});

	it('has no horizontal scroll at 375 px', async () => {
		const { context, page: p } = await page({ width: 375 });
		// English last (the choice is remembered): its longer words once pushed a card's status and star past the edge.
		for (const path of ['/', '/indicators/tourist-arrivals', '/rectification', '/?lang=en', '/rectification?lang=en']) {
			await p.goto(server.url + path);
			const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
		await context.close();
	});

	it('shows the same figures in English format on ?lang=en, and remembers the choice', async () => {
		const { context, page: p } = await page({ width: 1280 });
		await p.goto(server.url + '/?lang=en');
		expect(await p.getAttribute('html', 'lang')).toBe('en');
		const card = p.locator('[data-indicator="tourist-arrivals"]');
		const text = (await card.textContent())!;
		expect(text).toContain('Q1 2024');
		expect(text).toContain('2.1M visits');
		expect(text).toContain('+37.5%');
		await p.screenshot({ path: join(ARTIFACTS, 'overview-1280-en.png'), fullPage: true });
		await p.goto(server.url + '/rectification');
		expect(await p.getAttribute('html', 'lang')).toBe('en');
		await context.close();
	});

	it('works with JavaScript disabled: filters are a plain GET form', async () => {
		const { context, page: p } = await page({ js: false });
		await p.goto(server.url + '/');
		await p.selectOption('select[name="category"]', 'culture');
		await p.getByRole('button', { name: '应用' }).click();
		await p.waitForURL(/category=culture/);
		expect(await p.locator('[data-indicator="culture-deliveries"]').count()).toBe(1);
		expect(await p.locator('[data-indicator="tourist-arrivals"]').count()).toBe(0);
		await context.close();
	});

	it('is keyboard reachable: Tab reaches the first indicator link with a visible focus ring', async () => {
		const { context, page: p } = await page({ width: 1280 });
		await p.goto(server.url + '/');
		let found = false;
		for (let i = 0; i < 30 && !found; i++) {
			await p.keyboard.press('Tab');
			found = await p.evaluate(() => document.activeElement?.getAttribute('href') === '/indicators/tourist-arrivals');
		}
		expect(found).toBe(true);
		const outline = await p.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).not.toBe('none');
		await context.close();
	});
});

describe('indicator page', () => {
	it('the data table holds the report’s value, the derived base and the demo marks', async () => {
		const { context, page: p } = await page({ width: 1280 });
		await p.goto(server.url + '/indicators/tourist-arrivals');
		const q1 = p.locator('tr[data-period="2024-Q1"]');
		expect(await q1.textContent()).toContain('210万人次');
		expect(await q1.textContent()).toContain('+37.5%');
		expect(await p.locator('tr[data-period="2023-Q1"]').textContent()).toContain('推算');
		expect(await p.locator('tr[data-period="2023-Q2"]').textContent()).toContain('演示数据');
		await p.screenshot({ path: join(ARTIFACTS, 'indicator-1280.png'), fullPage: true });
		await context.close();
	});

	it('the 同比 chart is server SVG naming the periods and values (JavaScript off), matching the table', async () => {
		const { context, page: p } = await page({ js: false, width: 375 });
		await p.goto(server.url + '/indicators/tourist-arrivals');
		const chart = p.locator('figure.chart svg').first();
		const text = (await chart.textContent())!;
		for (const label of ['一季度', '二季度', '三季度', '四季度', '210万']) expect(text).toContain(label);
		expect(await p.locator('tr[data-period="2024-Q1"]').textContent()).toContain('210万人次');
		const narrative = (await p.locator('.narrative').textContent())!;
		expect(narrative).toContain('2024年一季度,旅游接待人次210万人次,同比增长37.5%。');
		await p.screenshot({ path: join(ARTIFACTS, 'indicator-375-nojs.png'), fullPage: true });
		await context.close();
	});

	it('hydrates into interactive ECharts with JavaScript on, keeping the text alternative', async () => {
		const { context, page: p } = await page({ width: 1280 });
		await p.goto(server.url + '/indicators/tourist-arrivals');
		const surface = p.locator('figure.chart [role="img"]').first();
		expect(await surface.getAttribute('aria-label')).toContain('2024');
		// ECharts marks the element it owns; the static server picture is then gone.
		await expect.poll(() => surface.getAttribute('_echarts_instance_'), { timeout: 10_000 }).toBeTruthy();
		expect(await surface.locator('svg text').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('一季度')]));
		await context.close();
	});

	it('answers an unknown or malformed code with 404', async () => {
		expect((await server.fetch('/indicators/no-such-thing')).status).toBe(404);
		expect((await server.fetch('/indicators/%3Cscript%3E')).status).toBe(404);
	});
});

describe('signing in through the page', () => {
	it.each([true, false])('the /login form signs a viewer in and out in Chromium (JavaScript %s)', async (js) => {
		const context = await browser.newContext({ viewport: { width: 375, height: 800 }, locale: 'zh-CN', javaScriptEnabled: js });
		const p = await context.newPage();
		await p.goto(server.url + '/indicators/tourist-arrivals');
		await p.waitForURL(/\/login\?next=/);
		await p.getByLabel('用户名').fill(TEST_USERS.viewer);
		await p.getByLabel('密码').fill(PASSWORD);
		await p.getByRole('button', { name: '登录' }).click();
		await p.waitForURL(/\/indicators\/tourist-arrivals$/);
		expect(await p.locator('h1').textContent()).toContain('旅游接待人次');
		await p.getByRole('button', { name: '退出' }).click();
		await p.waitForURL(/\/login\?signed-out/);
		await context.close();
	});

	// A phone on a slow line shows the server's form before the scripts arrive. A name typed then must
	// survive the page waking up: a \`value=\` the client re-applies on hydration once wiped it, and the
	// form's \`required\` then refused to send (seen as a flaky sign-in on a busy CI machine).
	it('keeps a user name typed before the scripts have loaded', async () => {
		const context = await browser.newContext({ viewport: { width: 375, height: 800 }, locale: 'zh-CN' });
		const p = await context.newPage();
		let release!: () => void;
		const scriptsHeld = new Promise<void>((r) => (release = r));
		await p.route('**/_app/immutable/**', async (route) => {
			await scriptsHeld;
			await route.continue();
		});
		// Module scripts hold DOMContentLoaded back, so wait only for the form itself.
		await p.goto(server.url + '/login', { waitUntil: 'commit' });
		await p.getByLabel('用户名').waitFor();
		await p.getByLabel('用户名').fill(TEST_USERS.viewer);
		await p.getByLabel('密码').fill(PASSWORD);
		release();
		// Hydration runs as soon as the held modules have loaded: networkidle is after it.
		await p.waitForLoadState('networkidle');
		expect(await p.getByLabel('用户名').inputValue()).toBe(TEST_USERS.viewer);
		await p.getByRole('button', { name: '登录' }).click();
		await p.waitForURL(/\/$/);
		await context.close();
	});
});
