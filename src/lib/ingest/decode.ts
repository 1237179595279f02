// Bytes → text for Excel/WPS exports: BOM-marked UTF-8/UTF-16, plain UTF-8, else GB18030 — never a silent U+FFFD.
import { fail, ok, type Result } from '../domain/issues';

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

/** Physical line (1-based) of the first byte that is not valid UTF-8, to point the analyst at it. */
function firstBadUtf8Line(bytes: Uint8Array): number {
	let line = 1;
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		if (b === 0x0a) line++;
		const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
		if (len === 0) return line;
		for (let k = 1; k < len; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return line;
		}
		i += len;
	}
	return line;
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
			line: firstBadUtf8Line(body)
		};
	}
	const body = start ? bytes.subarray(start) : bytes;
	const text = tryDecode(encoding, body);
	if (text === null) {
		return {
			...fail('bad_encoding', `文件含有不符合 ${encoding} 编码的字节`, `The file has bytes that are not valid ${encoding}`),
			line: encoding === 'utf-8' ? firstBadUtf8Line(body) : 1
		};
	}
	return ok({ text, encoding, bom: start > 0 });
}
