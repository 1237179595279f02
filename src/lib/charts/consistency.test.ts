// One code path: the card, the table row, the narrative and the chart read the same derived row, for
// every seeded indicator. Built from the real seed files through the real ingest reader.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardFor, toCardView } from '../domain/cards';
import type { Indicator, Observation, Target } from '../domain/model';
import { buildSeries, type IndicatorSeries } from '../domain/series';
import { narrate } from '../format/narrative';
import { formatQuantity } from '../format/number';
import { Catalog } from '../ingest/catalog';
import { readBytes } from '../ingest/read';
import { cumulativeModel } from './cumulative';
import { yoyModel } from './yoy';

function seedSeries(): IndicatorSeries[] {
	const catalog = new Catalog();
	const indicators: Indicator[] = [];
	const observations: Observation[] = [];
	const targets: Target[] = [];
	for (const file of ['indicators.csv', 'targets.csv', 'observations.csv', 'observations-derived.csv', 'demo-observations.csv']) {
		const parsed = readBytes(file, new Uint8Array(readFileSync(join(process.cwd(), 'data', file))), { catalog });
		expect(parsed.errorCount, file).toBe(0);
		for (const r of parsed.records) {
			if (r.kind === 'indicators') indicators.push(r.record);
			else if (r.kind === 'targets') targets.push(r.record);
			else observations.push(r.record);
		}
	}
	return indicators.map((i) =>
		buildSeries(
			i,
			observations.filter((o) => o.indicator === i.code),
			targets.filter((t) => t.indicator === i.code)
		)
	);
}

const all = seedSeries();
const withData = all.filter((s) => s.latest !== null);

describe('every seeded indicator shows the same figures everywhere', () => {
	it('covers the seed', () => {
		expect(withData.length).toBeGreaterThan(20);
	});

	it.each(withData.map((s) => [s.indicator.code, s] as const))('%s: card = table row = narrative = charts', (_code, series) => {
		const row = series.latest!;
		const card = toCardView(cardFor(series, null), null);
		// card
		expect(card.row?.period.key).toBe(row.period.key);
		expect(card.row?.value).toBe(row.value);
		expect(card.row?.yoy).toBe(row.yoy);
		expect(card.row?.completion).toBe(row.completion);
		// narrative: the value as written, in both languages
		for (const lang of ['zh-CN', 'en'] as const) {
			const text = narrate(series, lang, row).join('');
			expect(text).toContain(formatQuantity(row.value, series.indicator.unit, row.qualifier, lang));
		}
		// 同比 chart: the bar for that period carries the row itself and its yoy
		const model = yoyModel(series, { lang: 'zh-CN', year: row.period.year });
		const point = model.points.find((p) => p.period.key === row.period.key);
		if (point) {
			expect(point.current?.value).toBe(row.value);
			expect(point.yoy).toBe(row.yoy);
		}
		// cumulative chart: its latest row is the card's row when the row is month-aligned
		const cum = cumulativeModel(series, { lang: 'zh-CN', year: row.period.year });
		if (cum.latest) expect(cum.latest.period.key).toBe(row.period.key);
	});

	it('the report’s headline: 2024 Q1 arrivals 210万人次 +37.5% on the card, in the narrative and in the chart', () => {
		const arrivals = all.find((s) => s.indicator.code === 'tourist-arrivals')!;
		const card = toCardView(cardFor(arrivals, 2024), null);
		expect(card.row).toMatchObject({ value: 2_100_000, period: { key: '2024-Q1' } });
		expect(card.row!.yoy).toBeCloseTo(0.375, 4);
		expect(narrate(arrivals, 'zh-CN')[0]).toBe('2024年一季度,旅游接待人次210万人次,同比增长37.5%。');
		const q1 = yoyModel(arrivals, { lang: 'zh-CN', year: 2024 }).points[0]!;
		expect(q1.current?.value).toBe(2_100_000);
		expect(q1.previous?.provenance).toBe('derived');
	});
});
