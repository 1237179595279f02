import type { Handle, ServerInit } from '@sveltejs/kit';
import { initApp } from '$lib/server/app';
import { LANG_COOKIE, fromAcceptLanguage, parseLang } from '$lib/format/lang';

export const init: ServerInit = async () => {
	await initApp();
};

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.user = null; // sessions land with the accounts issue (#6)
	const asked = parseLang(event.url.searchParams.get('lang'));
	if (asked) event.cookies.set(LANG_COOKIE, asked, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', httpOnly: true });
	event.locals.lang = asked ?? parseLang(event.cookies.get(LANG_COOKIE)) ?? fromAcceptLanguage(event.request.headers.get('accept-language')) ?? 'zh-CN';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.lang) });
};
