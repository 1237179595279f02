// Admin: which indicators anyone may see without signing in (overview card, indicator page, chart
// pictures and embeds). Everything else needs a sign-in or a signed link.
import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { getStore } from '$lib/server/app';
import { audit } from '$lib/server/auth/audit';
import { requireRole } from '$lib/server/auth/guard';
import { catalogPage } from '$lib/server/dashboard';
import { definition } from '$lib/server/db/common/derived';
import type { Actions, PageServerLoad } from './$types';

// A page of the catalog at a time, searchable: a city's catalog holds thousands of indicators.
const querySchema = z.object({ q: z.string().trim().max(100).catch(''), page: z.coerce.number().int().min(1).max(100_000).catch(1) });

export const load = (async (event) => {
	requireRole(event, 'admin');
	const store = getStore();
	const { q, page } = querySchema.parse({ q: event.url.searchParams.get('q') ?? '', page: event.url.searchParams.get('page') ?? 1 });
	const [list, open] = await Promise.all([catalogPage(store, { search: q || null, page }), store.publicIndicators()]);
	const isPublic = new Set(open);
	return {
		q,
		page: list.page,
		pages: list.pages,
		total: list.total,
		indicators: list.rows.map((i) => ({ ...i, public: isPublic.has(i.code) }))
	};
}) satisfies PageServerLoad;

export const actions = {
	set: async (event) => {
		requireRole(event, 'admin');
		const form = await event.request.formData();
		const code = String(form.get('code') ?? '');
		const value = form.get('public');
		const store = getStore();
		if ((value !== '1' && value !== '0') || !(await definition(store.sql, code)))
			return fail(400, { error: '指标或取值无效 / Invalid indicator or value' });
		await store.setIndicatorPublic(code, value === '1', event.locals.user!.username);
		await audit(store, event, 'public_flag', code, { public: value === '1' });
		return { done: code };
	}
} satisfies Actions;
