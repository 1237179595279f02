// An upload's diff pages, against the built server over HTTP: without JavaScript the previewed file is kept
// and its preview is a URL whose pages are links (200 rows each, exact totals, every changed row exactly
// once, with its line); the commit by id writes the whole file; the API pages the same way. Only the user who
// previewed a file can page or commit it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, signIn } from './helpers/auth';
import { cli, fetchOnce, startServer, tempDir, type RunningServer } from './helpers/env';

let tmp: ReturnType<typeof tempDir>;
let server: RunningServer;
let ana: string;
let ben: string;

const MONTHS = 150;
const period = (m: number) => `${2000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
/**
 * p-0..p-2 hold months 0–74 already; the file updates those (p-0's first 20 unchanged) and adds months 75–149;
 * p-3 has no values yet, so its 50 rows are all added (SQLite writes them on its direct path).
 */
const UPDATED = 3 * 75 - 20;
const ADDED = 3 * 75 + 50;
const CHANGED = UPDATED + ADDED;

function fileText(): { text: string; changedLines: Set<number> } {
	const rows = ['指标,期间,数值'];
	const changedLines = new Set<number>();
	for (let i = 0; i < 3; i++)
		for (let m = 0; m < MONTHS; m++) {
			const unchanged = i === 0 && m < 20;
			rows.push(`p-${i},${period(m)},${unchanged ? 100 + m : 200 + m}`);
			if (!unchanged) changedLines.add(rows.length);
		}
	for (let m = 0; m < 50; m++) {
		rows.push(`p-3,${period(m)},${300 + m}`);
		changedLines.add(rows.length);
	}
	return { text: rows.join('\n') + '\n', changedLines };
}

beforeAll(async () => {
	tmp = tempDir();
	const env = { DATABASE_URL: `file:${join(tmp.dir, 'app.db')}` };
	server = await startServer(env);
	addUser(env, 'ana', 'analyst');
	addUser(env, 'ben', 'analyst');
	writeFileSync(join(tmp.dir, 'defs.csv'), ['代码,名称,英文名称,单位,类型,方向,类别', ...[0, 1, 2, 3].map((i) => `p-${i},分页指标${i},Paged ${i},人次,flow,up,tourism`)].join('\n'));
	const before = ['指标,期间,数值'];
	for (let i = 0; i < 3; i++) for (let m = 0; m < 75; m++) before.push(`p-${i},${period(m)},${100 + m}`);
	writeFileSync(join(tmp.dir, 'before.csv'), before.join('\n'));
	const r = cli('ingest', [join(tmp.dir, 'defs.csv'), join(tmp.dir, 'before.csv')], env);
	expect(r.status, r.stderr).toBe(0);
	ana = await signIn(server.url, 'ana');
	ben = await signIn(server.url, 'ben');
});
afterAll(async () => {
	await server?.stop();
	tmp?.cleanup();
});

const html = (path: string, cookie: string, init: RequestInit = {}) =>
	fetchOnce(server.url + path, { redirect: 'manual', ...init, headers: { origin: server.url, accept: 'text/html', cookie, ...(init.headers ?? {}) } });

/** The change rows of a page as [state, line], in the order shown. */
function changeRows(page: string): [string, number][] {
	return [...page.matchAll(/<tr data-change="(added|updated)">([\s\S]*?)<\/tr>/g)].map((m) => [m[1]!, Number(/<td class="num">(\d+)<\/td>/.exec(m[2]!)![1])]);
}
const count = (page: string, what: string) => Number(new RegExp(`data-count="${what}"[^>]*>(?:<strong>)?(\\d+)`).exec(page)?.[1]);

async function previewWithoutJs(cookie: string, text: string): Promise<string> {
	const form = new FormData();
	form.set('file', new File([text], 'paged.csv', { type: 'text/csv' }));
	const res = await html('/upload?/preview', cookie, { method: 'POST', body: form });
	expect(res.status).toBe(303);
	const location = res.headers.get('location')!;
	expect(location).toMatch(/^\/upload\?preview=[\w-]+$/);
	return location;
}

describe('a large diff, without JavaScript', () => {
	const { text, changedLines } = fileText();
	let location: string;
	const shown: [string, number][] = [];

	it('lists 200 changes a page with exact totals, every changed row once, by links that carry the page', async () => {
		location = await previewWithoutJs(ana, text);
		let next: string | null = location;
		const pages: number[] = [];
		while (next) {
			const res = await html(next, ana);
			expect(res.status).toBe(200);
			const page = await res.text();
			expect(count(page, 'total')).toBe(CHANGED);
			expect(count(page, 'observations')).toBe(CHANGED);
			expect(count(page, 'added')).toBe(ADDED);
			expect(count(page, 'updated')).toBe(UPDATED);
			expect(count(page, 'unchanged')).toBe(20);
			const rows = changeRows(page);
			pages.push(rows.length);
			shown.push(...rows);
			const link = /<a class="tap" rel="next" href="([^"]+)"/.exec(page)?.[1]?.replaceAll('&amp;', '&');
			next = link ? `/upload${link}` : null;
			if (next) expect(new URL(next, server.url).searchParams.get('preview')).toBe(new URL(location, server.url).searchParams.get('preview'));
		}
		expect(pages).toEqual([200, 200, CHANGED - 400]);
		expect(shown.length).toBe(CHANGED);
		expect(new Set(shown.map(([, line]) => line))).toEqual(changedLines);
		expect(shown.filter(([state]) => state === 'added').length).toBe(ADDED);
		// A page past the end lists nothing and keeps the totals.
		const past = await (await html(`${location}&page=9`, ana)).text();
		expect(changeRows(past)).toEqual([]);
		expect(count(past, 'total')).toBe(CHANGED);
	});

	it('is only for the analyst who previewed it', async () => {
		const page = await (await html(`${location}&page=2`, ben)).text();
		expect(changeRows(page)).toEqual([]);
		expect(page).toContain('预览已过期或不存在');
		const id = new URL(location, server.url).searchParams.get('preview')!;
		const res = await html('/upload?/commit', ben, { method: 'POST', body: new URLSearchParams({ preview: id }), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
		expect(res.status).toBe(400);
	});

	it('commits the whole file by the preview id, once', async () => {
		const id = new URL(location, server.url).searchParams.get('preview')!;
		const commit = () => html('/upload?/commit', ana, { method: 'POST', body: new URLSearchParams({ preview: id }), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
		const res = await commit();
		expect(res.status).toBe(303);
		const revision = res.headers.get('location')!;
		expect(revision).toMatch(/^\/revisions\/\d+$/);
		const detail = (await (await fetchOnce(`${server.url}/api/v1${revision}`, { headers: { cookie: ana, accept: 'application/json' } })).json()) as { revision: { added: number; updated: number; unchanged: number } };
		expect(detail.revision).toMatchObject({ added: ADDED, updated: UPDATED, unchanged: 20 });
		// The revision page lists the same rows in the same order as the preview did (values only, no lines there).
		expect((await commit()).status).toBe(400); // the kept file is gone once committed
	});
});

describe('a large diff through the API', () => {
	it('pages the dry run with `page`: exact counts, 200 rows with their lines, the names of the page', async () => {
		const { changedLines } = fileText();
		// After the commit above every row is unchanged: change them all again.
		const text = fileText().text.replace(/,(\d+)\n/g, (_, v: string) => `,${Number(v) + 1}\n`);
		const lines: number[] = [];
		for (let page = 1; page <= 3; page++) {
			const form = new FormData();
			form.set('file', new File([text], 'paged.csv', { type: 'text/csv' }));
			form.set('dryRun', '1');
			form.set('page', String(page));
			const res = await fetchOnce(`${server.url}/api/v1/uploads`, { method: 'POST', body: form, headers: { origin: server.url, accept: 'application/json', cookie: ana } });
			expect(res.status).toBe(200);
			const r = (await res.json()) as {
				changes: { added: number; updated: number };
				diff: { page: number; pages: number; pageSize: number; total: number; truncated: boolean; counts: Record<string, number>; rows: { line: number; state: string; indicator: string; before: number; after: number }[] };
				names: Record<string, { nameZh: string }>;
			};
			expect(r.changes).toMatchObject({ added: 0, updated: CHANGED + 20 });
			expect(r.diff).toMatchObject({ page, pages: 3, pageSize: 200, total: CHANGED + 20, truncated: true, counts: { indicators: 0, observations: CHANGED + 20, targets: 0 } });
			expect(r.diff.rows.length).toBe(page < 3 ? 200 : CHANGED + 20 - 400);
			expect(r.diff.rows.every((d) => d.state === 'updated' && d.after === d.before + 1)).toBe(true);
			// The page's indicators and the (first) affected ones, named: the page holds no catalog.
			for (const d of r.diff.rows) expect(r.names[d.indicator]?.nameZh).toBe(`分页指标${d.indicator.slice(2)}`);
			lines.push(...r.diff.rows.map((d) => d.line));
		}
		expect(new Set(lines).size).toBe(CHANGED + 20);
		for (const l of changedLines) expect(lines).toContain(l);
	});
});
