import { z } from 'zod';
import { getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import { overview } from '$lib/server/dashboard';
import type { PageServerLoad } from './$types';

// Filters live in the URL; anything unexpected falls back to the default instead of erroring.
const filterSchema = z.object({
	year: z.coerce.number().int().min(1900).max(2100).nullable().catch(null),
	category: z.string().max(50).nullable().catch(null),
	item: z.coerce.number().int().min(1).max(11).nullable().catch(null),
	group: z.enum(['category', 'item']).catch('category'),
	sort: z.enum(['default', 'behind']).catch('default')
});

export const load = (async (event) => {
	const { url, locals } = event;
	const store = getStore();
	// Without a sign-in only the indicators an admin made public are shown (none public: sign in).
	const open = locals.user ? null : new Set(await store.publicIndicators());
	if (open && open.size === 0) requireRole(event, 'viewer');
	const q = url.searchParams;
	const f = filterSchema.parse({
		year: q.get('year') || null,
		category: q.get('category') || null,
		item: q.get('item') || null,
		group: q.get('group') ?? 'category',
		sort: q.get('sort') ?? 'default'
	});
	const o = await overview(store, { year: f.year, category: f.category, item: f.item, sort: f.sort, lang: locals.lang, only: open });
	return { filter: { ...f, year: o.year }, years: o.years, categories: o.categories, cards: o.cards, version: o.version, publicOnly: open !== null };
}) satisfies PageServerLoad;

// The overview needs no JavaScript: filters are a GET form and sparklines are static SVG. Shipping none
// keeps it light on phones and avoids serialising every card a second time for hydration.
export const csr = false;
