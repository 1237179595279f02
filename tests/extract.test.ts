// Figures from report text end to end: npm run extract → npm run ingest → export, and POST /api/v1/extract by role.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, signIn } from './helpers/auth';
import { cli, fetchOnce, ingestJson, ROOT, startServer, tempDir, type RunningServer } from './helpers/env';

const REPORT = join(ROOT, 'tests', 'fixtures', 'extract', 'rectification-report-2024-06-15.zh.txt');
const QUOTE = '2024年一季度全市旅游接待人次210万人次,同比增长37.5%';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => (tmp = tempDir()));
afterAll(() => tmp.cleanup());

describe('npm run extract', () => {
	it('prints an observations file and a targets file that ingest commits; the export quotes the report; a re-run changes nothing', () => {
		const env = { DATABASE_URL: `file:${join(tmp.dir, 'cli', 'db.sqlite')}` };
		expect(ingestJson([join(ROOT, 'data', 'indicators.csv')], env).status).toBe(0);
		const obs = cli('extract', ['--csv', REPORT], env);
		expect(obs.status, obs.stderr).toBe(0);
		expect(obs.stderr).not.toMatch(/还没有指标/);
		const targets = cli('extract', ['--targets-csv', REPORT], env);
		expect(targets.status, targets.stderr).toBe(0);
		const x = join(tmp.dir, 'x.csv'), t = join(tmp.dir, 't.csv');
		writeFileSync(x, obs.stdout);
		writeFileSync(t, targets.stdout);
		const first = ingestJson([x, t], env);
		expect(first.status, JSON.stringify(first.report?.files?.[0]?.errors)).toBe(0);
		expect(first.report.files[0].changes.added).toBeGreaterThanOrEqual(20);
		const rows = JSON.parse(cli('export', ['--format', 'json'], env).stdout) as { indicator: string; period: string; value: number; qualifier: string | null; yoy_reported: number | null; target: number | null; source: string }[];
		const q1 = rows.find((r) => r.indicator === 'tourist-arrivals' && r.period === '2024-Q1')!;
		expect(q1.value).toBe(2100000);
		expect(q1.yoy_reported).toBe(37.5);
		expect(q1.source).toBe(`rectification-report-2024-06-15.zh.txt (2024-06-15): “${QUOTE}”`);
		expect(rows.find((r) => r.indicator === 'tourist-arrivals' && r.period === '2024-spring-festival')).toMatchObject({ value: 1000000, qualifier: '近' });
		const again = ingestJson([x, t], env);
		expect(again.status).toBe(0);
		for (const f of again.report.files) expect(f.changes).toMatchObject({ added: 0, updated: 0 });
	});

	it('prints the JSON shape, exits 0 with no figures and 2 for usage or an unreadable file', () => {
		const env = { DATABASE_URL: `file:${join(tmp.dir, 'json', 'db.sqlite')}` };
		const r = cli('extract', ['--json', '--date', '2018-04-20', '-'], env, '一季度,全市共接待境内外游客149.71万人次,同比增长7.2%。');
		expect(r.status, r.stderr).toBe(0);
		const out = JSON.parse(r.stdout);
		expect(out.date).toBe('2018-04-20');
		expect(out.candidates[0]).toMatchObject({ line: 1, start: 0, quote: '一季度,全市共接待境内外游客149.71万人次,同比增长7.2%', period: '2018-Q1', value: 1497100, unit: '人次', qualifier: null, role: 'actual', yoy_reported: 7.2 });
		// This database has no catalog yet (no server seeded it): nothing maps, and stderr says why.
		expect(out.candidates[0].indicator).toBeNull();
		expect(r.stderr).toMatch(/还没有指标.*npm start.*holds no indicators yet/);
		expect(cli('extract', ['--json', '-'], env, '没有数字的一段话。').status).toBe(0);
		expect(cli('extract', ['--json', join(tmp.dir, 'missing.txt')], env).status).toBe(2);
		expect(cli('extract', ['--json', '--csv', REPORT], env).status).toBe(2);
		const binary = join(tmp.dir, 'b.bin');
		writeFileSync(binary, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
		const b = cli('extract', ['--json', binary], env);
		expect(b.status).toBe(2);
		expect(b.stderr).toMatch(/无法读取.*Cannot read/);
	});
});

describe('POST /api/v1/extract', () => {
	let server: RunningServer;
	let analyst: string, viewer: string;
	beforeAll(async () => {
		const env = { DATABASE_URL: `file:${join(tmp.dir, 'api', 'app.db')}`, BODY_SIZE_LIMIT: '1M' };
		server = await startServer(env);
		addUser(env, 'ana', 'analyst');
		addUser(env, 'vera', 'viewer');
		analyst = await signIn(server.url, 'ana');
		viewer = await signIn(server.url, 'vera');
	});
	afterAll(async () => server?.stop());

	const post = (form: FormData, cookie: string | null) =>
		fetchOnce(`${server.url}/api/v1/extract`, { method: 'POST', body: form, headers: { origin: server.url, accept: 'application/json', ...(cookie ? { cookie } : {}) } });

	it('refuses a viewer (403) and answers an analyst with the figures, for text and for a file', async () => {
		const form = new FormData();
		form.set('text', `通报\n2024年6月15日\n${QUOTE}。`);
		expect((await post(form, viewer)).status).toBe(403);
		expect((await post(form, null)).status).toBe(401);
		const res = await post(form, analyst);
		expect(res.status).toBe(200);
		const body = await res.json();
		expect(body.date).toBe('2024-06-15');
		expect(body.candidates[0]).toMatchObject({ indicator: 'tourist-arrivals', period: '2024-Q1', value: 2100000, yoy_reported: 37.5 });
		const file = new FormData();
		file.set('file', new File([`${QUOTE}。`], 'r.txt', { type: 'text/plain' }));
		file.set('date', '2024-06-15');
		expect((await (await post(file, analyst)).json()).candidates).toHaveLength(1);
		const empty = new FormData();
		empty.set('text', '  ');
		expect((await post(empty, analyst)).status).toBe(422);
		// A chosen file with nothing in it is read and said to be empty (not "give the text or a file").
		const emptyFile = new FormData();
		emptyFile.set('file', new File([], 'empty.txt', { type: 'text/plain' }));
		const refused = await post(emptyFile, analyst);
		expect(refused.status).toBe(422);
		expect((await refused.json()).error).toMatchObject({ code: 'empty', zh: expect.stringContaining('文本为空'), en: expect.stringContaining('empty') });
		// The page says it in the page's words, not the API's field names.
		const page = await fetchOnce(`${server.url}/upload/text?/read`, { method: 'POST', body: empty, headers: { cookie: analyst, origin: server.url, accept: 'text/html' } });
		const html = await page.text();
		expect(html).toContain('请粘贴通报文字,或选择一个文件');
		expect(html).not.toContain('字段 text');
	});

	it('answers a 60 MB file with 413 in Chinese and English, on the API and the page', async () => {
		const big = new Uint8Array(60 * 1024 * 1024).fill(0x31);
		const form = new FormData();
		form.set('file', new File([big], 'huge.txt', { type: 'text/plain' }));
		const res = await post(form, analyst);
		expect(res.status).toBe(413);
		const body = (await res.json()) as { error: { message: string } };
		expect(body.error.message).toMatch(/[\u4e00-\u9fff].* \/ .*[a-z]/);
		const page = await fetchOnce(`${server.url}/upload/text?/read`, { method: 'POST', body: form, headers: { cookie: analyst, origin: server.url, accept: 'text/html' } });
		expect(page.status).toBe(413);
		expect(await page.text()).toContain(body.error.message.split(' / ')[0]!);
	});
});
