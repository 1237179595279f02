// The one place ECharts is assembled: only the parts our charts use, so the lazily loaded client chunk
// and the server renderer stay small. Builders import just the `ChartOption` type from here (erased at
// build time), so a page that only shows server SVG ships no ECharts at all.
import { use, init, type ComposeOption, type EChartsType } from 'echarts/core';
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
	AriaComponent,
	GridComponent,
	LegendPlainComponent,
	MarkLineComponent,
	TitleComponent,
	TooltipComponent,
	type AriaComponentOption,
	type GridComponentOption,
	type LegendComponentOption,
	type MarkLineComponentOption,
	type TitleComponentOption,
	type TooltipComponentOption
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// The plain legend only: ours wrap onto a second line instead of scrolling, which saves the scroll code.
use([BarChart, LineChart, GridComponent, TooltipComponent, LegendPlainComponent, MarkLineComponent, AriaComponent, TitleComponent, SVGRenderer]);

/** Every option our builders return; a part not registered above is a type error, not a silent no-op. */
export type ChartOption = ComposeOption<
	| BarSeriesOption
	| LineSeriesOption
	| GridComponentOption
	| TooltipComponentOption
	| LegendComponentOption
	| MarkLineComponentOption
	| AriaComponentOption
	| TitleComponentOption
>;

export type BarSeries = BarSeriesOption;
export type LineSeries = LineSeriesOption;
export type { EChartsType };
export { init };
