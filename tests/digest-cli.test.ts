// `npm run digest -- --to …` end to end: a real SMTP server (smtp-server) whose mail is parsed (mailparser),
// and local robot receivers (node:http on 127.0.0.1) that check each robot's JSON and the 钉钉 and 飞书
// signatures. Failures — a wrong SMTP password, a robot answering an error code — are reported, retried,
// and make the command exit non-zero without crashing.
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/lib/server/db/index';
import { seedIfEmpty } from '../src/lib/server/seed';
import { addRobot, saveSubscription } from '../src/lib/server/subscriptions';
import { ROOT, tempDir } from './helpers/env';

const AT = '2024-06-17T08:00:00+08:00';
const DING_SECRET = 'SECdingtalk-test-secret';
const FEISHU_SECRET = 'feishu-test-secret';

let tmp: ReturnType<typeof tempDir>;
let env: Record<string, string>;

function run(args: string[], extra: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		const child = spawn('npm', ['run', '-s', 'digest', '--', ...args], { cwd: ROOT, env: { ...process.env, ...env, ...extra } });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (c) => (stdout += c));
		child.stderr.on('data', (c) => (stderr += c));
		child.on('close', (status) => resolve({ status, stdout, stderr }));
	});
}

// ---------------------------------------------------------------- SMTP
const mails: ParsedMail[] = [];
let authFailures = 0;
let smtp: SMTPServer;
let smtpPort: number;

// ---------------------------------------------------------------- robots
interface Received {
	path: string;
	query: URLSearchParams;
	body: Record<string, unknown>;
}
const received: Received[] = [];
let http: Server;
let httpBase: string;

async function readBody(req: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const c of req) chunks.push(c as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

beforeAll(async () => {
	tmp = tempDir('ob-digest-cli-');
	const url = `file:${join(tmp.dir, 'db.sqlite')}`;
	const store = await openStore(url);
	await seedIfEmpty(store, join(ROOT, 'data'), true);
	await store.close();
	env = { DATABASE_URL: url, ORIGIN: 'https://board.example', MAIL_FROM: 'board@example.cn' };

	smtp = new SMTPServer({
		hideSTARTTLS: true,
		allowInsecureAuth: true,
		authMethods: ['PLAIN', 'LOGIN'],
		onAuth(auth, _session, cb) {
			if (auth.username === 'mailer' && auth.password === 'right-pass') return cb(null, { user: 'mailer' });
			authFailures++;
			cb(new Error('Invalid username or password'));
		},
		onData(stream, _session, cb) {
			simpleParser(stream, { keepCidLinks: true }).then((m) => (mails.push(m), cb()), cb);
		}
	});
	await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
	smtpPort = (smtp.server.address() as AddressInfo).port;

	http = createServer(async (req, res) => {
		const u = new URL(req.url ?? '/', 'http://x');
		const body = JSON.parse(await readBody(req)) as Record<string, unknown>;
		received.push({ path: u.pathname, query: u.searchParams, body });
		const answer = (o: unknown) => (res.writeHead(200, { 'content-type': 'application/json' }), res.end(JSON.stringify(o)));
		if (u.pathname === '/wecom/bad') return answer({ errcode: 93000, errmsg: 'invalid webhook url' });
		if (u.pathname.startsWith('/dingtalk')) {
			const ts = u.searchParams.get('timestamp') ?? '';
			const want = createHmac('sha256', DING_SECRET).update(`${ts}\n${DING_SECRET}`).digest('base64');
			const ok = u.searchParams.get('sign') === want && Math.abs(Date.now() - Number(ts)) < 3_600_000 && !u.searchParams.has('secret');
			return answer(ok ? { errcode: 0, errmsg: 'ok' } : { errcode: 310000, errmsg: 'sign not match' });
		}
		if (u.pathname.startsWith('/feishu')) {
			const ts = String(body.timestamp ?? '');
			const want = createHmac('sha256', `${ts}\n${FEISHU_SECRET}`).update('').digest('base64');
			const ok = body.sign === want && Math.abs(Date.now() / 1000 - Number(ts)) < 3600 && !u.searchParams.has('secret');
			return answer(ok ? { code: 0, msg: 'success', data: {} } : { code: 19021, msg: 'sign match fail or timestamp is not within one hour from current time' });
		}
		answer({ errcode: 0, errmsg: 'ok' });
	});
	await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
	httpBase = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
	await new Promise<void>((r) => smtp?.close(() => r()));
	await new Promise<void>((r) => http?.close(() => r()));
	tmp?.cleanup();
});

describe('npm run digest', () => {
	it('without --to sends each subscription due at --at once: a dry run claims nothing, a second run finds it sent', async () => {
		const none = await run(['--at', AT, '--json']);
		expect(none.status).toBe(0);
		expect(JSON.parse(none.stdout)).toEqual({ digests: [] });

		// A weekly subscription (Monday 08:00 Asia/Shanghai) to a robot, made before the run it is due for.
		const store = await openStore(env.DATABASE_URL!);
		try {
			const id = await store.users.create({ username: 'leader', role: 'viewer', passwordHash: 'h', mustChangePassword: false });
			const robot = await addRobot(store, { actor: 'cli:admin' }, { kind: 'wecom', name: '领导群', url: `${httpBase}/wecom/subscribed?key=robot-key-1234` });
			if (!robot.ok) throw new Error(robot.message);
			expect((await saveSubscription(store, { actor: 'leader' }, id, { schedule: 'weekly', weekday: '1', hour: '8', robots: [String(robot.value.id)] })).ok).toBe(true);
			await store.transaction((tx) => tx.sql.run('UPDATE subscriptions SET updated_at = ?', ['2024-06-01T00:00:00.000Z']));
		} finally {
			await store.close();
		}
		const hits = () => received.filter((r) => r.path === '/wecom/subscribed').length;
		const dry = await run(['--at', AT, '--dry-run', '--json']);
		expect(dry.status).toBe(0);
		const planned = JSON.parse(dry.stdout) as { digests: { recipient: string; channel: string; robot: string; run: string; sent: boolean; items: { indicator: string }[] }[] };
		expect(planned.digests).toEqual([expect.objectContaining({ recipient: 'leader', channel: 'wecom', robot: '领导群', run: 'w1h08:2024-06-17', sent: false })]);
		expect(planned.digests[0]!.items.some((i) => i.indicator === 'culture-deliveries')).toBe(true);
		expect(hits()).toBe(0);

		const real = await run(['--at', AT, '--json']);
		expect(real.status, real.stderr).toBe(0);
		expect(JSON.parse(real.stdout).digests).toEqual([expect.objectContaining({ recipient: 'leader', channel: 'wecom', sent: true, attempts: 1 })]);
		expect(hits()).toBe(1);
		// The same run again (a second instance, a second cron): already claimed, nothing sent.
		const again = await run(['--at', AT, '--json']);
		expect(JSON.parse(again.stdout)).toEqual({ digests: [] });
		expect(hits()).toBe(1);
		// Never a robot's key in what the command prints.
		expect(real.stdout + dry.stdout).not.toContain('robot-key-1234');
	}, 120_000);

	it('--dry-run --json builds and prints the digest, sending nothing', async () => {
		const before = received.length;
		const r = await run(['--at', AT, '--dry-run', '--json', '--to', `wecom:${httpBase}/wecom/dry`]);
		expect(r.status).toBe(0);
		const out = JSON.parse(r.stdout) as { digests: { recipient: string; channel: string; subject: string; sent: boolean; items: { indicator: string; name: string; status: string; provenance: string; gapPoints?: number }[] }[] };
		expect(out.digests).toHaveLength(1);
		expect(out.digests[0]).toMatchObject({ channel: 'wecom', sent: false, subject: '整改成效摘要 · 2024-06-17' });
		expect(out.digests[0]!.items).toContainEqual(expect.objectContaining({ indicator: 'culture-deliveries', name: '公共文化资源配送', status: 'behind', provenance: 'demo', gapPoints: 0.8 }));
		expect(received.length).toBe(before);
		const en = await run(['--at', AT, '--dry-run', '--lang', 'en', '--to', 'lead@example.cn']);
		expect(en.status).toBe(0);
		expect(en.stdout).toContain('Outcome digest · 2024-06-17');
		expect(en.stdout).toMatch(/Public-culture resource deliveries \(May 2024\): .*0\.8 percentage points behind time progress/);
	}, 60_000);

	it('e-mails the digest through SMTP: subject, text and HTML parts, and the chart as an inline PNG', async () => {
		const r = await run(['--at', AT, '--to', 'lead@example.cn'], { SMTP_URL: `smtp://mailer:right-pass@127.0.0.1:${smtpPort}` });
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(mails).toHaveLength(1);
		const m = mails[0]!;
		expect(m.subject).toBe('整改成效摘要 · 2024-06-17');
		expect(m.text).toContain('公共文化资源配送(2024年5月)累计完成1430场次,完成年度目标的40.9%,低于序时进度0.8个百分点(演示数据)');
		expect(m.text).toMatch(/https:\/\/board\.example\/indicators\/culture-deliveries\?\S*sig=/);
		expect(m.html).toContain('低于序时进度0.8个百分点');
		const png = m.attachments.find((a) => a.contentType === 'image/png');
		expect(png).toBeDefined();
		expect(png!.contentDisposition).toBe('inline');
		expect(png!.content.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
		expect(m.html).toContain(`cid:${png!.cid}`);
	}, 90_000);

	it('a wrong SMTP password is reported and retried, and the command exits non-zero', async () => {
		authFailures = 0;
		const r = await run(['--at', AT, '--to', 'lead@example.cn'], { SMTP_URL: `smtp://mailer:wrong-pass@127.0.0.1:${smtpPort}` });
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('delivery failed: lead@example.cn after 3 attempts');
		expect(authFailures).toBe(3);
		expect(r.stderr).not.toContain('wrong-pass');
	}, 90_000);

	it('posts to 企业微信, 钉钉 (signed in the query) and 飞书 (signed in the body); the secrets never travel', async () => {
		received.length = 0;
		const r = await run([
			'--at', AT, '--json',
			'--to', `wecom:${httpBase}/wecom/ok?key=k1`,
			'--to', `dingtalk:${httpBase}/dingtalk/send?access_token=t1&secret=${DING_SECRET}`,
			'--to', `feishu:${httpBase}/feishu/hook?secret=${FEISHU_SECRET}`
		]);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		const out = JSON.parse(r.stdout) as { digests: { channel: string; sent: boolean; recipient: string }[] };
		expect(out.digests.map((d) => [d.channel, d.sent])).toEqual([['wecom', true], ['dingtalk', true], ['feishu', true]]);
		expect(r.stdout).not.toContain(DING_SECRET);
		const [wecom, ding, feishu] = received;
		expect(wecom!.body).toMatchObject({ msgtype: 'markdown' });
		expect((wecom!.body.markdown as { content: string }).content).toContain('公共文化资源配送');
		expect(ding!.body).toMatchObject({ msgtype: 'markdown', markdown: { title: '整改成效摘要 · 2024-06-17' } });
		expect(ding!.query.get('access_token')).toBe('t1');
		expect(feishu!.body).toMatchObject({ msg_type: 'post' });
		for (const x of received) expect(JSON.stringify(x.body) + x.query.toString()).not.toMatch(/secret/);
	}, 90_000);

	it('a robot answering an error code is reported, retried, and the command exits non-zero', async () => {
		received.length = 0;
		const r = await run(['--at', AT, '--to', `wecom:${httpBase}/wecom/bad`, '--to', `dingtalk:${httpBase}/dingtalk/send?secret=wrong-secret`]);
		expect(r.status).toBe(1);
		expect(received.filter((x) => x.path === '/wecom/bad')).toHaveLength(3);
		expect(received.filter((x) => x.path === '/dingtalk/send')).toHaveLength(3);
		expect(r.stderr).toContain('wecom: error 93000');
		expect(r.stderr).toContain('dingtalk: error 310000');
	}, 90_000);
});
