// Screenshots of the seeded overview for the session note (not a test).
import { chromium } from 'playwright-core';
const [url, cookie, out] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const width of [375, 1280]) {
	const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN' });
	await ctx.addCookies([{ name: 'ob_session', value: cookie!, url: url! }]);
	const p = await ctx.newPage();
	await p.goto(url + '/');
	await p.screenshot({ path: `${out}/overview-${width}.png`, fullPage: width === 375 ? false : true });
	const ov = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	console.log(width, 'overflow', ov, 'html', (await p.content()).length);
	await ctx.close();
}
await browser.close();
