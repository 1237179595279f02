import type { Handle, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { initApp, getStore } from '$lib/server/app';
import { currentUser } from '$lib/server/auth/session';
import { LANG_COOKIE, fromAcceptLanguage, parseLang } from '$lib/format/lang';

export const init: ServerInit = async () => {
	await initApp();
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Cross-site requests that could change data are refused, whatever their content type. SvelteKit's
 * own check (kept on) covers form content types; this one also covers JSON, PUT/DELETE and requests
 * that carry no Origin at all (those need a same-origin Sec-Fetch-Site instead). */
const sameOrigin: Handle = async ({ event, resolve }) => {
	if (!SAFE_METHODS.has(event.request.method)) {
		const h = event.request.headers;
		const origin = h.get('origin');
		const ok = origin ? origin === event.url.origin : h.get('sec-fetch-site') === 'same-origin';
		if (!ok)
			return new Response('跨站请求已被拒绝 / Cross-site request refused', { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	}
	return resolve(event);
};

const language: Handle = async ({ event, resolve }) => {
	const asked = parseLang(event.url.searchParams.get('lang'));
	if (asked) event.cookies.set(LANG_COOKIE, asked, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', httpOnly: true });
	event.locals.lang = asked ?? parseLang(event.cookies.get(LANG_COOKIE)) ?? fromAcceptLanguage(event.request.headers.get('accept-language')) ?? 'zh-CN';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.lang) });
};

/** Pages a user who must change their password may still reach. */
const PASSWORD_CHANGE_PATHS = new Set(['/account', '/logout', '/login']);

const session: Handle = async ({ event, resolve }) => {
	event.locals.user = await currentUser(getStore(), event.cookies);
	const user = event.locals.user;
	if (user?.mustChangePassword && !PASSWORD_CHANGE_PATHS.has(event.url.pathname)) {
		if (event.request.method === 'GET' && (event.request.headers.get('accept') ?? '').includes('text/html'))
			return new Response(null, { status: 303, headers: { location: '/account?required=1' } });
		return new Response('请先修改密码 / Change your password first', { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	}
	return resolve(event);
};

/** Headers on every response. Embeds (/embed/…) set their own frame-ancestors; nothing else may be framed. */
const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const h = response.headers;
	const set = (name: string, value: string) => {
		try {
			h.set(name, value);
		} catch {
			/* immutable headers (e.g. a fetched response): leave them */
		}
	};
	set('x-content-type-options', 'nosniff');
	set('referrer-policy', 'no-referrer');
	if (!event.url.pathname.startsWith('/embed/')) {
		set('x-frame-options', 'DENY');
		const csp = h.get('content-security-policy');
		if (!csp?.includes('frame-ancestors')) set('content-security-policy', csp ? `${csp}; frame-ancestors 'none'` : "frame-ancestors 'none'");
	}
	if (event.locals.user && !h.has('cache-control')) set('cache-control', 'private, no-store');
	return response;
};

export const handle = sequence(securityHeaders, sameOrigin, language, session);
