// The app on PostgreSQL, as operations would run it: two built instances sharing one database, the
// database stopped in the middle of a write, and a SQLite deployment moved over with npm run migrate-store.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore } from '../src/lib/server/db/index';
import { addUser, PASSWORD, signIn } from './helpers/auth';
import { cli, fetchOnce, ROOT, startServer, tempDir, type RunningServer } from './helpers/env';
import { describePostgres, freshDatabase, privateCluster, sql, type Cluster } from './helpers/postgres';

const SEED = ['indicators.csv', 'targets.csv', 'observations.csv', 'observations-derived.csv', 'demo-observations.csv'].map((f) => join(ROOT, 'data', f));

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => (tmp = tempDir('ob-pg-app-')));
afterAll(() => tmp.cleanup());

const exportJson = async (server: RunningServer) => {
	const r = await server.fetch('/api/v1/export.json');
	expect(r.status).toBe(200);
	return (await r.json()) as { indicator: string; period: string; value: number; revision: number }[];
};

describePostgres('two app instances on one PostgreSQL database', () => {
	let db: Awaited<ReturnType<typeof freshDatabase>>;
	let a: RunningServer;
	let b: RunningServer;
	beforeAll(async () => {
		db = await freshDatabase();
		// Started together: both find an empty database, both run the seed; the second finds it done.
		[a, b] = await Promise.all([startServer({ DATABASE_URL: db.url }), startServer({ DATABASE_URL: db.url })]);
		addUser({ DATABASE_URL: db.url }, 'ana', 'analyst');
		a.cookie = await signIn(a.url, 'ana');
		b.cookie = await signIn(b.url, 'ana');
	});
	afterAll(async () => {
		await Promise.all([a?.stop(), b?.stop()]);
		await db?.drop();
	});

	it('seeds the shared database once, and both serve the same figures', async () => {
		const revisions = await sql<{ n: number }>(db.url, 'SELECT count(*)::int AS n FROM revisions');
		expect(revisions[0]!.n).toBe(5);
		expect(await exportJson(b)).toEqual(await exportJson(a));
		expect(await (await b.fetch('/')).text()).toMatch(/210万人次/);
	});

	it('accepts a session signed in on one instance on the other, and signing out on one ends it on both', async () => {
		const cookie = await signIn(a.url, 'ana');
		const onB = await fetchOnce(b.url + '/', { headers: { cookie }, redirect: 'manual' });
		expect(onB.status).toBe(200);
		expect(await onB.text()).toContain('ana');
		const out = await fetchOnce(b.url + '/logout', { method: 'POST', headers: { cookie, origin: b.url, 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
		expect(out.status).toBeLessThan(400);
		const after = await fetchOnce(a.url + '/', { headers: { cookie, accept: 'text/html' }, redirect: 'manual' });
		expect(after.status).toBe(303);
		expect(after.headers.get('location')).toMatch(/^\/login/);
	});

	it('counts failed sign-ins on both instances together: switching instance does not dodge the lock-out', async () => {
		addUser({ DATABASE_URL: db.url }, 'vera', 'viewer');
		const attempt = (server: RunningServer, password: string) =>
			fetchOnce(server.url + '/login', {
				method: 'POST',
				redirect: 'manual',
				headers: { origin: server.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({ username: 'vera', password })
			});
		const failures = async () =>
			(await sql<{ failures: number }>(db.url, "SELECT failures FROM login_throttle WHERE key = 'user:vera'"))[0]?.failures ?? 0;
		// Wrong passwords on A and B in turn. Both count into one counter; once it passes the free failures
		// each instance refuses (429) because of failures made on the other, until the lock-out runs out.
		const refusedBy = new Set<string>();
		for (let i = 0; (await failures()) < 9 && i < 80; i++) {
			const server = i % 2 ? a : b;
			const r = await attempt(server, 'wrong-password');
			expect([400, 429]).toContain(r.status);
			if (r.status === 429) {
				refusedBy.add(server === a ? 'A' : 'B');
				await new Promise((res) => setTimeout(res, 500));
			}
		}
		expect(await failures()).toBe(9);
		expect([...refusedBy].sort()).toEqual(['A', 'B']);
		// Nine failures lock the name for 16 s on every instance, even with the right password.
		expect((await attempt(a, PASSWORD)).status).toBe(429);
		expect((await attempt(b, PASSWORD)).status).toBe(429);
	});

	it('shows a value written through one writer on both instances at once', async () => {
		const file = join(tmp.dir, 'q2.csv');
		writeFileSync(file, '指标,期间,数值\n旅游接待人次,2024年二季度,233万\n');
		const r = cli('ingest', ['--json', file], { DATABASE_URL: db.url });
		expect(r.status, r.stderr).toBe(0);
		for (const server of [a, b]) {
			const row = (await exportJson(server)).find((x) => x.indicator === 'tourist-arrivals' && x.period === '2024-Q2');
			expect(row).toMatchObject({ value: 2_330_000 });
			expect(await (await server.fetch('/indicators/tourist-arrivals')).text()).toContain('233万');
		}
	});

	it("an upload through A is on B's overview at B's next request, and each instance derives only the indicators a commit touched", async () => {
		addUser({ DATABASE_URL: db.url }, 'root', 'admin');
		const [ra, rb] = [await signIn(a.url, 'root'), await signIn(b.url, 'root')];
		const derived = async (server: RunningServer, cookie: string) => {
			await fetchOnce(`${server.url}/`, { headers: { cookie } }); // up to date with every commit so far
			const health = (await (await fetchOnce(`${server.url}/api/v1/health`, { headers: { cookie } })).json()) as { derivedIndicators: number };
			return health.derivedIndicators;
		};
		const [a0, b0] = [await derived(a, ra), await derived(b, rb)];
		const body = new FormData();
		body.set('file', new Blob(['指标,期间,数值\n旅游接待人次,2024年四季度,262万\n'], { type: 'text/csv' }), 'q4.csv');
		const up = await fetchOnce(`${a.url}/api/v1/uploads`, { method: 'POST', headers: { origin: a.url, cookie: ra }, body });
		expect(up.status).toBe(200);
		const revision = ((await up.json()) as { revision: number }).revision;
		const overviewB = await (await fetchOnce(`${b.url}/?q=tourist-arrivals`, { headers: { cookie: rb } })).text();
		expect(overviewB).toContain('262万');
		expect(await derived(a, ra)).toBe(a0 + 1); // the committing instance derived the one indicator it touched
		expect(await derived(b, rb)).toBe(b0); // and B found nothing left to derive
		// A revert from the command line derives nothing itself: the next instance to look derives the one indicator.
		const r = cli('revert', [String(revision)], { DATABASE_URL: db.url });
		expect(r.status, r.stderr).toBe(0);
		const b1 = await derived(b, rb);
		expect(b1 - b0).toBeLessThanOrEqual(1);
		expect(await (await fetchOnce(`${b.url}/?q=tourist-arrivals`, { headers: { cookie: rb } })).text()).not.toContain('262万');
	});

	it('an upload through A is visible through B at once; uploads through A and B at the same time land as two whole revisions', async () => {
		addUser({ DATABASE_URL: db.url }, 'uploader', 'analyst');
		const [ca, cb] = [await signIn(a.url, 'uploader'), await signIn(b.url, 'uploader')];
		const upload = (server: RunningServer, cookie: string, name: string, text: string) => {
			const body = new FormData();
			body.set('file', new Blob([text], { type: 'text/csv' }), name);
			return fetchOnce(`${server.url}/api/v1/uploads`, { method: 'POST', headers: { origin: server.url, cookie }, body });
		};
		const one = await upload(a, ca, 'q3.csv', '指标,期间,数值\n旅游接待人次,2024年三季度,241万\n');
		expect(one.status).toBe(200);
		expect(await (await b.fetch('/indicators/tourist-arrivals')).text()).toContain('241万');

		// Two files of 2,000 values each, one through each instance, at once.
		const file = (tag: string) =>
			'代码,名称,英文名称,单位,类型,方向,类别\n' +
			Array.from({ length: 20 }, (_, i) => `${tag}-${i},并发${tag}${i},,人次,flow,up,tourism`).join('\n') +
			'\n';
		const values = (tag: string) =>
			'指标,期间,数值\n' +
			Array.from({ length: 2000 }, (_, n) => `${tag}-${n % 20},${1950 + Math.floor(n / 20 / 12)}年${(Math.floor(n / 20) % 12) + 1}月,${n}`).join('\n') +
			'\n';
		expect((await upload(a, ca, 'defs-a.csv', file('pa'))).status).toBe(200);
		expect((await upload(b, cb, 'defs-b.csv', file('pb'))).status).toBe(200);
		const [ra, rb] = await Promise.all([upload(a, ca, 'values-a.csv', values('pa')), upload(b, cb, 'values-b.csv', values('pb'))]);
		expect([ra.status, rb.status]).toEqual([200, 200]);
		const revs = await sql<{ id: number; file_name: string; added: number }>(
			db.url,
			"SELECT id, file_name, added FROM revisions WHERE file_name IN ('values-a.csv', 'values-b.csv') ORDER BY id"
		);
		expect(revs.map((r) => [r.file_name, r.added]).sort()).toEqual([
			['values-a.csv', 2000],
			['values-b.csv', 2000]
		]);
		// Never interleaved: each revision holds only its own file's values.
		for (const r of revs) {
			const tags = await sql<{ tag: string; n: number }>(db.url, `SELECT substr(indicator, 1, 2) AS tag, count(*)::int AS n FROM observations WHERE revision_id = ${r.id} GROUP BY 1`);
			expect(tags).toEqual([{ tag: r.file_name === 'values-a.csv' ? 'pa' : 'pb', n: 2000 }]);
		}
	});
});

describePostgres('PostgreSQL stopped in the middle of a run', () => {
	let cluster: Cluster;
	let server: RunningServer | undefined;
	beforeAll(async () => {
		cluster = await privateCluster();
	});
	afterAll(async () => {
		await server?.stop();
		cluster?.destroy();
	});

	it('answers 503 with a clear message, writes nothing partial, and serves again when the database is back', async () => {
		server = await startServer({ DATABASE_URL: cluster.url });
		addUser({ DATABASE_URL: cluster.url }, 'ana', 'analyst');
		server.cookie = await signIn(server.url, 'ana');
		const before = await exportJson(server);
		const revisionsBefore = (await sql<{ n: number }>(cluster.url, 'SELECT count(*)::int AS n FROM revisions'))[0]!.n;
		// A large upload: every seeded indicator × 2,400 months, in one file.
		const codes = [...new Set(before.map((r) => r.indicator))];
		const lines = ['指标,期间,数值'];
		for (const code of codes) for (let m = 0; m < 2400; m++) lines.push(`${code},${1901 + Math.floor(m / 12)}年${(m % 12) + 1}月,${m + 1}`);
		const file = join(tmp.dir, 'big.csv');
		writeFileSync(file, lines.join('\n'));
		const ingest = new Promise<{ status: number | null; stderr: string }>((resolve) => {
			const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'src', 'cli', 'ingest.ts'), file], {
				cwd: ROOT,
				env: { ...process.env, DATABASE_URL: cluster.url }
			});
			let stderr = '';
			child.stderr.on('data', (d) => (stderr += d));
			child.on('exit', (status) => resolve({ status, stderr }));
		});
		// Stop the server once the upload holds the write lock, i.e. its transaction is open.
		for (let i = 0; i < 600; i++) {
			const held = await sql<{ n: number }>(cluster.url, "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND granted");
			if (held[0]!.n > 0) break;
			await new Promise((r) => setTimeout(r, 25));
		}
		cluster.halt();
		const result = await ingest;
		expect(result.status, result.stderr).toBe(3);
		expect(result.stderr).toMatch(/数据库暂时无法访问.*The database cannot be reached/);

		for (const path of ['/', '/indicators/tourist-arrivals', '/api/v1/export.json', '/login']) {
			const r = await server.fetch(path);
			expect(r.status, path).toBe(503);
			expect(await r.text(), path).toMatch(/数据库暂时无法访问/);
		}

		cluster.resume();
		const r = await server.fetch('/'); // the same session, kept in the database
		expect(r.status).toBe(200);
		expect(await exportJson(server)).toEqual(before);
		expect((await sql<{ n: number }>(cluster.url, 'SELECT count(*)::int AS n FROM revisions'))[0]!.n).toBe(revisionsBefore);
		// The same upload, now that the database is back, goes through whole.
		const retry = cli('ingest', ['--json', file], { DATABASE_URL: cluster.url });
		expect(retry.status, retry.stderr).toBe(0);
		expect(JSON.parse(retry.stdout).files[0].changes.added).toBe(lines.length - 1 - before.filter((x) => /^\d{4}-\d{2}$/.test(x.period) && Number(x.period.slice(0, 4)) < 2101).length);
	});

	it('starts while the database is away (503), and serves once it is reachable, without a restart', async () => {
		await server?.stop();
		cluster.halt();
		server = await startServer({ DATABASE_URL: cluster.url }, (status) => status === 503);
		const down = await fetchOnce(server.url + '/login');
		expect(down.status).toBe(503);
		expect(await down.text()).toMatch(/数据库暂时无法访问.*The database cannot be reached/);
		cluster.resume();
		let status = 0;
		for (let i = 0; i < 100 && status !== 200; i++) {
			await new Promise((r) => setTimeout(r, 200));
			status = (await fetchOnce(server.url + '/login')).status;
		}
		expect(status).toBe(200);
		expect(server.output()).toMatch(/Database reachable/);
	});
});

describePostgres('npm run migrate-store', () => {
	it('copies a SQLite deployment with its history; the PostgreSQL export equals the SQLite export', async () => {
		const lite = { DATABASE_URL: `file:${join(tmp.dir, 'migrate', 'app.db')}` };
		expect(cli('ingest', SEED, lite).status).toBe(0);
		const update = join(tmp.dir, 'update.csv');
		writeFileSync(update, '指标,期间,数值,目标值\n旅游接待人次,2024年一季度,215万,230万\n');
		expect(cli('ingest', [update], lite).status).toBe(0);
		expect(cli('revert', ['4'], lite).status).toBe(0);
		addUser(lite, 'ana', 'analyst');
		const source = await openStore(lite.DATABASE_URL);
		await source.audit.add({ actor: 'ana', action: 'upload', target: '6', detail: 'update.csv', ip: null });
		await source.throttle.fail('user:bob', 1_790_000_000_000, 60_000);
		const user = await source.users.byName('ana');
		const secret = await source.secret('embed-hmac', () => new Uint8Array(32).fill(7));
		await source.createEmbedLink({ id: 'k1', indicator: 'tourist-arrivals', path: '/embed/tourist-arrivals', query: 'e=1', expiresAt: '2030-01-01T00:00:00.000Z', createdBy: 'ana' });
		await source.createEmbedLink({ id: 'k2', indicator: 'tourist-arrivals', path: '/embed/tourist-arrivals', query: 'e=2', expiresAt: '2030-01-01T00:00:00.000Z', createdBy: 'ana' });
		await source.revokeEmbedLink('k1', 'admin');
		await source.setIndicatorPublic('key-events', true, 'admin');
		const links = await source.embedLinks();
		await source.close();
		const target = await freshDatabase();
		try {
			const pg = { DATABASE_URL: target.url };
			const r = cli('migrate-store', ['--from', lite.DATABASE_URL, '--to', target.url], {});
			expect(r.status, r.stderr).toBe(0);
			expect(r.stdout).toMatch(/^revisions\s+7\s+7\s+ok$/m);
			expect(r.stdout).toMatch(/^observations\s+\d+\s+\d+\s+ok$/m);
			expect(r.stdout).toMatch(/Migrated/);
			for (const format of ['csv', 'json']) {
				const x = cli('export', ['--format', format], lite);
				const y = cli('export', ['--format', format], pg);
				expect(y.status).toBe(0);
				expect(y.stdout).toBe(x.stdout);
			}
			// History came along: superseded rows, revisions with their users, times and batches, file bytes.
			const superseded = await sql<{ n: number }>(target.url, 'SELECT count(*)::int AS n FROM observations WHERE superseded_by IS NOT NULL');
			expect(superseded[0]!.n).toBeGreaterThan(0);
			const [first] = await sql<{ created_at: Date; user_name: string; content: Buffer }>(
				target.url,
				'SELECT r.created_at, r.user_name, f.content FROM revisions r JOIN revision_files f ON f.revision_id = r.id WHERE r.id = 1'
			);
			expect(first!.content.toString('utf8')).toContain('tourist-arrivals,旅游接待人次');
			// Embed links, public flags and the server secret came along too.
			const moved = await openStore(target.url);
			expect(await moved.embedLinks()).toEqual(links);
			expect(await moved.publicIndicators()).toEqual(['key-events']);
			// Accounts too: the same user and password hash, the audit log and the throttle counters.
			expect(await moved.users.byName('ANA')).toEqual(user);
			expect((await moved.audit.list({ limit: 5 }))[0]).toMatchObject({ actor: 'ana', action: 'upload', detail: 'update.csv' });
			expect(await moved.throttle.get('user:bob')).toMatchObject({ failures: 1 });
			expect(await moved.users.create({ username: 'bob', role: 'viewer', passwordHash: 'h', mustChangePassword: false })).toBe(user!.id + 1);
			expect(Buffer.from(await moved.secret('embed-hmac', () => new Uint8Array(32))).equals(Buffer.from(secret))).toBe(true);
			await moved.close();
			// New revisions continue after the copied ones; the copy is not repeated into a used database.
			const later = join(tmp.dir, 'later.csv');
			writeFileSync(later, '指标,期间,数值\n旅游接待人次,2024年二季度,240万\n');
			const next = cli('ingest', ['--json', later], pg);
			expect(next.status).toBe(0);
			expect(JSON.parse(next.stdout).files[0].revision).toBe(8);
			const again = cli('migrate-store', ['--from', lite.DATABASE_URL, '--to', target.url], {});
			expect(again.status).toBe(1);
			expect(again.stderr).toMatch(/只能迁移到空数据库.*migrate into an empty database/);
			expect(cli('migrate-store', ['--from', lite.DATABASE_URL], {}).status).toBe(2);
		} finally {
			await target.drop();
		}
	});
});
