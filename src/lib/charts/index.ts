// Public face of the chart layer: pure option builders and their text alternatives. Importing this
// module pulls in no ECharts code (only the ChartOption type); the runtime lives in ./echarts.
import type { IndicatorSeries } from '../domain/series';
import type { ChartOpts } from './common';
import { cumulativeChart, cumulativeModel, describeCumulative } from './cumulative';
import type { ChartOption } from './echarts';
import { describeSparkline, sparkline, sparklineRows } from './sparkline';
import type { ChartKind } from './text';
import { describeYoy, yoyChart, yoyModel } from './yoy';

export type { ChartOption } from './echarts';
export type { ChartOpts } from './common';
export type { ChartKind } from './text';
export type { ChartTheme } from './style';
export { yoyChart, yoyModel } from './yoy';
export { cumulativeChart, cumulativeModel } from './cumulative';
export { sparkline, sparklineRows } from './sparkline';
export { chartTitle } from './text';

/** Default sizes for server SVG: wide enough for 12 month labels, small enough to scale down to 375 px. */
export const CHART_SIZE: Record<ChartKind, { width: number; height: number }> = {
	yoy: { width: 640, height: 320 },
	cumulative: { width: 640, height: 320 },
	sparkline: { width: 120, height: 32 }
};

export const CHART_BUILDERS: Record<ChartKind, (series: IndicatorSeries, opts: ChartOpts) => ChartOption> = {
	yoy: yoyChart,
	cumulative: cumulativeChart,
	sparkline
};

/** The plain-language text alternative of a chart: the same words its aria description carries. */
export function describeChart(series: IndicatorSeries, kind: ChartKind, opts: ChartOpts): string {
	if (kind === 'yoy') return describeYoy(series, yoyModel(series, opts), opts.lang);
	if (kind === 'cumulative') return describeCumulative(series, cumulativeModel(series, opts), opts.lang);
	return describeSparkline(series, sparklineRows(series, opts), opts.lang);
}

/** The description stored in an option (for the figure's aria-label when only the option is at hand). */
export function chartDescription(option: ChartOption): string {
	const aria = option.aria as { label?: { description?: string } } | undefined;
	return aria?.label?.description ?? '';
}
