// The overview at scale, in a real browser: counts per status that filter, a search, and pages that work
// without JavaScript, on a 375 px phone and on a desktop.
import type { Browser, Page } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launch, overflow } from './helpers/browser';
import { signInAs } from './helpers/auth';
import { cli, startServer, tempDir, type RunningServer } from './helpers/env';

let tmp: ReturnType<typeof tempDir>;
let server: RunningServer;
let browser: Browser;
/** The seed's 27 indicators and these 150 more: the overview needs pages. */
const EXTRA = 150;

beforeAll(async () => {
	tmp = tempDir();
	const env = { DATABASE_URL: `file:${join(tmp.dir, 'app.db')}` };
	server = await startServer(env);
	await signInAs(server, env, 'viewer');
	const codes = Array.from({ length: EXTRA }, (_, i) => `city-${String(i).padStart(3, '0')}`);
	writeFileSync(join(tmp.dir, 'defs.csv'), ['代码,名称,英文名称,单位,类型,方向,类别', ...codes.map((c, i) => `${c},区县游客${i},County visitors ${i},人次,flow,up,tourism`)].join('\n'));
	writeFileSync(join(tmp.dir, 'targets.csv'), ['指标,期间,目标值', ...codes.map((c) => `${c},2024,1000万`)].join('\n'));
	// A third behind 序时进度 after 一季度 (10% of the year's target), the rest on schedule.
	writeFileSync(join(tmp.dir, 'values.csv'), ['指标,期间,数值', ...codes.map((c, i) => `${c},2024Q1,${i % 3 === 0 ? 100 : 300}万`)].join('\n'));
	const r = cli('ingest', [join(tmp.dir, 'defs.csv'), join(tmp.dir, 'targets.csv'), join(tmp.dir, 'values.csv')], env);
	expect(r.status, r.stderr).toBe(0);
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
	tmp?.cleanup();
});

async function open(width: number, js = true): Promise<{ page: Page; close: () => Promise<void> }> {
	const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'zh-CN', javaScriptEnabled: js });
	await context.addCookies([{ name: 'ob_session', value: server.cookie!.split('=')[1]!, url: server.url }]);
	return { page: await context.newPage(), close: () => context.close() };
}

/** The innermost elements that reach past the right edge (what to fix when `overflow` is not 0). */
const pastEdge = (p: Page) =>
	p.evaluate(() => {
		const edge = document.documentElement.clientWidth;
		const wide = [...document.body.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > edge + 0.5);
		return wide
			.filter((e) => !wide.some((o) => o !== e && e.contains(o)))
			.slice(0, 5)
			.map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${(e.textContent ?? '').trim().slice(0, 40)}" right=${Math.round(e.getBoundingClientRect().right)}`);
	});
const cardCodes = (p: Page) => p.locator('[data-indicator]').evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')));

describe('overview at scale', () => {
	// The narrowest phones still sold (320 px CSS wide); English words are longer than Chinese ones.
	it.each([
		[320, 'zh-CN'],
		[320, 'en'],
		[375, 'en']
	] as const)('fits %i px in %s, first page and a filtered one, without a horizontal scroll', async (width, lang) => {
		const { page: p, close } = await open(width);
		for (const path of [`/?lang=${lang}`, '/?status=behind', '/?q=tourist', '/?group=item']) {
			await p.goto(server.url + path);
			expect(await cardCodes(p), path).not.toHaveLength(0);
			expect(await overflow(p), `${path}: ${(await pastEdge(p)).join(' | ')}`).toBeLessThanOrEqual(0);
		}
		await p.screenshot({ path: join(ARTIFACTS, `overview-${width}-${lang}.png`), fullPage: false });
		await close();
	});

	it('pages through every indicator with links, without JavaScript, at 375 px', async () => {
		const { page: p, close } = await open(375, false);
		await p.goto(server.url + '/');
		const pager = p.getByRole('navigation', { name: '分页' });
		await expect.poll(() => pager.textContent()).toContain('第 1 / 3 页');
		const seen = new Set(await cardCodes(p));
		expect(seen.size).toBe(60);
		expect(await overflow(p)).toBeLessThanOrEqual(0);
		await p.screenshot({ path: join(ARTIFACTS, 'overview-paged-375.png'), fullPage: false });
		for (let page = 2; page <= 3; page++) {
			await pager.getByRole('link', { name: '下一页' }).click();
			expect(new URL(p.url()).searchParams.get('page')).toBe(String(page));
			for (const c of await cardCodes(p)) seen.add(c);
		}
		expect(seen.size).toBe(27 + EXTRA);
		expect(await pager.getByRole('link', { name: '下一页' }).count()).toBe(0);
		await close();
	});

	it('counts indicators per status, and a count is a link to that status', async () => {
		const { page: p, close } = await open(1280);
		await p.goto(server.url + '/');
		const statuses = p.getByRole('navigation', { name: '按状态查看' });
		const behind = statuses.locator('[data-status-count="behind"]');
		const n = Number(await behind.locator('.n').textContent());
		expect(n).toBeGreaterThanOrEqual(EXTRA / 3);
		await p.screenshot({ path: join(ARTIFACTS, 'overview-1280.png'), fullPage: false });
		await behind.click();
		expect(new URL(p.url()).searchParams.get('status')).toBe('behind');
		expect(await behind.getAttribute('aria-current')).toBe('true');
		expect(await p.locator('.count').textContent()).toContain(String(n));
		const shown = await p.locator('[data-indicator] [data-status]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
		expect(shown.length).toBe(Math.min(n, 60));
		expect(new Set(shown)).toEqual(new Set(['behind']));
		await close();
	});

	it('finds an indicator by name or code from the search box, keeping the other filters', async () => {
		const { page: p, close } = await open(375);
		await p.goto(server.url + '/?sort=behind');
		await p.getByLabel('搜索').fill('区县游客12');
		await p.getByLabel('搜索').press('Enter');
		// Behind first (12, 120, 123, 126, 129 are a third of the way behind), then catalog order.
		const behind = ['city-012', 'city-120', 'city-123', 'city-126', 'city-129'];
		const onSchedule = ['city-121', 'city-122', 'city-124', 'city-125', 'city-127', 'city-128'];
		await expect.poll(() => cardCodes(p)).toEqual([...behind, ...onSchedule]);
		expect(new URL(p.url()).searchParams.get('sort')).toBe('behind');
		await p.getByLabel('搜索').fill('TOURIST-ARRIVALS');
		await p.getByLabel('搜索').press('Enter');
		await expect.poll(() => cardCodes(p)).toEqual(['tourist-arrivals']);
		expect(await p.locator('[data-indicator="tourist-arrivals"]').textContent()).toContain('210万人次');
		expect(await overflow(p)).toBeLessThanOrEqual(0);
		await close();
	});
});
