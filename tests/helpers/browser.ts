// Debian's Chromium driven by playwright-core: nothing is downloaded, the browser comes from apt.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { signIn, signInAs } from './auth';
import { ROOT, startServer, tempDir, type RunningServer } from './env';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(ROOT, 'tests', 'artifacts');

export async function launch(): Promise<Browser> {
	if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (.ci/run does this)`);
	mkdirSync(ARTIFACTS, { recursive: true });
	return chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		// The closed network refuses Chromium's background connections; these flags keep it quiet and fast.
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
	});
}

/** A page in a fresh context signed in as `username` (a user the test added): phone-wide, zh-CN and with JavaScript unless told. */
export async function pageAs(
	browser: Browser,
	serverUrl: string,
	username: string,
	opts: { width?: number; height?: number; locale?: string; js?: boolean; downloads?: boolean } = {}
): Promise<{ context: BrowserContext; page: Page; close: () => Promise<void> }> {
	const context = await browser.newContext({
		locale: opts.locale ?? 'zh-CN',
		viewport: { width: opts.width ?? 375, height: opts.height ?? 800 },
		javaScriptEnabled: opts.js ?? true,
		acceptDownloads: opts.downloads ?? false
	});
	const [name, value] = (await signIn(serverUrl, username)).split('=') as [string, string];
	await context.addCookies([{ name, value, url: serverUrl }]);
	return { context, page: await context.newPage(), close: () => context.close() };
}

/** How many pixels the page is wider than the window (0 or less: it fits, no sideways scrolling). */
export const overflow = (p: Page): Promise<number> => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * A built server on a fresh seeded database, a viewer's session and Chromium: `open` gives a page in a
 * new context carrying that session; `close` stops all three.
 */
export async function viewerSession(): Promise<{
	server: RunningServer;
	open: (opts: { width?: number; js?: boolean }) => Promise<{ page: Page; close: () => Promise<void> }>;
	close: () => Promise<void>;
}> {
	const tmp = tempDir();
	const env = { DATABASE_URL: `file:${join(tmp.dir, 'app.db')}` };
	const server = await startServer(env);
	await signInAs(server, env, 'viewer');
	const browser = await launch();
	return {
		server,
		async open({ width = 375, js = true }) {
			const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'zh-CN', javaScriptEnabled: js });
			await context.addCookies([{ name: 'ob_session', value: server.cookie!.split('=')[1]!, url: server.url }]);
			return { page: await context.newPage(), close: () => context.close() };
		},
		async close() {
			await browser.close();
			await server.stop();
			tmp.cleanup();
		}
	};
}
