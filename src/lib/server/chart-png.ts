// SVG → PNG for documents (Word, PowerPoint, the clipboard) with resvg. Text is drawn with the shipped
// CJK font only (system fonts are never consulted), so every host draws the same picture.
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CJK_FONT_FAMILY, cjkSubsetter } from './fonts';

export type PngScale = 1 | 2 | 3;
export const PNG_SCALES: readonly PngScale[] = [1, 2, 3];

export interface PngOptions {
	/** Device pixels per SVG pixel; 2 (the default) prints sharply at a document's column width. */
	scale?: PngScale;
	/** Opaque background: transparent parts of a pasted picture turn black in some Office versions. */
	background?: string;
	/** Tests only: font files to draw with instead of the shipped font (empty: what a missing font draws). */
	fontFiles?: string[];
}

/** The pixel size a scale gives (resvg rounds the same way). */
export function pngSize(size: { width: number; height: number }, scale: PngScale): { width: number; height: number } {
	return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Every character the SVG may draw: its text nodes with entities decoded, plus printable ASCII. */
export function drawnText(svg: string): string {
	let text = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~';
	for (const m of svg.matchAll(/>([^<]+)</g)) {
		text += m[1]!.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) => {
			if (e[0] !== '#') return ENTITY[e] ?? all;
			const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
		});
	}
	return text;
}

let scratch: string | null = null;
let counter = 0;

function resvgOptions(options: PngOptions, fontFiles: string[]): ResvgRenderOptions {
	return {
		fitTo: { mode: 'zoom', value: options.scale ?? 2 },
		background: options.background ?? '#ffffff',
		font: {
			loadSystemFonts: false,
			fontFiles,
			defaultFontFamily: CJK_FONT_FAMILY,
			sansSerifFamily: CJK_FONT_FAMILY,
			serifFamily: CJK_FONT_FAMILY,
			monospaceFamily: CJK_FONT_FAMILY
		},
		shapeRendering: 2,
		textRendering: 1,
		logLevel: 'off'
	};
}

/**
 * Renders on libuv's thread pool, so a PNG never blocks other requests. resvg reads fonts from files
 * (its in-memory font option is ~50× slower), so the per-render subset goes through a scratch file.
 */
export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Buffer> {
	if (options.fontFiles) return (await renderAsync(svg, resvgOptions(options, options.fontFiles))).asPng();
	const subsets = cjkSubsetter().subset(drawnText(svg));
	scratch ??= mkdtempSync(join(tmpdir(), 'ob-fonts-'));
	const files = subsets.map((bytes, i) => {
		const file = join(scratch!, `${process.pid}-${++counter}-${i}.ttf`);
		writeFileSync(file, bytes);
		return file;
	});
	try {
		return (await renderAsync(svg, resvgOptions(options, files))).asPng();
	} finally {
		for (const f of files) rmSync(f, { force: true });
	}
}
