// Derived metrics of one indicator series: 同比, 环比, 累计, 完成率, 序时进度 and an at-a-glance status.
import type { Direction, IndicatorKind, Provenance } from './model';
import { comparePeriods, isLikePeriod, monthsCovered, previousPeriod, sameLastYear, timeProgress, type Period } from './period';

/** Float noise allowance for comparisons that must treat "exactly on the line" as on the line. */
const EPS = 1e-9;

/** (current − base) / |base| as a fraction; |base| so that a loss shrinking towards zero reads as growth. */
export function growth(current: number | null | undefined, base: number | null | undefined): number | null {
	if (current == null || base == null || !Number.isFinite(current) || !Number.isFinite(base)) return null;
	if (base === 0) return null; // growth from nothing is undefined, not infinite
	return (current - base) / Math.abs(base);
}

export interface SeriesPoint {
	period: Period;
	value: number;
	qualifier: string | null;
	provenance: Provenance;
}

/**
 * Lookups built once per series, so that deriving a row looks only at its own year: deriving a whole
 * series stays linear in its length (a level's 累计 once scanned every point for every row: quadratic,
 * seconds for an indicator with a few thousand values).
 */
interface SeriesIndex {
	byKey: Map<string, SeriesPoint>;
	/** Month-aligned points per year with the months they cover (for 累计). */
	byYear: Map<number, { point: SeriesPoint; months: number[] }[]>;
	/** Every point with its end ordinal, under its year and, if its end falls in another year, that one too (levels' 累计). */
	ends: Map<number, { point: SeriesPoint; end: number | null }[]>;
	/** Filled as 累计 asks for a year (flowYtd). */
	tiles: Map<number, YearTiles>;
}

function indexSeries(points: SeriesPoint[]): SeriesIndex {
	const byKey = new Map<string, SeriesPoint>();
	const byYear = new Map<number, { point: SeriesPoint; months: number[] }[]>();
	const ends = new Map<number, { point: SeriesPoint; end: number | null }[]>();
	const push = <T>(map: Map<number, T[]>, year: number, item: T) => {
		const list = map.get(year);
		if (list) list.push(item);
		else map.set(year, [item]);
	};
	for (const point of points) byKey.set(point.period.key, point); // later duplicates win, like a superseding upload
	for (const point of byKey.values()) {
		const end = endOrdinal(point.period);
		const entry = { point, end };
		push(ends, point.period.year, entry);
		if (end !== null && Math.floor(end / 10000) !== point.period.year) push(ends, Math.floor(end / 10000), entry);
		if (!isMonthAligned(point.period)) continue;
		const months = monthsCovered(point.period);
		if (!months || months.length === 0) continue;
		push(byYear, point.period.year, { point, months });
	}
	return { byKey, byYear, ends, tiles: new Map() };
}

/** Holidays and intervals cut across months (monthsCovered gives an interval's touched months, not whole ones). */
function isMonthAligned(p: Period): boolean {
	return p.kind !== 'holiday' && p.kind !== 'interval';
}

function yoyIn(index: SeriesIndex, p: Period): number | null {
	const current = index.byKey.get(p.key);
	const base = index.byKey.get(sameLastYear(p).key);
	// Keys are canonical, so equal keys are like periods; the check guards against a foreign key scheme.
	if (!current || !base || !isLikePeriod(current.period, base.period)) return null;
	return growth(current.value, base.value);
}

function popIn(index: SeriesIndex, p: Period): number | null {
	const prev = previousPeriod(p);
	if (!prev) return null;
	return growth(index.byKey.get(p.key)?.value, index.byKey.get(prev.key)?.value);
}

/** 同比: this period versus the same period one year earlier. */
export function yoyFor(points: SeriesPoint[], p: Period): number | null {
	return yoyIn(indexSeries(points), p);
}

/** 环比: this period versus the immediately preceding period of the same length. */
export function popFor(points: SeriesPoint[], p: Period): number | null {
	return popIn(indexSeries(points), p);
}

export interface Ytd {
	value: number;
	from: 'reported' | 'months' | 'quarters' | 'halves' | 'latest';
	periods: string[];
}

/** True when `months` is exactly January..m (what a 累计 figure to month m covers). */
function isPrefix(months: number[], m: number): boolean {
	return months.length === m && months[0] === 1 && months[m - 1] === m;
}

/** A reported span figure beats anything we add up: it is what the source published. */
const REPORTED_PREFERENCE: Record<string, number> = { ytd: 0, year: 1, half: 2, quarter: 3, month: 4 };

interface YearTiles {
	monthly: Map<number, SeriesPoint>;
	/** Running sums of the months from January while none is missing (sums[m]: January..m), and their keys. */
	run?: { sums: number[]; keys: string[] };
	/** Quarters and halves by their first month, so a tiling can be grown month boundary by boundary. */
	blocks: Map<number, { point: SeriesPoint; len: number }[]>;
}

/** A year's months and blocks, gathered once per year rather than once per row of it. */
function tilesOf(index: SeriesIndex, year: number, inYear: { point: SeriesPoint; months: number[] }[]): YearTiles {
	const cached = index.tiles.get(year);
	if (cached) return cached;
	const monthly = new Map<number, SeriesPoint>();
	const blocks = new Map<number, { point: SeriesPoint; len: number }[]>();
	for (const { point, months } of inYear) {
		const kind = point.period.kind;
		if (kind === 'month') monthly.set(months[0]!, point);
		else if (kind === 'quarter' || kind === 'half') {
			const list = blocks.get(months[0]!) ?? [];
			list.push({ point, len: months.length });
			blocks.set(months[0]!, list);
		}
	}
	const tiles = { monthly, blocks };
	index.tiles.set(year, tiles);
	return tiles;
}

function flowYtd(index: SeriesIndex, p: Period): Ytd | null {
	if (!isMonthAligned(p)) return null;
	const m = monthsCovered(p)?.at(-1);
	if (m === undefined) return null;
	const inYear = index.byYear.get(p.year) ?? [];

	let reported: SeriesPoint | null = null;
	for (const { point, months } of inYear) {
		if (!isPrefix(months, m)) continue;
		if (point.period.key === p.key) {
			reported = point; // the row's own figure, when it already is the 累计
			break;
		}
		const rank = REPORTED_PREFERENCE[point.period.kind] ?? 9;
		if (!reported || rank < (REPORTED_PREFERENCE[reported.period.kind] ?? 9)) reported = point;
	}
	if (reported) return { value: reported.value, from: 'reported', periods: [reported.period.key] };

	const tiles = tilesOf(index, p.year, inYear);
	const { blocks } = tiles;

	// Every month January..m reported: their sum, added in month order (once per year, not per row).
	const run = (tiles.run ??= monthRun(tiles.monthly));
	if (m < run.sums.length) return { value: run.sums[m]!, from: 'months', periods: run.keys.slice(0, m) };

	// Greedy longest-first tiling is optimal here: halves end on 6 and 12, boundaries any quarter path must pass too.
	const tiling: SeriesPoint[] = [];
	for (let b = 0; b < m; ) {
		let next: { point: SeriesPoint; len: number } | undefined;
		for (const block of blocks.get(b + 1) ?? []) {
			if (b + block.len <= m && (!next || block.len > next.len)) next = block;
		}
		if (!next) return null;
		tiling.push(next.point);
		b += next.len;
	}
	return sumOf(tiling, tiling.some((t) => t.period.kind === 'half') ? 'halves' : 'quarters');
}

function monthRun(monthly: Map<number, SeriesPoint>): { sums: number[]; keys: string[] } {
	const sums = [0];
	const keys: string[] = [];
	for (let k = 1; monthly.has(k); k++) {
		const point = monthly.get(k)!;
		sums.push(sums[k - 1]! + point.value);
		keys.push(point.period.key);
	}
	return { sums, keys };
}

function sumOf(parts: SeriesPoint[], from: Ytd['from']): Ytd {
	return { value: parts.reduce((s, t) => s + t.value, 0), from, periods: parts.map((t) => t.period.key) };
}

/** Sortable end date (yyyymmdd; a month ends on "31", which orders correctly) or null if unknown. */
function endOrdinal(p: Period): number | null {
	if (p.kind === 'holiday') return null; // lunar dates: only comparePeriods' usual window places them
	if (p.end) {
		const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p.end);
		return m ? Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]) : null;
	}
	const months = monthsCovered(p);
	return months && months.length > 0 ? p.year * 10000 + months[months.length - 1]! * 100 + 31 : null;
}

/**
 * Levels (stock, rate) are never added: the year so far is simply the latest level seen by p's end.
 * `candidates` are the points of p's year and those ending in it (every point that can be eligible).
 */
function levelYtd(candidates: readonly { point: SeriesPoint; end: number | null }[], p: Period): Ytd | null {
	const pEnd = endOrdinal(p);
	let best: { point: SeriesPoint; end: number | null } | null = null;
	for (const { point, end: qEnd } of candidates) {
		const q = point.period;
		let eligible: boolean;
		if (q.key === p.key) eligible = true;
		else if (pEnd !== null && qEnd !== null) eligible = Math.floor(qEnd / 10000) === p.year && qEnd <= pEnd;
		else eligible = q.year === p.year && comparePeriods(q, p) <= 0; // no dates known: fall back to order
		if (!eligible) continue;
		if (!best || later(point, qEnd, best.point, best.end, p)) best = { point, end: qEnd };
	}
	return best ? { value: best.point.value, from: 'latest', periods: [best.point.period.key] } : null;
}

/** Later end first; at the same end prefer p's own figure, then comparePeriods' order. */
function later(a: SeriesPoint, aEnd: number | null, b: SeriesPoint, bEnd: number | null, p: Period): boolean {
	if (aEnd !== null && bEnd !== null && aEnd !== bEnd) return aEnd > bEnd;
	if (a.period.key === p.key) return true;
	if (b.period.key === p.key) return false;
	return comparePeriods(a.period, b.period) > 0;
}

function ytdIn(kind: IndicatorKind, index: SeriesIndex, p: Period): Ytd | null {
	return kind === 'flow' ? flowYtd(index, p) : levelYtd(index.ends.get(p.year) ?? [], p);
}

/** 累计 at the end of p within p.year (see the rules on flowYtd and levelYtd). */
export function ytdFor(kind: IndicatorKind, points: SeriesPoint[], p: Period): Ytd | null {
	return ytdIn(kind, indexSeries(points), p);
}

/** 完成率 as a fraction; a zero target has no meaningful share. */
export function completion(ytd: number | null, annualTarget: number | null): number | null {
	if (ytd == null || annualTarget == null || annualTarget === 0) return null;
	return ytd / annualTarget;
}

export type Status = 'achieved' | 'on-schedule' | 'behind' | 'no-target';

/**
 * Status rules (a null timeProgress, e.g. a holiday, cannot be pro-rated, so it is judged like year end):
 * - no target, or no actual → 'no-target'. A missing figure is a data gap, not a performance verdict,
 *   and a red "behind" for data that simply has not arrived would mislead a leader.
 * - up, flow:  actual ≥ target → achieved; actual ≥ target × progress → on-schedule; else behind.
 * - up, level: actual ≥ target → achieved; at/after year end → behind; before it, on-schedule
 *   when actual/target ≥ progress (treats the level as built up over the year), else behind.
 * - down, flow (target is a ceiling that fills up over the year): actual > target → behind; at year end
 *   → achieved; before it, on-schedule while actual ≤ target × progress, behind when spending ahead of pace.
 *   It is never 'achieved' early, because more can still accumulate.
 * - down, level: actual ≤ target → achieved, else behind (a level is judged as it stands).
 */
export function statusFor(args: {
	direction: Direction;
	kind: IndicatorKind;
	actual: number | null;
	target: number | null;
	timeProgress: number | null;
}): Status {
	const { direction, kind, actual, target } = args;
	if (target == null || !Number.isFinite(target) || actual == null || !Number.isFinite(actual)) return 'no-target';
	const progress = args.timeProgress ?? 1;
	const slack = EPS * Math.max(1, Math.abs(target)); // so that exactly on pace counts as on pace
	const yearDone = progress >= 1 - EPS;
	if (direction === 'up') {
		if (actual >= target - slack) return 'achieved';
		if (kind !== 'flow' && yearDone) return 'behind';
		return actual >= target * progress - slack ? 'on-schedule' : 'behind';
	}
	if (actual > target + slack) return 'behind';
	if (kind !== 'flow' || yearDone) return 'achieved';
	return actual <= target * progress + slack ? 'on-schedule' : 'behind';
}

/**
 * Checks a YoY the source states (37.5 for "37.5%") against ours: it agrees within half a unit of its
 * last written digit, since the source rounded to that digit; EPS keeps the exact boundary inside.
 */
export function checkStatedYoy(
	statedPercent: number,
	statedDecimals: number,
	computedFraction: number | null
): { verdict: 'agrees' | 'disagrees' | 'unverifiable'; computedPercent: number | null; tolerance: number } {
	const tolerance = 0.5 * 10 ** -statedDecimals;
	if (computedFraction == null || !Number.isFinite(computedFraction)) {
		return { verdict: 'unverifiable', computedPercent: null, tolerance };
	}
	const computedPercent = computedFraction * 100;
	const within = Math.abs(computedPercent - statedPercent) <= tolerance + EPS * Math.max(1, Math.abs(statedPercent));
	return { verdict: within ? 'agrees' : 'disagrees', computedPercent, tolerance };
}

/**
 * The prior-year value implied by a stated YoY (210万 at +37.5% → ≈152.7万). Callers must mark it 'derived'.
 * −100% has no unique base (every base shrinks to 0), so it throws rather than invent one.
 */
export function deriveBaseFromYoy(current: number, yoyPercent: number): number {
	const factor = 1 + yoyPercent / 100;
	if (factor === 0 || !Number.isFinite(factor)) {
		throw new RangeError(`cannot derive a base from a YoY of ${yoyPercent}%`);
	}
	return current / factor;
}

export interface DerivedRow {
	period: Period;
	value: number;
	qualifier: string | null;
	provenance: Provenance;
	yoy: number | null;
	pop: number | null;
	ytd: Ytd | null;
	target: number | null;
	completion: number | null;
	timeProgress: number | null;
	status: Status;
}

/**
 * Every point, oldest first, with its metrics. A target for exactly the row's period wins over the
 * annual one and is compared with the row's own value (that period is complete at the row, so its
 * progress is 1); an annual target is compared with 累计 for flows and with the value for levels.
 */
export function deriveSeries(
	indicator: { kind: IndicatorKind; direction: Direction },
	points: SeriesPoint[],
	targets: { period: Period; value: number }[]
): DerivedRow[] {
	const index = indexSeries(points);
	const targetByKey = new Map<string, { period: Period; value: number }>();
	for (const t of targets) targetByKey.set(t.period.key, t);
	const annual = new Map<number, number>();
	for (const t of targetByKey.values()) if (t.period.kind === 'year') annual.set(t.period.year, t.value);

	const rows = [...index.byKey.values()].sort((a, b) => comparePeriods(a.period, b.period));
	return rows.map((point): DerivedRow => {
		const p = point.period;
		const ytd = ytdIn(indicator.kind, index, p);
		const progress = timeProgress(p);
		const own = targetByKey.get(p.key);
		const target = own ? own.value : (annual.get(p.year) ?? null);
		const actual = own || indicator.kind !== 'flow' ? point.value : (ytd?.value ?? null);
		return {
			period: p,
			value: point.value,
			qualifier: point.qualifier,
			provenance: point.provenance,
			yoy: yoyIn(index, p),
			pop: popIn(index, p),
			ytd,
			target,
			completion: completion(actual, target),
			timeProgress: progress,
			status: statusFor({ direction: indicator.direction, kind: indicator.kind, actual, target, timeProgress: own ? 1 : progress })
		};
	});
}
