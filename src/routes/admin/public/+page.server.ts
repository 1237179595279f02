// Admin: which indicators anyone may see without signing in (overview card, indicator page, chart
// pictures and embeds). Everything else needs a sign-in or a signed link.
import { fail } from '@sveltejs/kit';
import { getStore } from '$lib/server/app';
import { audit } from '$lib/server/auth/audit';
import { requireRole } from '$lib/server/auth/guard';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	requireRole(event, 'admin');
	const store = getStore();
	const [indicators, open] = await Promise.all([store.indicators(), store.publicIndicators()]);
	const isPublic = new Set(open);
	return {
		indicators: indicators.map((i) => ({ code: i.code, nameZh: i.nameZh, nameEn: i.nameEn, category: i.category, public: isPublic.has(i.code) }))
	};
}) satisfies PageServerLoad;

export const actions = {
	set: async (event) => {
		requireRole(event, 'admin');
		const form = await event.request.formData();
		const code = String(form.get('code') ?? '');
		const value = form.get('public');
		const store = getStore();
		if ((value !== '1' && value !== '0') || !(await store.indicators()).some((i) => i.code === code))
			return fail(400, { error: '指标或取值无效 / Invalid indicator or value' });
		await store.setIndicatorPublic(code, value === '1', event.locals.user!.username);
		await audit(store, event, 'public_flag', code, { public: value === '1' });
		return { done: code };
	}
} satisfies Actions;
