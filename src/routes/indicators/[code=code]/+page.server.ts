import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { periodLabel } from '$lib/domain/period';
import { narrate } from '$lib/format/narrative';
import { chartSvg } from '$lib/server/chart-svg';
import { getStore } from '$lib/server/app';
import { oneSeries } from '$lib/server/dashboard';
import type { PageServerLoad } from './$types';

const optionsSchema = z.object({
	year: z.coerce.number().int().min(1900).max(2100).nullable().catch(null),
	overlay: z.coerce.number().int().min(1900).max(2100).nullable().catch(null)
});

export const load = (async ({ params, url, locals }) => {
	const found = await oneSeries(getStore(), params.code);
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
		}
	};
}) satisfies PageServerLoad;
