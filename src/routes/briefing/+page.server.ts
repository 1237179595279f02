// /briefing: choose indicators and a year, get an A4 page (print to PDF) and a Word file of the same.
import { requireRole } from '$lib/server/auth/guard';
import { getStore } from '$lib/server/app';
import { briefingDate, briefingTitle, buildBriefing, parseBriefingQuery } from '$lib/server/briefing';
import { catalogPage, dataYears, namesOf } from '$lib/server/dashboard';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	requireRole(event, 'viewer');
	const lang = event.locals.lang;
	const store = getStore();
	const parsed = parseBriefingQuery(event.url.searchParams);
	// The picker lists the chosen indicators and one page of the catalog (a search narrows it): a city's
	// catalog holds thousands of indicators.
	const find = (event.url.searchParams.get('find') ?? '').trim().slice(0, 100);
	const [years, list, chosen] = await Promise.all([dataYears(store), catalogPage(store, { search: find || null, page: 1 }), namesOf(store, parsed.ok ? parsed.value.codes : [])]);
	const chosenCodes = new Set(chosen.map((c) => c.code));
	const choices = [...chosen, ...list.rows.filter((r) => !chosenCodes.has(r.code))].map((n) => ({ code: n.code, name: lang === 'en' && n.nameEn ? n.nameEn : n.nameZh }));
	const more = list.total - list.rows.length;
	const picker = { find, more };
	if (!parsed.ok) return { lang, choices, picker, years, error: parsed.error, query: null, briefing: null, title: briefingTitle(lang, null), date: briefingDate(lang), wordHref: null };
	const q = parsed.value;
	const briefing = q.codes.length ? await buildBriefing(store, q, lang) : null;
	const word = new URLSearchParams(event.url.searchParams);
	word.set('lang', lang);
	return { lang, choices, picker, years, error: null, query: q, briefing, title: briefingTitle(lang, briefing?.year ?? null), date: briefingDate(lang), wordHref: briefing?.items.length ? `/briefing/word?${word}` : null };
}) satisfies PageServerLoad;
