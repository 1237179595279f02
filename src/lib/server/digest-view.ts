// A digest as plain data for the preview on /account: the same subject, sections, sentences, marks and links
// every channel sends (render.ts), and the Markdown a group robot receives, cut as 企业微信 cuts it.
import { EMAIL_CHARTS } from './channels/email';
import { itemLine, scopeLine } from './channels/render';
import { cutMarkdown, WECOM_MAX_BYTES } from './channels/robots';
import { digestSections, type Digest } from './digest';

export interface DigestView {
	subject: string;
	scope: string;
	sections: { title: string; items: { line: string; href: string }[] }[];
	/** Nothing to say: such a digest is not sent. */
	empty: boolean;
	robotText: string;
	charts: number;
}

export function digestView(d: Digest): DigestView {
	return {
		subject: d.subject,
		scope: scopeLine(d),
		sections: digestSections(d).map((s) => ({
			title: s.title,
			items: s.items.map((i) => ({ line: itemLine(d, i), href: i.href }))
		})),
		empty: d.items.length === 0,
		robotText: cutMarkdown(d, WECOM_MAX_BYTES),
		charts: Math.min(EMAIL_CHARTS, new Set(d.items.map((i) => i.indicator)).size)
	};
}
