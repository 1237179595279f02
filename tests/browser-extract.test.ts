// 从通报文本导入 in Chromium at 375 px: an analyst pastes the seed report, rejects the flagged rows, confirms the
// rest, commits through the upload's diff, and the overview shows the figures; a viewer is refused.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, signIn } from './helpers/auth';
import { ARTIFACTS, launch, overflow, pageAs } from './helpers/browser';
import { fetchOnce, ROOT, startServer, tempDir, type RunningServer } from './helpers/env';

const REPORT = readFileSync(join(ROOT, 'tests', 'fixtures', 'extract', 'rectification-report-2024-06-15.zh.txt'), 'utf8');

let tmp: ReturnType<typeof tempDir>;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
	tmp = tempDir();
	// The seed without the report's Q1 arrivals, so that figure can only come from this page.
	const seed = join(tmp.dir, 'seed');
	mkdirSync(seed);
	for (const f of ['indicators.csv', 'targets.csv', 'observations-derived.csv', 'demo-observations.csv']) copyFileSync(join(ROOT, 'data', f), join(seed, f));
	const obs = readFileSync(join(ROOT, 'data', 'observations.csv'), 'utf8').split('\n');
	writeFileSync(join(seed, 'observations.csv'), obs.filter((l) => !l.startsWith('tourist-arrivals,2024年一季度')).join('\n'));
	expect(obs.length).toBeGreaterThan(2);
	const env = { DATABASE_URL: `file:${join(tmp.dir, 'app.db')}`, SEED_DIR: seed };
	server = await startServer(env);
	addUser(env, 'ana', 'analyst');
	addUser(env, 'vera', 'viewer');
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
	tmp?.cleanup();
});

const as = (username: string, width: number, opts: { locale?: string; js?: boolean } = {}) => pageAs(browser, server.url, username, { width, ...opts });


describe('from a report text to committed figures', () => {
	it('reads, highlights, confirms, diffs and commits at 375 px', async () => {
		const { page: p, close } = await as('ana', 375);
		await p.goto(server.url + '/');
		const card = p.locator('[data-indicator="tourist-arrivals"]');
		expect(await card.textContent()).not.toContain('210万人次');
		await p.goto(server.url + '/upload');
		await p.getByRole('link', { name: '从通报文本导入' }).click();
		await p.waitForURL(/\/upload\/text$/);
		expect(await overflow(p)).toBeLessThanOrEqual(0);
		await p.getByLabel('通报文字').fill(REPORT);
		await p.getByLabel('通报标题(可选，用于来源说明)').fill('巡察整改进展情况通报');
		await p.getByLabel('通报日期(可选)').fill('2024-06-15');
		await p.getByRole('button', { name: '读取数字' }).click();

		const table = p.getByTestId('candidates');
		await table.waitFor();
		expect(await overflow(p)).toBeLessThanOrEqual(0);
		await p.screenshot({ path: join(ARTIFACTS, 'extract-review-375.png'), fullPage: false });
		// The arrivals figure is marked on its own words and labelled with its figure.
		const mark = p.locator('mark', { hasText: '210万' });
		expect(await mark.count()).toBe(1);
		expect(await mark.getAttribute('title')).toContain('2,100,000人次');
		const described = await mark.getAttribute('aria-describedby');
		expect(await p.locator(`#${described}`).textContent()).toContain('2,100,000人次');
		expect(await p.locator('mark').count()).toBeGreaterThan(10);

		// A row left without an indicator is flagged in words and blocks the preview until it is rejected.
		const first = table.locator('tbody tr').first();
		await first.getByRole('combobox').selectOption('');
		await p.getByRole('button', { name: '全部确认(未舍弃的)并预览' }).click();
		await expect.poll(() => p.getByTestId('problem').textContent()).toContain('缺少指标或期间');
		const flagged = table.locator('tr[data-flagged="true"]');
		expect(await flagged.count()).toBeGreaterThan(0);
		expect(await flagged.first().textContent()).toContain('未对应指标');

		// Reject every flagged row by keyboard (focus the radio, press space), confirm the rest.
		for (let i = 0; i < (await flagged.count()); i++) {
			const radio = flagged.nth(i).getByRole('radio', { name: '舍弃' });
			await radio.focus();
			await p.keyboard.press('Space');
			expect(await radio.isChecked()).toBe(true);
		}
		const resolvable = await table.locator('tr[data-flagged="false"]').count();
		expect(resolvable).toBeGreaterThanOrEqual(2);
		expect(await table.locator('tr[data-flagged="false"]').first().getByRole('combobox').inputValue()).not.toBe('');
		await p.getByRole('button', { name: '全部确认(未舍弃的)并预览' }).click();

		const preview = p.getByTestId('extract-preview');
		await preview.waitFor();
		expect(await overflow(p)).toBeLessThanOrEqual(0);
		await p.screenshot({ path: join(ARTIFACTS, 'extract-preview-375.png'), fullPage: true });
		expect(await preview.getByTestId('server-report').count()).toBeGreaterThan(0);
		// The arrivals row is new in the diff.
		expect(await preview.textContent()).toMatch(/[1-9]\d*\s*新增/);
		expect(await preview.textContent()).toContain('2024年一季度');
		await preview.getByRole('button', { name: '确认提交' }).click();
		await p.waitForURL((u) => /\/revisions\/\d+$/.test(u.pathname) || u.pathname === '/upload/text');

		await p.goto(server.url + '/');
		await expect.poll(() => card.textContent()).toContain('210万人次');
		// Its source note names the report and quotes the sentence, as `npm run extract -- --csv` writes it.
		const csv = await (await fetchOnce(`${server.url}/api/v1/export.csv?indicator=tourist-arrivals`, { headers: { cookie: server.cookie ?? (await signIn(server.url, 'ana')) } })).text();
		expect(csv).toContain('巡察整改进展情况通报 (2024-06-15): “2024年一季度全市旅游接待人次210万人次,同比增长37.5%');
		await close();
	});

	it('reads a chosen file in English without JavaScript, labelled controls and flags in words', async () => {
		const { page: p, close } = await as('ana', 375, { locale: 'en', js: false });
		await p.goto(server.url + '/upload/text?lang=en');
		await p.getByLabel('Or choose a file').setInputFiles({ name: 'report.txt', mimeType: 'text/plain', buffer: Buffer.from('2024年一季度全市旅游接待人次210万人次,同比增长37.5%;某某新指标达到12个。\n', 'utf8') });
		await p.getByLabel('Report date (optional)').fill('2024-06-15');
		await p.getByRole('button', { name: 'Read the figures' }).click();
		const table = p.getByTestId('candidates');
		await table.waitFor();
		expect(await p.locator('mark', { hasText: '210万' }).count()).toBe(1);
		expect(await table.getByRole('combobox', { name: /Indicator · Row 1/ }).inputValue()).toBe('tourist-arrivals');
		expect(await table.getByRole('textbox', { name: /Period · Row 1/ }).inputValue()).toBe('2024-Q1');
		expect(await overflow(p)).toBeLessThanOrEqual(0);
		const flagged = table.locator('tr[data-flagged="true"]');
		if ((await flagged.count()) > 0) expect(await flagged.first().textContent()).toMatch(/No indicator|No period|Conflicting|Scope/);
		await close();
	});

	it('refuses a viewer the page and the API', async () => {
		const cookie = await signIn(server.url, 'vera');
		const page = await fetchOnce(`${server.url}/upload/text`, { headers: { cookie, accept: 'text/html' } });
		expect(page.status).toBe(403);
		const body = new FormData();
		body.set('text', REPORT);
		const api = await fetchOnce(`${server.url}/api/v1/extract`, { method: 'POST', body, headers: { cookie, origin: server.url } });
		expect(api.status).toBe(403);
		const action = await fetchOnce(`${server.url}/upload/text?/read`, { method: 'POST', body, headers: { cookie, origin: server.url, accept: 'text/html' } });
		expect(action.status).toBe(403);
	});
});
