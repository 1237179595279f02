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

/** An encoding to try, and how many bytes of BOM the text starts after. */
export interface Candidate {
	encoding: Encoding;
	bom: number;
}

/**
 * The encodings bytes that begin with `head` are read in, in the order they are tried: the analyst's
 * choice, else the one a BOM names, else UTF-8 and then GB18030.
 */
export function candidates(head: Uint8Array, forced?: Encoding): Candidate[] {
	const has = (...sig: number[]) => sig.every((b, i) => head[i] === b);
	const utf8Bom = has(0xef, 0xbb, 0xbf), leBom = has(0xff, 0xfe), beBom = has(0xfe, 0xff);
	if (forced) return [{ encoding: forced, bom: (forced === 'utf-8' && utf8Bom) ? 3 : (forced === 'utf-16le' && leBom) || (forced === 'utf-16be' && beBom) ? 2 : 0 }];
	if (utf8Bom) return [{ encoding: 'utf-8', bom: 3 }];
	if (leBom) return [{ encoding: 'utf-16le', bom: 2 }];
	if (beBom) return [{ encoding: 'utf-16be', bom: 2 }];
	return [
		{ encoding: 'utf-8', bom: 0 },
		{ encoding: 'gb18030', bom: 0 }
	];
}

/**
 * Decodes an uploaded file. `forced` lets the analyst override detection (the upload preview offers it).
 * On failure the result carries the line of the first undecodable byte in `line`.
 */
export function decodeBytes(bytes: Uint8Array, forced?: Encoding): Result<Decoded> & Partial<DecodeFailure> {
	const tries = candidates(bytes, forced);
	for (const { encoding, bom } of tries) {
		const text = tryDecode(encoding, bytes.subarray(bom));
		if (text !== null) return ok({ text, encoding, bom: bom > 0 });
	}
	if (tries.length > 1)
		return {
			...fail('bad_encoding', '文件编码无法识别:既不是 UTF-8,也不是 GBK/GB18030', 'Unrecognised encoding: the file is neither UTF-8 nor GBK/GB18030'),
			// Each decoder fails at or before the bad byte, and the file's real encoding fails exactly there
			// (a GB18030 file already "fails" as UTF-8 on its first Chinese character): take the later line.
			line: Math.max(...tries.map((t) => firstBadLine(t.encoding, bytes)))
		};
	const { encoding, bom } = tries[0]!;
	return {
		...fail('bad_encoding', `文件含有不符合 ${encoding} 编码的字节`, `The file has bytes that are not valid ${encoding}`),
		line: firstBadLine(encoding, bytes.subarray(bom))
	};
}

/**
 * Bytes per decoded piece: enough for papaparse's runs (each piece is a run), and small enough that
 * a piece's text (UTF-16, up to twice its bytes) stays below V8's large-object size, so it dies young
 * instead of waiting in old space for a full collection: 4 MB pieces left ~65 MB of dead text behind
 * on a 1M-row file.
 */
const PIECE_BYTES = 48 * 1024;

/**
 * A file's text in pieces of about 48 KB, so that the whole text of a large upload never exists at once (as
 * UTF-16 it is about as large as the file again). The bytes are first checked whole, in the order
 * decodeBytes tries encodings, without keeping any text (UTF-8 by `isUtf8`, a fast check such as
 * node:buffer's, anything else by a decoder whose text is dropped), so a later piece can never fail to
 * decode; null when no encoding fits, and decodeBytes then says where the file goes wrong.
 */
export function textPieces(bytes: Uint8Array, forced: Encoding | undefined, isUtf8: (bytes: Uint8Array) => boolean): { pieces: Iterable<string>; encoding: Encoding; bom: boolean } | null {
	for (const { encoding, bom } of candidates(bytes, forced)) {
		const body = bytes.subarray(bom);
		const check = checkFor(encoding, isUtf8);
		check.push(body);
		if (check.end()) return { pieces: decodeChunks([body], encoding), encoding, bom: bom > 0 };
	}
	return null;
}

/**
 * The text of bytes that come in chunks (the whole file, or a file read from disk a chunk at a time, so that
 * it never lies in memory at once), in pieces of about 48 KB. The bytes must be known to decode (see
 * checkFor) and carry no BOM; a character cut at a chunk's end is joined with the next chunk.
 */
export function* decodeChunks(chunks: Iterable<Uint8Array>, encoding: Encoding = 'utf-8'): Generator<string> {
	if (encoding === 'utf-8') return yield* utf8Pieces(chunks);
	const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
	for (const chunk of chunks) for (let at = 0; at < chunk.length; at += PIECE_BYTES) yield decoder.decode(chunk.subarray(at, at + PIECE_BYTES), { stream: true });
	yield decoder.decode();
}

/** Whether a byte continues a UTF-8 character (10xxxxxx) rather than starting one. */
const continues = (byte: number) => (byte & 0xc0) === 0x80;

/**
 * UTF-8 pieces, each cut where a character starts and decoded whole. Node decodes a whole UTF-8 buffer in one
 * fast pass, while a streaming decode goes through ICU, which takes a fresh output buffer for every piece:
 * with glibc mapping such blocks on their own (npm run ingest), that was a map, page faults and an unmap per
 * piece, about 0.5 s of the reading thread's time on the scale shape. Still fatal: a bad or cut-off sequence
 * throws, as the streaming decoder does.
 */
function* utf8Pieces(chunks: Iterable<Uint8Array>): Generator<string> {
	const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
	let carry: Uint8Array = new Uint8Array(0); // the start of a character cut at the previous chunk's end
	for (const chunk of chunks) {
		let at = 0;
		let head = '';
		if (carry.length) {
			while (at < chunk.length && at < 3 && continues(chunk[at]!)) at++;
			const joined = new Uint8Array(carry.length + at);
			joined.set(carry);
			joined.set(chunk.subarray(0, at), carry.length);
			carry = joined;
			if (at === chunk.length) continue; // a chunk of nothing but the character's rest: the next may hold more
			head = decoder.decode(carry);
			carry = new Uint8Array(0);
		}
		while (at < chunk.length) {
			let end = Math.min(at + PIECE_BYTES, chunk.length);
			if (end < chunk.length) {
				while (end > at && continues(chunk[end]!)) end--;
				if (end === at) end = Math.min(at + PIECE_BYTES, chunk.length); // no character starts here: let the decoder say so
			} else {
				// The chunk's last character may go on in the next chunk: keep its start back.
				let start = end - 1;
				while (start > at && end - start < 4 && continues(chunk[start]!)) start--;
				const lead = chunk[start]!;
				const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
				if (start + length > end) {
					carry = chunk.slice(start, end);
					end = start;
				}
			}
			if (end > at || head) yield head + decoder.decode(chunk.subarray(at, end));
			head = '';
			at = carry.length ? chunk.length : end;
		}
	}
	if (carry.length) decoder.decode(carry); // a character cut off at the end of the text: throws
}

/** Whether bytes that come in chunks all decode in one encoding: `push` each chunk, then `end`. */
export interface ChunkCheck {
	/** Whether the bytes so far still fit. */
	push(chunk: Uint8Array): boolean;
	end(): boolean;
}

/** The check for `encoding`: UTF-8 by `isUtf8`, building no text; any other by decoding and dropping the text. */
export function checkFor(encoding: Encoding, isUtf8: (bytes: Uint8Array) => boolean): ChunkCheck {
	return encoding === 'utf-8' ? new Utf8Check(isUtf8) : new DecodeCheck(encoding);
}

/** Whether chunks decode in a (non-UTF-8) encoding: decoded a piece at a time, the text dropped at once. */
class DecodeCheck implements ChunkCheck {
	#ok = true;
	readonly #decoder: TextDecoder;
	constructor(encoding: Encoding) {
		this.#decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
	}
	push(chunk: Uint8Array): boolean {
		try {
			for (let at = 0; this.#ok && at < chunk.length; at += PIECE_BYTES) this.#decoder.decode(chunk.subarray(at, at + PIECE_BYTES), { stream: true });
		} catch {
			this.#ok = false;
		}
		return this.#ok;
	}
	end(): boolean {
		try {
			if (this.#ok) this.#decoder.decode();
		} catch {
			this.#ok = false;
		}
		return this.#ok;
	}
}

/**
 * Whether bytes that come in chunks are UTF-8, by `isUtf8` on each chunk, building no text: the last
 * character of a chunk, which may continue in the next one, is checked with the next one.
 */
export class Utf8Check implements ChunkCheck {
	#carry = new Uint8Array(0);
	#ok = true;
	constructor(private isUtf8: (bytes: Uint8Array) => boolean) {}
	push(chunk: Uint8Array): boolean {
		if (!this.#ok) return false;
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
		return this.#ok;
	}
	/** After the last chunk: whether all of them were UTF-8. */
	end(): boolean {
		return this.#ok && (this.#carry.length === 0 || this.isUtf8(this.#carry));
	}
}
