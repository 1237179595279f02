// What the overview shows per indicator: the row for the chosen year, its target and an at-a-glance status.
import type { Status } from './metrics';
import { parsePeriod, periodLabel, type Period } from './period';
import type { IndicatorSeries, SeriesRow } from './series';

/** 'no-data': a target exists but nothing was reported yet — different from having no target. */
export type CardStatus = Status | 'no-data';

export interface Card {
	series: IndicatorSeries;
	/** The newest regular row within the selected year (or overall when no year is chosen). */
	row: SeriesRow | null;
	/** The annual (or own-period) target that row is measured against, else the newest target in the year. */
	target: { value: number; periodKey: string } | null;
	status: CardStatus;
}

export interface OverviewFilter {
	year: number | null;
	category: string | null;
	item: number | null;
	sort: 'default' | 'behind';
}

/** Every card status, in "behind first" order (the overview's counts and status filter). */
export const CARD_STATUSES = ['behind', 'on-schedule', 'no-data', 'achieved', 'no-target'] as const satisfies readonly CardStatus[];
export const STATUS_RANK: Record<CardStatus, number> = { behind: 0, 'on-schedule': 1, 'no-data': 2, achieved: 3, 'no-target': 4 };

/** The newest row of the year, preferring regular periods over holidays and date ranges. */
function rowOfYear(rows: SeriesRow[], year: number | null): SeriesRow | null {
	let fallback: SeriesRow | null = null;
	// Rows are in chronological order: walk back from the newest and stop once past the year.
	for (let i = rows.length - 1; i >= 0; i--) {
		const r = rows[i]!;
		if (year !== null && r.period.year !== year) {
			if (r.period.year < year && r.period.kind !== 'interval') break;
			continue;
		}
		if (r.period.kind !== 'holiday' && r.period.kind !== 'interval') return r;
		fallback ??= r;
	}
	return fallback;
}

export function cardFor(series: IndicatorSeries, year: number | null): Card {
	const row = rowOfYear(series.rows, year);
	let target: IndicatorSeries['targets'][number] | undefined;
	for (const t of series.targets) {
		if (row && (t.period.key === row.period.key || (t.period.kind === 'year' && t.period.year === row.period.year))) {
			target = t; // the target the row is measured against
			break;
		}
		if (year === null || t.period.year === year) target = t; // else the newest target in the year
	}
	const status: CardStatus = row ? row.status : target ? 'no-data' : 'no-target';
	return { series, row, target: target ? { value: target.value, periodKey: target.period.key } : null, status };
}

export function overviewCards(all: IndicatorSeries[], f: OverviewFilter): Card[] {
	const cards = all
		.filter((s) => (f.category === null || s.indicator.category === f.category) && (f.item === null || s.indicator.item === f.item))
		.map((s) => cardFor(s, f.year));
	if (f.sort === 'behind') return cards.sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status]);
	return cards;
}

const yearsCache = new WeakMap<IndicatorSeries[], number[]>();

/** Years that have any value or target, newest first (the year filter's choices); once per series list. */
export function yearsOf(all: IndicatorSeries[]): number[] {
	const cached = yearsCache.get(all);
	if (cached) return cached;
	const years = new Set<number>();
	for (const s of all) {
		for (const r of s.rows) years.add(r.period.year);
		for (const t of s.targets) years.add(t.period.year);
	}
	const sorted = [...years].sort((a, b) => b - a);
	yearsCache.set(all, sorted);
	return sorted;
}

/** What one overview card needs, flat and small: the page ships this, not the whole series. */
export interface CardView {
	code: string;
	nameZh: string;
	nameEn: string;
	unit: string;
	kind: IndicatorSeries['indicator']['kind'];
	category: string;
	item: number | null;
	row: {
		period: { key: string; zh: string; en: string };
		value: number;
		qualifier: string | null;
		provenance: SeriesRow['provenance'];
		yoy: number | null;
		completion: number | null;
		timeProgress: number | null;
	} | null;
	target: { value: number; periodKey: string; zh: string; en: string } | null;
	status: CardStatus;
	/** The sparkline image's address and its text alternative, when the series has enough points. */
	spark: { src: string; label: string } | null;
	/** The signed-in user follows it (overview only; absent elsewhere). */
	followed?: boolean;
}

export function toCardView(card: Card, spark: CardView['spark']): CardView {
	const { series: s, row, target, status } = card;
	// Built field by field (no spreads): on Node 20 `{ ...a, more }` costs microseconds, and the overview makes 200.
	const label = (p: Period) => ({ key: p.key, zh: periodLabel(p, 'zh-CN'), en: periodLabel(p, 'en') });
	const targetPeriod = target ? parsePeriod(target.periodKey) : null;
	const targetLabel = targetPeriod?.ok ? label(targetPeriod.value) : target ? { key: target.periodKey, zh: target.periodKey, en: target.periodKey } : null;
	return {
		code: s.indicator.code,
		nameZh: s.indicator.nameZh,
		nameEn: s.indicator.nameEn,
		unit: s.indicator.unit,
		kind: s.indicator.kind,
		category: s.indicator.category,
		item: s.indicator.item,
		row: row && {
			period: label(row.period),
			value: row.value,
			qualifier: row.qualifier,
			provenance: row.provenance,
			yoy: row.yoy,
			completion: row.completion,
			timeProgress: row.timeProgress
		},
		target: target && targetLabel && { value: target.value, periodKey: target.periodKey, zh: targetLabel.zh, en: targetLabel.en },
		status,
		spark
	};
}
