// The one chart attachment: turns a server-rendered chart into interactive ECharts once the
// registration chunk has loaded. ECharts is imported lazily, so pages pay for it only when a chart
// is on screen, and the static SVG stays as the chart if the import fails (offline, old browser).
import type { Attachment } from 'svelte/attachments';
import type { ChartOption } from '$lib/charts';

type ECharts = import('$lib/charts/echarts').EChartsType;

/**
 * `getOption` is read inside a nested effect, so a new option means one `setOption(…, { notMerge })`
 * on the same instance instead of a teardown and re-init. `onLive` fires once the live chart has drawn,
 * so the component can drop its static SVG in the same frame.
 */
export function liveChart(getOption: () => ChartOption, onLive: () => void): Attachment<HTMLElement> {
	return (element) => {
		let chart = $state.raw<ECharts | null>(null);
		let disposed = false;
		let first = true;
		const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

		import('$lib/charts/echarts')
			.then(({ init }) => {
				if (disposed) return;
				chart = init(element, null, { renderer: 'svg' });
			})
			.catch(() => {
				// Keep the server SVG: a chart without tooltips beats no chart.
			});

		$effect(() => {
			const option = getOption();
			if (!chart) return;
			// The first draw replaces a finished picture, so it must not grow in from zero.
			const still = first || reduceMotion;
			chart.setOption(still ? { ...option, animation: false } : option, { notMerge: true });
			if (first) {
				first = false;
				onLive();
			}
		});

		$effect(() => {
			if (!chart) return;
			const c = chart;
			const observer = new ResizeObserver(() => c.resize());
			observer.observe(element);
			return () => observer.disconnect();
		});

		return () => {
			disposed = true;
			chart?.dispose();
		};
	};
}
