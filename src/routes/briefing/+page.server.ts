// /briefing: choose indicators and a year, get an A4 page (print to PDF) and a Word file of the same.
import { requireRole } from '$lib/server/auth/guard';
import { getStore } from '$lib/server/app';
import { briefingDate, briefingTitle, buildBriefing, parseBriefingQuery } from '$lib/server/briefing';
import { catalog } from '$lib/server/dashboard';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	requireRole(event, 'viewer');
	const lang = event.locals.lang;
	const store = getStore();
	const { names, years } = await catalog(store);
	const choices = names.map((n) => ({ code: n.code, name: lang === 'en' && n.nameEn ? n.nameEn : n.nameZh }));
	const parsed = parseBriefingQuery(event.url.searchParams);
	if (!parsed.ok) return { lang, choices, years, error: parsed.error, query: null, briefing: null, title: briefingTitle(lang, null), date: briefingDate(lang), wordHref: null };
	const q = parsed.value;
	const briefing = q.codes.length ? await buildBriefing(store, q, lang) : null;
	const word = new URLSearchParams(event.url.searchParams);
	word.set('lang', lang);
	return { lang, choices, years, error: null, query: q, briefing, title: briefingTitle(lang, briefing?.year ?? null), date: briefingDate(lang), wordHref: briefing?.items.length ? `/briefing/word?${word}` : null };
}) satisfies PageServerLoad;
