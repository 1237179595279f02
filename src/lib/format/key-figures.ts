// The figures and sources that travel with a chart outside the app (embeds, the briefing, Word): one
// table per indicator and year, as plain text cells, so every output shows the same numbers.
import type { Provenance } from '../domain/model';
import { periodLabel } from '../domain/period';
import type { IndicatorSeries } from '../domain/series';
import { t, type Lang } from './messages';
import { formatGrowth, formatPercent, formatQuantity } from './number';

export interface KeyFigureRow {
	key: string;
	period: string;
	value: string;
	yoy: string;
	ytd: string;
	completion: string;
	provenance: Provenance;
	/** "演示数据" / "Demo data" etc. for non-reported rows, '' for reported ones. */
	mark: string;
}

export interface KeyFigures {
	columns: [period: string, value: string, yoy: string, ytd: string, completion: string];
	rows: KeyFigureRow[];
}

const DASH = '—';

/** The year's rows (holidays and intervals included, in period order) with value, 同比, 累计 and 完成率. */
export function keyFigures(series: IndicatorSeries, year: number | null, lang: Lang): KeyFigures {
	const unit = series.indicator.unit;
	const rows = series.rows
		.filter((r) => year === null || r.period.year === year)
		.map((r) => ({
			key: r.period.key,
			period: periodLabel(r.period, lang),
			value: formatQuantity(r.value, unit, r.qualifier, lang),
			yoy: r.yoy === null ? DASH : formatGrowth(r.yoy, lang),
			ytd: r.ytd ? formatQuantity(r.ytd.value, unit, null, lang) : DASH,
			completion: r.completion === null ? DASH : formatPercent(r.completion, lang),
			provenance: r.provenance,
			mark: r.provenance === 'reported' ? '' : t(`provenance.${r.provenance}`, lang)
		}));
	return { columns: [t('col.period', lang), t('col.value', lang), t('col.yoy', lang), t('col.ytd', lang), t('col.completion', lang)], rows };
}

export interface SourceGroup {
	/** The periods quoting this source, joined as the language lists them. */
	periods: string;
	provenance: Provenance | 'target';
	source: string;
}

/** Each distinct source quote of the year's figures and targets once, with the periods that cite it. */
export function sourcesOf(series: IndicatorSeries, year: number | null, lang: Lang): SourceGroup[] {
	const groups = new Map<string, { periods: string[]; provenance: SourceGroup['provenance']; source: string }>();
	const add = (provenance: SourceGroup['provenance'], source: string, period: string) => {
		if (!source) return;
		const k = `${provenance}\u0000${source}`;
		const g = groups.get(k) ?? { periods: [], provenance, source };
		g.periods.push(period);
		groups.set(k, g);
	};
	for (const r of series.rows) if (year === null || r.period.year === year) add(r.provenance, r.source, periodLabel(r.period, lang));
	for (const tg of series.targets) if (year === null || tg.period.year === year) add('target', tg.source, `${t('overview.target', lang)} ${periodLabel(tg.period, lang)}`);
	return [...groups.values()].map((g) => ({ ...g, periods: g.periods.join(lang === 'en' ? ', ' : '、') }));
}

/** Which kinds of non-reported figure these years hold (a "demo" / "derived" mark beside a chart of them). */
export function provenancesOf(series: IndicatorSeries, years: (number | null)[]): Set<Exclude<Provenance, 'reported'>> {
	const out = new Set<Exclude<Provenance, 'reported'>>();
	for (const r of series.rows) if (r.provenance !== 'reported' && years.includes(r.period.year)) out.add(r.provenance);
	return out;
}

/** The years a chart draws: a 同比 chart shows the year before (and an overlay year) beside the year. */
export function chartYears(kind: 'yoy' | 'cumulative' | 'sparkline', year: number | null, overlay: number | null = null): number[] {
	if (year === null) return [];
	return kind === 'yoy' ? [year, year - 1, ...(overlay === null ? [] : [overlay])] : [year];
}
