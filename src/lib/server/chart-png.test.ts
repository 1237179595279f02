import { describe, expect, it } from 'vitest';
import { arrivals } from '$lib/charts/test-fixtures';
import { CHART_BUILDERS } from '$lib/charts';
import { decodePng, inkIn, inkMask, pngSize } from '../../../tests/helpers/png';
import { drawnText, svgToPng } from './chart-png';
import { renderChartSvg } from './charts';

const textSvg = (text: string) =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="28" style="font-size:24px;font-family:system-ui, 'Microsoft YaHei', sans-serif;" fill="#000">${text}</text></svg>`;
const box = { x: 0, y: 0, w: 200, h: 40 };

describe('svgToPng', () => {
	it('draws Chinese with the shipped font: ink where a render without the font has none, distinct glyphs (no tofu boxes)', async () => {
		const shipped = decodePng(await svgToPng(textSvg('旅游接待'), { scale: 1 }));
		const missing = decodePng(await svgToPng(textSvg('旅游接待'), { scale: 1, fontFiles: [] }));
		expect(inkIn(shipped, box)).toBeGreaterThan(150);
		expect(inkIn(missing, box)).toBe(0);
		// Missing glyphs would all be the same .notdef box; real ones differ from each other.
		const a = decodePng(await svgToPng(textSvg('旅'), { scale: 1 }));
		const b = decodePng(await svgToPng(textSvg('游'), { scale: 1 }));
		expect(inkMask(a, { x: 0, y: 0, w: 40, h: 40 })).not.toBe(inkMask(b, { x: 0, y: 0, w: 40, h: 40 }));
	});

	it('renders a chart at the requested scale: 640×320 becomes 640, 1280 or 1920 pixels wide', async () => {
		const svg = renderChartSvg(CHART_BUILDERS.yoy(arrivals(), { lang: 'zh-CN', ssr: true, title: true }), { width: 640, height: 320 });
		for (const scale of [1, 2, 3] as const) expect(pngSize(await svgToPng(svg, { scale }))).toEqual({ width: 640 * scale, height: 320 * scale });
	});

	it('keeps markup in an indicator name as text: the SVG escapes it and the PNG draws the characters', async () => {
		const evil = arrivals('</text><script>alert(1)</script>');
		const svg = renderChartSvg(CHART_BUILDERS.yoy(evil, { lang: 'zh-CN', ssr: true, title: true }), { width: 640, height: 320 });
		expect(svg).not.toContain('<script');
		expect(drawnText(svg)).toContain('</text><script>alert(1)</script>');
		const png = decodePng(await svgToPng(svg, { scale: 1 }));
		expect(inkIn(png, { x: 0, y: 0, w: 300, h: 20 })).toBeGreaterThan(100);
	});
});

describe('drawnText', () => {
	it('collects text nodes with entities decoded, so the font subset covers every drawn character', () => {
		expect(drawnText('<svg><text>一季度 &lt;b&gt; &#x4E07;&#20154;</text></svg>')).toContain('一季度 <b> 万人');
	});
});
