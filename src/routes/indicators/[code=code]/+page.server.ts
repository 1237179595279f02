import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { periodLabel } from '$lib/domain/period';
import { narrate } from '$lib/format/narrative';
import { chartSvg } from '$lib/server/chart-svg';
import { getStore } from '$lib/server/app';
import { oneSeries } from '$lib/server/dashboard';
import { audit } from '$lib/server/auth/audit';
import { requireRole } from '$lib/server/auth/guard';
import { hasRole } from '$lib/server/auth/roles';
import { createEmbedLink, listEmbedLinks, newLinkSchema } from '$lib/server/embed-links';
import { followAction } from '$lib/server/follows';
import { requireChartAccess } from '$lib/server/chart-access';
import type { Actions, PageServerLoad } from './$types';

const optionsSchema = z.object({
	year: z.coerce.number().int().min(1900).max(2100).nullable().catch(null),
	overlay: z.coerce.number().int().min(1900).max(2100).nullable().catch(null)
});

export const load = (async (event) => {
	const { params, url, locals } = event;
	const store = getStore();
	// Signed-in viewers see every indicator; anyone else only those an admin made public, or one a valid
	// signed link (a digest's) names.
	await requireChartAccess(event, store, params.code);
	const found = await oneSeries(store, params.code);
	if (!found) error(404, locals.lang === 'en' ? `No indicator "${params.code}"` : `没有指标“${params.code}”`);
	const { series, version } = found;
	const opts = optionsSchema.parse({ year: url.searchParams.get('year') || null, overlay: url.searchParams.get('overlay') || null });
	const years = [...new Set(series.rows.map((r) => r.period.year))].sort((a, b) => b - a);
	const year = opts.year ?? series.latest?.period.year ?? years[0] ?? null;
	const label = (p: Parameters<typeof periodLabel>[0]) => ({ zh: periodLabel(p, 'zh-CN'), en: periodLabel(p, 'en') });
	return {
		version,
		indicator: series.indicator,
		year,
		overlay: opts.overlay,
		years,
		rows: series.rows.map((r) => ({
			period: { key: r.period.key, ...label(r.period) },
			value: r.value,
			qualifier: r.qualifier,
			provenance: r.provenance,
			yoy: r.yoy,
			yoyReported: r.yoyReported,
			pop: r.pop,
			ytd: r.ytd && { value: r.ytd.value, from: r.ytd.from },
			target: r.target,
			completion: r.completion,
			timeProgress: r.timeProgress,
			status: r.status,
			source: r.source,
			note: r.note
		})),
		targets: series.targets.map((t) => ({ ...t, period: { key: t.period.key, ...label(t.period) } })),
		latestKey: series.latest?.period.key ?? null,
		narrative: narrate(series, locals.lang),
		// The series itself goes to the browser so the interactive chart is built by the same builder.
		series,
		charts: {
			yoy: chartSvg(series, 'yoy', { lang: locals.lang, version, year, overlayYear: opts.overlay }),
			cumulative: chartSvg(series, 'cumulative', { lang: locals.lang, version, year })
		},
		// The star: null for a visitor without a sign-in (nothing to follow with).
		followed: locals.user ? await store.follows.isFollowing(locals.user.id, params.code) : null,
		back: url.pathname + url.search,
		// The embed / export panel: absolute URLs for snippets, and signed links for analysts only.
		embed: {
			origin: url.origin,
			isPublic: await store.isIndicatorPublic(params.code),
			canLink: hasRole(locals.user, 'analyst'),
			links: hasRole(locals.user, 'analyst') ? await listEmbedLinks(store, params.code) : []
		}
	};
}) satisfies PageServerLoad;

export const actions = {
	follow: followAction,
	createLink: async (event) => {
		const user = requireRole(event, 'analyst');
		const values = Object.fromEntries(await event.request.formData());
		const parsed = newLinkSchema.safeParse(values);
		if (!parsed.success) {
			return fail(400, {
				link: { values, error: '链接参数有误(有效期 1–366 天) / Invalid link settings (expiry 1–366 days)', issues: parsed.error.issues.map((i) => i.path.join('.')) }
			});
		}
		const store = getStore();
		if (!(await oneSeries(store, event.params.code))) error(404, '没有该指标 / No such indicator');
		const href = await createEmbedLink(store, event.params.code, parsed.data, user.username);
		await audit(store, event, 'link_create', event.params.code, { kind: parsed.data.kind, days: parsed.data.days });
		return { link: { created: href } };
	},
	revokeLink: async (event) => {
		const user = requireRole(event, 'analyst');
		const id = String((await event.request.formData()).get('id') ?? '');
		if (!id) return fail(400, { revoke: { error: '缺少链接编号 / Which link? (id missing)' } });
		const link = await getStore().embedLink(id);
		if (!link || link.indicator !== event.params.code) return fail(404, { revoke: { error: '没有该链接 / No such link' } });
		await getStore().revokeEmbedLink(id, user.username);
		await audit(getStore(), event, 'link_revoke', event.params.code, { link: id });
		return { revoke: { revoked: id } };
	}
} satisfies Actions;
