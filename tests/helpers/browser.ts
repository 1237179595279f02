// Debian's Chromium driven by playwright-core: nothing is downloaded, the browser comes from apt.
import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { signInAs } from './auth';
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
