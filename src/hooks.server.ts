import type { Handle, ServerInit } from '@sveltejs/kit';
import { initApp } from '$lib/server/app';

export const init: ServerInit = async () => {
	await initApp();
};

export const handle: Handle = async ({ event, resolve }) => {
	const lang = event.url.searchParams.get('lang') === 'en' ? 'en' : 'zh-CN';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
