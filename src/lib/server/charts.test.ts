// Server SVG: real text for periods and figures, hostile names inert, no DOM needed, and a cache that
// serves the identical string until the key (data version included) changes.
import { describe, expect, test, vi } from 'vitest';
import { cumulativeChart, sparkline, yoyChart } from '$lib/charts';
import { arrivals, deliveries } from '$lib/charts/test-fixtures';
import { chartCacheKey, renderCached, renderChartSvg, SvgCache } from './charts';

const SIZE = { width: 640, height: 320 };
const texts = (svg: string) => [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('renderChartSvg', () => {
	test('an SVG document of the asked size whose <text> nodes name the periods and figures', () => {
		const svg = renderChartSvg(yoyChart(arrivals(), { lang: 'zh-CN', ssr: true }), SIZE);
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).toMatch(/^<svg[^>]*\bwidth="640"[^>]*\bheight="320"/);
		expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
		const t = texts(svg);
		for (const label of ['一季度', '二季度', '三季度', '四季度', '210万', '200万']) expect(t).toContain(label);
		expect(svg).toMatch(/^<svg role="img" aria-label="旅游接待人次同比图/);
	});

	test('an all-demo bar series draws with one pattern exactly the picture of a pattern per bar', () => {
		const option = yoyChart(deliveries(), { lang: 'zh-CN', ssr: true });
		const bars = (option.series as { type: string; itemStyle?: Record<string, unknown>; data: unknown[] }[]).filter((s) => s.type === 'bar');
		expect(bars.length).toBe(2);
		// The same picture written the long way: each bar with its own pattern, the legend left alone.
		const { itemStyle: _swatch, ...legend } = option.legend as { itemStyle?: unknown };
		const perBar = {
			...option,
			legend,
			series: (option.series as { type: string; itemStyle?: Record<string, unknown>; data: unknown[] }[]).map((s) => {
				if (s.type !== 'bar') return s;
				const { opacity, decal, ...own } = s.itemStyle!;
				expect(decal).toBeDefined();
				return { ...s, itemStyle: own, data: s.data.map((v) => (v === null ? null : { value: v, itemStyle: { opacity, decal } })) };
			})
		};
		// Instance ids and the process-wide CSS class counter differ between two renders: number them by first use.
		const norm = (svg: string) => {
			const ids = new Map<string, number>();
			return svg.replace(/zr\d+-/g, 'zr-').replace(/cls-\d+/g, (c) => `cls-${ids.get(c) ?? (ids.set(c, ids.size), ids.size - 1)}`);
		};
		expect(norm(renderChartSvg(option, SIZE))).toBe(norm(renderChartSvg(perBar as typeof option, SIZE)));
	});

	test('English renders Q1 and M-scaled figures', () => {
		const t = texts(renderChartSvg(yoyChart(arrivals(), { lang: 'en', ssr: true }), SIZE));
		expect(t).toEqual(expect.arrayContaining(['Q1', 'Q4', '2.1M', 'This year (2024)']));
	});

	test('the cumulative chart writes months, the target and 序时进度 as text', () => {
		const t = texts(renderChartSvg(cumulativeChart(deliveries(), { lang: 'zh-CN', ssr: true }), SIZE));
		expect(t).toEqual(expect.arrayContaining(['1月', '12月', '年度目标3500场次', '序时进度41.7%', '1430(演示)']));
	});

	test('markup in an indicator name stays text: no <script> reaches the SVG', () => {
		for (const name of ['<script>alert(1)</script>', '</text><script>alert(1)</script>', '"><script>x</script>']) {
			const series = arrivals(name, name);
			for (const option of [yoyChart(series, { lang: 'zh-CN', ssr: true, title: true }), sparkline(series, { lang: 'en' })]) {
				const svg = renderChartSvg(option, SIZE);
				expect(svg).not.toMatch(/<script/i);
				expect(svg).toContain('&lt;script&gt;');
			}
		}
	});

	test('works with no DOM globals and leaves none behind', () => {
		const before = new Set(Object.keys(globalThis));
		renderChartSvg(sparkline(arrivals(), { lang: 'zh-CN' }), { width: 120, height: 32 });
		expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
		expect(Object.keys(globalThis).filter((k) => !before.has(k))).toEqual([]);
	});
});

describe('renderCached', () => {
	const option = () => yoyChart(arrivals(), { lang: 'zh-CN', ssr: true });
	const key = (version: number) => chartCacheKey({ kind: 'yoy', code: 'tourist-arrivals', lang: 'zh-CN', version });

	test('the same key returns the identical string without rebuilding; a new data version re-renders', () => {
		const cache = new SvgCache(10);
		const build = vi.fn(option);
		const a = renderCached(key(1), build, SIZE, cache);
		const b = renderCached(key(1), build, SIZE, cache);
		expect(b).toBe(a);
		expect(build).toHaveBeenCalledTimes(1);
		renderCached(key(2), build, SIZE, cache);
		expect(build).toHaveBeenCalledTimes(2);
		renderCached(key(1), build, { width: 375, height: 300 }, cache); // another size is another picture
		expect(build).toHaveBeenCalledTimes(3);
	});

	test('keys name every input; the oldest entry is evicted first', () => {
		expect(chartCacheKey({ kind: 'yoy', code: 'x', lang: 'en', version: 7, year: 2024, overlayYear: 2019, theme: 'dark' })).toBe(
			'yoy|x|en|dark|2024|2019|-|v7'
		);
		const cache = new SvgCache(2);
		cache.set('a', '1');
		cache.set('b', '2');
		cache.get('a'); // a is now the most recent
		cache.set('c', '3');
		expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.size]).toEqual(['1', undefined, '3', 2]);
	});
});
