// The authorization matrix: every route in src/routes × every kind of caller, in one table. The route
// list is read from the file system, so a new route without a row here fails this test.
// Requests that could change data send an incomplete form: an authorised caller gets 400 (nothing is
// changed), an unauthorised one 401/403, so the matrix never alters the database it checks.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, TEST_USERS, addTestUsers } from './helpers/auth';
import { fetchOnce as fetch, ROOT, startServer, tempDir, type RunningServer } from './helpers/env';

// `signed`: no cookie, but the query of a valid signed embed link (for /embed/tourist-arrivals, yoy)
// appended to the path. It opens that embed and nothing else.
type Caller = 'anonymous' | 'viewer' | 'analyst' | 'admin' | 'signed';
const CALLERS: Caller[] = ['anonymous', 'viewer', 'analyst', 'admin', 'signed'];

interface Case {
	method: 'GET' | 'POST' | 'PUT' | 'DELETE';
	path: string;
	/** Form fields for POST (sent as application/x-www-form-urlencoded with this site's Origin). */
	form?: Record<string, string>;
	/** Sends Accept: text/html (a page view); otherwise Accept: application/json. */
	html?: boolean;
	/** Sign in afresh for this case (it ends the session, e.g. sign-out). */
	fresh?: boolean;
	/** `signed` defaults to the anonymous outcome. */
	expect: Record<Exclude<Caller, 'signed'>, number> & { signed?: number };
}

const PAGE = { anonymous: 303, viewer: 200, analyst: 200, admin: 200 };
const ADMIN_PAGE = { anonymous: 303, viewer: 403, analyst: 403, admin: 200 };
const ADMIN_ACTION = { anonymous: 401, viewer: 403, analyst: 403, admin: 400 };
const READ_API = { anonymous: 401, viewer: 200, analyst: 200, admin: 200 };
// A signature is bound to its path and parameters: on another chart URL it is a broken link (403).
const CHART = { ...READ_API, signed: 403 };
const EMBED = { anonymous: 401, viewer: 200, analyst: 200, admin: 200 };
const ANALYST_ACTION = { anonymous: 401, viewer: 403, analyst: 400, admin: 400 };
const ANALYST_PAGE = { anonymous: 303, viewer: 403, analyst: 200, admin: 200 };
const ANALYST_API = { anonymous: 401, viewer: 403, analyst: 200, admin: 200 };
// Following: any signed-in user; the matrix's empty form is refused (400) and follows nothing.
const FOLLOW_ACTION = { anonymous: 401, viewer: 400, analyst: 400, admin: 400 };
// Reverting a revision that does not exist: an analyst gets 404 and nothing is reverted.
const ANALYST_REVERT = { anonymous: 401, viewer: 403, analyst: 404, admin: 404 };

export const MATRIX: Record<string, Case[]> = {
	'/': [
		{ method: 'GET', path: '/', html: true, expect: PAGE },
		{ method: 'POST', path: '/?/follow', html: true, form: {}, expect: FOLLOW_ACTION }
	],
	'/login': [
		{ method: 'GET', path: '/login', html: true, expect: { anonymous: 200, viewer: 303, analyst: 303, admin: 303 } },
		// Signed in already: the failed form re-renders the page, whose load sends the user on.
		{ method: 'POST', path: '/login', html: true, form: {}, expect: { anonymous: 400, viewer: 303, analyst: 303, admin: 303 } }
	],
	'/logout': [
		{ method: 'GET', path: '/logout', html: true, expect: PAGE },
		{ method: 'POST', path: '/logout', html: true, form: {}, fresh: true, expect: { anonymous: 303, viewer: 303, analyst: 303, admin: 303 } }
	],
	'/account': [
		{ method: 'GET', path: '/account', html: true, expect: PAGE },
		{ method: 'POST', path: '/account?/password', html: true, form: {}, expect: { anonymous: 401, viewer: 400, analyst: 400, admin: 400 } },
		{ method: 'POST', path: '/account?/email', html: true, form: { email: 'not an address' }, expect: { anonymous: 401, viewer: 400, analyst: 400, admin: 400 } },
		{ method: 'POST', path: '/account?/subscribe', html: true, form: {}, expect: { anonymous: 401, viewer: 400, analyst: 400, admin: 400 } },
		{ method: 'POST', path: '/account?/unsubscribe', html: true, form: {}, expect: { anonymous: 401, viewer: 200, analyst: 200, admin: 200 } }
	],
	'/admin': [{ method: 'GET', path: '/admin', html: true, expect: { anonymous: 303, viewer: 403, analyst: 403, admin: 303 } }],
	'/admin/users': [
		{ method: 'GET', path: '/admin/users', html: true, expect: ADMIN_PAGE },
		{ method: 'POST', path: '/admin/users?/create', html: true, form: {}, expect: ADMIN_ACTION },
		{ method: 'POST', path: '/admin/users?/role', html: true, form: {}, expect: ADMIN_ACTION },
		{ method: 'POST', path: '/admin/users?/disable', html: true, form: {}, expect: ADMIN_ACTION },
		{ method: 'POST', path: '/admin/users?/enable', html: true, form: {}, expect: ADMIN_ACTION },
		{ method: 'POST', path: '/admin/users?/reset', html: true, form: {}, expect: ADMIN_ACTION }
	],
	'/admin/public': [
		{ method: 'GET', path: '/admin/public', html: true, expect: ADMIN_PAGE },
		{ method: 'POST', path: '/admin/public?/set', html: true, form: {}, expect: ADMIN_ACTION }
	],
	'/admin/links': [
		{ method: 'GET', path: '/admin/links', html: true, expect: ADMIN_PAGE },
		{ method: 'POST', path: '/admin/links?/revoke', html: true, form: {}, expect: ADMIN_ACTION }
	],
	'/admin/audit': [{ method: 'GET', path: '/admin/audit', html: true, expect: ADMIN_PAGE }],
	'/admin/robots': [
		{ method: 'GET', path: '/admin/robots', html: true, expect: ADMIN_PAGE },
		{ method: 'POST', path: '/admin/robots?/add', html: true, form: {}, expect: ADMIN_ACTION },
		// No such robot: an admin gets 404 and nothing is removed.
		{ method: 'POST', path: '/admin/robots?/remove', html: true, form: {}, expect: { ...ADMIN_ACTION, admin: 404 } }
	],
	'/admin/deliveries': [{ method: 'GET', path: '/admin/deliveries', html: true, expect: ADMIN_PAGE }],
	'/indicators/[code=code]': [
		// The page accepts a signed link to itself (a digest's); an embed's signature here is a broken link.
		{ method: 'GET', path: '/indicators/tourist-arrivals', html: true, expect: { ...PAGE, signed: 403 } },
		{ method: 'POST', path: '/indicators/tourist-arrivals?/follow', html: true, form: {}, expect: FOLLOW_ACTION },
		{ method: 'POST', path: '/indicators/tourist-arrivals?/createLink', html: true, form: {}, expect: ANALYST_ACTION },
		{ method: 'POST', path: '/indicators/tourist-arrivals?/revokeLink', html: true, form: {}, expect: ANALYST_ACTION }
	],
	'/briefing': [{ method: 'GET', path: '/briefing?i=tourist-arrivals&year=2024', html: true, expect: PAGE }],
	'/briefing/word': [{ method: 'GET', path: '/briefing/word?i=tourist-arrivals&year=2024', expect: READ_API }],
	'/(embed)/embed/[code=code]': [{ method: 'GET', path: '/embed/tourist-arrivals', html: true, expect: { ...EMBED, signed: 200 } }],
	'/(embed)/embed/[code=code]/live': [{ method: 'GET', path: '/embed/tourist-arrivals?interactive=1', html: true, expect: { ...EMBED, signed: 403 } }],
	'/rectification': [{ method: 'GET', path: '/rectification', html: true, expect: PAGE }],
	'/charts/[code=code].svg': [{ method: 'GET', path: '/charts/tourist-arrivals.svg', expect: CHART }],
	'/charts/[code=code].png': [{ method: 'GET', path: '/charts/tourist-arrivals.png?scale=1', expect: CHART }],
	// Open to all (load balancers); only admins see the event-loop figures.
	'/api/v1/health': [{ method: 'GET', path: '/api/v1/health', expect: { anonymous: 200, viewer: 200, analyst: 200, admin: 200 } }],
	'/api/v1/export.csv': [{ method: 'GET', path: '/api/v1/export.csv', expect: READ_API }],
	'/api/v1/export.json': [{ method: 'GET', path: '/api/v1/export.json', expect: READ_API }],
	'/upload': [
		{ method: 'GET', path: '/upload', html: true, expect: ANALYST_PAGE },
		{ method: 'POST', path: '/upload?/preview', html: true, form: {}, expect: ANALYST_ACTION },
		{ method: 'POST', path: '/upload?/commit', html: true, form: {}, expect: ANALYST_ACTION }
	],
	'/upload/text': [
		{ method: 'GET', path: '/upload/text', html: true, expect: ANALYST_PAGE },
		{ method: 'POST', path: '/upload/text?/read', html: true, form: {}, expect: ANALYST_ACTION },
		{ method: 'POST', path: '/upload/text?/preview', html: true, form: {}, expect: ANALYST_ACTION },
		{ method: 'POST', path: '/upload/text?/commit', html: true, form: {}, expect: ANALYST_ACTION }
	],
	'/upload/templates/[file]': [{ method: 'GET', path: '/upload/templates/observations.csv', expect: ANALYST_API }],
	// The upload page's parser looks up the indicators a file names (a form body is no JSON: 400).
	'/upload/indicators': [{ method: 'POST', path: '/upload/indicators', form: {}, expect: ANALYST_ACTION }],
	'/revisions': [{ method: 'GET', path: '/revisions', html: true, expect: ANALYST_PAGE }],
	'/revisions/[id=id]': [{ method: 'GET', path: '/revisions/1', html: true, expect: ANALYST_PAGE }],
	'/revisions/[id=id]/file': [{ method: 'GET', path: '/revisions/1/file', expect: ANALYST_API }],
	'/revisions/[id=id]/revert': [
		{ method: 'GET', path: '/revisions/1/revert', html: true, expect: ANALYST_PAGE },
		{ method: 'POST', path: '/revisions/99999/revert', html: true, form: {}, expect: ANALYST_REVERT }
	],
	'/api/v1/uploads': [{ method: 'POST', path: '/api/v1/uploads', form: {}, expect: ANALYST_ACTION }],
	'/api/v1/extract': [{ method: 'POST', path: '/api/v1/extract', form: {}, expect: ANALYST_ACTION }],
	'/api/v1/revisions': [{ method: 'GET', path: '/api/v1/revisions', expect: ANALYST_API }],
	'/api/v1/revisions/[id=id]': [{ method: 'GET', path: '/api/v1/revisions/1', expect: ANALYST_API }],
	'/api/v1/revisions/[id=id]/revert': [{ method: 'POST', path: '/api/v1/revisions/99999/revert', form: {}, expect: ANALYST_REVERT }]
};

/** Route ids (as SvelteKit names them) of every page and endpoint under src/routes, with what they export. */
function discoverRoutes(): { id: string; methods: string[]; actions: boolean }[] {
	const base = join(ROOT, 'src', 'routes');
	const out: { id: string; methods: string[]; actions: boolean }[] = [];
	const walk = (dir: string) => {
		const files = readdirSync(dir, { withFileTypes: true });
		const names = files.filter((f) => f.isFile()).map((f) => f.name);
		const endpoint = names.find((n) => /^\+server\.(ts|js)$/.test(n));
		const pageServer = names.find((n) => /^\+page\.server\.(ts|js)$/.test(n));
		const page = names.some((n) => /^\+page\.(svelte|ts|js|server\.ts|server\.js)$/.test(n));
		if (endpoint || page) {
			const rel = relative(base, dir).split(sep).join('/');
			const id = '/' + rel;
			const methods = endpoint ? [...readFileSync(join(dir, endpoint), 'utf8').matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!) : [];
			if (page) methods.unshift('GET');
			const actions = !!pageServer && /export const actions\b/.test(readFileSync(join(dir, pageServer), 'utf8'));
			out.push({ id: id === '/' ? '/' : id.replace(/\/$/, ''), methods, actions });
		}
		for (const f of files) if (f.isDirectory()) walk(join(dir, f.name));
	};
	walk(base);
	return out;
}

describe('every route has a row in the authorization matrix', () => {
	const routes = discoverRoutes();
	it.each(routes.map((r) => [r.id, r] as const))('%s', (id, route) => {
		const cases = MATRIX[id];
		expect(cases, `add ${id} to MATRIX in tests/authz.test.ts`).toBeDefined();
		for (const m of route.methods) expect(cases!.some((c) => c.method === m), `${id}: no ${m} case`).toBe(true);
		if (route.actions) expect(cases!.some((c) => c.method === 'POST'), `${id}: has form actions but no POST case`).toBe(true);
	});
	it('has no rows for routes that no longer exist', () => {
		const ids = new Set(routes.map((r) => r.id));
		expect(Object.keys(MATRIX).filter((id) => !ids.has(id))).toEqual([]);
	});
});

describe('authorization matrix against the built server', () => {
	let tmp: ReturnType<typeof tempDir>;
	let server: RunningServer;
	const cookies: Partial<Record<Caller, string>> = {};
	let signedQuery = '';
	beforeAll(async () => {
		tmp = tempDir();
		const env = { DATABASE_URL: `file:${join(tmp.dir, 'app.db')}` };
		server = await startServer(env);
		addTestUsers(env);
		for (const role of ['viewer', 'analyst', 'admin'] as const) cookies[role] = await signIn(server.url, TEST_USERS[role]);
		// An analyst makes a signed link on the indicator page, as a person would.
		const made = await fetch(`${server.url}/indicators/tourist-arrivals?/createLink`, {
			method: 'POST',
			headers: { origin: server.url, cookie: cookies.analyst!, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ kind: 'yoy', lang: 'zh-CN', days: '1' }).toString()
		});
		const href = /\/embed\/tourist-arrivals\?[^"<\s]*\bsig=[^"<\s]+/.exec((await made.text()).replaceAll('&amp;', '&'))?.[0];
		expect(href, 'signed link in the page').toBeDefined();
		signedQuery = href!.split('?')[1]!;
	});
	afterAll(async () => {
		await server?.stop();
		tmp?.cleanup();
	});

	const rows = Object.entries(MATRIX).flatMap(([id, cases]) => cases.flatMap((c) => CALLERS.map((who) => [id, c.method, c.path, who, c] as const)));
	it.each(rows)('%s %s %s as %s', async (_id, method, path, who, c) => {
		let cookie = who === 'anonymous' || who === 'signed' ? undefined : cookies[who];
		if (c.fresh && cookie) cookie = await signIn(server.url, TEST_USERS[who as keyof typeof TEST_USERS]);
		const url = who === 'signed' ? `${path}${path.includes('?') ? '&' : '?'}${signedQuery}` : path;
		const headers: Record<string, string> = { accept: c.html ? 'text/html' : 'application/json' };
		if (cookie) headers.cookie = cookie;
		let body: string | undefined;
		if (method !== 'GET') {
			headers.origin = server.url;
			headers['content-type'] = 'application/x-www-form-urlencoded';
			body = new URLSearchParams(c.form ?? {}).toString();
		}
		const res = await fetch(server.url + url, { method, headers, body, redirect: 'manual' });
		expect(res.status).toBe(who === 'signed' ? (c.expect.signed ?? c.expect.anonymous) : c.expect[who]);
		if (res.status === 303 && who === 'anonymous' && method === 'GET' && path !== '/login' && path !== '/logout') expect(res.headers.get('location')).toMatch(/^\/login\?next=/);
	});
});
