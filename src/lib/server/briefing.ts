// A briefing: chosen indicators for one year, each with its narrative, chart, key figures and sources.
// One model feeds the A4 page and the Word file, so both say the same thing.
import { z } from 'zod';
import { CHART_SIZE, chartTitle } from '../charts/index';
import { axisUnit } from '../charts/text';
import type { IndicatorSeries } from '../domain/series';
import { chartYears, keyFigures, provenancesOf, sourcesOf, type KeyFigures, type SourceGroup } from '../format/key-figures';
import { t, type Lang } from '../format/messages';
import { narrate } from '../format/narrative';
import { chartSvg } from './chart-svg';
import { oneSeries } from './dashboard';
import type { Store } from './db/store';

export const BRIEFING_KINDS = ['yoy', 'cumulative', 'both'] as const;
/** More would make a document nobody reads and a Word export that takes a while. */
export const MAX_BRIEFING_INDICATORS = 20;

const querySchema = z.object({
	codes: z.array(z.string()).max(MAX_BRIEFING_INDICATORS),
	year: z.coerce.number().int().min(1900).max(2100).nullable().catch(null),
	kind: z.enum(BRIEFING_KINDS).catch('yoy')
});
export type BriefingQuery = z.infer<typeof querySchema>;

/** ?i=CODE&i=CODE&year=2024&kind=yoy|cumulative|both; unknown codes are dropped later, duplicates now. */
export function parseBriefingQuery(q: URLSearchParams): { ok: true; value: BriefingQuery } | { ok: false; error: string } {
	const parsed = querySchema.safeParse({ codes: [...new Set(q.getAll('i'))], year: q.get('year') || null, kind: q.get('kind') ?? 'yoy' });
	if (!parsed.success) return { ok: false, error: `一份简报最多 ${MAX_BRIEFING_INDICATORS} 个指标 / At most ${MAX_BRIEFING_INDICATORS} indicators per briefing` };
	return { ok: true, value: parsed.data };
}

export interface BriefingChart {
	kind: 'yoy' | 'cumulative';
	title: string;
	svg: string;
	label: string;
	size: { width: number; height: number };
}

export interface BriefingItem {
	code: string;
	name: string;
	unit: string;
	narrative: string[];
	charts: BriefingChart[];
	figures: KeyFigures;
	sources: SourceGroup[];
	demo: boolean;
	derived: boolean;
}

export interface Briefing {
	year: number | null;
	/** The data version the figures come from (also the Word file's cache key). */
	version: number;
	items: BriefingItem[];
}

/** The newest regular row of the year (the one a narrative should speak about), or the series' latest. */
function rowOfYear(series: IndicatorSeries, year: number | null) {
	if (year === null) return series.latest ?? undefined;
	const rows = series.rows.filter((r) => r.period.year === year && r.period.kind !== 'holiday' && r.period.kind !== 'interval');
	return rows.at(-1) ?? series.rows.filter((r) => r.period.year === year).at(-1);
}

export async function buildBriefing(store: Store, q: BriefingQuery, lang: Lang): Promise<Briefing> {
	const found = new Map<string, { version: number; series: IndicatorSeries }>();
	for (const code of q.codes) {
		const one = await oneSeries(store, code);
		if (one) found.set(code, one);
	}
	const version = Math.max(0, ...[...found.values()].map((f) => f.version));
	const kinds = q.kind === 'both' ? (['yoy', 'cumulative'] as const) : ([q.kind] as const);
	const items = q.codes.flatMap((code) => {
		const one = found.get(code);
		if (!one) return [];
		const s = one.series;
		const row = rowOfYear(s, q.year);
		const year = q.year ?? row?.period.year ?? null;
		const marks = provenancesOf(s, kinds.flatMap((k) => chartYears(k, year)));
		return [
			{
				code,
				name: lang === 'en' && s.indicator.nameEn ? s.indicator.nameEn : s.indicator.nameZh,
				unit: axisUnit(s.indicator.unit, lang),
				narrative: row ? narrate(s, lang, row) : q.year === null || !s.latest ? narrate(s, lang) : [t('embed.noData', lang)],
				charts: kinds.map((kind) => {
					const c = chartSvg(s, kind, { lang, version: one.version, year, dark: false });
					return { kind, title: chartTitle(s, kind, lang), svg: c.svg, label: c.label, size: CHART_SIZE[kind] };
				}),
				figures: keyFigures(s, year, lang),
				sources: sourcesOf(s, year, lang),
				demo: marks.has('demo'),
				derived: marks.has('derived')
			}
		];
	});
	return { year: q.year, version, items };
}

/** "2024年11月27日" / "27 November 2024": the date line under the briefing's title. */
export function briefingDate(lang: Lang, now = new Date()): string {
	return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Shanghai' }).format(now);
}

/** "整改成效简报(2024)" / "Progress briefing (2024)": the page heading and the Word file's title. */
export function briefingTitle(lang: Lang, year: number | null): string {
	const base = t('briefing.title', lang);
	return year === null ? base : lang === 'en' ? `${base} (${year})` : `${base}(${year})`;
}
