// The scheduler's send path (lib/server/scheduler.ts) on both backends, in process: failing channels
// (a wrong SMTP password, an unreachable robot, a robot answering an error code, one answering HTTP 500)
// are retried, every attempt logged without credentials, and the user's other channels still delivered;
// a 'behind' subscription fires once when an indicator newly falls behind; a claim left by a crash is not
// resent; two stores racing on one database send each channel exactly once.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/lib/server/config';
import * as repo from '../src/lib/server/db/common/subscriptions';
import { openStore } from '../src/lib/server/db/index';
import type { Store } from '../src/lib/server/db/store';
import { scrub, sendDue, sweepStale, type SendOptions } from '../src/lib/server/scheduler';
import { seedIfEmpty } from '../src/lib/server/seed';
import { addRobot, deliveryLog, getSubscription, saveSubscription } from '../src/lib/server/subscriptions';
import { freePort, ROOT, tempDir } from './helpers/env';
import { describePostgres, freshDatabase } from './helpers/postgres';

const AT = new Date('2024-06-17T08:00:00+08:00');
const FAST = { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 };
const ADMIN = { actor: 'cli:admin' };

const mails: ParsedMail[] = [];
let smtp: SMTPServer;
let smtpPort: number;
const hits: { path: string; body: string }[] = [];
let http: Server;
let base: string;
let closedPort: number;

beforeAll(async () => {
	smtp = new SMTPServer({
		hideSTARTTLS: true,
		allowInsecureAuth: true,
		authMethods: ['PLAIN', 'LOGIN'],
		onAuth: (auth, _s, cb) => (auth.username === 'mailer' && auth.password === 'right-pass' ? cb(null, { user: 'mailer' }) : cb(new Error('Invalid username or password'))),
		onData: (stream, _s, cb) => void simpleParser(stream).then((m) => (mails.push(m), cb()), cb)
	});
	await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
	smtpPort = (smtp.server.address() as AddressInfo).port;
	http = createServer((req, res) => {
		let body = '';
		req.on('data', (c) => (body += c));
		req.on('end', () => {
			const path = new URL(req.url ?? '/', 'http://x').pathname;
			hits.push({ path, body });
			if (path.endsWith('/errcode')) return res.end(JSON.stringify({ errcode: 93000, errmsg: 'invalid webhook url, see https://open.work.weixin.qq.com/?key=LEAK' }));
			if (path.endsWith('/http500')) return res.writeHead(500).end(`upstream says: ${req.url}`);
			res.end(JSON.stringify({ errcode: 0, errmsg: 'ok', code: 0 }));
		});
	});
	await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
	base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
	closedPort = await freePort();
});
afterAll(async () => {
	await new Promise<void>((r) => smtp?.close(() => r()));
	await new Promise<void>((r) => http?.close(() => r()));
});

const count = (path: string) => hits.filter((h) => h.path === path).length;

function suite(name: string, fresh: () => Promise<{ url: string; drop: () => Promise<void> }>) {
	let store: Store;
	let url: string;
	let drop: () => Promise<void>;
	let alice: number;
	let bob: number;
	let carol: number;
	const robots: Record<string, number> = {};
	const opts = (smtpPass: string): SendOptions => ({
		timeZone: 'Asia/Shanghai',
		origin: 'https://board.example',
		mail: { smtpUrl: `smtp://mailer:${smtpPass}@127.0.0.1:${smtpPort}`, from: 'board@example.cn' },
		policy: FAST
	});
	/** Makes a subscription count from before the runs the tests ask for. */
	const backdate = (userId: number) => store.transaction((tx) => tx.sql.run('UPDATE subscriptions SET updated_at = ? WHERE user_id = ?', ['2024-06-01T00:00:00.000Z', userId]));

	beforeAll(async () => {
		const db = await fresh();
		url = db.url;
		drop = db.drop;
		store = await openStore(url);
		await seedIfEmpty(store, join(ROOT, 'data'), true);
		alice = await store.users.create({ username: 'alice', role: 'viewer', passwordHash: 'h', mustChangePassword: false });
		bob = await store.users.create({ username: 'bob', role: 'viewer', passwordHash: 'h', mustChangePassword: false });
		carol = await store.users.create({ username: 'carol', role: 'viewer', passwordHash: 'h', mustChangePassword: false });
		await store.users.update(alice, { email: 'alice@example.cn' });
		await store.users.update(carol, { email: 'carol@example.cn' });
		const tag = name.replace(/\W/g, '');
		for (const [k, kind, u] of [
			['ok', 'wecom', `${base}/${tag}/ok?key=tok-ok-1234`],
			['errcode', 'wecom', `${base}/${tag}/errcode?key=tok-err-5678`],
			['http500', 'dingtalk', `${base}/${tag}/http500?access_token=tok-500-9abc&secret=SECdingsecret`],
			['down', 'feishu', `http://127.0.0.1:${closedPort}/hook/tok-down-def0`],
			['race', 'wecom', `${base}/${tag}/race?key=tok-race`],
			['behind', 'wecom', `${base}/${tag}/behind?key=tok-behind`]
		] as const) {
			const r = await addRobot(store, ADMIN, { kind, name: k, url: u });
			if (!r.ok) throw new Error(r.message);
			robots[k] = r.value.id;
		}
	}, 60_000);
	afterAll(async () => {
		await store?.close();
		await drop?.();
	});
	const path = (k: string) => `/${name.replace(/\W/g, '')}/${k}`;

	it('retries and logs each failing channel, scrubbed, and still delivers the user’s other channels', async () => {
		const save = await saveSubscription(store, { actor: 'alice' }, alice, {
			schedule: 'weekly',
			weekday: '1',
			hour: '8',
			email: '1',
			robots: ['ok', 'errcode', 'http500', 'down'].map((k) => String(robots[k]))
		});
		expect(save.ok).toBe(true);
		await backdate(alice);
		const sent = await sendDue(store, AT, opts('wrong-pass'));
		const by = (robot: string | null) => sent.find((s) => s.robot === robot)!;
		expect(sent).toHaveLength(5);
		expect(by('ok')).toMatchObject({ recipient: 'alice', channel: 'wecom', sent: true, attempts: 1, run: 'w1h08:2024-06-17' });
		for (const r of [null, 'errcode', 'http500', 'down']) expect(by(r), String(r)).toMatchObject({ sent: false, attempts: 3 });
		expect(count(path('ok'))).toBe(1);
		expect(count(path('errcode'))).toBe(3);
		expect(count(path('http500'))).toBe(3);

		const log = (await deliveryLog(store, { offset: 0, limit: 100 })).rows.filter((r) => r.recipient === 'alice');
		expect(log).toHaveLength(1 + 4 * 3);
		for (const robot of [null, 'errcode', 'http500', 'down']) {
			const rows = log.filter((r) => r.robot === robot).reverse();
			expect(rows.map((r) => [r.attempt, r.result]), String(robot)).toEqual([
				[1, 'retrying'],
				[2, 'retrying'],
				[3, 'failed']
			]);
			expect(rows.every((r) => r.error && r.error.length > 0)).toBe(true);
		}
		expect(log.find((r) => r.robot === 'ok')).toMatchObject({ channel: 'wecom', attempt: 1, result: 'sent', error: null });
		expect(log.find((r) => r.channel === 'email')!.error).toMatch(/Invalid login|auth/i);
		expect(log.find((r) => r.robot === 'errcode')!.error).toContain('93000');
		expect(log.find((r) => r.robot === 'http500')!.error).toContain('HTTP 500');
		expect(log.find((r) => r.robot === 'down')!.error).toMatch(/ECONNREFUSED|fetch failed/);
		const text = JSON.stringify(log);
		for (const leak of ['tok-', 'SECdingsecret', 'wrong-pass', 'http://', 'https://', 'LEAK', 'upstream says']) expect(text, leak).not.toContain(leak);

		// The run is done: the next tick sends nothing (failures were retried within the send, not forever).
		expect(await sendDue(store, new Date(AT.getTime() + 60_000), opts('wrong-pass'))).toEqual([]);
		expect(count(path('ok'))).toBe(1);
		expect((await getSubscription(store, alice))!.lastSentAt).toBe(AT.toISOString());
	});

	it('e-mails a monthly digest once through SMTP when the password is right', async () => {
		await saveSubscription(store, { actor: 'carol' }, carol, { schedule: 'monthly', day: '5', hour: '9', email: '1', lang: 'en' });
		await backdate(carol);
		const before = mails.length;
		const sent = await sendDue(store, AT, opts('right-pass'));
		expect(sent.map((s) => [s.recipient, s.channel, s.sent, s.run])).toEqual([['carol', 'email', true, 'm05h09:2024-06-05']]);
		expect(mails.length).toBe(before + 1);
		expect(mails.at(-1)!.subject).toBe('Outcome digest · 2024-06-17');
		expect(await sendDue(store, AT, opts('right-pass'))).toEqual([]);
	});

	it('a "behind" subscription fires once when an indicator newly falls behind, not for what was already behind', async () => {
		await saveSubscription(store, { actor: 'bob' }, bob, { schedule: 'behind', robots: [String(robots.behind)] });
		// First look: culture-deliveries is behind already; nothing is news.
		expect(await sendDue(store, AT, opts('x'))).toEqual([]);
		expect(count(path('behind'))).toBe(0);
		// As if it had been on track when last looked: now it newly falls behind.
		await store.transaction((tx) => tx.sql.run("UPDATE subscriptions SET behind_seen = '[]' WHERE user_id = ?", [bob]));
		const sent = await sendDue(store, AT, opts('x'));
		expect(sent).toEqual([expect.objectContaining({ recipient: 'bob', robot: 'behind', sent: true })]);
		expect(sent[0]!.run).toMatch(/^behind:\d+:.*culture-deliveries/);
		expect(sent[0]!.items.find((i) => i.indicator === 'culture-deliveries' && i.section === 'behind')).toBeTruthy();
		expect(count(path('behind'))).toBe(1);
		expect(await sendDue(store, AT, opts('x'))).toEqual([]);
		expect(count(path('behind'))).toBe(1);
		await saveSubscription(store, { actor: 'bob' }, bob, { schedule: 'weekly', weekday: '2', hour: '8', robots: [String(robots.race)] });
	});

	it('a claim left "sending" by a crash is not resent; the sweep logs it once as unknown', async () => {
		await saveSubscription(store, { actor: 'bob' }, bob, { schedule: 'weekly', weekday: '3', hour: '8', robots: [String(robots.race)] });
		await backdate(bob);
		const at = new Date('2024-06-19T09:00:00+08:00');
		// The crashed instance had claimed the channel and died before marking it.
		await store.transaction((tx) => repo.claim(tx.sql, bob, 'w3h08:2024-06-19', `robot:${robots.race}`));
		const before = count(path('race'));
		expect(await sendDue(store, at, opts('x'))).toEqual([]);
		expect(count(path('race'))).toBe(before);
		expect(await sweepStale(store, new Date(Date.now() + 1000), 0)).toBe(1);
		expect(await sweepStale(store, new Date(Date.now() + 1000), 0)).toBe(0);
		const [row] = (await deliveryLog(store, { offset: 0, limit: 1 })).rows;
		expect(row).toMatchObject({ recipient: 'bob', channel: 'wecom', robot: 'race', result: 'failed', run: 'w3h08:2024-06-19' });
		expect(row!.error).toContain('not sent again');
		expect(await sendDue(store, at, opts('x'))).toEqual([]);
		expect(count(path('race'))).toBe(before);
	});

	it('two instances racing on one database send each channel exactly once', async () => {
		await saveSubscription(store, { actor: 'bob' }, bob, { schedule: 'weekly', weekday: '4', hour: '8', robots: [String(robots.race)] });
		await backdate(bob);
		const at = new Date('2024-06-20T08:00:05+08:00');
		const before = count(path('race'));
		if (store.backend === 'postgres') {
			// Two stores, as two instances have: each its own pool of connections.
			const other = await openStore(url);
			try {
				const [a, b] = await Promise.all([sendDue(store, at, opts('x')), sendDue(other, at, opts('x'))]);
				expect([...a, ...b].filter((s) => s.sent)).toHaveLength(1);
			} finally {
				await other.close();
			}
		} else {
			// SQLite locks the file per process (a second store in this process would wait on its own event
			// loop), so two processes run the same send path: `npm run digest` without --to, twice at once.
			const env = { DATABASE_URL: url, ORIGIN: 'https://board.example' };
			const [a, b] = await Promise.all([digestCli(['--at', at.toISOString(), '--json'], env), digestCli(['--at', at.toISOString(), '--json'], env)]);
			const sent = [a, b].flatMap((r) => (JSON.parse(r.stdout) as { digests: { sent: boolean }[] }).digests).filter((d) => d.sent);
			expect(sent, a.stderr + b.stderr).toHaveLength(1);
		}
		expect(count(path('race'))).toBe(before + 1);
	}, 60_000);
}

function digestCli(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'src', 'cli', 'digest.ts'), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (c) => (stdout += c));
		child.stderr.on('data', (c) => (stderr += c));
		child.on('close', (status) => resolve({ status, stdout, stderr }));
	});
}

describe('configuration', () => {
	it('takes DIGEST_TIMEZONE as an IANA zone, Asia/Shanghai by default, and refuses an unknown one', () => {
		expect(loadConfig({}).DIGEST_TIMEZONE).toBe('Asia/Shanghai');
		expect(loadConfig({ DIGEST_TIMEZONE: 'Europe/Berlin' }).DIGEST_TIMEZONE).toBe('Europe/Berlin');
		expect(() => loadConfig({ DIGEST_TIMEZONE: 'Mars/Olympus' })).toThrow(/DIGEST_TIMEZONE/);
		expect(loadConfig({}).DIGEST_TICK_SECONDS).toBe(60);
	});
});

describe('scrub', () => {
	it('takes URLs, tokens, secrets and answer bodies out of an error', () => {
		expect(scrub('wecom: HTTP 502 <html>https://x/?key=abc</html>')).toBe('wecom: HTTP 502');
		expect(scrub('dingtalk: error 310000 sign not match, see https://open.dingtalk.com/doc?access_token=T')).toBe('dingtalk: error 310000 sign not match, see …');
		expect(scrub('Invalid login: 535 pass=hunter2 for mailer', ['mailer'])).toBe('Invalid login: 535 pass=… for …');
		expect(scrub('fetch failed (ECONNREFUSED)')).toBe('fetch failed (ECONNREFUSED)');
	});
});

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => (tmp = tempDir('ob-sched-')));
afterAll(() => tmp.cleanup());
describe('Scheduler: SQLite', () => suite('sqlite', async () => ({ url: `file:${join(tmp.dir, 'store.db')}`, drop: async () => undefined })));
describePostgres('Scheduler: PostgreSQL', () => suite('postgres', () => freshDatabase()));
