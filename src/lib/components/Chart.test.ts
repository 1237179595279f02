// The chart component's server output: the static SVG inside an img-role figure, so the chart is there
// with JavaScript off and before any script; no ECharts code runs on the server.
import { render } from 'svelte/server';
import { expect, test } from 'vitest';
import { describeChart, yoyChart } from '$lib/charts';
import { arrivals } from '$lib/charts/test-fixtures';
import { renderChartSvg } from '$lib/server/charts';
import Chart from './Chart.svelte';

test('server HTML carries the SVG, its periods as text, and the text alternative', () => {
	const s = arrivals();
	const option = yoyChart(s, { lang: 'zh-CN', ssr: true });
	const svg = renderChartSvg(option, { width: 640, height: 320 });
	const label = describeChart(s, 'yoy', { lang: 'zh-CN' });
	const { body } = render(Chart, { props: { option, svg, label, height: 300 } });
	expect(body).toMatch(/<div class="surface[^"]*" role="img" aria-label="旅游接待人次同比图[^"]*" style="max-height: 300px;?"/);
	expect(body).toContain('<svg');
	expect(body).toContain('>一季度</text>');
	expect(body).toContain('>210万</text>');
	expect(body).not.toContain('class="static dark"'); // no dark picture unless one is given
});

test('with a dark picture both are sent and CSS chooses', () => {
	const s = arrivals();
	const option = yoyChart(s, { lang: 'en', ssr: true });
	const optionDark = yoyChart(s, { lang: 'en', ssr: true, theme: 'dark' });
	const { body } = render(Chart, {
		props: { option, optionDark, svg: renderChartSvg(option, { width: 640, height: 320 }), svgDark: renderChartSvg(optionDark, { width: 640, height: 320 }), label: 'x' }
	});
	expect(body.match(/<svg\b/g)).toHaveLength(2);
	expect(body).toContain('class="static dark');
});
