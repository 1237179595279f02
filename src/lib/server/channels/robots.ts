// Group robots: 企业微信 (WeCom), 钉钉 (DingTalk) and 飞书 (Feishu/Lark) custom bots. Payloads and signatures
// are pure functions (tested against independently computed values); `postRobot` sends one and treats a
// non-zero errcode / code in the answer as a failure, as each platform documents.
import { createHmac } from 'node:crypto';
import { fill, t } from '../../format/messages';
import { digestSections, type Digest } from '../digest';
import { digestMarkdownLines, itemLine } from './render';

export type RobotKind = 'wecom' | 'dingtalk' | 'feishu';

/** 企业微信 markdown content is limited to 4096 bytes of UTF-8. */
export const WECOM_MAX_BYTES = 4096;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/**
 * The digest's Markdown cut to at most `maxBytes` of UTF-8: whole lines only, then
 * "…and N more" (items left out) linking to the overview.
 */
export function cutMarkdown(d: Digest, maxBytes: number): string {
	const { title, lines } = digestMarkdownLines(d);
	const head = `### ${title}`;
	const itemLines = lines.filter((l) => l.startsWith('- ')).length;
	let text = head;
	let shown = 0;
	for (let i = 0; i < lines.length; i++) {
		const next = `${text}\n${lines[i]}`;
		const isItem = lines[i]!.startsWith('- ');
		const left = itemLines - shown - (isItem ? 1 : 0);
		const tail = left > 0 ? `\n[${fill('digest.more', d.lang, { n: left })}](${d.overviewHref})` : '';
		if (bytes(next + tail) > maxBytes) {
			const rest = itemLines - shown;
			return `${text}\n[${fill('digest.more', d.lang, { n: rest })}](${d.overviewHref})`;
		}
		text = next;
		if (isItem) shown++;
	}
	return text;
}

export function wecomPayload(d: Digest): { msgtype: 'markdown'; markdown: { content: string } } {
	return { msgtype: 'markdown', markdown: { content: cutMarkdown(d, WECOM_MAX_BYTES) } };
}

/** 钉钉 markdown: the title shows in notifications; the text is cut like WeCom's (its limit is larger but undocumented per byte). */
export function dingtalkPayload(d: Digest): { msgtype: 'markdown'; markdown: { title: string; text: string } } {
	return { msgtype: 'markdown', markdown: { title: d.subject, text: cutMarkdown(d, 18_000) } };
}

/** 钉钉: sign = Base64(HMAC-SHA256(key = secret, timestamp + "\n" + secret)), timestamp in ms, both as query parameters. */
export function dingtalkSign(secret: string, timestampMs: number): string {
	return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');
}

/** The robot URL with `timestamp` and `sign` added (URLSearchParams URL-encodes the Base64). */
export function dingtalkUrl(url: string, secret: string | null, now = Date.now()): string {
	if (!secret) return url;
	const u = new URL(url);
	u.searchParams.set('timestamp', String(now));
	u.searchParams.set('sign', dingtalkSign(secret, now));
	return u.toString();
}

/** 飞书: sign = Base64(HMAC-SHA256(key = timestamp + "\n" + secret, empty message)), timestamp in seconds. */
export function feishuSign(secret: string, timestampSec: number): string {
	return createHmac('sha256', `${timestampSec}\n${secret}`).update('').digest('base64');
}

type FeishuNode = { tag: 'text'; text: string } | { tag: 'a'; text: string; href: string };

/** 飞书 rich text ("post"): one paragraph per section heading and per item, each item with its link. */
export function feishuPayload(d: Digest, secret: string | null, now = Date.now()) {
	const content: FeishuNode[][] = [];
	for (const section of digestSections(d)) {
		content.push([{ tag: 'text', text: `【${section.title}】` }]);
		for (const i of section.items) content.push([{ tag: 'text', text: `${itemLine(d, i)} ` }, { tag: 'a', text: t('digest.open', d.lang), href: i.href }]);
	}
	const post = { [d.lang === 'en' ? 'en_us' : 'zh_cn']: { title: d.subject, content } };
	const body: Record<string, unknown> = { msg_type: 'post', content: { post } };
	if (secret) {
		const ts = Math.floor(now / 1000);
		return { timestamp: String(ts), sign: feishuSign(secret, ts), ...body };
	}
	return body;
}

/** Posts a payload; throws (for the retry) on an HTTP error or a robot error code. */
export async function postRobot(kind: RobotKind, url: string, payload: unknown, timeoutMs = 10_000): Promise<void> {
	const res = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json; charset=utf-8' },
		body: JSON.stringify(payload),
		signal: AbortSignal.timeout(timeoutMs)
	});
	const text = await res.text();
	if (!res.ok) throw new Error(`${kind}: HTTP ${res.status} ${text.slice(0, 200)}`);
	let answer: { errcode?: number; errmsg?: string; code?: number; msg?: string; StatusCode?: number };
	try {
		answer = JSON.parse(text);
	} catch {
		throw new Error(`${kind}: answer is not JSON: ${text.slice(0, 200)}`);
	}
	const code = kind === 'feishu' ? (answer.code ?? answer.StatusCode ?? 0) : (answer.errcode ?? 0);
	if (code !== 0) throw new Error(`${kind}: error ${code} ${answer.errmsg ?? answer.msg ?? ''}`.trim());
}
