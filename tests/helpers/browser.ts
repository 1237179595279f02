// Debian's Chromium driven by playwright-core: nothing is downloaded, the browser comes from apt.
import { chromium, type Browser } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './env';

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
