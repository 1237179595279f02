// The briefing as a .docx: the same model as the A4 page, built on request.
import { error } from '@sveltejs/kit';
import { getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import { briefingDate, briefingTitle, buildBriefing, parseBriefingQuery } from '$lib/server/briefing';
import { briefingDocx } from '$lib/server/briefing-docx';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'viewer');
	const lang = event.locals.lang;
	const parsed = parseBriefingQuery(event.url.searchParams);
	if (!parsed.ok) error(400, parsed.error);
	const briefing = await buildBriefing(getStore(), parsed.value, lang);
	if (!briefing.items.length) error(400, '请至少选择一个指标 / Choose at least one indicator');
	const title = briefingTitle(lang, briefing.year);
	const bytes = await briefingDocx(briefing, lang, title, briefingDate(lang));
	const ascii = `briefing${briefing.year ? `-${briefing.year}` : ''}.docx`;
	return new Response(new Uint8Array(bytes), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(`${title}.docx`)}`,
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
};
