// Robot payloads and signatures, checked against values computed here with WebCrypto (not the module's
// node:crypto code), and the 企业微信 4096-byte cut.
import { describe, expect, it } from 'vitest';
import type { Digest, DigestItem } from '../digest';
import { parseTarget } from './index';
import { cutMarkdown, dingtalkPayload, dingtalkSign, dingtalkUrl, feishuPayload, feishuSign, WECOM_MAX_BYTES, wecomPayload } from './robots';

async function hmacBase64(key: string, message: string): Promise<string> {
	const enc = new TextEncoder();
	const k = await crypto.subtle.importKey('raw', enc.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
	return Buffer.from(await crypto.subtle.sign('HMAC', k, enc.encode(message))).toString('base64');
}

function item(n: number, over: Partial<DigestItem> = {}): DigestItem {
	return {
		section: 'behind',
		indicator: `ind-${n}`,
		name: `指标${n}`,
		status: 'behind',
		period: '2024-05',
		text: `公共文化资源配送${n}累计完成1430场次,完成年度目标的40.9%,低于序时进度0.8个百分点`,
		provenance: 'demo',
		href: `https://board.example/indicators/ind-${n}?exp=1&link=x&sig=y`,
		...over
	};
}
const digest = (items: DigestItem[]): Digest => ({
	at: '2024-06-17T00:00:00.000Z',
	since: null,
	lang: 'zh-CN',
	scope: 'all',
	subject: '整改成效摘要 · 2024-06-17',
	items,
	overviewHref: 'https://board.example/'
});

describe('robot signatures', () => {
	it('钉钉: Base64(HMAC-SHA256(secret, timestamp + "\\n" + secret)), URL-encoded in the query', async () => {
		const secret = 'SEC0123456789abcdef';
		const ts = 1718582400000;
		const expected = await hmacBase64(secret, `${ts}\n${secret}`);
		expect(dingtalkSign(secret, ts)).toBe(expected);
		const url = new URL(dingtalkUrl('https://oapi.dingtalk.com/robot/send?access_token=abc', secret, ts));
		expect(url.searchParams.get('timestamp')).toBe(String(ts));
		expect(url.searchParams.get('sign')).toBe(expected);
		expect(url.search).toContain(`sign=${encodeURIComponent(expected)}`);
		expect(url.toString()).not.toContain(secret);
	});

	it('飞书: Base64(HMAC-SHA256(key = timestamp + "\\n" + secret, empty message)), in the body with the timestamp in seconds', async () => {
		const secret = 'feishu-secret';
		const now = 1718582400123;
		const ts = 1718582400;
		const expected = await hmacBase64(`${ts}\n${secret}`, '');
		expect(feishuSign(secret, ts)).toBe(expected);
		const body = feishuPayload(digest([item(1)]), secret, now) as Record<string, unknown>;
		expect(body).toMatchObject({ timestamp: String(ts), sign: expected, msg_type: 'post' });
		expect(JSON.stringify(body)).not.toContain(secret);
		const unsigned = feishuPayload(digest([item(1)]), null, now) as Record<string, unknown>;
		expect(unsigned.sign).toBeUndefined();
	});

	it('takes a secret out of a 钉钉 or 飞书 target URL', () => {
		expect(parseTarget('dingtalk:https://oapi.dingtalk.com/robot/send?access_token=t&secret=SECx')).toEqual({
			channel: 'dingtalk',
			url: 'https://oapi.dingtalk.com/robot/send?access_token=t',
			secret: 'SECx'
		});
		expect(parseTarget('feishu:https://open.feishu.cn/open-apis/bot/v2/hook/h?secret=s')).toEqual({ channel: 'feishu', url: 'https://open.feishu.cn/open-apis/bot/v2/hook/h', secret: 's' });
		expect(parseTarget('lead@example.gov.cn')).toEqual({ channel: 'email', address: 'lead@example.gov.cn' });
		expect(parseTarget('slack:https://x')).toBeNull();
	});
});

describe('robot payloads', () => {
	it('企业微信: a markdown message with each item, its mark and its link', () => {
		const p = wecomPayload(digest([item(1), item(2, { provenance: 'reported', text: '旅游收入同比增长17.5%' })]));
		expect(p.msgtype).toBe('markdown');
		expect(p.markdown.content).toContain('### 整改成效摘要 · 2024-06-17');
		expect(p.markdown.content).toContain('**低于序时进度**');
		expect(p.markdown.content).toContain('(演示数据)');
		expect(p.markdown.content).toContain('[查看图表](https://board.example/indicators/ind-1?exp=1&link=x&sig=y)');
	});

	it('钉钉: markdown with a title and text', () => {
		const p = dingtalkPayload(digest([item(1)]));
		expect(p).toMatchObject({ msgtype: 'markdown', markdown: { title: '整改成效摘要 · 2024-06-17' } });
		expect(p.markdown.text).toContain('公共文化资源配送1');
	});

	it('飞书: a post with one paragraph per heading and item, links as a-tags', () => {
		const body = feishuPayload(digest([item(1)]), null) as { content: { post: { zh_cn: { title: string; content: { tag: string; href?: string }[][] } } } };
		const post = body.content.post.zh_cn;
		expect(post.title).toBe('整改成效摘要 · 2024-06-17');
		expect(post.content[0]).toEqual([{ tag: 'text', text: '【低于序时进度】' }]);
		expect(post.content[1]![1]).toMatchObject({ tag: 'a', href: 'https://board.example/indicators/ind-1?exp=1&link=x&sig=y' });
	});

	it('cuts 企业微信 content to 4096 bytes of UTF-8 at a whole item, ending with "…and N more" to the overview', () => {
		const many = digest(Array.from({ length: 200 }, (_, i) => item(i)));
		const content = wecomPayload(many).markdown.content;
		expect(Buffer.byteLength(content, 'utf8')).toBeLessThanOrEqual(WECOM_MAX_BYTES);
		const shown = content.split('\n').filter((l) => l.startsWith('- ')).length;
		expect(shown).toBeGreaterThan(5);
		expect(content.endsWith(`[…以及另外${200 - shown}项](https://board.example/)`)).toBe(true);
		// A short digest is not cut.
		expect(cutMarkdown(digest([item(1)]), WECOM_MAX_BYTES)).not.toContain('以及另外');
		expect(cutMarkdown({ ...many, lang: 'en' }, 1000)).toMatch(/\[…and \d+ more\]\(https:\/\/board\.example\/\)$/);
	});
});
