// Following in a real browser, without JavaScript, on a 375 px phone: the star on a card is a labelled,
// keyboard-reachable POST form; the followed indicator comes first under its own heading and under 只看关注,
// and the star on the indicator page unfollows it again.
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, viewerSession, overflow } from './helpers/browser';

let session: Awaited<ReturnType<typeof viewerSession>>;
beforeAll(async () => (session = await viewerSession()));
afterAll(() => session?.close());
const open = (width: number) => session.open({ width, js: false });

const cardCodes = (p: Page) => p.locator('[data-indicator]').evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')));

describe('follow an indicator', () => {
	it('follows from its card by keyboard without JavaScript at 375 px; it comes first and under 只看关注', async () => {
		const { page: p, close } = await open(375);
		await p.goto(session.server.url + '/');
		const codes = await cardCodes(p);
		expect(codes.indexOf('culture-deliveries')).toBeGreaterThan(0);
		const star = p.locator('[data-indicator="culture-deliveries"]').getByRole('button', { name: '关注', exact: true });
		expect(await star.getAttribute('aria-pressed')).toBe('false');
		await star.focus();
		await Promise.all([p.waitForURL((u) => u.pathname === '/'), p.keyboard.press('Enter')]);
		await expect.poll(() => cardCodes(p).then((c) => c[0])).toBe('culture-deliveries');
		const first = p.locator('section').first();
		expect(await first.locator('h2').textContent()).toBe('我的关注');
		const unstar = p.locator('[data-indicator="culture-deliveries"]').getByRole('button', { name: '取消关注' });
		expect(await unstar.getAttribute('aria-pressed')).toBe('true');
		// Told by text and shape, not colour alone.
		expect(await unstar.textContent()).toContain('已关注');
		expect(await overflow(p)).toBeLessThanOrEqual(0);
		await p.screenshot({ path: join(ARTIFACTS, 'follow-375.png'), fullPage: false });

		await p.getByRole('link', { name: '只看关注' }).click();
		expect(new URL(p.url()).searchParams.get('followed')).toBe('1');
		expect(await cardCodes(p)).toEqual(['culture-deliveries']);
		await close();
	});

	it('unfollows from the indicator page, which returns to itself', async () => {
		const { page: p, close } = await open(375);
		await p.goto(session.server.url + '/indicators/culture-deliveries');
		const unstar = p.getByRole('button', { name: '取消关注' });
		await Promise.all([p.waitForURL((u) => u.pathname === '/indicators/culture-deliveries'), unstar.click()]);
		expect(await p.getByRole('button', { name: '关注', exact: true }).getAttribute('aria-pressed')).toBe('false');
		await p.goto(session.server.url + '/?followed=1');
		expect(await cardCodes(p)).toEqual([]);
		expect(await p.textContent('main')).toContain('尚未关注任何指标');
		await close();
	});
});
