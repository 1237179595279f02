import { z } from 'zod';
import { CARD_STATUSES } from '$lib/domain/cards';
import { getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import { overview, PAGE_SIZE } from '$lib/server/dashboard';
import { followAction } from '$lib/server/follows';
import type { Actions, PageServerLoad } from './$types';

// Filters, search, status and page live in the URL; anything unexpected falls back to the default
// instead of erroring.
const filterSchema = z.object({
	year: z.coerce.number().int().min(1900).max(2100).nullable().catch(null),
	category: z.string().max(50).nullable().catch(null),
	item: z.coerce.number().int().min(1).max(11).nullable().catch(null),
	q: z.string().trim().max(100).nullable().catch(null),
	status: z.enum(CARD_STATUSES).nullable().catch(null),
	group: z.enum(['category', 'item']).catch('category'),
	sort: z.enum(['default', 'behind']).catch('default'),
	page: z.coerce.number().int().min(1).max(100_000).catch(1),
	followed: z.literal('1').nullable().catch(null)
});

export const load = (async (event) => {
	const { url, locals } = event;
	const store = getStore();
	// Without a sign-in only the indicators an admin made public are shown (none public: sign in).
	const publicOnly = !locals.user;
	if (publicOnly && (await store.publicIndicators()).length === 0) requireRole(event, 'viewer');
	const p = url.searchParams;
	const f = filterSchema.parse({
		year: p.get('year') || null,
		category: p.get('category') || null,
		item: p.get('item') || null,
		q: p.get('q') || null,
		status: p.get('status') || null,
		group: p.get('group') ?? 'category',
		sort: p.get('sort') ?? 'default',
		page: p.get('page') ?? 1,
		followed: p.get('followed')
	});
	const { followed, ...query } = f;
	const userId = locals.user?.id ?? null;
	const followedOnly = followed === '1' && userId !== null;
	const o = await overview(store, { ...query, q: f.q || null, lang: locals.lang, publicOnly, userId, followedOnly });
	return {
		filter: { ...query, year: o.year, page: o.page, followed: followedOnly },
		signedIn: userId !== null,
		years: o.years,
		categories: o.categories,
		counts: o.counts,
		total: o.total,
		pages: o.pages,
		pageSize: PAGE_SIZE,
		cards: o.cards,
		version: o.version,
		publicOnly
	};
}) satisfies PageServerLoad;

export const actions = {
	/** Follow or unfollow from a card: a plain POST form, then back to the overview as it was. */
	follow: followAction
} satisfies Actions;

// The overview needs no JavaScript: filters are a GET form, status counts and pages are links, and
// sparklines are static SVG. Shipping none keeps it light on phones.
export const csr = false;
