// Digests set up through the pages in Chromium at 375 px: an admin adds a 钉钉 robot on /admin/robots (its address
// and secret never shown again); a viewer follows an indicator, sets an e-mail address, subscribes weekly to that
// robot on /account and sees the preview; when the subscription is due, the robot receives one signed message
// and /admin/deliveries logs it.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from './helpers/auth';
import { ARTIFACTS, launch, overflow, pageAs } from './helpers/browser';
import { cliAsync, startServer, tempDir, type RunningServer } from './helpers/env';

const SECRET = 'SEC0123456789abcdefsecret';
let tmp: ReturnType<typeof tempDir>;
let server: RunningServer;
let browser: Browser;
let receiver: Server;
let hook: string;
let env: Record<string, string>;
const received: { url: string; body: { msgtype?: string; markdown?: { title: string; text: string } } }[] = [];

const body = (req: IncomingMessage) =>
	new Promise<string>((resolve) => {
		let s = '';
		req.on('data', (c) => (s += c));
		req.on('end', () => resolve(s));
	});

beforeAll(async () => {
	tmp = tempDir('ob-digest-ui-');
	receiver = createServer(async (req, res) => {
		received.push({ url: req.url ?? '', body: JSON.parse(await body(req)) });
		res.setHeader('content-type', 'application/json');
		res.end('{"errcode":0,"errmsg":"ok"}');
	});
	await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
	const port = (receiver.address() as { port: number }).port;
	hook = `http://127.0.0.1:${port}/robot/send?access_token=tok-abcdef123456`;
	env = { DATABASE_URL: `file:${join(tmp.dir, 'app.db')}` };
	server = await startServer(env);
	addUser(env, 'root', 'admin');
	addUser(env, 'lead', 'viewer');
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
	receiver?.close();
	tmp?.cleanup();
});

async function as(username: string): Promise<{ p: Page; close: () => Promise<void> }> {
	const { page, close } = await pageAs(browser, server.url, username);
	return { p: page, close };
}
/** Opens a page and waits until its scripts have run: under CI load, typing before hydration can be reset by it. */
async function open(p: Page, path: string): Promise<void> {
	await p.goto(server.url + path);
	await p.waitForLoadState('networkidle');
}
// Under CI load a page can take longer than expect.poll's default second.
const POLL = { timeout: 15_000 };

describe('digest subscriptions through the pages', () => {
	it('an admin adds a robot; its address and secret are not shown again', async () => {
		const { p, close } = await as('root');
		await open(p, '/admin');
		await p.getByRole('link', { name: '群机器人' }).click();
		await p.waitForURL(/\/admin\/robots$/);
		await p.waitForLoadState('networkidle');
		await p.getByLabel('类型').selectOption('dingtalk');
		await p.getByLabel('名称(如“局领导群”)').fill('局领导群');
		await p.getByLabel('Webhook 地址').fill(hook);
		await p.getByLabel('加签密钥(钉钉、飞书可选)').fill(SECRET);
		await p.getByRole('button', { name: '添加机器人' }).click();
		await expect.poll(() => p.getByRole('status').first().textContent(), POLL).toContain('已添加机器人“局领导群”');
		const row = p.getByTestId('robot');
		expect(await row.count()).toBe(1);
		expect(await row.textContent()).toContain('钉钉');
		const html = await p.content();
		expect(html).not.toContain('tok-abcdef123456');
		expect(html).not.toContain(SECRET);
		expect(await p.getByLabel('Webhook 地址').inputValue()).toBe('');
		expect(await overflow(p)).toBeLessThanOrEqual(0);
		await p.screenshot({ path: join(ARTIFACTS, 'admin-robots-375.png'), fullPage: true });
		await close();
	});

	it('a viewer follows, sets an address, subscribes to the robot and sees the preview at 375 px', async () => {
		const { p, close } = await as('lead');
		await open(p, '/');
		await p.locator('[data-indicator="culture-deliveries"]').getByRole('button', { name: '关注', exact: true }).click();
		await expect.poll(() => p.locator('[data-indicator="culture-deliveries"]').getByRole('button', { name: '取消关注' }).count(), POLL).toBe(1);

		await open(p, '/account');
		await p.getByLabel('摘要发送到的邮箱').fill('lead@example.cn');
		await p.getByRole('button', { name: '保存邮箱' }).click();
		await expect.poll(() => p.getByText('邮箱已保存').count(), POLL).toBe(1);
		await p.waitForLoadState('networkidle');

		const sub = p.getByTestId('subscription');
		expect(await sub.getByTestId('subscription-state').textContent()).toContain('尚未订阅');
		await sub.getByRole('radio', { name: '每周' }).check();
		await sub.getByLabel('星期').selectOption('1');
		await sub.getByLabel('时刻').selectOption('9');
		await sub.getByRole('checkbox', { name: /邮件/ }).uncheck();
		await sub.getByRole('checkbox', { name: /局领导群/ }).check();
		await sub.getByRole('button', { name: '保存订阅' }).click();
		await expect.poll(() => p.getByTestId('subscription-state').textContent(), POLL).toContain('每周一 9:00');
		expect(await p.getByTestId('subscription-state').textContent()).toContain('局领导群');

		const preview = p.getByTestId('digest-preview');
		expect(await preview.locator('h2').textContent()).toBe('预览：现在发送会收到的摘要');
		// Built on request only: it reads every indicator in the user's scope.
		expect(await preview.textContent()).not.toContain('整改成效摘要');
		await preview.getByRole('link', { name: '生成预览' }).click();
		await p.waitForURL((u) => u.searchParams.get('preview') === '1');
		expect(await preview.textContent()).toMatch(/整改成效摘要|不会发送/);
		// The preview links to the indicator page itself: viewing it mints no signed link.
		const link = preview.getByRole('link', { name: '查看图表' }).first();
		expect(new URL((await link.getAttribute('href'))!).pathname).toBe('/indicators/culture-deliveries');
		expect(await link.getAttribute('href')).not.toMatch(/[?&](sig|link|exp)=/);
		expect(await overflow(p)).toBeLessThanOrEqual(0);
		await p.screenshot({ path: join(ARTIFACTS, 'account-subscription-375.png'), fullPage: true });

		// Nothing chosen: refused in words, the saved subscription kept.
		await sub.getByRole('checkbox', { name: /局领导群/ }).uncheck();
		await sub.getByRole('button', { name: '保存订阅' }).click();
		await expect.poll(() => sub.getByRole('alert').count(), POLL).toBe(1);
		await p.goto(server.url + '/account');
		expect(await p.getByTestId('subscription-state').textContent()).toContain('局领导群');
		await close();
	});

	it('when due, the robot gets one signed message, logged on /admin/deliveries', async () => {
		// A Monday 09:05 in Shanghai, well after the subscription was made.
		const at = '2030-01-07T09:05:00+08:00';
		const run = await cliAsync('digest', ['--at', at, '--json'], env);
		expect(run.status, run.stderr).toBe(0);
		expect(received).toHaveLength(1);
		const url = new URL(received[0]!.url, 'http://x');
		expect(url.searchParams.get('access_token')).toBe('tok-abcdef123456');
		expect(url.searchParams.get('sign')).toBeTruthy();
		expect(url.searchParams.get('timestamp')).toMatch(/^\d{13}$/);
		expect(received[0]!.url).not.toContain(SECRET);
		expect(received[0]!.body.msgtype).toBe('markdown');
		// Run again for the same moment: already sent, nothing more.
		expect((await cliAsync('digest', ['--at', at], env)).status).toBe(0);
		expect(received).toHaveLength(1);

		const { p, close } = await as('root');
		await p.goto(server.url + '/admin/deliveries');
		const rows = p.getByTestId('delivery');
		await expect.poll(() => rows.count(), POLL).toBeGreaterThan(0);
		expect(await rows.first().getAttribute('data-result')).toBe('sent');
		expect(await rows.first().textContent()).toContain('lead');
		expect(await rows.first().textContent()).toContain('局领导群');
		expect(await p.content()).not.toContain('tok-abcdef123456');
		expect(await overflow(p)).toBeLessThanOrEqual(0);
		await close();
	});
});
