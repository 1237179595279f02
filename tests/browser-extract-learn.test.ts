// Corrections teach the reader, in Chromium at 375 px: an analyst maps a label the reader did not know, edits the
// value, commits; the next report (on the page and through POST /api/v1/extract) maps that label by itself; the
// label is listed on /upload/text and forgetting it undoes that. A value that is not a number is refused in words.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, signIn } from './helpers/auth';
import { launch, overflow, pageAs } from './helpers/browser';
import { fetchOnce, startServer, tempDir, type RunningServer } from './helpers/env';

let tmp: ReturnType<typeof tempDir>;
let server: RunningServer;
let browser: Browser;
let cookie: string;

beforeAll(async () => {
	tmp = tempDir('ob-learn-');
	const env = { DATABASE_URL: `file:${join(tmp.dir, 'app.db')}` };
	server = await startServer(env);
	addUser(env, 'ana', 'analyst');
	cookie = await signIn(server.url, 'ana');
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
	tmp?.cleanup();
});

async function page(): Promise<{ p: Page; close: () => Promise<void> }> {
	const { page, close } = await pageAs(browser, server.url, 'ana');
	return { p: page, close };
}

async function read(p: Page, text: string) {
	await p.goto(server.url + '/upload/text');
	await p.getByLabel('通报文字').fill(text);
	await p.getByRole('button', { name: '读取数字' }).click();
	const row = p.getByTestId('candidates').locator('tbody tr').first();
	await row.waitFor();
	return row;
}

const apiIndicator = async (text: string) => {
	const body = new FormData();
	body.set('text', text);
	const res = await fetchOnce(`${server.url}/api/v1/extract`, { method: 'POST', body, headers: { cookie, origin: server.url, accept: 'application/json' } });
	expect(res.status).toBe(200);
	return ((await res.json()) as { candidates: { indicator: string | null }[] }).candidates[0]!.indicator;
};

// Under CI load a page can take longer than expect.poll's default second.
const POLL = { timeout: 15_000 };
const Y2021 = '2021年4月15日\n2021年一季度,全市文旅消费总额达到3.2亿元,同比增长12%。';
const Y2022 = '2022年4月15日\n2022年一季度,全市文旅消费总额达到3.5亿元,同比增长9%。';

describe('the report-text page on the narrowest phones', () => {
	it('fits 320 px in English (its long labels and the date input wrap or shrink)', async () => {
		const { page: p, close } = await pageAs(browser, server.url, 'ana', { width: 320, locale: 'en' });
		await p.goto(server.url + '/upload/text?lang=en');
		expect(await p.getByLabel('Report title (optional, for the source note)').count()).toBe(1);
		expect(await overflow(p)).toBeLessThanOrEqual(0);
		await close();
	});
});

describe('a corrected mapping is remembered', () => {
	it('learns from a commit, maps the next report, and forgets on request', async () => {
		expect(await apiIndicator(Y2022)).toBe(null);
		const { p, close } = await page();
		let row = await read(p, Y2021);
		expect(await row.getAttribute('data-flagged')).toBe('true');
		expect(await row.textContent()).toContain('未对应指标');
		await row.getByRole('combobox').selectOption('tourism-revenue');
		const value = row.getByRole('textbox', { name: /数值/ });
		expect(await value.inputValue()).toBe('320000000');

		// A value that is not a number is refused, naming the row, and nothing is committed.
		await value.fill('三点二亿多');
		await p.getByRole('button', { name: '全部确认(未舍弃的)并预览' }).click();
		await expect.poll(() => p.getByTestId('problem').textContent(), POLL).toContain('第 1 条的数值无法识别');
		row = p.getByTestId('candidates').locator('tbody tr').first();
		await row.getByRole('combobox').selectOption('tourism-revenue');
		await row.getByRole('textbox', { name: /数值/ }).fill('3.3亿元');
		await p.getByRole('button', { name: '全部确认(未舍弃的)并预览' }).click();
		const preview = p.getByTestId('extract-preview');
		await preview.waitFor();
		await preview.getByRole('button', { name: '确认提交' }).click();
		await p.waitForURL((u) => /\/revisions\/\d+$/.test(u.pathname));

		const csv = await (await fetchOnce(`${server.url}/api/v1/export.csv?indicator=tourism-revenue`, { headers: { cookie } })).text();
		const line = csv.split('\n').find((l) => l.includes('2021-Q1'));
		expect(line).toContain('330000000');

		// The label is listed with its indicator, and the next report maps it, on the page and through the API.
		await p.goto(server.url + '/upload/text');
		const learned = p.getByTestId('learned');
		expect(await learned.textContent()).toContain('文旅消费总额');
		expect(await learned.textContent()).toContain('tourism-revenue');
		expect(await overflow(p)).toBeLessThanOrEqual(0);
		row = await read(p, Y2022);
		expect(await row.getAttribute('data-flagged')).toBe('false');
		expect(await row.getByRole('combobox').inputValue()).toBe('tourism-revenue');
		expect(await apiIndicator(Y2022)).toBe('tourism-revenue');

		await p.goto(server.url + '/upload/text');
		await p.getByRole('button', { name: '忘记“文旅消费总额”' }).click();
		await expect.poll(() => p.getByRole('status').first().textContent(), POLL).toContain('已忘记“文旅消费总额”');
		expect(await p.getByTestId('learned').count()).toBe(0);
		expect(await apiIndicator(Y2022)).toBe(null);
		await close();
	});
});
