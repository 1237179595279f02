// The CJK font every server-drawn picture uses (PNG charts, nothing from the host), shipped as an npm
// package so a fresh machine after `npm ci` draws real Chinese glyphs. The full font is 10 MB per weight
// and resvg re-reads a font file for every text run (about 25 ms each, a second per chart), so each
// render gets a subset holding only the characters it draws, cut by HarfBuzz's own subsetter (wasm).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The family name inside the shipped .ttf files; the PNG renderer maps every generic family to it. */
export const CJK_FONT_FAMILY = 'Noto Sans SC';

/** Regular for labels, Bold for titles (ECharts writes font-weight bold, and resvg never fakes bold). */
const WEIGHTS = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'];

const MISSING = '中文字体缺失,请运行 npm ci / The CJK font package @expo-google-fonts/noto-sans-sc is missing: run npm ci';

/** Paths of the shipped font files; throws (rather than drawing blank text) when the package is missing. */
export function cjkFontFiles(): string[] {
	const files = WEIGHTS.map((f) => {
		try {
			return require.resolve(`@expo-google-fonts/noto-sans-sc/${f}`);
		} catch {
			throw new Error(MISSING);
		}
	});
	if (!files.every((f) => existsSync(f))) throw new Error(MISSING);
	return files;
}

interface HbExports {
	memory: WebAssembly.Memory;
	malloc(n: number): number;
	hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
	hb_blob_destroy(blob: number): void;
	hb_blob_get_data(blob: number, length: number): number;
	hb_blob_get_length(blob: number): number;
	hb_face_create(blob: number, index: number): number;
	hb_face_destroy(face: number): void;
	hb_face_reference_blob(face: number): number;
	hb_set_add(set: number, codepoint: number): void;
	hb_subset_input_create_or_fail(): number;
	hb_subset_input_destroy(input: number): void;
	hb_subset_input_unicode_set(input: number): number;
	hb_subset_or_fail(face: number, input: number): number;
}

/** One HarfBuzz instance holding the parsed faces of the font files it was made with. */
export class FontSubsetter {
	readonly #hb: HbExports;
	readonly #faces: number[];

	constructor(files: string[]) {
		const wasm = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
		this.#hb = new WebAssembly.Instance(new WebAssembly.Module(wasm), {}).exports as unknown as HbExports;
		this.#faces = files.map((file) => {
			const bytes = readFileSync(file);
			const ptr = this.#hb.malloc(bytes.byteLength);
			new Uint8Array(this.#hb.memory.buffer).set(bytes, ptr);
			// Mode 2 (writable): HarfBuzz uses the bytes in place; they stay for the life of the process.
			const blob = this.#hb.hb_blob_create(ptr, bytes.byteLength, 2, 0, 0);
			const face = this.#hb.hb_face_create(blob, 0);
			this.#hb.hb_blob_destroy(blob);
			return face;
		});
	}

	/** One small TrueType font per weight holding just the glyphs of `text` (plus .notdef). */
	subset(text: string): Buffer[] {
		const hb = this.#hb;
		const codepoints = new Set<number>();
		for (const ch of text) codepoints.add(ch.codePointAt(0)!);
		return this.#faces.map((face) => {
			const input = hb.hb_subset_input_create_or_fail();
			if (!input) throw new Error('HarfBuzz: out of memory');
			const set = hb.hb_subset_input_unicode_set(input);
			for (const c of codepoints) hb.hb_set_add(set, c);
			const sub = hb.hb_subset_or_fail(face, input);
			hb.hb_subset_input_destroy(input);
			if (!sub) throw new Error('HarfBuzz could not subset the CJK font / 字体子集生成失败');
			const blob = hb.hb_face_reference_blob(sub);
			// Copy out before freeing: the wasm memory is reused by the next call.
			const out = Buffer.from(new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(blob, 0), hb.hb_blob_get_length(blob)));
			hb.hb_blob_destroy(blob);
			hb.hb_face_destroy(sub);
			return out;
		});
	}
}

let shared: FontSubsetter | null = null;

/** The process-wide subsetter over the shipped CJK font (parsed once, ~60 ms, on the first PNG). */
export function cjkSubsetter(): FontSubsetter {
	return (shared ??= new FontSubsetter(cjkFontFiles()));
}
