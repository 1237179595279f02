// The briefing over HTTP: the A4 page and the Word file say the same, in Chinese, with charts as PNG.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../src/lib/server/db/sqlite/store';
import { ingestFiles } from '../src/lib/server/ingest';
import { seedIfEmpty } from '../src/lib/server/seed';
import { ROOT, startServer, tempDir, type RunningServer } from './helpers/env';

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
	server = await startServer({ DATABASE_URL: `file:${dbPath}` });
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
});
