import { z } from 'zod';
import { overviewCards, toCardView, yearsOf } from '$lib/domain/cards';
import { getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import { allSeries } from '$lib/server/dashboard';
import { chartText } from '$lib/server/chart-svg';
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
	const all = await allSeries(store);
	const version = all.version;
	const series = open ? all.series.filter((s) => open.has(s.indicator.code)) : all.series;
	const years = yearsOf(series);
	const year = f.year ?? years[0] ?? null;
	const cards = overviewCards(series, { year, category: f.category, item: f.item, sort: f.sort }).map((c) => {
		// Sparklines are images from /charts/CODE.svg (cached, 304 when unchanged): the page stays small.
		const spark = c.series.rows.length >= 2 ? chartText(c.series, 'sparkline', locals.lang, version) : null;
		return toCardView(c, spark === null ? null : { src: `/charts/${c.series.indicator.code}.svg?kind=sparkline&lang=${locals.lang}&v=${version}`, label: spark });
	});
	const categories = [...new Set(series.map((s) => s.indicator.category))];
	return { filter: { ...f, year }, years, categories, cards, version, publicOnly: open !== null };
}) satisfies PageServerLoad;

// The overview needs no JavaScript: filters are a GET form and sparklines are static SVG. Shipping none
// keeps it light on phones and avoids serialising every card a second time for hydration.
export const csr = false;
