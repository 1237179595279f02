// Server-side chart SVG (first paint, embeds, .svg files, briefings) and a small LRU cache for it.
// ECharts' SSR mode lays out text and writes SVG strings without any DOM, so this runs in plain Node.
import { init, type ChartOption } from '$lib/charts/echarts';

export interface SvgSize {
	width: number;
	height: number;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeAttr = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * One chart as an SVG string. ECharts' SSR renderer ignores `aria`, so the description is written onto
 * the root as role="img" + aria-label (escaped here: it is built from indicator names), which keeps a
 * standalone .svg file accessible too.
 */
export function renderChartSvg(option: ChartOption, size: SvgSize): string {
	const chart = init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
	try {
		chart.setOption(staticOption(option));
		const svg = chart.renderToSVGString();
		const description = (option.aria as { label?: { description?: string } } | undefined)?.label?.description;
		return description ? svg.replace(/^<svg\b/, `<svg role="img" aria-label="${escapeAttr(description)}"`) : svg;
	} finally {
		chart.dispose();
	}
}

/**
 * The option as the server hands it to ECharts. Never animate on the server: the string is the first and
 * only frame. A static picture has no pointer either, so the tooltip (and the axis pointer it brings along)
 * is left out: ~20% faster.
 */
export function staticOption(option: ChartOption): ChartOption {
	return { ...option, animation: false, tooltip: undefined };
}

/** Least-recently-used string cache: a Map iterates in insertion order, so the first key is the oldest. */
export class SvgCache {
	readonly #entries = new Map<string, string>();
	constructor(readonly capacity: number) {}

	get(key: string): string | undefined {
		const hit = this.#entries.get(key);
		if (hit !== undefined) {
			this.#entries.delete(key);
			this.#entries.set(key, hit);
		}
		return hit;
	}

	set(key: string, value: string): void {
		this.#entries.delete(key);
		this.#entries.set(key, value);
		while (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value!);
	}

	get size(): number {
		return this.#entries.size;
	}

	clear(): void {
		this.#entries.clear();
	}
}

/**
 * Shared by all requests: entries are pure functions of their key (no user data), and the data version
 * in the key means a new upload or revert can never be served a stale chart. ~2 000 charts × ~10 KB.
 */
export const svgCache = new SvgCache(2000);

export interface ChartKeyParts {
	kind: string;
	code: string;
	lang: string;
	/** The store's data version (revision count): bumps on every upload and revert. */
	version: number;
	theme?: string;
	year?: number | null;
	overlayYear?: number | null;
	title?: boolean;
}

/** The canonical key: every input that changes the picture, and nothing else. */
export function chartCacheKey(p: ChartKeyParts): string {
	return [p.kind, p.code, p.lang, p.theme ?? 'light', p.year ?? '-', p.overlayYear ?? '-', p.title ? 't' : '-', `v${p.version}`].join('|');
}

/**
 * Cached SVG for `key` (build it with chartCacheKey: kind | indicator | lang | theme | year | overlay |
 * title | data version). The size is appended here so two sizes of one chart never collide. `build` runs
 * only on a miss, so callers can pass the option builder lazily.
 */
export function renderCached(key: string, build: () => ChartOption, size: SvgSize, cache: SvgCache = svgCache): string {
	const full = `${key}|${size.width}x${size.height}`;
	const hit = cache.get(full);
	if (hit !== undefined) return hit;
	const svg = renderChartSvg(build(), size);
	cache.set(full, svg);
	return svg;
}
