// Repository: group robots, digest subscriptions, send claims and the delivery log (migration 8), written
// once over Sql for both databases. Robot URLs and secrets arrive here already sealed (robot-vault.ts):
// this module never sees them in the clear.
import type { Schedule } from '../../../domain/schedule';
import type { Lang } from '../../../format/messages';
import type { Param, Sql } from '../sql';

export type RobotKind = 'wecom' | 'dingtalk' | 'feishu';

export interface RobotRow {
	id: number;
	kind: RobotKind;
	name: string;
	sealed: string;
	hint: string;
	hasSecret: boolean;
	createdBy: string | null;
	createdAt: string;
	removedAt: string | null;
}

interface RawRobot {
	id: number;
	kind: RobotKind;
	name: string;
	sealed: string;
	hint: string;
	has_secret: boolean | number;
	created_by: string | null;
	created_at: string;
	removed_at: string | null;
}

const toRobot = (r: RawRobot): RobotRow => ({
	id: Number(r.id),
	kind: r.kind,
	name: r.name,
	sealed: r.sealed,
	hint: r.hint,
	hasSecret: Boolean(r.has_secret),
	createdBy: r.created_by,
	createdAt: r.created_at,
	removedAt: r.removed_at
});

const ROBOT = 'SELECT id, kind, name, sealed, hint, has_secret, created_by, created_at, removed_at FROM robots';

export async function addRobot(db: Sql, r: { kind: RobotKind; name: string; sealed: string; hint: string; hasSecret: boolean; createdBy: string | null }): Promise<number> {
	const row = await db.get<{ id: number }>(
		'INSERT INTO robots (kind, name, sealed, hint, has_secret, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id',
		[r.kind, r.name, r.sealed, r.hint, r.hasSecret, r.createdBy, new Date().toISOString()]
	);
	return Number(row!.id);
}

export async function robot(db: Sql, id: number): Promise<RobotRow | null> {
	const r = await db.get<RawRobot>(`${ROBOT} WHERE id = ?`, [id]);
	return r ? toRobot(r) : null;
}

/** Robots not removed, oldest first. */
export async function activeRobots(db: Sql): Promise<RobotRow[]> {
	return (await db.all<RawRobot>(`${ROBOT} WHERE removed_at IS NULL ORDER BY id`)).map(toRobot);
}

/** True when this call removed it (false: unknown or already removed). */
export async function removeRobot(db: Sql, id: number, by: string | null): Promise<boolean> {
	return (await db.run('UPDATE robots SET removed_at = ?, removed_by = ? WHERE id = ? AND removed_at IS NULL', [new Date().toISOString(), by, id])) > 0;
}

export interface SubscriptionRow {
	userId: number;
	schedule: Schedule;
	email: boolean;
	lang: Lang;
	/** Robots not removed, by id. */
	robots: number[];
	updatedAt: string;
	lastSentAt: string | null;
	/** 'behind' subscriptions: the behind indicators last seen (null: not looked yet), and its generation. */
	behindSeen: string[] | null;
	behindGen: number;
}

interface RawSubscription {
	user_id: number;
	schedule: Schedule['kind'];
	weekday: number | null;
	day: number | null;
	hour: number | null;
	email: boolean | number;
	lang: string;
	updated_at: string;
	last_sent_at: string | null;
	behind_seen: string | null;
	behind_gen: number;
}

function scheduleOf(r: RawSubscription): Schedule {
	if (r.schedule === 'weekly') return { kind: 'weekly', weekday: Number(r.weekday), hour: Number(r.hour) };
	if (r.schedule === 'monthly') return { kind: 'monthly', day: Number(r.day), hour: Number(r.hour) };
	return { kind: 'behind' };
}

const SUBSCRIPTION = 'SELECT user_id, schedule, weekday, day, hour, email, lang, updated_at, last_sent_at, behind_seen, behind_gen FROM subscriptions';

async function withRobots(db: Sql, rows: RawSubscription[]): Promise<SubscriptionRow[]> {
	if (rows.length === 0) return [];
	const links = await db.all<{ user_id: number; robot_id: number }>(
		`SELECT sr.user_id, sr.robot_id FROM subscription_robots sr JOIN robots r ON r.id = sr.robot_id
		 WHERE r.removed_at IS NULL ORDER BY sr.user_id, sr.robot_id`
	);
	const byUser = new Map<number, number[]>();
	for (const l of links) (byUser.get(Number(l.user_id)) ?? byUser.set(Number(l.user_id), []).get(Number(l.user_id))!).push(Number(l.robot_id));
	return rows.map((r) => ({
		userId: Number(r.user_id),
		schedule: scheduleOf(r),
		email: Boolean(r.email),
		lang: r.lang === 'en' ? 'en' : 'zh-CN',
		robots: byUser.get(Number(r.user_id)) ?? [],
		updatedAt: r.updated_at,
		lastSentAt: r.last_sent_at,
		behindSeen: r.behind_seen === null ? null : (JSON.parse(r.behind_seen) as string[]),
		behindGen: Number(r.behind_gen)
	}));
}

export async function subscription(db: Sql, userId: number): Promise<SubscriptionRow | null> {
	const rows = await db.all<RawSubscription>(`${SUBSCRIPTION} WHERE user_id = ?`, [userId]);
	return (await withRobots(db, rows)).find((s) => s.userId === userId) ?? null;
}

/** Every subscription of an enabled user (the scheduler's list). */
export async function allSubscriptions(db: Sql): Promise<SubscriptionRow[]> {
	const rows = await db.all<RawSubscription>(`${SUBSCRIPTION} WHERE user_id IN (SELECT id FROM users WHERE disabled = ?) ORDER BY user_id`, [false]);
	return withRobots(db, rows);
}

/** Replaces a user's subscription and its robots (run it in a transaction). A changed schedule forgets what 'behind' had seen. */
export async function saveSubscription(db: Sql, s: { userId: number; schedule: Schedule; email: boolean; lang: Lang; robots: number[] }): Promise<void> {
	const weekday = s.schedule.kind === 'weekly' ? s.schedule.weekday : null;
	const day = s.schedule.kind === 'monthly' ? s.schedule.day : null;
	const hour = s.schedule.kind === 'behind' ? null : s.schedule.hour;
	await db.run(
		`INSERT INTO subscriptions (user_id, schedule, weekday, day, hour, email, lang, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		 ON CONFLICT (user_id) DO UPDATE SET schedule = excluded.schedule, weekday = excluded.weekday, day = excluded.day,
		 hour = excluded.hour, email = excluded.email, lang = excluded.lang, updated_at = excluded.updated_at,
		 behind_seen = CASE WHEN subscriptions.schedule = excluded.schedule THEN subscriptions.behind_seen ELSE NULL END`,
		[s.userId, s.schedule.kind, weekday, day, hour, s.email, s.lang, new Date().toISOString()]
	);
	await db.run('DELETE FROM subscription_robots WHERE user_id = ?', [s.userId]);
	for (const r of s.robots) await db.run('INSERT INTO subscription_robots (user_id, robot_id) VALUES (?, ?)', [s.userId, r]);
}

/** True when there was one. */
export async function deleteSubscription(db: Sql, userId: number): Promise<boolean> {
	await db.run('DELETE FROM subscription_robots WHERE user_id = ?', [userId]);
	return (await db.run('DELETE FROM subscriptions WHERE user_id = ?', [userId])) > 0;
}

/** Moves last_sent_at forward (never back: two instances may finish out of order). */
export async function markSent(db: Sql, userId: number, at: string): Promise<void> {
	await db.run('UPDATE subscriptions SET last_sent_at = ? WHERE user_id = ? AND (last_sent_at IS NULL OR last_sent_at < ?)', [at, userId, at]);
}

/** Records the behind set seen, if nobody moved the generation since `gen` was read; true when this call did. */
export async function setBehindSeen(db: Sql, userId: number, gen: number, seen: string[]): Promise<boolean> {
	return (await db.run('UPDATE subscriptions SET behind_seen = ?, behind_gen = ? WHERE user_id = ? AND behind_gen = ?', [JSON.stringify(seen), gen + 1, userId, gen])) > 0;
}

// ---------------------------------------------------------------- claims

/** Inserts a 'sending' claim; true when this call inserted it (so this caller, and only it, sends). */
export async function claim(db: Sql, userId: number, run: string, channel: string): Promise<boolean> {
	return (
		(await db.run("INSERT INTO digest_claims (user_id, run, channel, state, claimed_at) VALUES (?, ?, ?, 'sending', ?) ON CONFLICT (user_id, run, channel) DO NOTHING", [
			userId,
			run,
			channel,
			new Date().toISOString()
		])) > 0
	);
}

export async function finishClaim(db: Sql, userId: number, run: string, channel: string, state: 'sent' | 'failed' | 'empty' | 'unknown'): Promise<void> {
	await db.run('UPDATE digest_claims SET state = ?, finished_at = ? WHERE user_id = ? AND run = ? AND channel = ?', [state, new Date().toISOString(), userId, run, channel]);
}

/** Channels of a run already claimed by anyone. */
export async function claimedChannels(db: Sql, userId: number, run: string): Promise<string[]> {
	return (await db.all<{ channel: string }>('SELECT channel FROM digest_claims WHERE user_id = ? AND run = ?', [userId, run])).map((r) => r.channel);
}

/** Claims still 'sending' since before `before` (ISO): their sender died mid-send. */
export async function staleClaims(db: Sql, before: string): Promise<{ userId: number; run: string; channel: string; claimedAt: string }[]> {
	const rows = await db.all<{ user_id: number; run: string; channel: string; claimed_at: string }>(
		"SELECT user_id, run, channel, claimed_at FROM digest_claims WHERE state = 'sending' AND claimed_at < ? ORDER BY claimed_at",
		[before]
	);
	return rows.map((r) => ({ userId: Number(r.user_id), run: r.run, channel: r.channel, claimedAt: r.claimed_at }));
}

/** Marks a stale claim 'unknown' if it still is 'sending'; true when this call did (so it is logged once). */
export async function abandonClaim(db: Sql, userId: number, run: string, channel: string): Promise<boolean> {
	return (
		(await db.run("UPDATE digest_claims SET state = 'unknown', finished_at = ? WHERE user_id = ? AND run = ? AND channel = ? AND state = 'sending'", [
			new Date().toISOString(),
			userId,
			run,
			channel
		])) > 0
	);
}

// ---------------------------------------------------------------- delivery log

export interface LogInput {
	userId: number | null;
	recipient: string;
	channel: string;
	robot: string | null;
	run: string | null;
	attempt: number;
	result: 'sent' | 'failed' | 'retrying';
	/** Already scrubbed of URLs and secrets. */
	error: string | null;
}

export interface LogRow extends LogInput {
	id: number;
	at: string;
}

export async function log(db: Sql, e: LogInput): Promise<void> {
	await db.run('INSERT INTO delivery_log (at, user_id, recipient, channel, robot, run, attempt, result, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
		new Date().toISOString(),
		e.userId,
		e.recipient,
		e.channel,
		e.robot,
		e.run,
		e.attempt,
		e.result,
		e.error
	] as Param[]);
}

/** Newest first. */
export async function logPage(db: Sql, offset: number, limit: number): Promise<{ rows: LogRow[]; total: number }> {
	const rows = await db.all<{ id: number; at: string; user_id: number | null; recipient: string; channel: string; robot: string | null; run: string | null; attempt: number; result: LogRow['result']; error: string | null }>(
		'SELECT id, at, user_id, recipient, channel, robot, run, attempt, result, error FROM delivery_log ORDER BY id DESC LIMIT ? OFFSET ?',
		[limit, offset]
	);
	const total = await db.get<{ n: number }>('SELECT count(*) AS n FROM delivery_log');
	return {
		rows: rows.map((r) => ({ id: Number(r.id), at: r.at, userId: r.user_id === null ? null : Number(r.user_id), recipient: r.recipient, channel: r.channel, robot: r.robot, run: r.run, attempt: Number(r.attempt), result: r.result, error: r.error })),
		total: Number(total?.n ?? 0)
	};
}
