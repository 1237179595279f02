// Delivery targets and sending: one digest to one target (an e-mail address, or a robot URL prefixed with
// its kind), with bounded retries. A secret in a 钉钉 or 飞书 URL is taken out and used to sign; it never
// travels. Failures are reported in the result, never thrown.
import type { Store } from '../db/store';
import type { Digest } from '../digest';
import { digestMail, sendMail } from './email';
import { DEFAULT_RETRY, withRetry, type OnAttempt, type RetryPolicy } from './retry';
import { dingtalkPayload, dingtalkUrl, feishuPayload, postRobot, wecomPayload, type RobotKind } from './robots';

export type Channel = 'email' | RobotKind;

export type Target = { channel: 'email'; address: string } | { channel: RobotKind; url: string; secret: string | null };

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** `a@b.cn`, `wecom:URL`, `dingtalk:URL?…&secret=S`, `feishu:URL?secret=S`; null when it is none of them. */
export function parseTarget(raw: string): Target | null {
	const m = /^(wecom|dingtalk|feishu):(https?:\/\/.+)$/.exec(raw.trim());
	if (m) {
		let url: URL;
		try {
			url = new URL(m[2]!);
		} catch {
			return null;
		}
		const secret = url.searchParams.get('secret');
		url.searchParams.delete('secret');
		return { channel: m[1] as RobotKind, url: url.toString(), secret: secret || null };
	}
	return EMAIL.test(raw.trim()) ? { channel: 'email', address: raw.trim() } : null;
}

/** How a target is named in output: robot URLs carry tokens in their query, so only origin and path are shown. */
export function describeTarget(t: Target): string {
	if (t.channel === 'email') return t.address;
	const u = new URL(t.url);
	return `${t.channel}:${u.origin}${u.pathname}`;
}

export interface MailSettings {
	smtpUrl: string | undefined;
	from: string | undefined;
}

export interface Delivery {
	recipient: string;
	channel: Channel;
	sent: boolean;
	attempts: number;
	errors: string[];
}

/** `onAttempt` hears of every attempt as it ends (the scheduler logs each); a channel not configured is one failed attempt. */
export async function deliver(store: Store, d: Digest, target: Target, mail: MailSettings, policy: RetryPolicy = DEFAULT_RETRY, onAttempt?: OnAttempt): Promise<Delivery> {
	const recipient = describeTarget(target);
	const failed = async (message: string): Promise<Delivery> => {
		await onAttempt?.(1, message, false);
		return { recipient, channel: target.channel, sent: false, attempts: 0, errors: [message] };
	};
	let attempted;
	if (target.channel === 'email') {
		if (!mail.smtpUrl || !mail.from) return failed('SMTP_URL 与 MAIL_FROM 未配置 / SMTP_URL and MAIL_FROM are not set');
		const message = await digestMail(store, d);
		attempted = await withRetry(() => sendMail(mail.smtpUrl!, mail.from!, target.address, message), policy, onAttempt);
	} else if (target.channel === 'wecom') {
		const payload = wecomPayload(d);
		attempted = await withRetry(() => postRobot('wecom', target.url, payload), policy, onAttempt);
	} else if (target.channel === 'dingtalk') {
		const payload = dingtalkPayload(d);
		// Signed again per attempt: 钉钉 refuses a timestamp older than an hour.
		attempted = await withRetry(() => postRobot('dingtalk', dingtalkUrl(target.url, target.secret), payload), policy, onAttempt);
	} else {
		attempted = await withRetry(() => postRobot('feishu', target.url, feishuPayload(d, target.secret)), policy, onAttempt);
	}
	return { recipient, channel: target.channel, sent: attempted.ok, attempts: attempted.attempts, errors: attempted.errors };
}
