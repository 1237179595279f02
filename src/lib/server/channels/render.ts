// A digest as text for each medium (plain text, Markdown, HTML): the same sections, items and links
// everywhere. Item text is plain (narrative.ts builds no markup); it is escaped here for each context.
import { fill, t } from '../../format/messages';
import { digestSections, provenanceMark, type Digest, type DigestItem } from '../digest';

/** An item's sentence, with "newly behind" and a demo/derived mark when the sentence lacks one. */
export function itemLine(d: Digest, i: DigestItem): string {
	const newly = i.newlyBehind ? `[${t('digest.newlyBehind', d.lang)}] ` : '';
	return `${newly}${i.text}${provenanceMark(i, d.lang)}`;
}

/** Whose indicators the digest covers: the followed ones (as many as it names) or all. */
export function scopeLine(d: Digest): string {
	return d.scope === 'followed' ? fill('digest.scopeFollowed', d.lang, { n: new Set(d.items.map((i) => i.indicator)).size }) : t('digest.scopeAll', d.lang);
}

export function digestText(d: Digest): string {
	const out: string[] = [d.subject, scopeLine(d), ''];
	for (const s of digestSections(d)) {
		out.push(`【${s.title}】`);
		for (const i of s.items) out.push(`- ${itemLine(d, i)}`, `  ${t('digest.open', d.lang)}: ${i.href}`);
		out.push('');
	}
	return out.join('\n');
}

/** Markdown link text and targets must not break the link syntax. */
const mdText = (s: string) => s.replace(/([\\[\]*_`#>])/g, '\\$1');
const mdUrl = (s: string) => s.replace(/[()\s]/g, encodeURIComponent);

/** Markdown lines (a title line, then one per section heading and item), for robots to cut to their limit. */
export function digestMarkdownLines(d: Digest): { title: string; lines: string[] } {
	const lines: string[] = [];
	for (const s of digestSections(d)) {
		lines.push(`**${mdText(s.title)}**`);
		for (const i of s.items) lines.push(`- ${mdText(itemLine(d, i))} [${mdText(t('digest.open', d.lang))}](${mdUrl(i.href)})`);
	}
	return { title: d.subject, lines };
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The HTML part; `charts` are content ids of inline PNGs with their text alternatives. */
export function digestHtml(d: Digest, charts: { cid: string; alt: string }[]): string {
	const parts: string[] = [
		`<!doctype html><html lang="${d.lang}"><head><meta charset="utf-8"><title>${esc(d.subject)}</title></head>`,
		`<body style="font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;color:#1f2328;max-width:640px">`,
		`<h1 style="font-size:20px">${esc(d.subject)}</h1>`
	];
	for (const s of digestSections(d)) {
		parts.push(`<h2 style="font-size:16px">${esc(s.title)}</h2><ul>`);
		for (const i of s.items) parts.push(`<li>${esc(itemLine(d, i))} <a href="${esc(i.href)}">${esc(t('digest.open', d.lang))}</a></li>`);
		parts.push('</ul>');
	}
	for (const c of charts) parts.push(`<p><img src="cid:${esc(c.cid)}" alt="${esc(c.alt)}" width="600" style="max-width:100%;height:auto"></p>`);
	parts.push('</body></html>');
	return parts.join('\n');
}
