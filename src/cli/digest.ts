// npm run digest -- [--at ISO-TIME] [--since ISO-TIME] [--lang zh-CN|en] [--dry-run] [--json] [--to TARGET]...
// With --to: one digest of all indicators to each TARGET, an e-mail address, wecom:URL, dingtalk:URL or
// feishu:URL (a `secret=` parameter of a 钉钉 or 飞书 URL signs the request and is never sent).
// Without --to: every subscription's digest due at --at (default now), through the scheduler's own code
// (lib/server/scheduler.ts sendDue): claimed first, so a server's scheduler never sends it a second time.
import { parseArgs } from 'node:util';
import { deliver, describeTarget, parseTarget, type Delivery, type Target } from '../lib/server/channels/index';
import { digestText } from '../lib/server/channels/render';
import { loadConfig } from '../lib/server/config';
import { buildDigest } from '../lib/server/digest';
import { sendDue } from '../lib/server/scheduler';
import { EXIT_DATA, EXIT_OK, EXIT_USAGE, fatal, withStore } from './common';

const USAGE = `usage: npm run digest -- [--at ISO-TIME] [--since ISO-TIME] [--lang zh-CN|en] [--dry-run] [--json] [--to TARGET]...
  TARGET: name@example.cn | wecom:URL | dingtalk:URL[&secret=SEC…] | feishu:URL[?secret=…]
  without --to: sends every subscription's digest due at --at (default now)`;

function parse() {
	try {
		return parseArgs({
			options: {
				at: { type: 'string' },
				since: { type: 'string' },
				lang: { type: 'string' },
				'dry-run': { type: 'boolean' },
				json: { type: 'boolean' },
				to: { type: 'string', multiple: true },
				help: { type: 'boolean', short: 'h' }
			}
		});
	} catch (e) {
		fatal(`${(e as Error).message}\n${USAGE}`);
	}
}
const { values } = parse();
if (values.help) {
	process.stdout.write(`${USAGE}\n`);
	process.exit(EXIT_OK);
}
const time = (raw: string | undefined, name: string): Date | null => {
	if (raw === undefined) return null;
	const d = new Date(raw);
	if (Number.isNaN(d.getTime())) fatal(`--${name}: not an ISO time: ${raw}\n${USAGE}`);
	return d;
};
const at = time(values.at, 'at') ?? new Date();
const since = time(values.since, 'since');
const lang = values.lang === 'en' ? 'en' : values.lang === undefined || values.lang === 'zh-CN' ? 'zh-CN' : fatal(`--lang: zh-CN or en\n${USAGE}`);
const scheduled = !values.to || values.to.length === 0;
if (scheduled && (values.since !== undefined || values.lang !== undefined)) fatal(`--since and --lang go with --to (a subscription has its own)\n${USAGE}`, EXIT_USAGE);
const targets: Target[] = (values.to ?? []).map((raw) => parseTarget(raw) ?? fatal(`--to: not an e-mail address or wecom:/dingtalk:/feishu: URL: ${raw.replace(/secret=[^&]*/g, 'secret=…')}\n${USAGE}`));

let config;
try {
	config = loadConfig();
} catch (e) {
	fatal((e as Error).message);
}
const origin = config.ORIGIN ?? `http://localhost:${config.PORT}`;

if (scheduled) {
	await withStore(async (store) => {
		const sent = await sendDue(store, at, {
			timeZone: config.DIGEST_TIMEZONE,
			origin,
			mail: { smtpUrl: config.SMTP_URL, from: config.MAIL_FROM },
			dryRun: values['dry-run']
		});
		const failed = sent.filter((d) => !d.sent && d.errors);
		if (values.json) process.stdout.write(`${JSON.stringify({ digests: sent }, null, 2)}\n`);
		else {
			if (sent.length === 0) process.stdout.write(`${at.toISOString()}: 没有到期的摘要 / no digest due\n`);
			for (const d of sent) {
				const state = values['dry-run'] ? '(--dry-run) 未发送 / not sent' : d.sent ? '已发送 / sent' : d.errors ? '发送失败 / FAILED' : '无可报告事项,未发送 / nothing to report, not sent';
				process.stdout.write(`${state}: ${d.recipient} ${d.channel}${d.robot ? ` (${d.robot})` : ''} ${d.run}: ${d.items.length} ${d.subject}\n`);
			}
		}
		for (const d of failed) process.stderr.write(`发送失败 / delivery failed: ${d.recipient} ${d.channel}${d.robot ? ` (${d.robot})` : ''}: ${d.errors!.at(-1) ?? ''}\n`);
		process.exitCode = failed.length > 0 ? EXIT_DATA : EXIT_OK;
	});
} else await withStore(async (store) => {
	// One digest of all indicators (a --to target follows nothing), shared by every target.
	const digest = await buildDigest(store, { at, since, lang, origin });
	const deliveries: (Delivery | null)[] = [];
	for (const target of targets) {
		if (values['dry-run'] || digest.items.length === 0) deliveries.push(null);
		else deliveries.push(await deliver(store, digest, target, { smtpUrl: config.SMTP_URL, from: config.MAIL_FROM }));
	}
	const failed = deliveries.filter((d) => d && !d.sent);
	if (values.json) {
		const out = {
			digests: targets.map((target, k) => ({
				recipient: describeTarget(target),
				channel: target.channel,
				subject: digest.subject,
				at: digest.at,
				since: digest.since,
				items: digest.items,
				sent: deliveries[k]?.sent ?? false,
				...(deliveries[k] ? { attempts: deliveries[k]!.attempts, errors: deliveries[k]!.errors } : {})
			}))
		};
		process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
	} else {
		if (digest.items.length === 0) process.stdout.write(`${digest.subject}: 无可报告事项,未发送 / nothing to report, not sent\n`);
		else if (values['dry-run']) process.stdout.write(`${digestText(digest)}\n(--dry-run: 未发送 / nothing sent)\n`);
		for (const d of deliveries) if (d) process.stdout.write(`${d.sent ? '已发送 / sent' : '发送失败 / FAILED'}: ${d.recipient} (${d.attempts})\n`);
	}
	for (const d of failed) process.stderr.write(`发送失败 / delivery failed: ${d!.recipient} after ${d!.attempts} attempts: ${d!.errors.at(-1)}\n`);
	process.exitCode = failed.length > 0 ? EXIT_DATA : EXIT_OK;
});
