// The briefing over HTTP: the A4 page and the Word file say the same, in Chinese, with charts as PNG.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../src/lib/server/db/sqlite/store';
import { ingestFiles } from '../src/lib/server/ingest';
import { seedIfEmpty } from '../src/lib/server/seed';
import { signInAs } from './helpers/auth';
import { ROOT, startServer, tempDir, type RunningServer } from './helpers/env';
import { pngSize } from './helpers/png';
import { zipEntries } from './helpers/zip';

let tmp: ReturnType<typeof tempDir>;
let server: RunningServer;
const EVIL = '</text><script>alert(1)</script>恶意';

beforeAll(async () => {
	tmp = tempDir();
	const dbPath = join(tmp.dir, 'app.db');
	const store = createSqliteStore(dbPath);
	await seedIfEmpty(store, join(ROOT, 'data'), true);
	const enc = new TextEncoder();
	await ingestFiles(store, [
		{ name: 'indicators.csv', bytes: enc.encode(`代码,名称,英文名称,单位,类型,方向,类别\nevil-name,"${EVIL}",x,人次,flow,up,tourism\n`) },
		{ name: 'observations.csv', bytes: enc.encode(`指标,期间,数值,数据性质,来源\nevil-name,2024年一季度,120,demo,"<b>bold</b>"\n`) }
	]);
	await store.close();
	const env = { DATABASE_URL: `file:${dbPath}` };
	server = await startServer(env);
	await signInAs(server, env, 'viewer');
});
afterAll(async () => {
	await server?.stop();
	tmp?.cleanup();
});

const Q = '?i=tourist-arrivals&i=tourism-revenue&i=culture-deliveries&year=2024&kind=both&lang=zh-CN';

describe('/briefing', () => {
	it('needs a sign-in: the page sends a browser to /login, the Word file answers 401', async () => {
		const page = await fetch(server.url + '/briefing' + Q, { headers: { accept: 'text/html' }, redirect: 'manual' });
		expect(page.status).toBe(303);
		expect(page.headers.get('location')).toMatch(/^\/login\?next=/);
		expect((await fetch(server.url + '/briefing/word' + Q)).status).toBe(401);
	});

	it('shows a viewer an A4 page: title and date, then per indicator its sentence, chart, figures and sources', async () => {
		const r = await server.fetch('/briefing' + Q, { headers: { accept: 'text/html' } });
		expect(r.status).toBe(200);
		const html = await r.text();
		expect(html).toContain('整改成效简报(2024)');
		expect(html).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
		expect(html).toContain('2024年一季度,旅游接待人次210万人次,同比增长37.5%');
		expect(html).toContain('旅游收入38.2亿元');
		expect(html.match(/<section class="item/g)!.length).toBe(3);
		expect(html.match(/<svg[^>]*role="img"/g)!.length).toBe(6);
		// Each indicator's figures as a table named by a caption, the 2024 Q1 row as the report wrote it.
		const tables = [...html.matchAll(/<table class="data figures[^"]*">([\s\S]*?)<\/table>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
		expect(tables).toHaveLength(3);
		expect(tables[0]).toMatch(/^ 旅游接待人次 · 数据表 期间 /);
		expect(tables[0]).toMatch(/2024年一季度 210万人次 \+37\.5%/);
		expect(html).toContain('2024-06-15');
		expect(html).toContain('/briefing/word?');
	});

	it('gives the same content as a .docx: narrative in word/document.xml, charts as PNG, Chinese fonts', async () => {
		const r = await server.fetch('/briefing/word' + Q);
		expect(r.status).toBe(200);
		expect(r.headers.get('content-type')).toContain('wordprocessingml');
		expect(r.headers.get('content-disposition')).toContain("filename*=UTF-8''%E6%95%B4%E6%94%B9");
		const files = zipEntries(new Uint8Array(await r.arrayBuffer()));
		const xml = files.get('word/document.xml')!.toString('utf8');
		expect(xml).toContain('2024年一季度,旅游接待人次210万人次,同比增长37.5%');
		expect(xml).toContain('旅游收入38.2亿元');
		expect(files.get('word/styles.xml')!.toString('utf8')).toContain('w:eastAsia="宋体"');
		const pngs = [...files.keys()].filter((k) => k.startsWith('word/media/') && k.endsWith('.png'));
		expect(pngs.length).toBe(6);
		expect(pngSize(files.get(pngs[0]!)!)).toEqual({ width: 1280, height: 640 });
	});

	it('keeps an indicator name with markup inert on the page and in the Word file', async () => {
		const html = await (await server.fetch('/briefing?i=evil-name&year=2024', { headers: { accept: 'text/html' } })).text();
		expect(html).not.toMatch(/<script>alert|<b>bold/);
		expect(html).toContain('&lt;/text>&lt;script>alert(1)&lt;/script>恶意');
		const files = zipEntries(new Uint8Array(await (await server.fetch('/briefing/word?i=evil-name&year=2024')).arrayBuffer()));
		const xml = files.get('word/document.xml')!.toString('utf8');
		expect(xml).not.toMatch(/<script|<b>bold/);
		expect(xml).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;恶意');
	});

	it('refuses more than 20 indicators with a clear message', async () => {
		const many = Array.from({ length: 21 }, (_, i) => `i=x${i}`).join('&');
		const r = await server.fetch('/briefing/word?' + many);
		expect(r.status).toBe(400);
		expect(await r.text()).toContain('最多 20 个指标');
	});
});
