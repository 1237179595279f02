// Colours per theme and the provenance marks. Demo and derived figures differ by pattern (hatch, dots),
// outline and a text note, never by colour alone, so they survive greyscale print and colour blindness.
import type { Provenance } from '../domain/model';

export type ChartTheme = 'light' | 'dark';

export interface Palette {
	text: string;
	muted: string;
	axis: string;
	split: string;
	thisYear: string;
	lastYear: string;
	overlay: string;
	yoy: string;
	target: string;
	progress: string;
	tooltipBg: string;
	tooltipBorder: string;
	/** Pattern ink: must contrast with the bar fill it is drawn over. */
	decal: string;
}

const LIGHT: Palette = {
	text: '#2f3337',
	muted: '#5f6670',
	axis: '#9aa0a6',
	split: '#e3e6ea',
	thisYear: '#1f5fbf',
	lastYear: '#7d8a99',
	overlay: '#a86b00',
	yoy: '#c2410c',
	target: '#15803d',
	progress: '#7e22ce',
	tooltipBg: '#ffffff',
	tooltipBorder: '#c9ced4',
	decal: 'rgba(255,255,255,0.75)'
};

// Lighter inks on a dark page; the chart background stays transparent so the page colour shows through.
const DARK: Palette = {
	text: '#e4e7eb',
	muted: '#aab2bd',
	axis: '#6b7280',
	split: '#374151',
	thisYear: '#6ea8ff',
	lastYear: '#9aa5b4',
	overlay: '#e0b341',
	yoy: '#fb923c',
	target: '#4ade80',
	progress: '#d8b4fe',
	tooltipBg: '#1f2937',
	tooltipBorder: '#4b5563',
	decal: 'rgba(17,24,39,0.7)'
};

export function palette(theme: ChartTheme | undefined): Palette {
	return theme === 'dark' ? DARK : LIGHT;
}

/** CJK-capable stacks first: server SVG text is laid out by the reader's browser, not by us. */
export const FONT_FAMILY = "system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

/** Worst provenance of the figures a point is made of: demo taints everything, derived beats reported. */
export function worstProvenance(list: (Provenance | null | undefined)[]): Provenance {
	if (list.includes('demo')) return 'demo';
	if (list.includes('derived')) return 'derived';
	return 'reported';
}

/** Bar fill for a figure: reported solid; demo hatched and lighter; derived dotted with a dashed outline. */
export function barItemStyle(p: Provenance, color: string, pal: Palette): Record<string, unknown> | undefined {
	if (p === 'demo') {
		return {
			opacity: 0.7,
			decal: { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4, color: pal.decal }
		};
	}
	if (p === 'derived') {
		return {
			borderType: 'dashed',
			borderWidth: 1.5,
			borderColor: color,
			decal: { symbol: 'circle', symbolSize: 0.7, dashArrayX: [4, 2], dashArrayY: [4, 2], color: pal.decal }
		};
	}
	return undefined;
}

/** Line points: hollow and smaller when the figure is not reported (the tooltip and description say which). */
export function pointStyle(p: Provenance): { symbol: string; symbolSize: number } {
	return p === 'reported' ? { symbol: 'circle', symbolSize: 7 } : { symbol: 'emptyCircle', symbolSize: 6 };
}
