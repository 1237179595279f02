// Bytes → text for Excel/WPS exports: BOM-marked UTF-8/UTF-16, plain UTF-8, else GB18030 — never a silent U+FFFD.
import { fail, ok, type Result } from '../domain/issues';
import { countBreaks } from './csv';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
	text: string;
	encoding: Encoding;
	bom: boolean;
}

function tryDecode(label: Encoding, bytes: Uint8Array): string | null {
	try {
		// fatal: a byte sequence that is not valid in this encoding throws instead of becoming U+FFFD.
		return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return null;
	}
}

/**
 * Physical line (1-based) of the first character `label` cannot decode, to point the analyst at it. The
 * non-fatal decoder marks it with U+FFFD and keeps every line break, so counting breaks in the decoded
 * text works for CR-only files and UTF-16 too. (A U+FFFD legitimately encoded earlier in the file would
 * point too early; no analyst's file has one.)
 */
function firstBadLine(label: Encoding, bytes: Uint8Array): number {
	const text = new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
	const bad = text.indexOf('\uFFFD');
	return 1 + countBreaks(text, 0, bad < 0 ? text.length : bad);
}

export interface DecodeFailure {
	line: number;
}

/**
 * Decodes an uploaded file. `forced` lets the analyst override detection (the upload preview offers it).
 * On failure the result carries the line of the first undecodable byte in `line`.
 */
export function decodeBytes(bytes: Uint8Array, forced?: Encoding): Result<Decoded> & Partial<DecodeFailure> {
	const has = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
	let encoding: Encoding;
	let start = 0;
	if (forced) {
		encoding = forced;
		if (forced === 'utf-8' && has(0xef, 0xbb, 0xbf)) start = 3;
		if (forced === 'utf-16le' && has(0xff, 0xfe)) start = 2;
		if (forced === 'utf-16be' && has(0xfe, 0xff)) start = 2;
	} else if (has(0xef, 0xbb, 0xbf)) {
		encoding = 'utf-8';
		start = 3;
	} else if (has(0xff, 0xfe)) {
		encoding = 'utf-16le';
		start = 2;
	} else if (has(0xfe, 0xff)) {
		encoding = 'utf-16be';
		start = 2;
	} else {
		const body = bytes;
		const utf8 = tryDecode('utf-8', body);
		if (utf8 !== null) return ok({ text: utf8, encoding: 'utf-8', bom: false });
		const gb = tryDecode('gb18030', body);
		if (gb !== null) return ok({ text: gb, encoding: 'gb18030', bom: false });
		return {
			...fail('bad_encoding', '文件编码无法识别:既不是 UTF-8,也不是 GBK/GB18030', 'Unrecognised encoding: the file is neither UTF-8 nor GBK/GB18030'),
			// Each decoder fails at or before the bad byte, and the file's real encoding fails exactly there
			// (a GB18030 file already "fails" as UTF-8 on its first Chinese character): take the later line.
			line: Math.max(firstBadLine('utf-8', body), firstBadLine('gb18030', body))
		};
	}
	const body = start ? bytes.subarray(start) : bytes;
	const text = tryDecode(encoding, body);
	if (text === null) {
		return {
			...fail('bad_encoding', `文件含有不符合 ${encoding} 编码的字节`, `The file has bytes that are not valid ${encoding}`),
			line: firstBadLine(encoding, body)
		};
	}
	return ok({ text, encoding, bom: start > 0 });
}

/**
 * Bytes per decoded piece: enough for papaparse's runs (each piece is a run), and small enough that
 * a piece's text (UTF-16, up to twice its bytes) stays below V8's large-object size, so it dies young
 * instead of waiting in old space for a full collection: 4 MB pieces left ~65 MB of dead text behind
 * on a 1M-row file.
 */
const PIECE_BYTES = 48 * 1024;

/**
 * A UTF-8 file's text in pieces of about 48 KB, so that the whole text of a large upload never exists at
 * once (as UTF-16 it is about as large as the file again). Only for bytes that `isUtf8` (a fast check
 * that builds no text, such as node:buffer's isUtf8) accepts, so a later piece can never fail to decode;
 * null when the file is anything else, which `decodeBytes` then handles as before.
 */
export function utf8Pieces(bytes: Uint8Array, forced: Encoding | undefined, isUtf8: (bytes: Uint8Array) => boolean): { pieces: Iterable<string>; bom: boolean } | null {
	if (forced !== undefined && forced !== 'utf-8') return null;
	const bom = hasUtf8Bom(bytes);
	if (!forced && hasUtf16Bom(bytes)) return null;
	const body = bom ? bytes.subarray(3) : bytes;
	if (!isUtf8(body)) return null;
	return { pieces: decodeUtf8Chunks([body]), bom };
}

export const hasUtf8Bom = (b: Uint8Array): boolean => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
export const hasUtf16Bom = (b: Uint8Array): boolean => (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

/**
 * The text of UTF-8 bytes that come in chunks (the whole file, or a file read from disk a chunk at a time,
 * so that it never lies in memory at once), in pieces of about 48 KB. The bytes must be known to be UTF-8
 * (see Utf8Check) and carry no BOM; a character cut at a chunk's end is joined with the next chunk.
 */
export function* decodeUtf8Chunks(chunks: Iterable<Uint8Array>): Generator<string> {
	const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
	for (const chunk of chunks) for (let at = 0; at < chunk.length; at += PIECE_BYTES) yield decoder.decode(chunk.subarray(at, at + PIECE_BYTES), { stream: true });
	yield decoder.decode();
}

/**
 * Whether bytes that come in chunks are UTF-8, by `isUtf8` on each chunk, building no text: the last
 * character of a chunk, which may continue in the next one, is checked with the next one.
 */
export class Utf8Check {
	#carry = new Uint8Array(0);
	#ok = true;
	constructor(private isUtf8: (bytes: Uint8Array) => boolean) {}
	push(chunk: Uint8Array): void {
		if (!this.#ok) return;
		let bytes = chunk;
		if (this.#carry.length) {
			bytes = new Uint8Array(this.#carry.length + chunk.length);
			bytes.set(this.#carry);
			bytes.set(chunk, this.#carry.length);
		}
		// Back over continuation bytes (10xxxxxx) to where the last character starts; a lead byte there
		// (11xxxxxx) may begin a character the next chunk ends, so it waits for that chunk.
		let start = bytes.length - 1;
		while (start > 0 && bytes.length - start < 4 && (bytes[start]! & 0xc0) === 0x80) start--;
		const cut = start >= 0 && bytes[start]! >= 0xc0 ? start : bytes.length;
		this.#ok = this.isUtf8(bytes.subarray(0, cut));
		this.#carry = bytes.slice(cut);
	}
	/** After the last chunk: whether all of them were UTF-8. */
	end(): boolean {
		return this.#ok && (this.#carry.length === 0 || this.isUtf8(this.#carry));
	}
}
