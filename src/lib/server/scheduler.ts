// The digest scheduler: which subscriptions are due, and sending them exactly once — one code path for the
// server's timer and `npm run digest` without --to.
//
// Exactly once, across instances on one database: before sending, an instance inserts a claim row per
// (user, run, channel) in one transaction (ON CONFLICT DO NOTHING); the channels whose row it inserted are
// its to send, and no other instance's. The claim is marked sent or failed afterwards. A claim still
// "sending" after `staleMs` belonged to an instance that died mid-send: whether the message went out is
// unknown, so it is NOT sent again (a duplicate in a leaders' group is worse than a missed digest); the
// delivery log says so, once, and the next run sends as usual.
import { latestRun, wallClock, type Schedule } from '../domain/schedule';
import { bilingual, type Lang } from '../format/messages';
import { deliver, type Channel, type MailSettings, type Target } from './channels/index';
import { DEFAULT_RETRY, type RetryPolicy } from './channels/retry';
import * as repo from './db/common/subscriptions';
import { userEmail } from './db/common/users';
import type { Store } from './db/store';
import { behindAt, buildDigest, type DigestItem } from './digest';
import { unseal } from './robot-vault';

export interface DueDigest {
	userId: number;
	username: string;
	email: string | null;
	schedule: Schedule;
	lang: Lang;
	lastSentAt: string | null;
	/** Names the run on every instance: `w1h08:2024-06-17`, `m05h09:2024-06-05`, `behind:GEN:CODES`. */
	run: string;
	/** Claim channels not yet claimed by anyone: `email`, `robot:ID`. */
	channels: string[];
	/** 'behind' runs: what to record as seen once handled. */
	behind?: { gen: number; now: string[]; newly: string[] };
}

export interface PlanOptions {
	timeZone: string;
	/** Look at 'behind' subscriptions (costly: every indicator of their scope); default true. */
	checkBehind?: boolean;
}

interface Plan {
	due: DueDigest[];
	/** 'behind' subscriptions whose seen set changes without a send (first look, or indicators caught up). */
	seen: { userId: number; gen: number; now: string[] }[];
}

const claimChannels = (s: repo.SubscriptionRow, email: string | null) => [...(s.email && email ? ['email'] : []), ...s.robots.map((r) => `robot:${r}`)];

async function plan(store: Store, at: Date, o: PlanOptions): Promise<Plan> {
	const out: Plan = { due: [], seen: [] };
	const behindCache = new Map<string, Promise<string[]>>();
	for (const s of await repo.allSubscriptions(store.sql)) {
		const user = await userEmail(store.sql, s.userId);
		if (!user) continue;
		const all = claimChannels(s, user.email);
		if (all.length === 0) continue;
		const base = { userId: s.userId, username: user.username, email: user.email, schedule: s.schedule, lang: s.lang, lastSentAt: s.lastSentAt };
		if (s.schedule.kind !== 'behind') {
			const r = latestRun(s.schedule, at.getTime(), o.timeZone);
			// A run before the subscription was last changed is not this subscription's to send.
			if (!r || r.at < Date.parse(s.updatedAt)) continue;
			const claimed = new Set(await repo.claimedChannels(store.sql, s.userId, r.key));
			const channels = all.filter((c) => !claimed.has(c));
			if (channels.length > 0) out.due.push({ ...base, run: r.key, channels });
			continue;
		}
		if (o.checkBehind === false) continue;
		const followed = await store.follows.list(s.userId);
		const scope = followed.join('\n');
		if (!behindCache.has(scope)) behindCache.set(scope, behindAt(store, at, followed));
		const now = await behindCache.get(scope)!;
		if (s.behindSeen === null) {
			// First look: what is behind already is not news.
			out.seen.push({ userId: s.userId, gen: s.behindGen, now });
			continue;
		}
		const newly = now.filter((c) => !s.behindSeen!.includes(c));
		if (newly.length === 0) {
			if (now.join() !== s.behindSeen.join()) out.seen.push({ userId: s.userId, gen: s.behindGen, now });
			continue;
		}
		const run = `behind:${s.behindGen}:${newly.join(',')}`.slice(0, 500);
		const claimed = new Set(await repo.claimedChannels(store.sql, s.userId, run));
		const channels = all.filter((c) => !claimed.has(c));
		if (channels.length > 0) out.due.push({ ...base, run, channels, behind: { gen: s.behindGen, now, newly } });
		else out.seen.push({ userId: s.userId, gen: s.behindGen, now });
	}
	return out;
}

/** Which (subscription, run) pairs are due at `at`, with their channels nobody has claimed yet. Reads only. */
export async function dueDigests(store: Store, at: Date, o: PlanOptions): Promise<DueDigest[]> {
	return (await plan(store, at, o)).due;
}

/** Error text for the delivery log: no URL, token, secret, password or answer body. */
export function scrub(message: string, secrets: (string | null | undefined)[] = []): string {
	let s = message;
	for (const x of secrets) if (x && x.length >= 4) s = s.split(x).join('…');
	s = s.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>)]*/gi, '…');
	s = s.replace(/\b(key|access_token|secret|sign|timestamp|token|password|pass|auth)=[^&\s"']*/gi, '$1=…');
	s = s.replace(/(HTTP \d{3})\b[\s\S]*$/, '$1');
	s = s.replace(/(answer is not JSON)[\s\S]*$/, '$1');
	return s.replace(/\s+/g, ' ').trim().slice(0, 300);
}

export interface SendOptions extends PlanOptions {
	origin: string;
	mail: MailSettings;
	policy?: RetryPolicy;
	/** Build and report, but claim and send nothing. */
	dryRun?: boolean;
	/** Stop before the next channel (the server is shutting down). */
	stopped?: () => boolean;
}

export interface SentDigest {
	recipient: string;
	channel: Channel;
	robot: string | null;
	run: string;
	subject: string;
	at: string;
	since: string | null;
	items: DigestItem[];
	sent: boolean;
	attempts?: number;
	errors?: string[];
}

function smtpSecrets(smtpUrl: string | undefined): string[] {
	if (!smtpUrl) return [];
	try {
		const u = new URL(smtpUrl);
		return [smtpUrl, decodeURIComponent(u.password), decodeURIComponent(u.username)];
	} catch {
		return [smtpUrl];
	}
}

/** Claims the channels in one transaction; returns those this call claimed. */
async function claimAll(store: Store, d: DueDigest): Promise<string[]> {
	return store.transaction(async (tx) => {
		const mine: string[] = [];
		for (const c of d.channels) if (await repo.claim(tx.sql, d.userId, d.run, c)) mine.push(c);
		return mine;
	});
}

const write = (store: Store, fn: (sql: Store['sql']) => Promise<unknown>) => store.transaction((tx) => fn(tx.sql).then(() => undefined));

/** Sends one channel of one due digest; never throws (the user's other channels go on). */
async function sendChannel(store: Store, d: DueDigest, claimChannel: string, digest: Awaited<ReturnType<typeof buildDigest>>, o: SendOptions): Promise<SentDigest> {
	let target: Target | null = null;
	let robot: repo.RobotRow | null = null;
	let secrets: (string | null)[] = smtpSecrets(o.mail.smtpUrl);
	if (claimChannel === 'email') target = { channel: 'email', address: d.email! };
	else {
		robot = await repo.robot(store.sql, Number(claimChannel.slice('robot:'.length)));
		if (robot && !robot.removedAt) {
			try {
				const c = await unseal(store, robot.sealed);
				target = { channel: robot.kind, url: c.url, secret: c.secret };
				secrets = [c.url, c.secret, new URL(c.url).search.slice(1), ...new URL(c.url).searchParams.values()];
			} catch {
				target = null;
			}
		}
	}
	const channel: Channel = target?.channel ?? robot?.kind ?? 'email';
	const report: SentDigest = { recipient: d.username, channel, robot: robot?.name ?? null, run: d.run, subject: digest.subject, at: digest.at, since: digest.since, items: digest.items, sent: false };
	const logEntry = (attempt: number, result: repo.LogInput['result'], error: string | null) =>
		write(store, (sql) => repo.log(sql, { userId: d.userId, recipient: d.username, channel, robot: robot?.name ?? null, run: d.run, attempt, result, error })).catch((e: Error) =>
			console.error(`投递日志写入失败 / delivery log not written: ${scrub(e.message, secrets)}`)
		);
	if (!target) {
		await logEntry(1, 'failed', bilingual('delivery.robotGone'));
		await write(store, (sql) => repo.finishClaim(sql, d.userId, d.run, claimChannel, 'failed')).catch(() => undefined);
		return { ...report, attempts: 0, errors: [bilingual('delivery.robotGone')] };
	}
	try {
		const r = await deliver(store, digest, target, o.mail, o.policy ?? DEFAULT_RETRY, (attempt, error, willRetry) =>
			logEntry(attempt, error === null ? 'sent' : willRetry ? 'retrying' : 'failed', error === null ? null : scrub(error, secrets))
		);
		await write(store, (sql) => repo.finishClaim(sql, d.userId, d.run, claimChannel, r.sent ? 'sent' : 'failed'));
		return { ...report, sent: r.sent, attempts: r.attempts, errors: r.errors.map((e) => scrub(e, secrets)) };
	} catch (e) {
		const error = scrub((e as Error).message, secrets);
		await logEntry(1, 'failed', error);
		await write(store, (sql) => repo.finishClaim(sql, d.userId, d.run, claimChannel, 'failed')).catch(() => undefined);
		return { ...report, attempts: 0, errors: [error] };
	}
}

/**
 * Sends every digest due at `at` (the scheduler's tick and `npm run digest` without --to): claims first,
 * then one digest per user (their scope, since their last sent one) to each channel it claimed.
 * A digest with nothing to say is not sent (its claims are closed as 'empty').
 */
export async function sendDue(store: Store, at: Date, o: SendOptions): Promise<SentDigest[]> {
	const { due, seen } = await plan(store, at, o);
	const out: SentDigest[] = [];
	if (!o.dryRun) for (const s of seen) await write(store, (sql) => repo.setBehindSeen(sql, s.userId, s.gen, s.now));
	for (const d of due) {
		if (o.stopped?.()) break;
		const mine = o.dryRun ? d.channels : await claimAll(store, d);
		if (mine.length > 0) {
			const digest = await buildDigest(store, { at, since: d.lastSentAt ? new Date(d.lastSentAt) : null, followed: await store.follows.list(d.userId), lang: d.lang, origin: o.origin });
			if (digest.items.length === 0 || o.dryRun) {
				if (!o.dryRun) for (const c of mine) await write(store, (sql) => repo.finishClaim(sql, d.userId, d.run, c, 'empty'));
				for (const c of mine) out.push(await describeDry(store, d, c, digest));
			} else {
				let sent = false;
				for (const c of mine) {
					const r = await sendChannel(store, d, c, digest, o);
					sent ||= r.sent;
					out.push(r);
				}
				if (sent) await write(store, (sql) => repo.markSent(sql, d.userId, digest.at));
			}
		}
		if (d.behind && !o.dryRun) await write(store, (sql) => repo.setBehindSeen(sql, d.userId, d.behind!.gen, d.behind!.now));
	}
	return out;
}

async function describeDry(store: Store, d: DueDigest, c: string, digest: Awaited<ReturnType<typeof buildDigest>>): Promise<SentDigest> {
	const robot = c === 'email' ? null : await repo.robot(store.sql, Number(c.slice('robot:'.length)));
	return { recipient: d.username, channel: robot?.kind ?? 'email', robot: robot?.name ?? null, run: d.run, subject: digest.subject, at: digest.at, since: digest.since, items: digest.items, sent: false };
}

/** Claims left 'sending' for longer than `staleMs`: marked unknown and logged once, never resent. */
export async function sweepStale(store: Store, now: Date, staleMs: number): Promise<number> {
	let n = 0;
	for (const c of await repo.staleClaims(store.sql, new Date(now.getTime() - staleMs).toISOString())) {
		const user = await userEmail(store.sql, c.userId);
		const robot = c.channel.startsWith('robot:') ? await repo.robot(store.sql, Number(c.channel.slice('robot:'.length))) : null;
		const mine = await store.transaction(async (tx) => {
			if (!(await repo.abandonClaim(tx.sql, c.userId, c.run, c.channel))) return false;
			await repo.log(tx.sql, {
				userId: c.userId,
				recipient: user?.username ?? String(c.userId),
				channel: robot?.kind ?? 'email',
				robot: robot?.name ?? null,
				run: c.run,
				attempt: 1,
				result: 'failed',
				error: bilingual('delivery.interrupted')
			});
			return true;
		});
		if (mine) n++;
	}
	return n;
}

export interface SchedulerOptions extends Omit<SendOptions, 'dryRun' | 'stopped' | 'checkBehind'> {
	tickMs: number;
	/** A send still 'sending' after this long was cut off by a crash (default 15 minutes: far beyond any retry). */
	staleMs?: number;
	now?: () => Date;
	/** Told of what each tick sent (tests, logs). */
	onTick?: (sent: SentDigest[]) => void;
}

export interface Scheduler {
	/** Runs one tick now (and waits for it); ticks never overlap. */
	tick(): Promise<void>;
	/** No new tick or channel starts; resolves when the running tick ends. */
	stop(): Promise<void>;
}

/**
 * Ticks at once (a run missed while the server was down is sent now, once) and then every `tickMs`.
 * 'behind' subscriptions are looked at when the data changed (a commit, here or on another instance), when
 * the local date changed (a period ended), and at the first tick.
 */
export function startScheduler(store: Store, o: SchedulerOptions): Scheduler {
	const now = o.now ?? (() => new Date());
	let stopped = false;
	let running: Promise<void> | null = null;
	let lastVersion = -1;
	let lastDay = '';
	const once = async () => {
		const at = now();
		await sweepStale(store, at, o.staleMs ?? 15 * 60_000);
		const version = await store.dataVersion();
		const w = wallClock(at.getTime(), o.timeZone);
		const day = `${w.year}-${w.month}-${w.day}`;
		const checkBehind = version !== lastVersion || day !== lastDay;
		const sent = await sendDue(store, at, { ...o, checkBehind, stopped: () => stopped });
		lastVersion = version;
		lastDay = day;
		for (const s of sent)
			if (!s.sent && s.errors) console.warn(`摘要发送失败 / digest not delivered: ${s.recipient} ${s.channel}${s.robot ? ` (${s.robot})` : ''}: ${s.errors.at(-1) ?? ''}`);
		o.onTick?.(sent);
	};
	const tick = () => {
		if (stopped) return Promise.resolve();
		running ??= once()
			.catch((e: Error) => console.error(`摘要调度出错 / digest scheduler error: ${scrub(e.message)}`))
			.finally(() => (running = null));
		return running;
	};
	void tick();
	const timer = o.tickMs > 0 ? setInterval(() => void tick(), o.tickMs) : null;
	timer?.unref();
	return {
		tick,
		async stop() {
			stopped = true;
			if (timer) clearInterval(timer);
			await running;
		}
	};
}
