// Digest subscriptions and group robots, once for /account, /admin and the scheduler: checks the
// unchecked form input on the server, writes atomically with its audit entry, and never hands a robot's
// URL or secret back (they are sealed at once; see robot-vault.ts).
import { z } from 'zod';
import type { Schedule } from '../domain/schedule';
import { bilingual, type Lang, type MessageKey } from '../format/messages';
import { actorName, audit } from './auth/audit';
import type { Channel } from './channels/index';
import type { RobotKind } from './channels/robots';
import * as repo from './db/common/subscriptions';
import { userEmail } from './db/common/users';
import type { Store } from './db/store';
import { buildDigest, type Digest } from './digest';
import { robotHint, seal } from './robot-vault';
import type { Actor } from './users';

export type { Schedule } from '../domain/schedule';

export interface Subscription {
	userId: number;
	schedule: Schedule;
	email: boolean;
	robots: number[];
	updatedAt: string;
	lastSentAt: string | null;
	/** The digest's language (the form's `lang`, else zh-CN). */
	lang: Lang;
}
export interface RobotSummary {
	id: number;
	kind: RobotKind;
	name: string;
	hint: string;
	hasSecret: boolean;
	createdAt: string;
	createdBy: string | null;
}
export interface DeliveryRow {
	id: number;
	at: string;
	recipient: string /* user name */;
	channel: Channel;
	robot: string | null;
	attempt: number;
	result: 'sent' | 'failed' | 'retrying';
	error: string | null;
	/** The scheduled run it belongs to (e.g. `w1h08:2024-06-17`, `behind:3:…`), null for a CLI --to send. */
	run: string | null;
}
export type SubscriptionAnswer<T> =
	| { ok: true; value: T }
	| { ok: false; status: 400 | 404 | 409; key: MessageKey; params: Record<string, string | number>; message: string /* bilingual */ };

const problem = (status: 400 | 404 | 409, key: MessageKey, params: Record<string, string | number> = {}) =>
	({ ok: false, status, key, params, message: bilingual(key, params) }) as const;

function toSubscription(s: repo.SubscriptionRow): Subscription {
	return { userId: s.userId, schedule: s.schedule, email: s.email, robots: s.robots, updatedAt: s.updatedAt, lastSentAt: s.lastSentAt, lang: s.lang };
}

/** The address this user's digests go to (null: none yet). */
export async function digestAddress(store: Store, userId: number): Promise<string | null> {
	return (await userEmail(store.sql, userId))?.email ?? null;
}

export async function getSubscription(store: Store, userId: number): Promise<Subscription | null> {
	const s = await repo.subscription(store.sql, userId);
	return s ? toSubscription(s) : null;
}

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const CHECKED = new Set(['1', 'on', 'true', 'yes']);

const subscriptionInput = z.object({
	schedule: z.unknown(),
	weekday: z.unknown().optional(),
	day: z.unknown().optional(),
	hour: z.unknown().optional(),
	email: z.unknown().optional(),
	robots: z.unknown().optional(),
	lang: z.unknown().optional()
});

/** Parses the form into a Schedule, or says which field is wrong. */
function parseSchedule(input: z.infer<typeof subscriptionInput>): Schedule | { key: MessageKey } {
	const kind = z.enum(['weekly', 'monthly', 'behind']).safeParse(input.schedule);
	if (!kind.success) return { key: 'subscription.badSchedule' };
	if (kind.data === 'behind') return { kind: 'behind' };
	const hour = int(0, 23).safeParse(input.hour);
	if (kind.data === 'weekly') {
		const weekday = int(1, 7).safeParse(input.weekday);
		if (!weekday.success) return { key: 'subscription.badWeekday' };
		if (!hour.success) return { key: 'subscription.badHour' };
		return { kind: 'weekly', weekday: weekday.data, hour: hour.data };
	}
	const day = int(1, 28).safeParse(input.day);
	if (!day.success) return { key: 'subscription.badDay' };
	if (!hour.success) return { key: 'subscription.badHour' };
	return { kind: 'monthly', day: day.data, hour: hour.data };
}

/**
 * input is unchecked form data: { schedule: 'weekly'|'monthly'|'behind', weekday?, day?, hour?, email?: '1',
 * robots?: string[] (or one string), lang?: 'zh-CN'|'en' }. Robots must exist and not be removed; e-mail
 * needs the user to have an address; at least one channel. Audited.
 */
export async function saveSubscription(store: Store, actor: Actor, userId: number, input: unknown): Promise<SubscriptionAnswer<Subscription>> {
	const form = subscriptionInput.safeParse(input);
	if (!form.success) return problem(400, 'subscription.badSchedule');
	const schedule = parseSchedule(form.data);
	if ('key' in schedule) return problem(400, schedule.key);
	const lang = form.data.lang === undefined || form.data.lang === '' ? 'zh-CN' : form.data.lang;
	if (lang !== 'zh-CN' && lang !== 'en') return problem(400, 'subscription.badLang');
	const email = typeof form.data.email === 'string' ? CHECKED.has(form.data.email) : form.data.email === true;
	const raw = form.data.robots === undefined || form.data.robots === '' ? [] : Array.isArray(form.data.robots) ? form.data.robots : [form.data.robots];
	const robots: number[] = [];
	for (const r of raw) {
		const id = z.coerce.number().int().positive().safeParse(r);
		if (!id.success) return problem(400, 'subscription.badRobot', { id: String(r).slice(0, 40) });
		if (!robots.includes(id.data)) robots.push(id.data);
	}
	const user = await userEmail(store.sql, userId);
	if (!user) return problem(404, 'subscription.noUser');
	if (!email && robots.length === 0) return problem(400, 'subscription.noChannel');
	if (email && !user.email) return problem(400, 'subscription.noEmail');

	const saved = await store.transaction(async (tx) => {
		for (const id of robots) {
			const r = await repo.robot(tx.sql, id);
			if (!r || r.removedAt) return problem(400, 'subscription.badRobot', { id });
		}
		await repo.saveSubscription(tx.sql, { userId, schedule, email, lang, robots });
		await audit(store, actor, 'subscription_save', user.username, { schedule, email, robots });
		return null;
	});
	if (saved) return saved;
	return { ok: true, value: (await getSubscription(store, userId))! };
}

export async function deleteSubscription(store: Store, actor: Actor, userId: number): Promise<void> {
	await store.transaction(async (tx) => {
		const user = await userEmail(tx.sql, userId);
		if (await repo.deleteSubscription(tx.sql, userId)) await audit(store, actor, 'subscription_delete', user?.username ?? String(userId));
	});
}

const toSummary = (r: repo.RobotRow): RobotSummary => ({ id: r.id, kind: r.kind, name: r.name, hint: r.hint, hasSecret: r.hasSecret, createdAt: r.createdAt, createdBy: r.createdBy });

/** Robots not removed, oldest first: never their URL or secret. */
export async function listRobots(store: Store): Promise<RobotSummary[]> {
	return (await repo.activeRobots(store.sql)).map(toSummary);
}

/** Each platform's webhook hosts: a URL on another platform's host was pasted under the wrong kind. */
const KNOWN_HOSTS: Record<RobotKind, string[]> = {
	wecom: ['qyapi.weixin.qq.com'],
	dingtalk: ['oapi.dingtalk.com'],
	feishu: ['open.feishu.cn', 'open.larksuite.com']
};
const KINDS = ['wecom', 'dingtalk', 'feishu'] as const;

const robotInput = z.object({ kind: z.unknown(), name: z.unknown(), url: z.unknown(), secret: z.unknown().optional() });

/**
 * input: { kind, name, url, secret? } unchecked. The URL must be https (http only for 127.0.0.1 and
 * localhost, for tests). Its host is not required to be the platform's (private deployments and proxies
 * have their own), but a URL on another platform's known host is refused. A `secret=` parameter in the
 * URL is taken out and used as the secret. Audited without the URL or the secret.
 */
export async function addRobot(store: Store, actor: Actor, input: unknown): Promise<SubscriptionAnswer<RobotSummary>> {
	const form = robotInput.safeParse(input);
	if (!form.success) return problem(400, 'robot.badKind');
	const kind = z.enum(KINDS).safeParse(form.data.kind);
	if (!kind.success) return problem(400, 'robot.badKind');
	const name = typeof form.data.name === 'string' ? form.data.name.trim() : '';
	if (name.length < 1 || name.length > 60) return problem(400, 'robot.badName');
	let url: URL;
	try {
		url = new URL(typeof form.data.url === 'string' ? form.data.url.trim() : '');
	} catch {
		return problem(400, 'robot.badUrl');
	}
	const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) return problem(400, 'robot.notHttps');
	if (url.username || url.password) return problem(400, 'robot.badUrl');
	const other = KINDS.find((k) => k !== kind.data && KNOWN_HOSTS[k].includes(url.hostname));
	if (other) return problem(400, 'robot.wrongHost', { actual: bilingual(`robot.${other}`), kind: bilingual(`robot.${kind.data}`) });
	let secret = typeof form.data.secret === 'string' ? form.data.secret.trim() : '';
	if (form.data.secret !== undefined && typeof form.data.secret !== 'string') return problem(400, 'robot.badSecret');
	const inUrl = url.searchParams.get('secret');
	url.searchParams.delete('secret');
	if (!secret && inUrl) secret = inUrl;
	if (secret.length > 200 || /\s/.test(secret)) return problem(400, 'robot.badSecret');

	const sealed = await seal(store, { url: url.toString(), secret: secret || null });
	const hint = robotHint(url.toString());
	const id = await store.transaction(async (tx) => {
		if ((await repo.activeRobots(tx.sql)).some((r) => r.name === name)) return null;
		const id = await repo.addRobot(tx.sql, { kind: kind.data, name, sealed, hint, hasSecret: secret !== '', createdBy: actorName(actor) });
		await audit(store, actor, 'robot_add', name, { id, kind: kind.data, hint, signed: secret !== '' });
		return id;
	});
	if (id === null) return problem(409, 'robot.taken', { name });
	return { ok: true, value: toSummary((await repo.robot(store.sql, id))!) };
}

export async function removeRobot(store: Store, actor: Actor, id: unknown): Promise<SubscriptionAnswer<null>> {
	const parsed = z.coerce.number().int().positive().safeParse(id);
	if (!parsed.success) return problem(404, 'robot.notFound');
	return store.transaction(async (tx) => {
		const r = await repo.robot(tx.sql, parsed.data);
		if (!r) return problem(404, 'robot.notFound');
		if (!(await repo.removeRobot(tx.sql, r.id, actorName(actor)))) return problem(409, 'robot.alreadyRemoved');
		await audit(store, actor, 'robot_remove', r.name, { id: r.id, kind: r.kind });
		return { ok: true, value: null };
	});
}

export async function deliveryLog(store: Store, page: { offset: number; limit: number }): Promise<{ rows: DeliveryRow[]; total: number }> {
	const offset = Math.max(0, Math.floor(page.offset) || 0);
	const limit = Math.min(500, Math.max(1, Math.floor(page.limit) || 50));
	const { rows, total } = await repo.logPage(store.sql, offset, limit);
	return {
		rows: rows.map((r) => ({ id: r.id, at: r.at, recipient: r.recipient, channel: r.channel as Channel, robot: r.robot, attempt: r.attempt, result: r.result, error: r.error, run: r.run })),
		total
	};
}

/** The digest this user would get now, as it will be sent: their scope (followed, else all) and since their last sent digest. */
export async function previewDigest(store: Store, user: { id: number; lang?: Lang }, at: Date, origin: string): Promise<Digest> {
	const sub = await repo.subscription(store.sql, user.id);
	return buildDigest(store, {
		at,
		since: sub?.lastSentAt ? new Date(sub.lastSentAt) : null,
		followed: await store.follows.list(user.id),
		lang: user.lang ?? sub?.lang ?? 'zh-CN',
		origin,
		// The reader is signed in: no signed link is minted per item on every view of the preview.
		links: 'plain'
	});
}
