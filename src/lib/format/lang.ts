// Which language a request gets: ?lang= (remembered in a cookie), then the cookie, then Accept-Language; zh-CN by default.
import type { Lang } from './messages';

export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
export const LANG_COOKIE = 'lang';

export function parseLang(value: string | null | undefined): Lang | null {
	if (!value) return null;
	const v = value.trim().toLowerCase();
	if (v === 'en' || v.startsWith('en-')) return 'en';
	if (v === 'zh' || v.startsWith('zh')) return 'zh-CN';
	return null;
}

/** The first supported language in an Accept-Language header, by its q weights. */
export function fromAcceptLanguage(header: string | null): Lang | null {
	if (!header) return null;
	const ranked = header
		.split(',')
		.map((part, i) => {
			const [tag, ...params] = part.trim().split(';');
			const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
			return { tag: tag ?? '', q: q === undefined ? 1 : Number(q), i };
		})
		.filter((x) => x.q > 0)
		.sort((a, b) => b.q - a.q || a.i - b.i);
	for (const r of ranked) {
		const lang = parseLang(r.tag);
		if (lang) return lang;
	}
	return null;
}
