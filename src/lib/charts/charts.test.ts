// Option builders against seeded-like series, without a DOM: the numbers drawn must be the derived
// series' numbers, missing values gaps, and every text plain, localised and honest about demo data.
import { describe, expect, test } from 'vitest';
import { chartDescription, cumulativeChart, describeChart, sparkline, yoyChart, type ChartOption } from './index';
import { arrivals, deliveries, empty, followers, yearly } from './test-fixtures';

type AnySeries = {
	name?: string;
	type: string;
	data: unknown[];
	yAxisIndex?: number;
	label?: { formatter?: unknown };
	markLine?: { data: Record<string, unknown>[]; label: { formatter: string } };
	tooltip?: { valueFormatter?: (v: unknown, i: number) => string; formatter?: unknown };
};
const seriesOf = (o: ChartOption) => o.series as AnySeries[];
const byName = (o: ChartOption, name: string) => seriesOf(o).find((s) => s.name === name)!;
const values = (s: AnySeries) => s.data.map((d) => (d == null ? null : typeof d === 'object' ? (d as { value: number }).value : d));
const xLabels = (o: ChartOption) => (o.xAxis as { data: string[] }).data;
const yAxes = (o: ChartOption) => ([] as { axisLabel: { formatter: (v: number) => string } }[]).concat(o.yAxis as never);
const item = (s: AnySeries, i: number) => s.data[i] as { value: number; itemStyle?: Record<string, unknown> } | null;

describe('yoyChart', () => {
	const s = arrivals();
	const zh = yoyChart(s, { lang: 'zh-CN', ssr: true });

	test('x-axis is the whole year of the primary kind, labelled 一季度…四季度', () => {
		expect(xLabels(zh)).toEqual(['一季度', '二季度', '三季度', '四季度']);
	});

	test('bars are this year and the same periods a year earlier, missing figures as null gaps', () => {
		expect(seriesOf(zh).map((x) => x.name)).toEqual(['上年(2023年)', '本年(2024年)', '同比']);
		expect(values(byName(zh, '本年(2024年)'))).toEqual([2_100_000, null, null, null]);
		expect(values(byName(zh, '上年(2023年)'))).toEqual([1_527_273, 1_850_000, 2_200_000, 1_960_000]);
	});

	test('the YoY line is the rows’ own yoy × 100 on the second axis', () => {
		const yoy = byName(zh, '同比');
		const row = s.rows.find((r) => r.period.key === '2024-Q1')!;
		expect(yoy.yAxisIndex).toBe(1);
		expect(values(yoy)).toEqual([row.yoy! * 100, null, null, null]);
		expect(values(yoy)[0]).toBeCloseTo(37.5, 2);
	});

	test('demo and derived bars carry a pattern, not just a colour; the reported bar is plain', () => {
		const last = byName(zh, '上年(2023年)');
		expect(item(last, 0)!.itemStyle).toMatchObject({ borderType: 'dashed', decal: { symbol: 'circle' } }); // 2023 Q1 derived
		expect(item(last, 1)!.itemStyle).toMatchObject({ decal: { symbol: 'rect' } }); // 2023 Q2 demo
		expect(item(byName(zh, '本年(2024年)'), 0)!.itemStyle).toBeUndefined();
		const note = (zh.title as { text: string }[]).map((t) => t.text).join(' ');
		expect(note).toContain('单位:人次');
		expect(note).toContain('演示');
		expect(note).toContain('推算');
	});

	test('axis labels and tooltips go through the shared formatters, as plain text', () => {
		const [value, growth] = yAxes(zh);
		expect(value!.axisLabel.formatter(2_100_000)).toBe('210万');
		expect(growth!.axisLabel.formatter(37.5)).toBe('+37.5%');
		expect(byName(zh, '本年(2024年)').tooltip!.valueFormatter!(2_100_000, 0)).toBe('210万人次');
		expect(byName(zh, '上年(2023年)').tooltip!.valueFormatter!(1_527_273, 0)).toBe('152.7万人次(推算)');
		expect(byName(zh, '上年(2023年)').tooltip!.valueFormatter!(1_850_000, 1)).toBe('185万人次(演示)');
		// No HTML-building formatter anywhere: only valueFormatter, whose text ECharts escapes.
		expect((zh.tooltip as { formatter?: unknown }).formatter).toBeUndefined();
		for (const x of seriesOf(zh)) expect(x.tooltip?.formatter).toBeUndefined();
	});

	test('the aria description is a text alternative from the same figures', () => {
		const d = chartDescription(zh);
		expect(zh.aria).toMatchObject({ enabled: true });
		expect(d).toContain('2024年一季度210万人次');
		expect(d).toContain('上年同期152.7万人次(推算)');
		expect(d).toContain('同比增长37.5%');
		expect(d).toContain('演示');
		expect(describeChart(s, 'yoy', { lang: 'zh-CN' })).toBe(d);
	});

	test('English: Q1 labels, K/M/B numbers, translated series names', () => {
		const en = yoyChart(s, { lang: 'en' });
		expect(xLabels(en)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
		expect(seriesOf(en).map((x) => x.name)).toEqual(['Last year (2023)', 'This year (2024)', 'YoY']);
		expect(yAxes(en)[0]!.axisLabel.formatter(2_100_000)).toBe('2.1M');
		const d = chartDescription(en);
		expect(d).toContain('Q1 2024: 2.1M visits');
		expect(d).toContain('up 37.5% year on year');
		expect(d).toContain('(derived)');
	});

	test('an overlay year adds its own bars; a chosen year shifts both years', () => {
		const o = yoyChart(s, { lang: 'zh-CN', overlayYear: 2022 });
		expect(values(byName(o, '2022年'))).toEqual([1_180_000, 1_350_000, 1_600_000, 1_420_000]);
		const y23 = yoyChart(s, { lang: 'zh-CN', year: 2023 });
		expect(values(byName(y23, '本年(2023年)'))).toEqual([1_527_273, 1_850_000, 2_200_000, 1_960_000]);
		expect(values(byName(y23, '同比'))[1]).toBeCloseTo((1_850_000 / 1_350_000 - 1) * 100, 9);
	});

	test('animation only off for server renders; dark theme uses light ink', () => {
		expect(zh.animation).toBe(false);
		expect(yoyChart(s, { lang: 'zh-CN' }).animation).toBe(true);
		const dark = yoyChart(s, { lang: 'zh-CN', theme: 'dark' });
		expect((dark.textStyle as { color: string }).color).not.toBe((zh.textStyle as { color: string }).color);
	});
});

describe('cumulativeChart', () => {
	const s = deliveries();
	const zh = cumulativeChart(s, { lang: 'zh-CN', ssr: true });

	test('x is the twelve months; YTD points from the rows’ ytd, later months null', () => {
		expect(xLabels(zh)).toEqual(['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
		const ytd = byName(zh, '累计完成');
		expect(values(ytd)).toEqual([210, 470, 790, 1090, 1430, null, null, null, null, null, null, null]);
		expect(values(ytd).slice(0, 5)).toEqual(s.rows.filter((r) => r.period.year === 2024).map((r) => r.ytd!.value));
	});

	test('the even target path is target × m/12 and the target a horizontal line', () => {
		expect(values(byName(zh, '序时目标'))).toEqual(Array.from({ length: 12 }, (_, i) => (3500 * (i + 1)) / 12));
		const target = byName(zh, '年度目标');
		expect(target.markLine!.data).toEqual([{ yAxis: 3500 }]);
		expect(target.markLine!.label.formatter).toBe('年度目标3500场次');
		expect((zh.yAxis as { max: number }).max).toBeGreaterThanOrEqual(3500);
	});

	test('序时进度 is a vertical mark at the latest period, 5/12 of the year', () => {
		const mark = byName(zh, '累计完成').markLine!;
		expect(mark.data).toEqual([{ xAxis: '5月' }]);
		expect(mark.label.formatter).toBe('序时进度41.7%');
	});

	test('description: YTD, target, 完成率 against 序时进度, demo noted', () => {
		const d = chartDescription(zh);
		expect(d).toContain('2024年1-5月累计1430场次(演示)');
		expect(d).toContain('年度目标3500场次');
		expect(d).toContain('完成年度目标的40.9%');
		expect(d).toContain('低于序时进度0.8个百分点');
		expect(d).toContain('演示数据');
	});

	test('English labels and figures', () => {
		const en = cumulativeChart(s, { lang: 'en' });
		expect(xLabels(en).slice(0, 3)).toEqual(['Jan', 'Feb', 'Mar']);
		expect(byName(en, 'Year to date').markLine!.label.formatter).toBe('41.7% of year elapsed');
		expect(chartDescription(en)).toContain('Jan–May 2024 total: 1.43K sessions (demo)');
	});

	test('without a target: YTD still drawn, and the description says there is none', () => {
		const o = cumulativeChart(deliveries(false), { lang: 'zh-CN' });
		expect(seriesOf(o).map((x) => x.name)).toEqual(['累计完成']);
		expect(values(byName(o, '累计完成'))[4]).toBe(1430);
		expect(chartDescription(o)).toContain('未设年度目标');
	});

	test('a stock indicator draws its levels (not sums) against the target, with no even path', () => {
		const o = cumulativeChart(followers(), { lang: 'zh-CN' });
		expect(seriesOf(o).map((x) => x.name)).toEqual(['实际值', '年度目标']);
		expect(values(byName(o, '实际值'))).toEqual([null, null, 21_000, null, null, 25_000, null, null, null, null, null, null]);
		expect(chartDescription(o)).toContain('2024年二季度超2.5万人');
	});
});

describe('sparkline', () => {
	test('the last eight primary-kind values, no axes, solid only between reported points', () => {
		const s = arrivals();
		const o = sparkline(s, { lang: 'zh-CN' });
		const [dashed, solid] = seriesOf(o);
		expect(values(dashed!)).toEqual([1_350_000, 1_600_000, 1_420_000, 1_527_273, 1_850_000, 2_200_000, 1_960_000, 2_100_000]);
		expect(values(solid!)).toEqual([null, null, null, null, null, null, null, 2_100_000]);
		expect((o.xAxis as { show: boolean }).show).toBe(false);
		expect((o.yAxis as { show: boolean }).show).toBe(false);
		expect(chartDescription(o)).toContain('2024年一季度210万人次');
		expect(chartDescription(o)).toContain('演示');
	});

	test('a chosen year ends the line at that year', () => {
		const o = sparkline(arrivals(), { lang: 'zh-CN', year: 2023 });
		expect(values(seriesOf(o)[0]!).at(-1)).toBe(1_960_000);
	});
});

describe('edge cases', () => {
	test('yearly data: the years present on x, each against the year before, a missing base a gap', () => {
		const o = yoyChart(yearly(), { lang: 'zh-CN' });
		expect(xLabels(o)).toEqual(['2021年', '2023年']);
		expect(values(byName(o, '本年'))).toEqual([12, 16]);
		expect(values(byName(o, '上年'))).toEqual([null, null]);
		expect(values(byName(o, '同比'))).toEqual([null, null]);
	});

	test('a series without data still gives valid, described charts', () => {
		for (const build of [yoyChart, cumulativeChart, sparkline]) {
			const o = build(empty(), { lang: 'zh-CN' });
			expect(chartDescription(o)).toContain('暂无');
		}
	});

	test('a month with no figure is a gap in the cumulative line, not a zero', () => {
		// Without March, no total from March on can be formed: unknown, so null, while Jan and Feb stand.
		const ytd = values(byName(cumulativeChart(deliveries(true, ['2024-03']), { lang: 'zh-CN' }), '累计完成'));
		expect(ytd.slice(0, 5)).toEqual([210, 470, null, null, null]);
	});
});
