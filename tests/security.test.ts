// Attacks against the built server: CSRF by content type and method, stolen or stale sessions,
// password guessing, secrets leaking into responses or logs, and script injection through data.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './helpers/browser';
import { addTestUsers, addUser, PASSWORD, signIn, TEST_USERS } from './helpers/auth';
import { cli, fetchOnce as fetch, startServer, tempDir, type RunningServer } from './helpers/env';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => (tmp = tempDir('ob-sec-')));
afterAll(() => tmp.cleanup());

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = 'application/x-www-form-urlencoded';

describe('cross-site requests', () => {
	let server: RunningServer;
	let admin: string;
	let env: Record<string, string>;
	beforeAll(async () => {
		env = { DATABASE_URL: `file:${join(tmp.dir, 'csrf.db')}` };
		server = await startServer(env);
		addTestUsers(env);
		admin = await signIn(server.url, TEST_USERS.admin);
	});
	afterAll(() => server?.stop());

	const attempts: [string, RequestInit][] = [
		['a form POST from another site', { method: 'POST', headers: { origin: 'http://evil.example', 'content-type': FORM } }],
		['a text/plain POST from another site', { method: 'POST', headers: { origin: 'http://evil.example', 'content-type': 'text/plain' } }],
		['a JSON POST from another site', { method: 'POST', headers: { origin: 'http://evil.example', 'content-type': 'application/json' } }],
		['a POST with no Origin and a cross-site Sec-Fetch-Site', { method: 'POST', headers: { 'sec-fetch-site': 'cross-site', 'content-type': FORM } }],
		['a PUT with no Origin', { method: 'PUT', headers: { 'content-type': 'application/json' } }],
		['a DELETE with no Origin', { method: 'DELETE' }]
	];
	it.each(attempts)('refuses %s with 403, even with an admin’s cookie, and changes nothing', async (_, init) => {
		const res = await fetch(`${server.url}/admin/users?/create`, {
			...init,
			headers: { ...(init.headers as Record<string, string>), cookie: admin, accept: 'text/html' },
			body: init.method === 'DELETE' ? undefined : form({ username: 'mallory', role: 'admin', password: 'mallory-password-1' }),
			redirect: 'manual'
		});
		expect(res.status).toBe(403);
		expect(cli('user', ['list'], env).stdout).not.toContain('mallory');
	});

	it('accepts the same form from this site (so the check is not simply refusing everything)', async () => {
		const res = await fetch(`${server.url}/admin/users?/create`, {
			method: 'POST',
			headers: { origin: server.url, 'content-type': FORM, cookie: admin, accept: 'text/html' },
			body: form({ username: 'newbie', role: 'viewer', password: 'newbie-password-1' })
		});
		expect(res.status).toBe(200);
		expect(cli('user', ['list'], env).stdout).toMatch(/newbie\tviewer\t.*must-change-password/);
	});

	it('the admin page refuses a bad role or user with the catalog’s words in the reader’s language (400, nothing created)', async () => {
		const post = (action: string, fields: Record<string, string>, lang: string) =>
			fetch(`${server.url}/admin/users?/${action}`, {
				method: 'POST',
				headers: { origin: server.url, 'content-type': FORM, cookie: admin, accept: 'text/html', 'accept-language': lang },
				body: form(fields)
			});
		const en = await post('create', { username: 'rooted', role: 'root', password: 'rooted-password-1' }, 'en');
		expect(en.status).toBe(400);
		expect(await en.text()).toContain('Invalid role: use viewer|analyst|admin');
		const zh = await post('disable', { id: 'abc' }, 'zh-CN');
		expect(zh.status).toBe(400);
		expect(await zh.text()).toMatch(/⚠<\/span> 用户无效</);
		expect(cli('user', ['list'], env).stdout).not.toContain('rooted');
	});

	it('an analyst cannot manage users (403, nothing created)', async () => {
		const analyst = await signIn(server.url, TEST_USERS.analyst);
		const res = await fetch(`${server.url}/admin/users?/create`, {
			method: 'POST',
			headers: { origin: server.url, 'content-type': FORM, cookie: analyst, accept: 'text/html' },
			body: form({ username: 'sneaky', role: 'admin', password: 'sneaky-password-1' })
		});
		expect(res.status).toBe(403);
		expect(cli('user', ['list'], env).stdout).not.toContain('sneaky');
	});

	it('sets the security headers: CSP with frame-ancestors none, nosniff, no-referrer', async () => {
		const res = await fetch(`${server.url}/login`);
		const csp = res.headers.get('content-security-policy') ?? '';
		expect(csp).toMatch(/script-src 'self' 'nonce-/);
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toContain("object-src 'none'");
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		expect(res.headers.get('referrer-policy')).toBe('no-referrer');
		expect(res.headers.get('x-frame-options')).toBe('DENY');
	});

	it('never redirects off the site after sign-in, whatever `next` says', async () => {
		addUser(env, 'walker', 'viewer');
		for (const next of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)']) {
			const res = await fetch(`${server.url}/login`, {
				method: 'POST',
				redirect: 'manual',
				headers: { origin: server.url, 'content-type': FORM, accept: 'text/html' },
				body: form({ username: 'walker', password: PASSWORD, next })
			});
			expect(res.status, next).toBe(303);
			expect(res.headers.get('location'), next).toBe('/');
		}
	});
});

describe('sessions and passwords', () => {
	let server: RunningServer;
	let env: Record<string, string>;
	beforeAll(async () => {
		env = { DATABASE_URL: `file:${join(tmp.dir, 'sessions.db')}` };
		server = await startServer(env);
		addTestUsers(env);
	});
	afterAll(() => server?.stop());

	it('a session token from before sign-out is rejected afterwards', async () => {
		const cookie = await signIn(server.url, TEST_USERS.viewer);
		expect((await fetch(`${server.url}/api/v1/export.json`, { headers: { cookie } })).status).toBe(200);
		const out = await fetch(`${server.url}/logout`, { method: 'POST', redirect: 'manual', headers: { cookie, origin: server.url, 'content-type': FORM, accept: 'text/html' } });
		expect(out.status).toBe(303);
		expect(out.headers.getSetCookie().join()).toMatch(/ob_session=;/);
		expect((await fetch(`${server.url}/api/v1/export.json`, { headers: { cookie } })).status).toBe(401);
	});

	it('signing in again gives a new token (rotation), and the cookie is HttpOnly and SameSite=Lax', async () => {
		const res = await fetch(`${server.url}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: server.url, 'content-type': FORM, accept: 'text/html' },
			body: form({ username: TEST_USERS.viewer, password: PASSWORD })
		});
		const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('ob_session='))!;
		expect(setCookie).toMatch(/HttpOnly/);
		expect(setCookie).toMatch(/SameSite=Lax/);
		expect(setCookie.split(';')[0]).not.toBe(await signIn(server.url, TEST_USERS.viewer));
	});

	it('a disabled user’s open session stops working at once', async () => {
		addUser(env, 'leaver', 'viewer');
		const cookie = await signIn(server.url, 'leaver');
		expect(cli('user', ['disable', 'leaver'], env).status).toBe(0);
		expect((await fetch(`${server.url}/api/v1/export.json`, { headers: { cookie } })).status).toBe(401);
	});

	it('a user created by an admin must change the password at first sign-in before seeing anything', async () => {
		const admin = await signIn(server.url, TEST_USERS.admin);
		await fetch(`${server.url}/admin/users?/create`, {
			method: 'POST',
			headers: { origin: server.url, 'content-type': FORM, cookie: admin, accept: 'text/html' },
			body: form({ username: 'fresh', role: 'viewer', password: 'initial-password-1' })
		});
		const first = await fetch(`${server.url}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: server.url, 'content-type': FORM, accept: 'text/html' },
			body: form({ username: 'fresh', password: 'initial-password-1' })
		});
		expect(first.headers.get('location')).toBe('/account?required=1');
		const cookie = first.headers.getSetCookie()[0]!.split(';')[0]!;
		const blocked = await fetch(`${server.url}/`, { redirect: 'manual', headers: { cookie, accept: 'text/html' } });
		expect(blocked.status).toBe(303);
		expect(blocked.headers.get('location')).toBe('/account?required=1');
		expect((await fetch(`${server.url}/api/v1/export.json`, { headers: { cookie } })).status).toBe(403);
		const change = await fetch(`${server.url}/account?/password`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: server.url, 'content-type': FORM, cookie, accept: 'text/html' },
			body: form({ current: 'initial-password-1', password: 'my-own-password-2', repeat: 'my-own-password-2' })
		});
		expect(change.status).toBe(200);
		const renewed = change.headers.getSetCookie().find((c) => c.startsWith('ob_session='))!.split(';')[0]!;
		expect((await fetch(`${server.url}/`, { headers: { cookie: renewed, accept: 'text/html' } })).status).toBe(200);
		// The old session (from before the change) was ended with the others.
		expect((await fetch(`${server.url}/api/v1/export.json`, { headers: { cookie } })).status).toBe(401);
	});

	it('unknown and known user names take about as long to refuse (both check a scrypt hash)', async () => {
		const attempt = async (username: string) => {
			const t = performance.now();
			const r = await fetch(`${server.url}/login`, {
				method: 'POST',
				headers: { origin: server.url, 'content-type': FORM, accept: 'text/html' },
				body: form({ username, password: 'not-the-password' })
			});
			expect(r.status).toBe(400);
			return performance.now() - t;
		};
		const known: number[] = [];
		const unknown: number[] = [];
		for (let i = 0; i < 4; i++) {
			known.push(await attempt(TEST_USERS.analyst));
			unknown.push(await attempt(`nobody-${i}`));
		}
		const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
		const ratio = median(unknown) / median(known);
		// Without the dummy hash an unknown name answers ~100× faster; the band allows a busy machine.
		expect(ratio).toBeGreaterThan(0.5);
		expect(ratio).toBeLessThan(2);
	});
});

describe('password guessing', () => {
	it('20 wrong passwords in a row → 429 with Retry-After, and even the right password waits', async () => {
		const env = { DATABASE_URL: `file:${join(tmp.dir, 'guess.db')}` };
		const server = await startServer(env);
		try {
			addUser(env, 'target', 'analyst');
			const statuses: number[] = [];
			let retryAfter: string | null = null;
			for (let i = 0; i < 20; i++) {
				const r = await fetch(`${server.url}/login`, {
					method: 'POST',
					headers: { origin: server.url, 'content-type': FORM, accept: 'text/html' },
					body: form({ username: 'target', password: `guess-${i}-xxxxxx` })
				});
				statuses.push(r.status);
				if (r.status === 429) retryAfter = r.headers.get('retry-after');
			}
			expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
			expect(statuses.at(-1)).toBe(429);
			expect(Number(retryAfter)).toBeGreaterThan(0);
			const right = await fetch(`${server.url}/login`, {
				method: 'POST',
				redirect: 'manual',
				headers: { origin: server.url, 'content-type': FORM, accept: 'text/html' },
				body: form({ username: 'target', password: PASSWORD })
			});
			expect(right.status).toBe(429);
			const log = (await fetch(`${server.url}/admin/audit`)).status; // anonymous: not readable
			expect(log).toBe(401);
		} finally {
			await server.stop();
		}
	});
});

describe('no secret in any response, log line or URL', () => {
	it('the token and password never appear in pages, redirects or the server’s output', async () => {
		const env = { DATABASE_URL: `file:${join(tmp.dir, 'leak.db')}` };
		const server = await startServer(env);
		try {
			addTestUsers(env);
			const res = await fetch(`${server.url}/login`, {
				method: 'POST',
				redirect: 'manual',
				headers: { origin: server.url, 'content-type': FORM, accept: 'text/html' },
				body: form({ username: TEST_USERS.admin, password: PASSWORD })
			});
			const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
			const token = cookie.split('=')[1]!;
			expect(res.headers.get('location')).not.toContain(token);
			const bodies: string[] = [];
			for (const path of ['/', '/admin/users', '/admin/audit', '/account', '/indicators/tourist-arrivals', '/api/v1/export.json', '/api/v1/export.csv']) {
				const r = await fetch(server.url + path, { headers: { cookie, accept: 'text/html' } });
				expect(r.status, path).toBe(200);
				bodies.push(await r.text());
			}
			for (const text of [...bodies, server.output()]) {
				expect(text).not.toContain(token);
				expect(text).not.toContain(PASSWORD);
				expect(text).not.toMatch(/scrypt\$/);
			}
		} finally {
			await server.stop();
		}
	});
});

describe('script injection through data stays inert', () => {
	const PAYLOADS = ['<img src=x onerror=alert(1)>', '</text><script>alert(2)</script>', 'javascript:alert(3)', '"><svg onload=alert(4)>'] as const;
	let server: RunningServer;
	let browser: Browser;
	let cookie: string;
	beforeAll(async () => {
		const env = { DATABASE_URL: `file:${join(tmp.dir, 'xss.db')}` };
		server = await startServer(env);
		addTestUsers(env);
		const indicators = join(tmp.dir, 'xss-indicators.csv');
		writeFileSync(
			indicators,
			'代码,名称,英文名称,单位,类型,方向,类别,整改事项,说明\n' +
				`xss-probe,"${PAYLOADS[0]}探针","${PAYLOADS[1]}",人次,flow,up,tourism,6,"${PAYLOADS[3].replaceAll('"', '""')}"\n`
		);
		const observations = join(tmp.dir, 'xss-observations.csv');
		writeFileSync(
			observations,
			'指标,期间,数值,同比,数据性质,来源,备注\n' +
				`xss-probe,2023年一季度,100万,,reported,"${PAYLOADS[2]}","${PAYLOADS[0]}"\n` +
				`xss-probe,2024年一季度,120万,20%,reported,"${PAYLOADS[1]}","=HYPERLINK(""http://evil.example"")"\n`
		);
		const r = cli('ingest', [indicators, observations], env);
		expect(r.status, r.stderr + r.stdout).toBe(0);
		cookie = await signIn(server.url, TEST_USERS.viewer);
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});

	it.each(['/', '/?lang=en', '/indicators/xss-probe', '/indicators/xss-probe?lang=en', '/rectification'])('page %s escapes every payload', async (path) => {
		const html = await (await fetch(server.url + path, { headers: { cookie, accept: 'text/html' } })).text();
		expect(html).toContain('xss-probe');
		expect(html).not.toContain('<img src=x onerror');
		expect(html).not.toContain('<script>alert');
		expect(html).not.toContain('<svg onload');
		expect(html).not.toMatch(/href="javascript:/i);
	});

	it.each(['yoy', 'cumulative', 'sparkline'])('the %s chart SVG escapes names and sources', async (kind) => {
		const svg = await (await fetch(`${server.url}/charts/xss-probe.svg?kind=${kind}&lang=en`, { headers: { cookie } })).text();
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).not.toContain('<script');
		expect(svg).not.toContain('<img');
		expect(svg).not.toMatch(/\son\w+=/i);
	});

	it('exports neutralise formula-looking text (CSV) and keep JSON data as data', async () => {
		const csv = await (await fetch(`${server.url}/api/v1/export.csv?indicator=xss-probe`, { headers: { cookie } })).text();
		expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
		expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
		const json = await (await fetch(`${server.url}/api/v1/export.json?indicator=xss-probe`, { headers: { cookie } })).json();
		expect(JSON.stringify(json)).toContain('<img src=x onerror=alert(1)>');
	});

	it('in a real browser no payload runs, on any page, with tooltips and the hydrated charts', async () => {
		const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
		await context.addCookies([{ name: 'ob_session', value: cookie.split('=')[1]!, url: server.url }]);
		const page = await context.newPage();
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		for (const path of ['/', '/indicators/xss-probe', '/indicators/xss-probe?lang=en', '/rectification']) {
			await page.goto(server.url + path);
			await page.waitForLoadState('networkidle');
			// Hover every chart so tooltips render their (escaped) text.
			for (const chart of await page.locator('[data-chart] svg, .chart svg').all()) {
				const box = await chart.boundingBox();
				if (box) for (const x of [0.3, 0.5, 0.7]) await page.mouse.move(box.x + box.width * x, box.y + box.height * 0.6);
			}
			expect(await page.locator('img[src="x"]').count(), path).toBe(0);
			expect(await page.locator('svg[onload]').count(), path).toBe(0);
		}
		expect(dialogs).toEqual([]);
		await context.close();
	});
});

describe('public indicators', () => {
	it('an admin makes one indicator public: anyone sees it (card, page, chart) and nothing else; making it private closes it again', async () => {
		const env = { DATABASE_URL: `file:${join(tmp.dir, 'public.db')}` };
		const server = await startServer(env);
		try {
			addTestUsers(env);
			const page = (path: string, cookie?: string) =>
				fetch(server.url + path, { redirect: 'manual', headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } });
			// Nothing public yet: the overview sends visitors to sign in.
			expect((await page('/')).status).toBe(303);
			const admin = await signIn(server.url, TEST_USERS.admin);
			const set = (value: '0' | '1') =>
				fetch(`${server.url}/admin/public?/set`, {
					method: 'POST',
					headers: { origin: server.url, cookie: admin, accept: 'text/html', 'content-type': FORM },
					body: form({ code: 'tourist-arrivals', public: value })
				});
			expect((await set('1')).status).toBe(200);
			const overview = await page('/');
			expect(overview.status).toBe(200);
			const html = await overview.text();
			expect(html).toContain('data-indicator="tourist-arrivals"');
			expect(html).not.toContain('data-indicator="tourism-revenue"');
			expect(html).toContain('只显示公开的指标');
			expect((await page('/indicators/tourist-arrivals')).status).toBe(200);
			expect((await fetch(`${server.url}/charts/tourist-arrivals.svg`)).status).toBe(200);
			expect((await page('/indicators/tourism-revenue')).status).toBe(303);
			expect((await fetch(`${server.url}/charts/tourism-revenue.svg`)).status).toBe(401);
			expect((await fetch(`${server.url}/api/v1/export.json`)).status).toBe(401);
			expect((await page('/rectification')).status).toBe(303);
			const audit = await (await page('/admin/audit?action=public_flag', admin)).text();
			expect(audit).toContain('tourist-arrivals');
			expect((await set('0')).status).toBe(200);
			expect((await page('/indicators/tourist-arrivals')).status).toBe(303);
		} finally {
			await server.stop();
		}
	});
});

describe('file names stay inert', () => {
	it('an uploaded file named like markup is text on the revision pages and in the audit log', async () => {
		const env = { DATABASE_URL: `file:${join(tmp.dir, 'filename.db')}` };
		const server = await startServer(env);
		try {
			addTestUsers(env);
			const analyst = await signIn(server.url, TEST_USERS.analyst);
			const admin = await signIn(server.url, TEST_USERS.admin);
			const name = '<img src=x onerror=alert(1)>"><script>alert(2)</script>.csv';
			const body = new FormData();
			body.set('file', new Blob(['代码,名称,英文名称,单位,类型,方向,类别\nfile-probe,文件名探针,,人次,flow,up,tourism\n'], { type: 'text/csv' }), name);
			const res = await fetch(`${server.url}/api/v1/uploads`, { method: 'POST', headers: { origin: server.url, cookie: analyst }, body });
			expect(res.status).toBe(200);
			const report = (await res.json()) as { revision: number | null };
			expect(report.revision).toBeGreaterThan(0);
			for (const [path, cookie] of [
				['/revisions', analyst],
				[`/revisions/${report.revision}`, analyst],
				['/admin/audit', admin]
			] as const) {
				const html = await (await fetch(server.url + path, { headers: { cookie, accept: 'text/html' } })).text();
				expect(html, path).toContain('&lt;img src=x onerror');
				expect(html, path).not.toContain('<img src=x onerror');
				expect(html, path).not.toContain('<script>alert(2)');
			}
		} finally {
			await server.stop();
		}
	});
});
