// Who may see a chart picture or an embed: a signed-in viewer, anyone holding a valid signed link, or
// anyone at all when an admin made the indicator public. Embeds work without any cookie (third-party
// iframes drop SameSite cookies), so the signature or the public flag is what lets them through there.
import { error } from '@sveltejs/kit';
import { requireRole } from './auth/guard';
import { hasRole } from './auth/roles';
import type { EmbedLink, Store } from './db/store';
import { SIG_PARAM, verifySignedUrl } from './signed-links';

interface AccessEvent {
	locals: App.Locals;
	url: URL;
	request: Request;
}

export type ChartAccess = { by: 'user' } | { by: 'signature'; link: EmbedLink } | { by: 'public' };

const REFUSED = {
	signature: '链接签名无效(链接可能被修改过) / This link’s signature is not valid (the link was changed)',
	expired: '链接已过期 / This link has expired',
	revoked: '链接已被撤销 / This link was revoked'
} as const;

/**
 * Throws 403 for a bad, expired or revoked signature (even for a signed-in user: a broken link should
 * look broken to whoever tests it), 401 (or /login for a page, unless `page: 'embed'`) for nobody.
 */
export async function requireChartAccess(event: AccessEvent, store: Store, code: string, opts: { embed?: boolean } = {}): Promise<ChartAccess> {
	if (event.url.searchParams.has(SIG_PARAM)) {
		const verdict = await verifySignedUrl(store, event.url);
		if (!verdict.ok) error(403, REFUSED[verdict.reason]);
		if (verdict.link.indicator !== code) error(403, REFUSED.signature);
		return { by: 'signature', link: verdict.link };
	}
	if (hasRole(event.locals.user, 'viewer')) return { by: 'user' };
	if (await store.isIndicatorPublic(code)) return { by: 'public' };
	// An iframe cannot show the login page (frame-ancestors 'none' there), so an embed says why instead.
	if (opts.embed) error(401, '此图表需要登录或签名链接 / This chart needs a sign-in or a signed link');
	requireRole(event, 'viewer');
	return { by: 'user' };
}
