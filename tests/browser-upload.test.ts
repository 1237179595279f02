// The analyst's upload workflow in Chromium: GBK preview, every bad row at its line with a rejects file,
// diff → commit → the dashboard changes, revert → the old value is back; also without JavaScript.
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from './helpers/auth';
import { ARTIFACTS, launch, pageAs } from './helpers/browser';
import { startServer, tempDir, type RunningServer } from './helpers/env';

let tmp: ReturnType<typeof tempDir>;
let server: RunningServer;
let browser: Browser;
let env: Record<string, string>;

beforeAll(async () => {
	tmp = tempDir();
	env = { DATABASE_URL: `file:${join(tmp.dir, 'app.db')}` };
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

const as = (username: string, opts: { js?: boolean; width?: number } = {}) => pageAs(browser, server.url, username, { width: 1280, height: 900, downloads: true, ...opts });

const file = (name: string, text: string, encoding: 'utf8' | 'gbk' = 'utf8') => ({
	name,
	mimeType: 'text/csv',
	buffer: encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8')
});

async function arrivalsCard(page: Page): Promise<string> {
	await page.goto(server.url + '/');
	return (await page.locator('[data-indicator="tourist-arrivals"]').textContent()) ?? '';
}

describe('upload in the browser', () => {
	it('previews a GBK file with Chinese headers: encoding, kind, each column, the rows in Chinese, the diff', async () => {
		const { context, page } = await as('ana');
		await page.goto(server.url + '/upload');
		const text = '指标,期间,数值,备注\r\n旅游接待人次,2025年一季度,260万,新的一季\r\n旅游收入,2025年一季度,45亿元,\r\n';
		await page.setInputFiles('input[type=file]', file('一季度数据.csv', text, 'gbk'));
		await page.locator('[data-testid=client-counts]').waitFor();
		expect(await page.locator('[data-testid=encoding] option:checked').textContent()).toContain('gb18030');
		expect(await page.locator('[data-testid=kind] option:checked').textContent()).toContain('数据');
		const fields = await page.locator('table.mapping tbody tr').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-column'), r.getAttribute('data-field')]));
		expect(fields).toEqual([
			['指标', 'indicator'],
			['期间', 'period'],
			['数值', 'value'],
			['备注', 'note']
		]);
		expect(await page.locator('[data-testid=rows] tr[data-line="2"]').textContent()).toContain('旅游接待人次2025年一季度260万新的一季');
		const report = page.locator('[data-testid=server-report]');
		await report.waitFor();
		expect(await report.locator('[data-count=added] strong').textContent()).toBe('2');
		expect(await report.locator('[data-count=errors] strong').textContent()).toBe('0');
		expect(await report.locator('tr[data-change=added]').first().textContent()).toContain('260万人次');
		expect(await report.locator('tr[data-change=added]').nth(1).textContent()).toContain('45亿元');
		expect(await page.locator('[data-testid=commit]').isEnabled()).toBe(true);
		await page.screenshot({ path: join(ARTIFACTS, 'upload-gbk-preview.png'), fullPage: true });
		await context.close();
	});

	it('shows every bad row at its line, offers the rejects file, and keeps Commit disabled', async () => {
		const { context, page } = await as('ana');
		await page.goto(server.url + '/upload');
		const text = ['指标,期间,数值', '旅游接待人次,2024年二季度,250万', '旅游接待人次,2024Q5,260万', '不存在的指标,2024年三季度,1', '旅游收入,2024年三季度,abc', '旅游接待人次,2024年三季度,38.2亿元'].join('\n');
		await page.setInputFiles('input[type=file]', file('bad.csv', text));
		await page.locator('[data-testid=client-counts]').waitFor();
		const lines = await page.locator('section.issues.error li').evaluateAll((li) => li.map((l) => [l.getAttribute('data-line'), l.getAttribute('data-code')]));
		expect(lines).toEqual([
			['3', 'bad_period'],
			['4', 'unknown_indicator'],
			['5', 'bad_number'],
			['6', 'unit_mismatch']
		]);
		// Each message in both languages, and each bad row marked in the rows view.
		const first = page.locator('section.issues.error li').first();
		expect(await first.locator('.msg').textContent()).toMatch(/[\u4e00-\u9fff]/);
		expect(await first.locator('.msg2').textContent()).toMatch(/quarter/i);
		await page.check('text=只看有错误的行');
		// The worker keeps the rows and sends the window asked for: wait for it to arrive.
		await expect
			.poll(() => page.locator('[data-testid=rows] tr[data-line]').evaluateAll((r) => r.map((x) => [x.getAttribute('data-line'), x.classList.contains('bad')])), { timeout: 10_000 })
			.toEqual([
				['3', true],
				['4', true],
				['5', true],
				['6', true]
			]);
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=rejects]')]);
		expect(download.suggestedFilename()).toBe('bad-rejects.csv');
		const rejects = readFileSync((await download.path())!);
		expect([...rejects.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows = rejects.toString('utf8').slice(1).trim().split('\r\n');
		expect(rows[0]).toBe('行号 / Line,指标,期间,数值,错误原因 / Reason');
		expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual(['3', '4', '5', '6']);
		expect(rows[3]).toContain('旅游收入,2024年三季度,abc');
		expect(await page.locator('[data-testid=commit]').isDisabled()).toBe(true);
		await context.close();
	});

	it('commits a corrected file after showing old → new, the dashboard changes, and a revert brings the old value back', async () => {
		const { context, page } = await as('ana');
		expect(await arrivalsCard(page)).toContain('210万人次');
		await page.goto(server.url + '/upload');
		await page.setInputFiles('input[type=file]', file('fixed.csv', '指标,期间,数值\n旅游接待人次,2024年一季度,250万\n'));
		const updated = page.locator('[data-testid=server-report] tr[data-change=updated]');
		await updated.waitFor();
		const diff = (await updated.textContent())!;
		expect(diff).toContain('210万人次');
		expect(diff).toContain('250万人次');
		expect(diff).toMatch(/\+\d+(\.\d)?%/); // the 同比 the new value implies
		await page.click('[data-testid=commit]');
		const done = page.locator('[data-testid=committed]');
		await done.waitFor();
		expect(await done.locator('a[href="/indicators/tourist-arrivals"]').count()).toBe(1);
		const revision = (await done.locator('a[href^="/revisions/"]').getAttribute('href'))!;
		expect(await arrivalsCard(page)).toContain('250万人次');

		await page.goto(server.url + revision + '/revert');
		const row = page.locator('tr[data-change=restored]');
		expect(await row.textContent()).toContain('210万人次');
		await Promise.all([page.waitForURL(/\/revisions\/\d+$/), page.click('main form button[type=submit]')]);
		expect(page.url()).not.toContain(revision);
		expect(await arrivalsCard(page)).toContain('210万人次');
		await page.goto(server.url + '/revisions');
		expect(await page.locator(`tr[data-revision="${revision.split('/').pop()}"]`).textContent()).toContain('已被撤销');
		await context.close();
	});

	it('works without JavaScript: the form post gets a server-rendered preview and a confirm button', async () => {
		const { context, page } = await as('ana', { js: false });
		await page.goto(server.url + '/upload');
		await page.setInputFiles('input[type=file]', file('nojs.csv', '指标,期间,数值\n旅游接待人次,2024年一季度,230万\n'));
		await page.click('form[action="?/preview"] button[type=submit]');
		const preview = page.locator('[data-testid=server-preview]');
		await preview.waitFor();
		expect(await preview.locator('tr[data-change=updated]').textContent()).toContain('230万人次');
		await Promise.all([page.waitForURL(/\/revisions\/\d+$/), page.click('form[action="?/commit"] button')]);
		expect(await page.locator('main').textContent()).toContain('nojs.csv');
		expect(await arrivalsCard(page)).toContain('230万人次');
		await context.close();
	});

	it('fits a 375 px phone with a preview open, and a viewer cannot open the page', async () => {
		const { context, page } = await as('ana', { width: 375 });
		await page.goto(server.url + '/upload');
		await page.setInputFiles('input[type=file]', file('phone.csv', '指标,期间,数值\n旅游接待人次,2024年一季度,230万\n'));
		await page.locator('[data-testid=server-report]').waitFor();
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		await context.close();
		const viewer = await as('vera');
		const res = await viewer.page.goto(server.url + '/upload');
		expect(res!.status()).toBe(403);
		await viewer.context.close();
	});
});
