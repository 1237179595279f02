// Digests by e-mail through nodemailer: an HTML and a plain-text part, and the charts of the top items as
// inline PNGs (the same renderer as /charts/CODE.png). SMTP_URL carries the credentials.
import nodemailer from 'nodemailer';
import type { Store } from '../db/store';
import { chartSvg } from '../chart-svg';
import { svgToPng } from '../chart-png';
import { oneSeries } from '../dashboard';
import type { Digest } from '../digest';
import { digestHtml, digestText } from './render';

/** Charts attached per e-mail: the first indicators the digest names. */
export const EMAIL_CHARTS = 3;

export interface MailMessage {
	subject: string;
	text: string;
	html: string;
	attachments: { filename: string; content: Buffer; contentType: 'image/png'; cid: string }[];
}

/** Builds the message (without sending), so a dry run and the tests see exactly what would go. */
export async function digestMail(store: Store, d: Digest): Promise<MailMessage> {
	const codes = [...new Set(d.items.map((i) => i.indicator))].slice(0, EMAIL_CHARTS);
	const charts: { cid: string; alt: string; png: Buffer; code: string }[] = [];
	for (const code of codes) {
		const found = await oneSeries(store, code);
		if (!found) continue;
		const kind = found.series.targets.length > 0 ? 'cumulative' : 'yoy';
		const svg = chartSvg(found.series, kind, { lang: d.lang, version: found.version, dark: false, title: true });
		charts.push({ cid: `chart-${code}@outcome-board`, alt: svg.label, png: await svgToPng(svg.svg), code });
	}
	return {
		subject: d.subject,
		text: digestText(d),
		html: digestHtml(d, charts),
		attachments: charts.map((c) => ({ filename: `${c.code}.png`, content: c.png, contentType: 'image/png', cid: c.cid }))
	};
}

/** Sends one message; throws on any SMTP error (bad password, refused connection) for the retry to see. */
export async function sendMail(smtpUrl: string, from: string, to: string, m: MailMessage): Promise<void> {
	const transport = nodemailer.createTransport(smtpUrl);
	try {
		await transport.sendMail({ from, to, subject: m.subject, text: m.text, html: m.html, attachments: m.attachments });
	} finally {
		transport.close();
	}
}
