// Exactly once with real servers (the built app) on one PostgreSQL: two instances whose schedulers see the
// same subscription due deliver it once; an instance killed (SIGKILL) while its robot receiver holds the
// request open, then restarted, does not send that digest again.
import { createServer, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { wallClock } from '../src/lib/domain/schedule';
import { openStore } from '../src/lib/server/db/index';
import type { Store } from '../src/lib/server/db/store';
import { seedIfEmpty } from '../src/lib/server/seed';
import { addRobot, saveSubscription } from '../src/lib/server/subscriptions';
import { ROOT, startServer, type RunningServer } from './helpers/env';
import { describePostgres, freshDatabase, sql } from './helpers/postgres';

const hits: string[] = [];
const held: ServerResponse[] = [];
let http: Server;
let base: string;
let db: { url: string; drop: () => Promise<void> };
let store: Store;
const servers: RunningServer[] = [];

const waitFor = async (check: () => boolean, ms: number) => {
	const end = Date.now() + ms;
	while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
	return check();
};
const count = (path: string) => hits.filter((h) => h === path).length;

/** A weekly subscription due now (this hour, this weekday, in Asia/Shanghai), made a week ago. */
async function dueNow(username: string, path: string): Promise<void> {
	const user = await store.users.create({ username, role: 'viewer', passwordHash: 'h', mustChangePassword: false });
	const robot = await addRobot(store, { actor: 'cli:admin' }, { kind: 'wecom', name: username, url: `${base}${path}?key=k-${username}` });
	if (!robot.ok) throw new Error(robot.message);
	const w = wallClock(Date.now(), 'Asia/Shanghai');
	const saved = await saveSubscription(store, { actor: username }, user, { schedule: 'weekly', weekday: String(w.weekday), hour: String(w.hour), robots: [String(robot.value.id)] });
	if (!saved.ok) throw new Error(saved.message);
	await store.transaction((tx) => tx.sql.run('UPDATE subscriptions SET updated_at = ? WHERE user_id = ?', [new Date(Date.now() - 7 * 86_400_000).toISOString(), user]));
}

const serve = async () => {
	const s = await startServer({ DATABASE_URL: db.url, DIGEST_TICK_SECONDS: '1' });
	servers.push(s);
	return s;
};

describePostgres('Scheduler on two real instances (PostgreSQL)', () => {
	beforeAll(async () => {
		http = createServer((req, res) => {
			req.resume();
			req.on('end', () => {
				const path = new URL(req.url ?? '/', 'http://x').pathname;
				hits.push(path);
				if (path === '/hold') held.push(res); // never answered while the sender lives
				else res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
			});
		});
		await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
		base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
		db = await freshDatabase();
		store = await openStore(db.url);
		await seedIfEmpty(store, join(ROOT, 'data'), true);
	}, 120_000);
	afterAll(async () => {
		for (const s of servers) await s.stop().catch(() => undefined);
		for (const r of held) r.destroy();
		await new Promise<void>((r) => http?.close(() => r()));
		await store?.close();
		await db?.drop();
	});

	it('two servers with the same subscription due deliver it exactly once', async () => {
		await dueNow('twice', '/once');
		const [a, b] = await Promise.all([serve(), serve()]);
		expect(await waitFor(() => count('/once') > 0, 20_000)).toBe(true);
		// Several more ticks of both instances: still one.
		await new Promise((r) => setTimeout(r, 3_500));
		expect(count('/once')).toBe(1);
		const log = await sql(db.url, "SELECT result FROM delivery_log WHERE recipient = 'twice'");
		expect(log).toEqual([{ result: 'sent' }]);
		await Promise.all([a.stop(), b.stop()]);
	}, 90_000);

	it('a server killed mid-send and restarted does not send that digest again', async () => {
		await dueNow('killed', '/hold');
		const first = await serve();
		expect(await waitFor(() => count('/hold') === 1, 20_000)).toBe(true);
		process.kill(first.pid, 'SIGKILL');
		expect(await first.exited).toBeNull();
		expect(await sql(db.url, "SELECT state FROM digest_claims WHERE channel LIKE 'robot:%' AND user_id = (SELECT id FROM users WHERE username = 'killed')")).toEqual([{ state: 'sending' }]);
		const again = await serve();
		await new Promise((r) => setTimeout(r, 4_000));
		expect(count('/hold')).toBe(1);
		// Nothing claims it was sent; the claim waits for the stale sweep to log it as unknown.
		expect(await sql(db.url, "SELECT result FROM delivery_log WHERE recipient = 'killed'")).toEqual([]);
		await again.stop();
	}, 90_000);
});
