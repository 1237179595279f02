import { getStore } from '$lib/server/app';
import { overview } from '$lib/server/overview';
import type { PageServerLoad } from './$types';

export const load = (async ({ url }) => {
	const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'zh-CN';
	return { lang, items: await overview(getStore()), version: await getStore().dataVersion() };
}) satisfies PageServerLoad;
