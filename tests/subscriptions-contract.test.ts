// The subscriptions API (src/lib/server/subscriptions.ts) on both backends (SQLite always; PostgreSQL when
// TEST_DATABASE_URL names a server): form input checked on the server, robots sealed and never shown
// again, every change audited without credentials, the delivery log paged, and the preview's scope.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/lib/server/db/index';
import * as repo from '../src/lib/server/db/common/subscriptions';
import type { Store } from '../src/lib/server/db/store';
import { unseal } from '../src/lib/server/robot-vault';
import { seedIfEmpty } from '../src/lib/server/seed';
import {
	addRobot,
	deleteSubscription,
	deliveryLog,
	getSubscription,
	listRobots,
	previewDigest,
	removeRobot,
	saveSubscription
} from '../src/lib/server/subscriptions';
import { ROOT, tempDir } from './helpers/env';
import { describePostgres, freshDatabase } from './helpers/postgres';

const ADMIN = { actor: 'cli:admin' };
const WECOM = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=0f1e2d3c-aaaa-bbbb-cccc-1234567890ab';
const DING = 'https://oapi.dingtalk.com/robot/send?access_token=9d8c7b6a5f4e3d2c1b0a';
const DING_SECRET = 'SECabcdefghijklmnop0123456789';

function contract(fresh: () => Promise<{ url: string; drop: () => Promise<void> }>) {
	let store: Store;
	let drop: () => Promise<void>;
	let alice: number;
	let bob: number;
	beforeAll(async () => {
		const db = await fresh();
		drop = db.drop;
		store = await openStore(db.url);
		await seedIfEmpty(store, join(ROOT, 'data'), true);
		alice = await store.users.create({ username: 'alice', role: 'viewer', passwordHash: 'h', mustChangePassword: false });
		bob = await store.users.create({ username: 'bob', role: 'viewer', passwordHash: 'h', mustChangePassword: false });
		await store.users.update(alice, { email: 'alice@example.cn' });
	}, 60_000);
	afterAll(async () => {
		await store?.close();
		await drop?.();
	});

	it('refuses robot input it cannot use, with a bilingual message and a status', async () => {
		const cases: [unknown, number, string][] = [
			[{ kind: 'slack', name: 'x', url: WECOM }, 400, 'robot.badKind'],
			[{ kind: 'wecom', name: '  ', url: WECOM }, 400, 'robot.badName'],
			[{ kind: 'wecom', name: 'x', url: 'not a url' }, 400, 'robot.badUrl'],
			[{ kind: 'wecom', name: 'x', url: 'http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k' }, 400, 'robot.notHttps'],
			[{ kind: 'wecom', name: 'x', url: DING }, 400, 'robot.wrongHost'],
			[{ kind: 'dingtalk', name: 'x', url: DING, secret: 'has space' }, 400, 'robot.badSecret'],
			['nonsense', 400, 'robot.badKind']
		];
		for (const [input, status, key] of cases) {
			const a = await addRobot(store, ADMIN, input);
			expect(a, JSON.stringify(input)).toMatchObject({ ok: false, status, key });
			if (!a.ok) expect(a.message).toContain(' / ');
		}
		expect(await listRobots(store)).toEqual([]);
	});

	it('seals a robot: listed by hint only, the URL and secret neither in the table nor in the audit log', async () => {
		const a = await addRobot(store, ADMIN, { kind: 'wecom', name: '局办公室群', url: WECOM });
		expect(a.ok).toBe(true);
		const b = await addRobot(store, ADMIN, { kind: 'dingtalk', name: '领导群', url: `${DING}&secret=${DING_SECRET}` });
		expect(b).toMatchObject({ ok: true, value: { kind: 'dingtalk', name: '领导群', hasSecret: true, hint: 'oapi.dingtalk.com/…1b0a' } });
		// http is allowed for loopback (test receivers).
		expect((await addRobot(store, ADMIN, { kind: 'feishu', name: 'local', url: 'http://127.0.0.1:9/hook/abcd' })).ok).toBe(true);
		const robots = await listRobots(store);
		expect(robots.map((r) => [r.kind, r.name, r.hint, r.hasSecret, r.createdBy])).toEqual([
			['wecom', '局办公室群', 'qyapi.weixin.qq.com/…90ab', false, 'cli:admin'],
			['dingtalk', '领导群', 'oapi.dingtalk.com/…1b0a', true, 'cli:admin'],
			['feishu', 'local', '127.0.0.1:9/…abcd', false, 'cli:admin']
		]);
		expect(JSON.stringify(robots)).not.toMatch(/0f1e2d3c|9d8c7b6a|SECabc/);
		const rows = await store.sql.all<Record<string, unknown>>('SELECT * FROM robots');
		expect(JSON.stringify(rows)).not.toMatch(/0f1e2d3c|9d8c7b6a|SECabc|qyapi\.weixin\.qq\.com\/cgi/);
		// …but the server can open what it sealed: the secret taken out of the URL, the URL without it.
		const ding = rows.find((r) => r.name === '领导群')!;
		expect(await unseal(store, String(ding.sealed))).toEqual({ url: DING, secret: DING_SECRET });
		const audits = await store.audit.list({ limit: 20, action: 'robot_add' });
		expect(audits).toHaveLength(3);
		expect(JSON.stringify(audits)).not.toMatch(/0f1e2d3c|9d8c7b6a|SECabc|access_token|key=/);
		// Names are unique among robots in use.
		expect(await addRobot(store, ADMIN, { kind: 'wecom', name: '局办公室群', url: WECOM })).toMatchObject({ ok: false, status: 409, key: 'robot.taken' });
	});

	it('a sealed value altered in the database does not open', async () => {
		const [row] = await store.sql.all<{ sealed: string }>('SELECT sealed FROM robots ORDER BY id');
		const parts = row!.sealed.split('.');
		const body = Buffer.from(parts[3]!, 'base64url');
		body[0] = body[0]! ^ 1;
		await expect(unseal(store, [...parts.slice(0, 3), body.toString('base64url')].join('.'))).rejects.toThrow();
	});

	it('checks a subscription form: schedule fields, channels, e-mail address, robots in use', async () => {
		const [wecom, ding] = await listRobots(store);
		const cases: [number, unknown, number, string][] = [
			[alice, { schedule: 'daily', email: '1' }, 400, 'subscription.badSchedule'],
			[alice, { schedule: 'weekly', weekday: '0', hour: '8', email: '1' }, 400, 'subscription.badWeekday'],
			[alice, { schedule: 'weekly', weekday: '1', hour: '24', email: '1' }, 400, 'subscription.badHour'],
			[alice, { schedule: 'monthly', day: '29', hour: '8', email: '1' }, 400, 'subscription.badDay'],
			[alice, { schedule: 'monthly', day: '5', email: '1' }, 400, 'subscription.badHour'],
			[alice, { schedule: 'behind' }, 400, 'subscription.noChannel'],
			[bob, { schedule: 'behind', email: '1' }, 400, 'subscription.noEmail'],
			[alice, { schedule: 'behind', robots: ['999'] }, 400, 'subscription.badRobot'],
			[alice, { schedule: 'behind', robots: ['x'] }, 400, 'subscription.badRobot'],
			[alice, { schedule: 'behind', email: '1', lang: 'fr' }, 400, 'subscription.badLang'],
			[987654, { schedule: 'behind', email: '1' }, 404, 'subscription.noUser']
		];
		for (const [user, input, status, key] of cases) expect(await saveSubscription(store, { actor: 'alice' }, user, input), JSON.stringify(input)).toMatchObject({ ok: false, status, key });
		expect(await getSubscription(store, alice)).toBeNull();

		const saved = await saveSubscription(store, { actor: 'alice' }, alice, { schedule: 'weekly', weekday: '1', hour: '8', email: '1', robots: [String(wecom!.id), String(ding!.id)], lang: 'en' });
		expect(saved).toMatchObject({ ok: true, value: { userId: alice, schedule: { kind: 'weekly', weekday: 1, hour: 8 }, email: true, robots: [wecom!.id, ding!.id], lastSentAt: null, lang: 'en' } });
		// One robot as a single string (a form with one checkbox), no e-mail: bob needs no address.
		expect(await saveSubscription(store, { actor: 'bob' }, bob, { schedule: 'monthly', day: '5', hour: '9', robots: String(ding!.id) })).toMatchObject({
			ok: true,
			value: { schedule: { kind: 'monthly', day: 5, hour: 9 }, email: false, robots: [ding!.id], lang: 'zh-CN' }
		});
		const audits = await store.audit.list({ limit: 10, action: 'subscription_save' });
		expect(audits.map((a) => [a.actor, a.target])).toEqual([
			['bob', 'bob'],
			['alice', 'alice']
		]);
	});

	it('removing a robot takes it out of subscriptions and of new ones; removing twice is a conflict', async () => {
		const [, ding] = await listRobots(store);
		expect(await removeRobot(store, ADMIN, String(ding!.id))).toEqual({ ok: true, value: null });
		expect(await removeRobot(store, ADMIN, String(ding!.id))).toMatchObject({ ok: false, status: 409, key: 'robot.alreadyRemoved' });
		expect(await removeRobot(store, ADMIN, '424242')).toMatchObject({ ok: false, status: 404, key: 'robot.notFound' });
		expect(await removeRobot(store, ADMIN, 'abc')).toMatchObject({ ok: false, status: 404 });
		expect((await listRobots(store)).map((r) => r.name)).toEqual(['局办公室群', 'local']);
		expect((await getSubscription(store, alice))!.robots).toHaveLength(1);
		expect((await getSubscription(store, bob))!.robots).toEqual([]);
		expect(await saveSubscription(store, { actor: 'bob' }, bob, { schedule: 'behind', robots: [String(ding!.id)] })).toMatchObject({ ok: false, key: 'subscription.badRobot' });
		// The name of a removed robot is free again.
		expect((await addRobot(store, ADMIN, { kind: 'dingtalk', name: '领导群', url: DING })).ok).toBe(true);
		expect((await store.audit.list({ limit: 5, action: 'robot_remove' })).map((a) => a.target)).toEqual(['领导群']);
	});

	it('deletes a subscription (audited once) and pages the delivery log newest first', async () => {
		await deleteSubscription(store, { actor: 'bob' }, bob);
		await deleteSubscription(store, { actor: 'bob' }, bob);
		expect(await getSubscription(store, bob)).toBeNull();
		expect(await store.audit.list({ limit: 5, action: 'subscription_delete' })).toHaveLength(1);

		await store.transaction(async (tx) => {
			for (let i = 1; i <= 5; i++)
				await repo.log(tx.sql, { userId: alice, recipient: 'alice', channel: i % 2 ? 'email' : 'wecom', robot: i % 2 ? null : '局办公室群', run: 'w1h08:2024-06-17', attempt: i, result: i === 5 ? 'sent' : 'retrying', error: i === 5 ? null : 'HTTP 502' });
		});
		const first = await deliveryLog(store, { offset: 0, limit: 2 });
		expect(first.total).toBe(5);
		expect(first.rows.map((r) => [r.attempt, r.result, r.channel, r.robot])).toEqual([
			[5, 'sent', 'email', null],
			[4, 'retrying', 'wecom', '局办公室群']
		]);
		expect((await deliveryLog(store, { offset: 4, limit: 2 })).rows.map((r) => r.attempt)).toEqual([1]);
		expect(first.rows[0]).toMatchObject({ recipient: 'alice', error: null, run: 'w1h08:2024-06-17' });
	});

	it('previews the digest of the user’s scope: followed indicators, else all', async () => {
		const at = new Date('2024-06-17T08:00:00+08:00');
		const all = await previewDigest(store, { id: bob }, at, 'https://board.example');
		expect(all.scope).toBe('all');
		expect(all.items.some((i) => i.indicator === 'culture-deliveries' && i.section === 'behind')).toBe(true);
		await store.follows.follow(alice, 'tourism-revenue');
		const mine = await previewDigest(store, { id: alice, lang: 'en' }, at, 'https://board.example');
		expect(mine.scope).toBe('followed');
		expect(mine.lang).toBe('en');
		expect(new Set(mine.items.map((i) => i.indicator))).toEqual(new Set(mine.items.length ? ['tourism-revenue'] : []));
	});
}

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => (tmp = tempDir('ob-subs-')));
afterAll(() => tmp.cleanup());

describe('Subscriptions contract: SQLite', () => contract(async () => ({ url: `file:${join(tmp.dir, 'store.db')}`, drop: async () => undefined })));
describePostgres('Subscriptions contract: PostgreSQL', () => contract(() => freshDatabase()));
