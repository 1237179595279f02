// Table-driven tests for the derived metrics (同比, 环比, 累计, 完成率, 序时进度, status, stated-YoY check).
import { describe, expect, it } from 'vitest';
import {
	checkStatedYoy,
	completion,
	deriveBaseFromYoy,
	deriveSeries,
	growth,
	popFor,
	statusFor,
	ytdFor,
	yoyFor,
	type SeriesPoint,
	type Status
} from './metrics';
import { parsePeriod, type Period } from './period';

function P(raw: string): Period {
	const r = parsePeriod(raw);
	if (!r.ok) throw new Error(`test period ${raw}: ${r.en}`);
	return r.value;
}

function pt(raw: string, value: number, extra: Partial<SeriesPoint> = {}): SeriesPoint {
	return { period: P(raw), value, qualifier: null, provenance: 'reported', ...extra };
}

/** Builds a series from [period, value] pairs. */
function series(...pairs: [string, number][]): SeriesPoint[] {
	return pairs.map(([raw, value]) => pt(raw, value));
}

describe('growth', () => {
	it.each([
		{ current: 110, base: 100, want: 0.1 },
		{ current: 90, base: 100, want: -0.1 },
		{ current: 2_100_000, base: 2_100_000 / 1.375, want: 0.375 },
		{ current: -50, base: -100, want: 0.5 }, // a loss halving is an improvement
		{ current: 5, base: 0, want: null },
		{ current: null, base: 100, want: null },
		{ current: 100, base: undefined, want: null },
		{ current: 100, base: null, want: null }
	])('growth($current, $base) = $want', ({ current, base, want }) => {
		const got = growth(current, base);
		if (want === null) expect(got).toBeNull();
		else expect(got).toBeCloseTo(want, 12);
	});
});

describe('yoyFor (同比)', () => {
	const points = [
		pt('2023-Q1', 2_100_000 / 1.375, { provenance: 'derived' }),
		pt('2024-Q1', 2_100_000),
		pt('2024-Q2', 1_500_000),
		pt('2023-03', 0),
		pt('2024-03', 5),
		pt('2023-spring-festival', 800_000),
		pt('2024-spring-festival', 1_000_000, { qualifier: '近' }),
		pt('2023-02-10/2023-02-17', 400),
		pt('2024-02-10/2024-02-17', 500),
		pt('2023', 100)
	];
	it.each([
		{ p: '2024-Q1', want: 0.375, why: 'against the derived prior-year quarter' },
		{ p: '2024-Q2', want: null, why: 'missing base' },
		{ p: '2024-03', want: null, why: 'zero base' },
		{ p: '2024-spring-festival', want: 0.25, why: 'holiday against the same holiday' },
		{ p: '2024-02-10/2024-02-17', want: 0.25, why: 'interval against the same dates' },
		{ p: '2024', want: null, why: 'current period absent' },
		{ p: '2023-Q1', want: null, why: 'no 2022 data' }
	])('$p → $want ($why)', ({ p, want }) => {
		const got = yoyFor(points, P(p));
		if (want === null) expect(got).toBeNull();
		else expect(got).toBeCloseTo(want, 12);
	});
});

describe('popFor (环比)', () => {
	const points = series(
		['2023-Q4', 1_000],
		['2024-Q1', 1_200],
		['2024-Q2', 900],
		['2023-12', 100],
		['2024-01', 150],
		['2024-YTD05', 700],
		['2024-YTD04', 600],
		['2024-national-day', 50],
		['2024-dragon-boat', 40]
	);
	it.each([
		{ p: '2024-Q2', want: -0.25, why: 'quarter on quarter' },
		{ p: '2024-Q1', want: 0.2, why: 'across the year boundary' },
		{ p: '2024-01', want: 0.5, why: 'January against December' },
		{ p: '2024-YTD05', want: null, why: 'a year-to-date span has no preceding span of the same length' },
		{ p: '2024-national-day', want: null, why: 'holidays have no preceding period' },
		{ p: '2023-Q4', want: null, why: 'previous period missing' }
	])('$p → $want ($why)', ({ p, want }) => {
		const got = popFor(points, P(p));
		if (want === null) expect(got).toBeNull();
		else expect(got).toBeCloseTo(want, 12);
	});
});

describe('ytdFor (累计)', () => {
	const months1to5: [string, number][] = [
		['2024-01', 10],
		['2024-02', 20],
		['2024-03', 30],
		['2024-04', 40],
		['2024-05', 50]
	];
	it.each<{ name: string; kind: 'flow' | 'stock' | 'rate'; data: [string, number][]; p: string; want: unknown }>([
		{
			name: 'flow: sum of months 1..m',
			kind: 'flow',
			data: months1to5,
			p: '2024-05',
			want: { value: 150, from: 'months', periods: ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05'] }
		},
		{
			name: 'flow: a reported YTD figure wins over the months',
			kind: 'flow',
			data: [...months1to5, ['2024-YTD05', 155]],
			p: '2024-05',
			want: { value: 155, from: 'reported', periods: ['2024-YTD05'] }
		},
		{
			name: 'flow: the YTD row itself is reported',
			kind: 'flow',
			data: [...months1to5, ['2024-YTD05', 155]],
			p: '2024-YTD05',
			want: { value: 155, from: 'reported', periods: ['2024-YTD05'] }
		},
		{
			name: 'flow: Q1 counts as YTD03 for March',
			kind: 'flow',
			data: [...months1to5, ['2024-Q1', 61]],
			p: '2024-03',
			want: { value: 61, from: 'reported', periods: ['2024-Q1'] }
		},
		{
			name: 'flow: January is its own YTD',
			kind: 'flow',
			data: months1to5,
			p: '2024-01',
			want: { value: 10, from: 'reported', periods: ['2024-01'] }
		},
		{
			name: 'flow: H1 counts as YTD06',
			kind: 'flow',
			data: [['2024-Q1', 100], ['2024-Q2', 120], ['2024-H1', 221]],
			p: '2024-Q2',
			want: { value: 221, from: 'reported', periods: ['2024-H1'] }
		},
		{
			name: 'flow: quarters tile 1..6',
			kind: 'flow',
			data: [['2024-Q1', 100], ['2024-Q2', 120], ['2023-Q3', 999]],
			p: '2024-Q2',
			want: { value: 220, from: 'quarters', periods: ['2024-Q1', '2024-Q2'] }
		},
		{
			name: 'flow: quarters tile the whole year',
			kind: 'flow',
			data: [['2024-Q1', 1], ['2024-Q2', 2], ['2024-Q3', 3], ['2024-Q4', 4]],
			p: '2024-Q4',
			want: { value: 10, from: 'quarters', periods: ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'] }
		},
		{
			name: 'flow: H1 + Q3 tile 1..9',
			kind: 'flow',
			data: [['2024-H1', 200], ['2024-Q3', 90]],
			p: '2024-Q3',
			want: { value: 290, from: 'halves', periods: ['2024-H1', '2024-Q3'] }
		},
		{
			name: 'flow: the year figure is YTD12',
			kind: 'flow',
			data: [['2024-Q1', 1], ['2024-Q2', 2], ['2024-Q3', 3], ['2024-Q4', 4], ['2024', 11]],
			p: '2024-Q4',
			want: { value: 11, from: 'reported', periods: ['2024'] }
		},
		{
			name: 'flow: a gap in the months and no quarters → null',
			kind: 'flow',
			data: [['2024-01', 10], ['2024-03', 30], ['2024-04', 40], ['2024-05', 50]],
			p: '2024-05',
			want: null
		},
		{
			name: 'flow: quarters that do not end at m do not tile',
			kind: 'flow',
			data: [['2024-Q1', 100], ['2024-Q2', 120]],
			p: '2024-05',
			want: null
		},
		{
			name: 'flow: holiday windows are not month aligned',
			kind: 'flow',
			data: [['2024-spring-festival', 1_000_000], ['2024-01', 10], ['2024-02', 20]],
			p: '2024-spring-festival',
			want: null
		},
		{
			name: 'flow: intervals are not month aligned',
			kind: 'flow',
			data: [['2024-02-10/2024-02-17', 5]],
			p: '2024-02-10/2024-02-17',
			want: null
		},
		{
			name: 'flow: an interval inside January is not YTD01',
			kind: 'flow',
			data: [['2024-01-01/2024-01-20', 5]],
			p: '2024-01',
			want: null
		},
		{
			name: 'stock: at an interval, the latest level by its end date',
			kind: 'stock',
			data: [['2024-01', 7], ['2024-02', 8], ['2024-03', 9]],
			p: '2024-02-10/2024-02-17',
			want: { value: 7, from: 'latest', periods: ['2024-01'] }
		},
		{
			name: 'stock: an interval that starts last year and ends in this one counts by its end',
			kind: 'stock',
			data: [['2023-11', 5], ['2023-12-20/2024-01-10', 6], ['2024-02', 8]],
			p: '2024-01',
			want: { value: 6, from: 'latest', periods: ['2023-12-20/2024-01-10'] }
		},
		{
			name: 'stock: at a holiday, its own figure',
			kind: 'stock',
			data: [['2024-01', 7], ['2024-spring-festival', 8]],
			p: '2024-spring-festival',
			want: { value: 8, from: 'latest', periods: ['2024-spring-festival'] }
		},
		{
			name: 'stock: the year is the latest level, not a sum',
			kind: 'stock',
			data: [['2023-12', 18_000], ['2024-03', 20_000], ['2024-06', 25_000]],
			p: '2024',
			want: { value: 25_000, from: 'latest', periods: ['2024-06'] }
		},
		{
			name: 'stock: nothing after p counts',
			kind: 'stock',
			data: [['2023-12', 18_000], ['2024-03', 20_000], ['2024-06', 25_000]],
			p: '2024-05',
			want: { value: 20_000, from: 'latest', periods: ['2024-03'] }
		},
		{
			name: 'stock: last year does not carry over',
			kind: 'stock',
			data: [['2023-12', 18_000], ['2024-03', 20_000]],
			p: '2024-02',
			want: null
		},
		{
			name: 'rate: never summed; at an equal end p’s own figure wins',
			kind: 'rate',
			data: [['2024-Q1', 70], ['2024-Q2', 80], ['2024-06', 79], ['2024-H1', 78]],
			p: '2024-H1',
			want: { value: 78, from: 'latest', periods: ['2024-H1'] }
		},
		{
			name: 'rate: months are not added up',
			kind: 'rate',
			data: [['2024-01', 60], ['2024-02', 65], ['2024-03', 70]],
			p: '2024-Q1',
			want: { value: 70, from: 'latest', periods: ['2024-03'] }
		}
	])('$name', ({ kind, data, p, want }) => {
		expect(ytdFor(kind, series(...data), P(p))).toEqual(want);
	});
});

describe('completion (完成率)', () => {
	it.each([
		{ ytd: 2_100_000, target: 8_000_000, want: 0.2625 },
		{ ytd: 3500, target: 3500, want: 1 },
		{ ytd: 100, target: 0, want: null },
		{ ytd: null, target: 100, want: null },
		{ ytd: 50, target: null, want: null }
	])('completion($ytd, $target) = $want', ({ ytd, target, want }) => {
		const got = completion(ytd, target);
		if (want === null) expect(got).toBeNull();
		else expect(got).toBeCloseTo(want, 12);
	});
});

describe('statusFor', () => {
	it.each<{
		direction: 'up' | 'down';
		kind: 'flow' | 'stock' | 'rate';
		actual: number | null;
		target: number | null;
		tp: number | null;
		want: Status;
	}>([
		// up, flow: completion against 序时进度
		{ direction: 'up', kind: 'flow', actual: 30, target: 100, tp: 0.25, want: 'on-schedule' },
		{ direction: 'up', kind: 'flow', actual: 25, target: 100, tp: 0.25, want: 'on-schedule' }, // exactly on pace
		{ direction: 'up', kind: 'flow', actual: 500, target: 1200, tp: 5 / 12, want: 'on-schedule' },
		{ direction: 'up', kind: 'flow', actual: 20, target: 100, tp: 0.25, want: 'behind' },
		{ direction: 'up', kind: 'flow', actual: 100, target: 100, tp: 0.5, want: 'achieved' }, // early
		{ direction: 'up', kind: 'flow', actual: 99, target: 100, tp: 1, want: 'behind' },
		{ direction: 'up', kind: 'flow', actual: 99, target: 100, tp: null, want: 'behind' }, // judged as year end
		// up, level: achieved or, before year end, pro-rated
		{ direction: 'up', kind: 'stock', actual: 25_000, target: 30_000, tp: 0.5, want: 'on-schedule' },
		{ direction: 'up', kind: 'stock', actual: 10_000, target: 30_000, tp: 0.5, want: 'behind' },
		{ direction: 'up', kind: 'stock', actual: 29_999, target: 30_000, tp: 1, want: 'behind' },
		{ direction: 'up', kind: 'rate', actual: 80, target: 80, tp: 0.5, want: 'achieved' },
		{ direction: 'up', kind: 'rate', actual: 79, target: 80, tp: null, want: 'behind' },
		// down, flow: the target is a ceiling that fills up over the year
		{ direction: 'down', kind: 'flow', actual: 20, target: 100, tp: 0.25, want: 'on-schedule' },
		{ direction: 'down', kind: 'flow', actual: 25, target: 100, tp: 0.25, want: 'on-schedule' },
		{ direction: 'down', kind: 'flow', actual: 40, target: 100, tp: 0.25, want: 'behind' }, // ahead of pace
		{ direction: 'down', kind: 'flow', actual: 101, target: 100, tp: 0.5, want: 'behind' },
		{ direction: 'down', kind: 'flow', actual: 90, target: 100, tp: 1, want: 'achieved' },
		{ direction: 'down', kind: 'flow', actual: 100, target: 100, tp: 1, want: 'achieved' },
		// down, level: judged as it stands
		{ direction: 'down', kind: 'rate', actual: 3, target: 5, tp: 0.25, want: 'achieved' },
		{ direction: 'down', kind: 'stock', actual: 6, target: 5, tp: 0.25, want: 'behind' },
		// nothing to judge
		{ direction: 'up', kind: 'flow', actual: 10, target: null, tp: 0.25, want: 'no-target' },
		{ direction: 'up', kind: 'flow', actual: null, target: 100, tp: 0.25, want: 'no-target' },
		{ direction: 'down', kind: 'stock', actual: null, target: null, tp: 1, want: 'no-target' }
	])('$direction $kind actual=$actual target=$target progress=$tp → $want', ({ direction, kind, actual, target, tp, want }) => {
		expect(statusFor({ direction, kind, actual, target, timeProgress: tp })).toBe(want);
	});
});

describe('checkStatedYoy', () => {
	it.each([
		{ stated: 37.5, decimals: 1, computed: 0.3754, want: 'agrees' },
		{ stated: 37.5, decimals: 1, computed: 0.3755, want: 'agrees' }, // exactly on the boundary
		{ stated: 37.5, decimals: 1, computed: 0.3756, want: 'disagrees' },
		{ stated: 37.5, decimals: 1, computed: 0.3745, want: 'agrees' },
		{ stated: 37.5, decimals: 1, computed: 0.3744, want: 'disagrees' },
		{ stated: 38, decimals: 0, computed: 0.385, want: 'agrees' },
		{ stated: 38, decimals: 0, computed: 0.3851, want: 'disagrees' },
		{ stated: -3.25, decimals: 2, computed: -0.03255, want: 'agrees' },
		{ stated: 37.5, decimals: 1, computed: null, want: 'unverifiable' }
	] as const)('$stated% ($decimals dp) vs $computed → $want', ({ stated, decimals, computed, want }) => {
		const got = checkStatedYoy(stated, decimals, computed);
		expect(got.verdict).toBe(want);
		expect(got.tolerance).toBeCloseTo(0.5 * 10 ** -decimals, 12);
		if (computed === null) expect(got.computedPercent).toBeNull();
		else expect(got.computedPercent).toBeCloseTo(computed * 100, 10);
	});

	it('agrees for the report’s own figure and its derived base', () => {
		const base = deriveBaseFromYoy(2_100_000, 37.5);
		expect(checkStatedYoy(37.5, 1, growth(2_100_000, base)).verdict).toBe('agrees');
		// A base rounded to 万 (152.7万) still agrees at one decimal.
		expect(checkStatedYoy(37.5, 1, growth(2_100_000, 1_527_000)).verdict).toBe('agrees');
	});
});

describe('deriveBaseFromYoy', () => {
	it.each([
		{ current: 2_100_000, yoy: 37.5, want: 1_527_272.727 },
		{ current: 3_820_000_000, yoy: 17.5, want: 3_251_063_829.787 },
		{ current: 110, yoy: 10, want: 100 },
		{ current: 80, yoy: -20, want: 100 }
	])('$current at $yoy% → $want', ({ current, yoy, want }) => {
		expect(deriveBaseFromYoy(current, yoy)).toBeCloseTo(want, 2);
	});

	it('refuses −100% (no unique base)', () => {
		expect(() => deriveBaseFromYoy(0, -100)).toThrow(RangeError);
	});
});

describe('deriveSeries', () => {
	const arrivals = [
		pt('2024-Q2', 1_500_000, { provenance: 'demo' }),
		pt('2024-Q1', 2_100_000),
		pt('2023-Q1', 2_100_000 / 1.375, { provenance: 'derived' }),
		pt('2024-spring-festival', 1_000_000, { qualifier: '近' })
	];
	const targets = [
		{ period: P('2024'), value: 8_000_000 },
		{ period: P('2024-spring-festival'), value: 1_000_000 }
	];
	const rows = deriveSeries({ kind: 'flow', direction: 'up' }, arrivals, targets);
	const row = (key: string) => rows.find((r) => r.period.key === key)!;

	it('returns every point once, quarters in chronological order', () => {
		expect(rows).toHaveLength(4);
		const quarters = rows.filter((r) => r.period.kind === 'quarter').map((r) => r.period.key);
		expect(quarters).toEqual(['2023-Q1', '2024-Q1', '2024-Q2']);
	});

	it.each([
		{
			key: '2023-Q1',
			want: { provenance: 'derived', yoy: null, target: null, completion: null, timeProgress: 0.25, status: 'no-target' }
		},
		{
			key: '2024-Q1',
			want: { provenance: 'reported', yoy: 0.375, target: 8_000_000, completion: 0.2625, timeProgress: 0.25, status: 'on-schedule' }
		},
		{
			key: '2024-Q2',
			want: { provenance: 'demo', yoy: null, target: 8_000_000, completion: 0.45, timeProgress: 0.5, status: 'behind' }
		},
		{
			// A target for exactly this window is compared with the window's own value.
			key: '2024-spring-festival',
			want: { provenance: 'reported', yoy: null, target: 1_000_000, completion: 1, timeProgress: null, status: 'achieved' }
		}
	])('$key', ({ key, want }) => {
		const r = row(key);
		expect(r.provenance).toBe(want.provenance);
		expect(r.target).toBe(want.target);
		expect(r.status).toBe(want.status);
		expect(r.timeProgress).toBe(want.timeProgress);
		for (const field of ['yoy', 'completion'] as const) {
			if (want[field] === null) expect(r[field]).toBeNull();
			else expect(r[field]).toBeCloseTo(want[field], 12);
		}
	});

	it('keeps qualifiers and computes 累计 and 环比 per row', () => {
		expect(row('2024-spring-festival').qualifier).toBe('近');
		expect(row('2024-spring-festival').ytd).toBeNull();
		expect(row('2024-Q2').ytd).toEqual({ value: 3_600_000, from: 'quarters', periods: ['2024-Q1', '2024-Q2'] });
		expect(row('2024-Q2').pop).toBeCloseTo(-600_000 / 2_100_000, 12);
	});

	it.each([
		{ raw: '2024-06', value: 25_000, target: 30_000, wantCompletion: 25_000 / 30_000, status: 'on-schedule' },
		{ raw: '2024-12', value: 29_000, target: 30_000, wantCompletion: 29_000 / 30_000, status: 'behind' },
		{ raw: '2024-YTD05', value: 31_000, target: 30_000, wantCompletion: 31_000 / 30_000, status: 'achieved' }
	])('levels compare the value itself: $raw', ({ raw, value, target, wantCompletion, status }) => {
		const [r] = deriveSeries({ kind: 'stock', direction: 'up' }, [pt(raw, value)], [{ period: P('2024'), value: target }]);
		expect(r!.ytd).toEqual({ value, from: 'latest', periods: [raw] });
		expect(r!.completion).toBeCloseTo(wantCompletion, 12);
		expect(r!.status).toBe(status);
	});

	it.each([
		{ raw: '2024-Q1', want: 0.25 },
		{ raw: '2024-YTD05', want: 5 / 12 },
		{ raw: '2024-H1', want: 0.5 },
		{ raw: '2024', want: 1 },
		{ raw: '2024-national-day', want: null }
	])('time progress of $raw is $want', ({ raw, want }) => {
		const [r] = deriveSeries({ kind: 'flow', direction: 'up' }, [pt(raw, 1)], []);
		if (want === null) expect(r!.timeProgress).toBeNull();
		else expect(r!.timeProgress).toBeCloseTo(want, 12);
	});

	it('a down flow uses its ceiling pro rata', () => {
		const rows = deriveSeries(
			{ kind: 'flow', direction: 'down' },
			series(['2024-Q1', 20], ['2024-Q2', 40]),
			[{ period: P('2024'), value: 100 }]
		);
		expect(rows.map((r) => r.status)).toEqual(['on-schedule', 'behind']);
	});
});
