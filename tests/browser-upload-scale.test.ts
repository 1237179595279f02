// The upload page with a large catalog, in Chromium: the page carries no catalog, the browser's check asks the
// server for only the indicators a file names (and still flags an unknown one at its line), and a large diff
// pages, with JavaScript (buttons) and without (links that carry the page).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from './helpers/auth';
import { launch, pageAs } from './helpers/browser';
import { cli, fetchOnce, startServer, tempDir, type RunningServer } from './helpers/env';

let tmp: ReturnType<typeof tempDir>;
let server: RunningServer;
let browser: Browser;
const CATALOG = 3000;

beforeAll(async () => {
	tmp = tempDir();
	const env = { DATABASE_URL: `file:${join(tmp.dir, 'app.db')}` };
	server = await startServer(env);
	addUser(env, 'ana', 'analyst');
	const defs = ['代码,名称,英文名称,单位,类型,方向,类别'];
	for (let i = 0; i < CATALOG; i++) defs.push(`big-${i},大目录指标${i},Big catalog ${i},人次,flow,up,tourism`);
	writeFileSync(join(tmp.dir, 'defs.csv'), defs.join('\n'));
	const r = cli('ingest', [join(tmp.dir, 'defs.csv')], env);
	expect(r.status, r.stderr).toBe(0);
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
	tmp?.cleanup();
});

const as = (js: boolean) => pageAs(browser, server.url, 'ana', { height: 900, js });

const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
/** 450 values of 3 indicators named three ways (code, Chinese name, English name): a diff of 3 pages. */
const large = () => {
	const rows = ['指标,期间,数值'];
	for (const who of ['big-7', '大目录指标8', 'Big catalog 9']) for (let m = 0; m < 150; m++) rows.push(`${who},${2000 + Math.floor(m / 12)}年${(m % 12) + 1}月,${m + 1}`);
	return rows.join('\n') + '\n';
};

describe('the upload page with 3,000 indicators', () => {
	it('carries no catalog: its HTML is small and names none of them', async () => {
		const { context, page } = await as(true);
		const res = await fetchOnce(server.url + '/upload', { headers: { accept: 'text/html', cookie: (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ') } });
		const body = await res.text();
		expect(body.length).toBeLessThan(30_000);
		expect(body).not.toContain('大目录指标2999');
		await context.close();
		void page;
	});

	it('checks a file in the browser with only the indicators it names, and flags an unknown one at its line', async () => {
		const { context, page } = await as(true);
		const asked: string[][] = [];
		page.on('request', (r) => {
			if (r.url().endsWith('/upload/indicators')) asked.push((JSON.parse(r.postData() ?? '{}') as { texts: string[] }).texts);
		});
		await page.goto(server.url + '/upload');
		await page.waitForSelector('text=把文件拖到这里');
		await page.setInputFiles('input[type=file]', csv('mixed.csv', '指标,期间,数值\nbig-1,2024年1月,5\n大目录指标2,2024年1月,6\n没有这个指标,2024年1月,7\n'));
		const errors = page.locator('[data-testid=client-counts] [data-count=errors] strong');
		await expect.poll(() => errors.textContent(), { timeout: 15_000 }).toBe('1');
		expect(await page.locator('article').textContent()).toContain('没有这个指标');
		expect(asked).toEqual([['big-1', '大目录指标2', '没有这个指标']]);
		await context.close();
	});

	it('pages a large diff with JavaScript, then commits the whole file and names the indicators it touched', async () => {
		const { context, page } = await as(true);
		await page.goto(server.url + '/upload');
		await page.waitForSelector('text=把文件拖到这里');
		await page.setInputFiles('input[type=file]', csv('large.csv', large()));
		const pager = page.locator('[data-testid=server-report] [data-testid=pager]');
		await expect.poll(() => pager.textContent(), { timeout: 20_000 }).toContain('1 / 3');
		expect(await pager.locator('[data-count=total]').textContent()).toBe('450');
		expect(await page.locator('tr[data-change=added]').count()).toBe(200);
		const firstLine = await page.locator('tr[data-change=added] td.num').first().textContent();
		await pager.getByRole('button', { name: /下一页/ }).click();
		await expect.poll(() => pager.textContent()).toContain('2 / 3');
		expect(await page.locator('tr[data-change=added] td.num').first().textContent()).not.toBe(firstLine);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		await page.click('[data-testid=commit]');
		const done = page.locator('[data-testid=committed]');
		await done.waitFor();
		expect(await done.textContent()).toContain('大目录指标9');
		await context.close();
	});

	it('pages a large diff without JavaScript by links that carry the page', async () => {
		const { context, page } = await as(false);
		await page.goto(server.url + '/upload');
		await page.setInputFiles('input[type=file]', csv('large2.csv', large().replace(/,(\d+)\n/g, (_, v: string) => `,${Number(v) + 1}\n`)));
		await Promise.all([page.waitForURL(/preview=/), page.click('form[action="?/preview"] button[type=submit]')]);
		const pager = page.locator('[data-testid=pager]');
		expect(await pager.textContent()).toContain('1 / 3');
		await Promise.all([page.waitForURL(/page=2/), pager.getByRole('link', { name: /下一页/ }).click()]);
		expect(await pager.textContent()).toContain('2 / 3');
		expect(await page.locator('tr[data-change=updated]').count()).toBe(200);
		await Promise.all([page.waitForURL(/\/revisions\/\d+$/), page.click('form[action="?/commit"] button')]);
		expect(await page.locator('main').textContent()).toContain('large2.csv');
		await context.close();
	});
});
