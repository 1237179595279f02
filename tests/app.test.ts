// The built server over HTTP on a real SQLite file: first start creates, migrates and seeds; figures are served.
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from './helpers/auth';
import { startServer, tempDir, type RunningServer } from './helpers/env';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => (tmp = tempDir()));
afterAll(() => tmp.cleanup());

describe('first start', () => {
	let server: RunningServer;
	let dbPath: string;
	beforeAll(async () => {
		dbPath = join(tmp.dir, 'first', 'app.db');
		server = await startServer({ DATABASE_URL: `file:${dbPath}` });
		await signInAs(server, { DATABASE_URL: `file:${dbPath}` }, 'viewer');
	});
	afterAll(() => server?.stop());

	it('serves the report’s figures on / in Chinese: 210万人次 (+37.5%) and 38.2亿元 (+17.5%)', async () => {
		const html = await (await server.fetch('/')).text();
		const arrivals = html.slice(html.indexOf('data-indicator="tourist-arrivals"'));
		expect(arrivals).toMatch(/2024年一季度[\s\S]*210万人次[\s\S]*\+37\.5%/);
		const revenue = html.slice(html.indexOf('data-indicator="tourism-revenue"'));
		expect(revenue).toMatch(/2024年一季度[\s\S]*38\.2亿元[\s\S]*\+17\.5%/);
		expect(html).toContain('lang="zh-CN"');
		// The report's own sentence is quoted as the source on the indicator page.
		const detail = await (await server.fetch('/indicators/tourist-arrivals')).text();
		expect(detail).toContain('2024年一季度全市旅游接待人次210万人次,同比增长37.5%');
	});

	it('labels approximate figures with their qualifier and the page in English on ?lang=en', async () => {
		const html = await (await server.fetch('/?lang=en')).text();
		expect(html).toContain('lang="en"');
		expect(html).toContain('Tourist arrivals');
		expect(html).toMatch(/over 25K people/);
		expect(html).toMatch(/2\.1M visits/);
	});

	it('exports every current value with provenance: reported, derived (2023 Q1 from the stated YoY) and demo', async () => {
		const rows = (await (await server.fetch('/api/v1/export.json')).json()) as { indicator: string; period: string; value: number; provenance: string; yoy_reported: number | null; yoy_computed: number | null }[];
		expect(rows.find((r) => r.indicator === 'tourist-arrivals' && r.period === '2024-Q1')).toMatchObject({ value: 2_100_000, provenance: 'reported', yoy_reported: 37.5 });
		const derived = rows.find((r) => r.indicator === 'tourist-arrivals' && r.period === '2023-Q1');
		expect(derived).toMatchObject({ provenance: 'derived' });
		expect(derived!.value).toBeCloseTo(2_100_000 / 1.375, 0);
		expect(rows.some((r) => r.provenance === 'demo')).toBe(true);
		const csv = await server.fetch('/api/v1/export.csv');
		expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
		const bytes = Buffer.from(await csv.arrayBuffer());
		expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		expect(bytes.subarray(3).toString('utf8').startsWith('indicator,period,value,unit')).toBe(true);
	});

	it('does not seed again on the next start', async () => {
		const cookie = server.cookie;
		await server.stop();
		server = await startServer({ DATABASE_URL: `file:${dbPath}` });
		server.cookie = cookie; // sessions live in the database, so they survive a restart
		expect((await server.fetch('/')).status).toBe(200);
		const db = new Database(dbPath, { readonly: true });
		expect(db.prepare('SELECT count(*) AS n FROM revisions').get()).toEqual({ n: 5 });
		db.close();
	});
});

describe('configuration', () => {
	it('SEED_DEMO=0 leaves the demo history out, and no page shows demo values', async () => {
		const env = { DATABASE_URL: `file:${join(tmp.dir, 'nodemo', 'app.db')}`, SEED_DEMO: '0' };
		const server = await startServer(env);
		try {
			await signInAs(server, env, 'viewer');
			const rows = (await (await server.fetch('/api/v1/export.json')).json()) as { provenance: string }[];
			expect(rows.length).toBeGreaterThan(20);
			expect(rows.every((r) => r.provenance !== 'demo')).toBe(true);
			for (const path of ['/', '/indicators/tourist-arrivals', '/rectification']) {
				const html = await (await server.fetch(path)).text();
				expect(html, path).not.toMatch(/class="mark demo"|data-provenance="demo"/);
				expect(html, path).not.toContain('演示数据(自动生成');
			}
		} finally {
			await server.stop();
		}
	});

	it('refuses to start on a corrupt database file and says why, leaving the file as it was', async () => {
		const path = join(tmp.dir, 'corrupt.db');
		writeFileSync(path, 'SQLite format 3\0' + 'garbage'.repeat(1000));
		const error = await startServer({ DATABASE_URL: `file:${path}` }).catch((e) => e);
		expect(error).toBeInstanceOf(Error);
		expect(error.code).not.toBe(0);
		expect(error.log).toMatch(/corrupt|Cannot open/i);
	});

	it('refuses a DATABASE_URL it does not understand', async () => {
		const error = await startServer({ DATABASE_URL: 'mysql://localhost/x' }).catch((e) => e);
		expect(error).toBeInstanceOf(Error);
		expect(error.log).toMatch(/DATABASE_URL/);
	});
});

describe('chart images', () => {
	let server: RunningServer;
	beforeAll(async () => {
		const env = { DATABASE_URL: `file:${join(tmp.dir, 'charts', 'app.db')}` };
		server = await startServer(env);
		await signInAs(server, env, 'viewer');
	});
	afterAll(() => server?.stop());

	it('/charts/CODE.svg is well-formed SVG naming the periods and values, and answers 304 to a matching ETag', async () => {
		const r = await server.fetch('/charts/tourist-arrivals.svg?kind=yoy&lang=zh-CN&year=2024');
		expect(r.status).toBe(200);
		expect(r.headers.get('content-type')).toMatch(/image\/svg\+xml/);
		const svg = await r.text();
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
		for (const label of ['一季度', '四季度', '210万']) expect(svg).toContain(label);
		const etag = r.headers.get('etag')!;
		expect(etag).toMatch(/^"v\d+-/);
		const again = await server.fetch('/charts/tourist-arrivals.svg?kind=yoy&lang=zh-CN&year=2024', { headers: { 'if-none-match': etag } });
		expect(again.status).toBe(304);
		const english = await (await server.fetch('/charts/tourist-arrivals.svg?kind=yoy&lang=en&year=2024')).text();
		expect(english).toContain('Q1');
	});

	it('the overview references each sparkline as an image with a text alternative', async () => {
		const html = await (await server.fetch('/')).text();
		const img = /<img class="spark[^"]*" src="([^"]+)" alt="([^"]+)"/.exec(html.replaceAll('&amp;', '&'));
		expect(img).not.toBeNull();
		expect(img![2]!.length).toBeGreaterThan(10);
		const spark = await server.fetch(img![1]!);
		expect(spark.status).toBe(200);
		expect(await spark.text()).toContain('<svg');
		expect((await server.fetch('/charts/no-such.svg')).status).toBe(404);
	});
});
