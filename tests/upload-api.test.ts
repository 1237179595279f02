// The upload and revision HTTP API against the built server: dry run, commit, every error, a tampered
// browser parse, the body limit, two uploads at once, history and revert, and who may call it.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, signIn } from './helpers/auth';
import { fetchOnce, startServer, tempDir, type RunningServer } from './helpers/env';

let tmp: ReturnType<typeof tempDir>;
let server: RunningServer;
let analyst: string;
let viewer: string;
let admin: string;

beforeAll(async () => {
	tmp = tempDir();
	const env = { DATABASE_URL: `file:${join(tmp.dir, 'app.db')}`, BODY_SIZE_LIMIT: '1M' };
	server = await startServer(env);
	addUser(env, 'ana', 'analyst');
	addUser(env, 'vera', 'viewer');
	addUser(env, 'adam', 'admin');
	analyst = await signIn(server.url, 'ana');
	viewer = await signIn(server.url, 'vera');
	admin = await signIn(server.url, 'adam');
});
afterAll(async () => {
	await server?.stop();
	tmp?.cleanup();
});

function csvForm(text: string | Uint8Array, fields: Record<string, string> = {}, name = 'q.csv'): FormData {
	const form = new FormData();
	form.set('file', new File([text as BlobPart], name, { type: 'text/csv' }));
	for (const [k, v] of Object.entries(fields)) form.set(k, v);
	return form;
}

function call(method: string, path: string, body?: BodyInit, cookie: string | null = analyst, init: RequestInit = {}) {
	const headers: Record<string, string> = { origin: server.url, accept: 'application/json' };
	if (cookie) headers.cookie = cookie;
	return fetchOnce(server.url + path, { method, body, headers, ...init });
}

async function value(indicator: string, period: string): Promise<number | undefined> {
	const rows = (await (await call('GET', '/api/v1/export.json')).json()) as { indicator: string; period: string; value: number }[];
	return rows.find((r) => r.indicator === indicator && r.period === period)?.value;
}

const revisionCount = async () => ((await (await call('GET', '/api/v1/revisions')).json()) as { revisions: unknown[] }).revisions.length;

describe('who may call it', () => {
	const routes: [string, string, () => BodyInit | undefined][] = [
		['POST', '/api/v1/uploads', () => csvForm('指标,期间,数值\ntourist-arrivals,2024Q2,1\n')],
		['GET', '/api/v1/revisions', () => undefined],
		['GET', '/api/v1/revisions/1', () => undefined],
		['POST', '/api/v1/revisions/1/revert', () => undefined],
		['GET', '/revisions/1/file', () => undefined],
		['GET', '/upload/templates/observations.csv', () => undefined]
	];

	it('refuses anonymous callers (401) and viewers (403); nothing is written', async () => {
		const before = await revisionCount();
		for (const [method, path, body] of routes) {
			expect((await call(method, path, body(), null)).status, `anonymous ${method} ${path}`).toBe(401);
			expect((await call(method, path, body(), viewer)).status, `viewer ${method} ${path}`).toBe(403);
		}
		expect(await revisionCount()).toBe(before);
		expect(await value('tourist-arrivals', '2024-Q2')).toBeUndefined();
	});

	it('sends an anonymous page visit to /login and shows a viewer 403', async () => {
		for (const path of ['/upload', '/revisions', '/revisions/1', '/revisions/1/revert']) {
			const res = await fetchOnce(server.url + path, { redirect: 'manual', headers: { accept: 'text/html' } });
			expect(res.status, path).toBe(303);
			expect(res.headers.get('location')).toBe(`/login?next=${encodeURIComponent(path)}`);
			expect((await fetchOnce(server.url + path, { headers: { accept: 'text/html', cookie: viewer } })).status, path).toBe(403);
		}
	});
});

describe('POST /api/v1/uploads', () => {
	it('dryRun=1 answers the csv-format.md report with the per-row diff and writes nothing', async () => {
		const before = await revisionCount();
		const res = await call('POST', '/api/v1/uploads', csvForm('指标,期间,数值\n旅游接待人次,2024年一季度,250万\n旅游接待人次,2024年二季度,300万\n', { dryRun: '1' }));
		expect(res.status).toBe(200);
		const report = await res.json();
		expect(report).toMatchObject({ ok: true, dryRun: true, file: 'q.csv', kind: 'observations', encoding: 'utf-8', rows: 2, accepted: 2, errors: [], revision: null });
		expect(report.changes).toEqual({ added: 1, updated: 1, unchanged: 0 });
		expect(report.diff.rows[0]).toMatchObject({ table: 'observations', line: 2, indicator: 'tourist-arrivals', period: '2024-Q1', state: 'updated', before: 2_100_000, after: 2_500_000 });
		expect(report.diff.rows[0].yoy).toBeCloseTo(2_500_000 / (2_100_000 / 1.375) - 1, 6);
		expect(await revisionCount()).toBe(before);
		expect(await value('tourist-arrivals', '2024-Q1')).toBe(2_100_000);
	});

	it('commits one revision, by the signed-in analyst, with its original file and its changes', async () => {
		const bytes = new TextEncoder().encode('指标,期间,数值\n旅游接待人次,2024年二季度,300万\n');
		const res = await call('POST', '/api/v1/uploads', csvForm(bytes, {}, 'q2.csv'));
		expect(res.status).toBe(200);
		const report = await res.json();
		expect(report).toMatchObject({ ok: true, dryRun: false, changes: { added: 1, updated: 0, unchanged: 0 }, affected: ['tourist-arrivals'] });
		const id = report.revision as number;
		expect(id).toBeGreaterThan(0);
		expect(await value('tourist-arrivals', '2024-Q2')).toBe(3_000_000);

		const list = (await (await call('GET', '/api/v1/revisions')).json()).revisions;
		expect(list[0]).toMatchObject({ id, kind: 'observations', fileName: 'q2.csv', user: 'ana', added: 1, revertedBy: null });
		const detail = await (await call('GET', `/api/v1/revisions/${id}`)).json();
		expect(detail.changes).toEqual([{ table: 'observations', indicator: 'tourist-arrivals', period: '2024-Q2', before: null, after: 3_000_000, current: true, onRevert: 'withdrawn' }]);
		const original = new Uint8Array(await (await call('GET', `/revisions/${id}/file`)).arrayBuffer());
		expect(original).toEqual(bytes);
		expect((await call('GET', '/api/v1/revisions/99999')).status).toBe(404);
		// The audit log names who uploaded which file (dry runs are previews and are not logged).
		const log = await (await fetchOnce(server.url + '/admin/audit?action=upload', { headers: { accept: 'text/html', cookie: admin } })).text();
		expect(log).toContain('q2.csv');
		expect(log).toContain('ana');
		expect(log.match(/>q\.csv</g)).toBeNull();
	});

	it('rejects a file with bad rows (422): every error at its line, nothing written', async () => {
		const before = await revisionCount();
		const res = await call('POST', '/api/v1/uploads', csvForm('指标,期间,数值\n旅游接待人次,2024年三季度,1\n旅游接待人次,2024Q5,2\nnope,2024Q3,3\n'));
		expect(res.status).toBe(422);
		const report = await res.json();
		expect(report.ok).toBe(false);
		expect(report.errors.map((e: { line: number; code: string }) => [e.line, e.code])).toEqual([
			[3, 'bad_period'],
			[4, 'unknown_indicator']
		]);
		expect(report.errors[0].zh).toMatch(/[\u4e00-\u9fff]/);
		expect(report.errors[0].en).toMatch(/quarter/);
		expect(await revisionCount()).toBe(before);
		expect(await value('tourist-arrivals', '2024-Q3')).toBeUndefined();
	});

	it('never trusts a browser parse: fields claiming the file is clean change nothing, the server reads the bytes', async () => {
		const before = await revisionCount();
		const claims = { errors: '[]', errorCount: '0', ok: 'true', accepted: '2', records: JSON.stringify([{ indicator: 'tourist-arrivals', period: '2024-Q4', value: 9 }]) };
		const res = await call('POST', '/api/v1/uploads', csvForm('指标,期间,数值\n旅游接待人次,2024年四季度,abc\n旅游接待人次,2024年四季度,9\n', claims));
		expect(res.status).toBe(422);
		const report = await res.json();
		expect(report.errors.map((e: { code: string }) => e.code)).toEqual(['bad_number']);
		expect(await revisionCount()).toBe(before);
		expect(await value('tourist-arrivals', '2024-Q4')).toBeUndefined();
		// A hand-made mapping is re-applied by the server to the bytes, and the cells are still validated.
		const mapped = await call('POST', '/api/v1/uploads', csvForm('指标,期间,接待量\n旅游接待人次,2024年四季度,很多\n', { mapping: JSON.stringify({ 接待量: 'value' }) }));
		expect(mapped.status).toBe(422);
		expect((await mapped.json()).errors).toMatchObject([{ line: 2, column: '接待量', code: 'bad_number' }]);
	});

	it('answers 400 with a bilingual message for a missing file or a bad field', async () => {
		const noFile = await call('POST', '/api/v1/uploads', new URLSearchParams({ dryRun: '1' }));
		expect(noFile.status).toBe(400);
		expect((await noFile.json()).error).toMatchObject({ code: 'bad_request', zh: expect.stringMatching(/文件/), en: expect.stringMatching(/file/) });
		const badKind = await call('POST', '/api/v1/uploads', csvForm('指标,期间,数值\n', { kind: 'users' }));
		expect(badKind.status).toBe(400);
		expect((await badKind.json()).error.message).toContain('kind');
	});

	it('refuses a body over the limit with 413 and a clear zh/en message, storing nothing (with or without Content-Length)', async () => {
		const before = await revisionCount();
		const row = '旅游接待人次,2024年12月,1\n';
		const big = '指标,期间,数值\n' + row.repeat(Math.ceil((1.2 * 1024 * 1024) / row.length));
		const res = await call('POST', '/api/v1/uploads', csvForm(big));
		expect(res.status).toBe(413);
		const { error } = await res.json();
		expect(error).toMatchObject({ code: 'too_large' });
		expect(error.zh).toContain('1 MB');
		expect(error.en).toContain('1 MB');
		// Streamed without a length: stopped once it passes the limit.
		const form = new Response(csvForm(big));
		const type = form.headers.get('content-type')!;
		const streamed = await fetch(server.url + '/api/v1/uploads', {
			method: 'POST',
			body: form.body,
			headers: { origin: server.url, accept: 'application/json', cookie: analyst, 'content-type': type },
			duplex: 'half'
		} as RequestInit);
		expect(streamed.status).toBe(413);
		expect((await streamed.json()).error.code).toBe('too_large');
		expect(await revisionCount()).toBe(before);
		expect(await value('tourist-arrivals', '2024-12')).toBeUndefined();
	});

	it('takes two uploads at once one after the other: both complete, neither is partial', async () => {
		const before = await revisionCount();
		const months = (from: number, v: number) => Array.from({ length: 6 }, (_, i) => `旅游接待人次,2023年${from + i}月,${v + i}`).join('\n');
		const [a, b] = await Promise.all([
			call('POST', '/api/v1/uploads', csvForm(`指标,期间,数值\n${months(1, 100)}\n`, {}, 'a.csv')),
			call('POST', '/api/v1/uploads', csvForm(`指标,期间,数值\n${months(4, 500)}\n`, {}, 'b.csv'))
		]);
		const ra = await a.json();
		const rb = await b.json();
		expect([a.status, b.status]).toEqual([200, 200]);
		expect(new Set([ra.revision, rb.revision]).size).toBe(2);
		// Months 4–6 are in both files: whichever committed second updated them, all three, not some.
		const [first, second] = ra.revision < rb.revision ? [ra, rb] : [rb, ra];
		expect(first.changes).toEqual({ added: 6, updated: 0, unchanged: 0 });
		expect(second.changes).toEqual({ added: 3, updated: 3, unchanged: 0 });
		const winner = second === rb ? 500 : 100;
		for (let m = 4; m <= 6; m++) expect(await value('tourist-arrivals', `2023-0${m}`)).toBe(winner + (second === rb ? m - 4 : m - 1));
		expect(await revisionCount()).toBe(before + 2);
	});
});

describe('POST /api/v1/revisions/{id}/revert', () => {
	it('brings back what the revision replaced, once; unknown ids are 404', async () => {
		const up = await (await call('POST', '/api/v1/uploads', csvForm('指标,期间,数值\n旅游接待人次,2024年一季度,260万\n'))).json();
		expect(await value('tourist-arrivals', '2024-Q1')).toBe(2_600_000);
		const res = await call('POST', `/api/v1/revisions/${up.revision}/revert`);
		expect(res.status).toBe(200);
		const result = await res.json();
		expect(result).toMatchObject({ restored: 1, withdrawn: 1, keptLater: 0, revision: { kind: 'revert', reverts: up.revision, user: 'ana' } });
		expect(await value('tourist-arrivals', '2024-Q1')).toBe(2_100_000);
		const again = await call('POST', `/api/v1/revisions/${up.revision}/revert`);
		expect(again.status).toBe(409);
		expect((await again.json()).error.code).toBe('already_reverted');
		expect((await call('POST', '/api/v1/revisions/99999/revert')).status).toBe(404);
		const detail = await (await call('GET', `/api/v1/revisions/${up.revision}`)).json();
		expect(detail.revision.revertedBy).toBe(result.revision.id);
		expect(detail.blocked).toMatch(/already reverted/i);
		const log = await (await fetchOnce(server.url + '/admin/audit?action=revert', { headers: { accept: 'text/html', cookie: admin } })).text();
		expect(log).toContain(`#${up.revision}`);
	});
});

describe('list pages', () => {
	/** The column headings and the body rows of the page's one data table, as text. */
	async function table(path: string, cookie: string) {
		const html = await (await fetchOnce(server.url + path, { headers: { accept: 'text/html', cookie } })).text();
		const text = (s: string) => s.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
		const head = /<thead>([\s\S]*?)<\/thead>/.exec(html)?.[1] ?? '';
		const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
		return {
			html,
			columns: [...head.matchAll(/<th scope="col">([\s\S]*?)<\/th>/g)].map((m) => text(m[1]!)),
			rows: [...body.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => text(m[1]!))
		};
	}

	it('show one row per item under their column headings, or a sentence when there is none', async () => {
		const users = await table('/admin/users', admin);
		expect(users.columns).toEqual(['用户名', '角色', '状态', '创建时间', '操作']);
		expect(users.rows.map((r) => r.split(' ')[0])).toEqual(expect.arrayContaining(['ana', 'vera', 'adam']));
		const revisions = await table('/revisions', analyst);
		expect(revisions.columns[0]).toBe('修订');
		expect(revisions.rows.length).toBeGreaterThanOrEqual(5); // the seed's files, each its own revision
		expect(revisions.rows.every((r) => /^#\d+/.test(r))).toBe(true);
		const flags = await table('/admin/public', admin);
		expect(flags.columns).toHaveLength(4);
		expect(flags.rows.some((r) => r.includes('tourist-arrivals'))).toBe(true);
		const searched = await table('/admin/public?q=TOURISM-REV', admin); // by code, any case
		expect(searched.rows).toHaveLength(1);
		expect(searched.rows[0]).toContain('tourism-revenue');
		const links = await table('/admin/links', admin);
		expect([links.columns, links.rows]).toEqual([[], []]);
		expect(links.html).toContain('还没有嵌入链接');
		const audit = await table('/admin/audit?action=public_flag', admin); // no indicator was made public here
		expect([audit.columns, audit.rows]).toEqual([[], []]);
		expect(audit.html).toContain('没有记录');
		const uploads = await table('/admin/audit?action=upload', admin);
		expect(uploads.columns).toEqual(['时间', '操作人', '动作', '对象', '详情', '来源地址']);
		expect(uploads.rows.length).toBeGreaterThan(0);
	});
});
