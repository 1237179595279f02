// Pins "Encodings": the same observations file in every encoding Excel/WPS writes gives identical records,
// and undecodable bytes become one located bad_encoding issue instead of U+FFFD in the data.
import { describe, expect, it } from 'vitest';
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { candidates, checkFor, decodeBytes, decodeChunks, Utf8Check, type Encoding } from './decode';
import { readBytes, type ParsedFile } from './read';
import { catalog } from './test-catalog';


// GBK double-byte codes of the characters the sample uses (Node can decode GB18030 but not encode it).
const GBK: Record<string, [number, number]> = {
	指: [0xd6, 0xb8], 标: [0xb1, 0xea], 期: [0xc6, 0xda], 间: [0xbc, 0xe4], 数: [0xca, 0xfd], 值: [0xd6, 0xb5],
	单: [0xb5, 0xa5], 位: [0xce, 0xbb], 游: [0xd3, 0xce], 客: [0xbf, 0xcd], 接: [0xbd, 0xd3], 待: [0xb4, 0xfd],
	量: [0xc1, 0xbf], 年: [0xc4, 0xea], 一: [0xd2, 0xbb], 季: [0xbc, 0xbe], 度: [0xb6, 0xc8], 万: [0xcd, 0xf2],
	旅: [0xc2, 0xc3], 收: [0xca, 0xd5], 入: [0xc8, 0xeb], 亿: [0xd2, 0xda], 元: [0xd4, 0xaa], 资: [0xd7, 0xca],
	源: [0xd4, 0xb4], 整: [0xd5, 0xfb], 合: [0xba, 0xcf], 率: [0xc2, 0xca]
};

function gb18030(text: string): Uint8Array {
	const out: number[] = [];
	for (const ch of text) {
		const c = ch.codePointAt(0)!;
		if (c < 0x80) out.push(c);
		else if (GBK[ch]) out.push(...GBK[ch]);
		else throw new Error(`no GBK code for ${ch} in the test table`);
	}
	return new Uint8Array(out);
}
const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);
function utf16(text: string, bigEndian: boolean): Uint8Array {
	const le = new Uint8Array(Buffer.from(text, 'utf16le'));
	if (bigEndian) for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
	return le;
}

const SAMPLE = ['指标,期间,数值,单位', '游客接待量,2024年一季度,210万,', '旅游收入,2024年一季度,38.2,亿元', '资源整合率,2024年,80%,', ''].join('\r\n');

const ENCODED: [string, Uint8Array, Encoding][] = [
	['UTF-8 with BOM', withBom([0xef, 0xbb, 0xbf], utf8(SAMPLE)), 'utf-8'],
	['UTF-8 without BOM', utf8(SAMPLE), 'utf-8'],
	['UTF-16LE with BOM', withBom([0xff, 0xfe], utf16(SAMPLE, false)), 'utf-16le'],
	['UTF-16BE with BOM', withBom([0xfe, 0xff], utf16(SAMPLE, true)), 'utf-16be'],
	['GB18030', gb18030(SAMPLE), 'gb18030']
];

function read(bytes: Uint8Array, encoding?: Encoding): ParsedFile {
	return readBytes('sample.csv', bytes, { catalog: catalog(), encoding });
}

describe('test fixtures', () => {
	it('the hand-built GB18030 bytes decode to the sample text', () => {
		expect(new TextDecoder('gb18030', { fatal: true }).decode(gb18030(SAMPLE))).toBe(SAMPLE);
	});
});

describe('decodeBytes: detection', () => {
	it.each(ENCODED)('%s is detected as its encoding', (_label, bytes, encoding) => {
		const r = decodeBytes(bytes);
		expect(r).toMatchObject({ ok: true, value: { text: SAMPLE, encoding } });
	});

	it.each<[string, Uint8Array, boolean]>([
		['UTF-8 with BOM', withBom([0xef, 0xbb, 0xbf], utf8('a')), true],
		['UTF-8 without BOM', utf8('a'), false],
		['UTF-16LE', withBom([0xff, 0xfe], utf16('a', false)), true]
	])('%s reports whether it had a BOM (%s) and never keeps U+FEFF in the text', (_label, bytes, bom) => {
		const r = decodeBytes(bytes);
		expect(r).toMatchObject({ ok: true, value: { text: 'a', bom } });
	});

	it('a forced encoding wins over detection', () => {
		const r = decodeBytes(gb18030('指标'), 'gb18030');
		expect(r).toMatchObject({ ok: true, value: { text: '指标', encoding: 'gb18030' } });
	});

	it('an empty file decodes to empty UTF-8 text', () => {
		expect(decodeBytes(new Uint8Array())).toMatchObject({ ok: true, value: { text: '', encoding: 'utf-8' } });
	});
});

describe('readBytes: every accepted encoding gives identical records', () => {
	const reference = read(utf8(SAMPLE));

	it('the reference reading is what the sample says', () => {
		expect(reference.errors).toEqual([]);
		expect(reference.records.map((r) => r.record)).toMatchObject([
			{ line: 2, indicator: 'tourist-arrivals', period: '2024-Q1', value: 2_100_000 },
			{ line: 3, indicator: 'tourism-revenue', period: '2024-Q1', value: 3_820_000_000 },
			{ line: 4, indicator: 'resource-integration-rate', period: '2024', value: 80 }
		]);
	});

	it.each(ENCODED)('%s', (_label, bytes, encoding) => {
		const r = read(bytes);
		expect(r.encoding).toBe(encoding);
		expect(r.errors).toEqual([]);
		expect(r.warnings).toEqual([]);
		expect(r.columns).toEqual(reference.columns);
		expect(r.records).toEqual(reference.records);
	});
});

/** Puts a lone 0xFF (valid in neither UTF-8 nor GB18030) right after `marker` in the encoded bytes. */
function withBadByte(bytes: Uint8Array, marker: string): Uint8Array {
	const m = new TextEncoder().encode(marker);
	for (let i = 0; i + m.length <= bytes.length; i++) {
		if (m.every((b, k) => bytes[i + k] === b)) return new Uint8Array([...bytes.subarray(0, i + m.length), 0xff, ...bytes.subarray(i + m.length)]);
	}
	throw new Error(`marker ${marker} not found`);
}

describe('readBytes: undecodable bytes', () => {
	const lines = ['指标,期间,数值', '游客接待量,2024Q1,210万', '游客接待量,2024Q2,2#20万', '游客接待量,2024Q3,230万', ''];
	const text = (eol: string) => lines.join(eol);

	it.each<[string, Uint8Array]>([
		['UTF-8, LF', withBadByte(utf8(text('\n')), '2#')],
		['UTF-8, CRLF', withBadByte(utf8(text('\r\n')), '2#')],
		['UTF-8, CR only', withBadByte(utf8(text('\r')), '2#')],
		['UTF-8 with BOM', withBadByte(withBom([0xef, 0xbb, 0xbf], utf8(text('\n'))), '2#')],
		['GB18030, CRLF', withBadByte(gb18030(text('\r\n')), '2#')],
		['GB18030, LF', withBadByte(gb18030(text('\n')), '2#')]
	])('%s: one bad_encoding issue on line 3, no U+FFFD anywhere', (_label, bytes) => {
		const r = read(bytes);
		expect(r.errors).toHaveLength(1);
		expect(r.errorCount).toBe(1);
		expect(r.errors[0]).toMatchObject({ code: 'bad_encoding', line: 3 });
		expect(r.errors[0]!.zh).toMatch(/编码/);
		expect(r.errors[0]!.en).toMatch(/encoding|not valid/i);
		expect(r.records).toEqual([]);
		expect(JSON.stringify(r)).not.toContain('\uFFFD');
	});

	it('a forced encoding that does not fit the bytes is a bad_encoding issue, not mojibake', () => {
		const r = read(gb18030(text('\n')), 'utf-8');
		expect(r.errors).toMatchObject([{ code: 'bad_encoding', line: 1 }]);
		expect(JSON.stringify(r)).not.toContain('\uFFFD');
	});

	it('a UTF-16 file with a lone surrogate on line 2 is a bad_encoding issue there', () => {
		const body = utf16('指标,期间,数值\n游客接待量,2024Q1,X\n', false);
		const x = body.indexOf(0x58); // 'X' in UTF-16LE is 58 00
		body[x] = 0x00;
		body[x + 1] = 0xd8; // U+D800, a high surrogate with no low one after it
		const r = read(withBom([0xff, 0xfe], body));
		expect(r.errors).toMatchObject([{ code: 'bad_encoding', line: 2 }]);
		expect(JSON.stringify(r)).not.toContain('\uFFFD');
	});
});

describe('a large UTF-8 file read in pieces (the server passes a UTF-8 check)', () => {
	// Over 4 MB, so the text arrives in several pieces; piece ends fall inside rows and quoted notes.
	const LONG = '备注'.repeat(800);
	function bigFile(): Uint8Array {
		const periods = ['2024年1月', '2024年2月', '2024年3月', '2024年4月', '2024年5月', '2024年6月'];
		const rows = ['指标,期间,数值,单位,备注'];
		for (let y = 1950; y < 2100; y++) {
			for (let m = 1; m <= 12; m++) {
				const period = `${y}年${m}月`;
				rows.push(`游客接待量,${period},${(y * 13 + m) % 997}.5,万人次,"第一行,带逗号\n第二行 ""引号""${LONG}"`);
				rows.push(`旅游收入,${period},${y + m},亿元,`);
			}
		}
		// Errors spread through the file: a bad number, an unknown indicator, a duplicate, a stray quote.
		rows.splice(200, 0, '游客接待量,1960年3月,abc,万人次,');
		rows.splice(1_500, 0, '不存在的指标,2024年1月,1,,');
		rows.splice(2_200, 0, `游客接待量,${periods[0]},1,,`, `游客接待量,${periods[0]},2,,`);
		rows.splice(3_000, 0, '旅游收入,2024年2月,3,亿元,"坏"引号');
		return withBom([0xef, 0xbb, 0xbf], utf8(rows.join('\r\n') + '\r\n'));
	}

	it('gives the same rows, records, lines and issues as reading the whole text', () => {
		const bytes = bigFile();
		expect(bytes.length).toBeGreaterThan(2 * 4 * 1024 * 1024);
		const whole = readBytes('big.csv', bytes, { catalog: catalog() });
		const pieces = readBytes('big.csv', bytes, { catalog: catalog(), isUtf8: () => true });
		expect(whole.errorCount).toBe(5);
		expect(pieces).toEqual(whole);
	});

	it('a file that is not UTF-8 is decoded as before', () => {
		const bytes = gb18030(SAMPLE);
		const checked: Uint8Array[] = [];
		const r = readBytes('gbk.csv', bytes, { catalog: catalog(), isUtf8: (b) => (checked.push(b), false) });
		expect(checked).toHaveLength(1);
		expect(r).toEqual(readBytes('gbk.csv', bytes, { catalog: catalog() }));
		expect(r.encoding).toBe('gb18030');
	});
});

describe('a UTF-8 file read from disk a chunk at a time (the command line\'s large files)', () => {
	/** The bytes cut into chunks of `size` (the last may be shorter). */
	const chunked = (bytes: Uint8Array, size: number) => Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
	const checks = (bytes: Uint8Array, size: number) => {
		const check = new Utf8Check(isUtf8);
		for (const c of chunked(bytes, size)) check.push(c);
		return check.end();
	};
	// Characters of 1 to 4 bytes, so every chunk size from 1 to 7 cuts some character at every place it can be cut.
	const TEXT = '指标,期间,数值\n游客接待量,2024年1月,210万,"备注 ""引号""",€ 𠀋 é\n';
	const CASES: [string, Uint8Array, boolean][] = [
		['Chinese, a euro sign, a 4-byte character (U+2000B), an accent', utf8(TEXT), true],
		['ASCII only', utf8('a,b\n1,2\n'), true],
		['empty', new Uint8Array(0), true],
		['a lone continuation byte in the middle', new Uint8Array([...utf8('指标'), 0x80, ...utf8('期间')]), false],
		['a 3-byte character cut off at the very end', new Uint8Array([...utf8('指标'), 0xe6, 0x8c]), false],
		['a lead byte followed by ASCII', new Uint8Array([...utf8('ab'), 0xe6, 0x41, 0x42, ...utf8('cd')]), false],
		['GBK bytes of 游客', new Uint8Array([0xd3, 0xce, 0xbf, 0xcd]), false],
		['an overlong encoding of "/"', new Uint8Array([0x41, 0xc0, 0xaf, 0x41]), false],
		['a UTF-16 surrogate encoded in UTF-8', new Uint8Array([0x41, 0xed, 0xa0, 0x80, 0x41]), false]
	];
	it.each(CASES)('%s: the same verdict as checking the whole, for every chunk size', (_, bytes, valid) => {
		expect(isUtf8(bytes)).toBe(valid);
		for (let size = 1; size <= 7; size++) expect(checks(bytes, size), `chunks of ${size}`).toBe(valid);
		expect(checks(bytes, 1 << 20)).toBe(valid);
	});

	it('decoding the chunks gives the whole text, however the chunks cut the characters', () => {
		const bytes = utf8(TEXT.repeat(50));
		for (const size of [1, 2, 3, 5, 7, 1000]) expect([...decodeChunks(chunked(bytes, size))].join(''), `chunks of ${size}`).toBe(TEXT.repeat(50));
	});

	// Pieces of a large chunk are cut where a character starts (1-, 2-, 3- and 4-byte ones here), wherever the
	// 48 KB mark falls; a chunk's cut-off last character waits for the next chunk.
	const LONG = Array.from({ length: 9000 }, (_, i) => `${i},é游𠀋客\n`).join('');
	it('a text of many pieces comes out whole, for chunk sizes that cut characters anywhere', () => {
		const bytes = utf8(LONG);
		for (const size of [bytes.length, 1 << 20, 65_537, 49_151, 4_099]) {
			const pieces = [...decodeChunks(chunked(bytes, size))];
			expect(pieces.join(''), `chunks of ${size}`).toBe(LONG);
			expect(pieces.every((p) => !p.includes('\uFFFD')), `chunks of ${size}`).toBe(true);
		}
	});

	it.each([
		['a bad byte deep in the text', (b: Uint8Array) => new Uint8Array([...b.subarray(0, 100_001), 0xff, ...b.subarray(100_001)])],
		['a character cut off at the very end', (b: Uint8Array) => b.subarray(0, b.length - 2)],
		['a lead byte with no continuation at a piece mark', (b: Uint8Array) => new Uint8Array([...b.subarray(0, 49_151), 0xe6, ...utf8('abc'), ...b.subarray(49_151)])]
	])('still refuses bytes that are not UTF-8: %s', (_, spoil) => {
		const bytes = spoil(utf8(LONG));
		for (const size of [bytes.length, 65_537]) expect(() => [...decodeChunks(chunked(bytes, size))], `chunks of ${size}`).toThrow();
	});
});

describe('a file in any encoding, checked and decoded a chunk at a time (large files stay in pieces)', () => {
	const chunked = (bytes: Uint8Array, size: number) => Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
	const fits = (encoding: Encoding, bytes: Uint8Array, size: number) => {
		const check = checkFor(encoding, isUtf8);
		for (const c of chunked(bytes, size)) check.push(c);
		return check.end();
	};
	const whole = (encoding: Encoding, bytes: Uint8Array) => {
		try {
			return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
		} catch {
			return null;
		}
	};
	// GB18030 has 1-, 2- and 4-byte characters (U+2000B and € beside GBK's two bytes); UTF-16 cuts surrogate pairs.
	const TEXT = '指标,期间,数值\n游客接待量,2024年1月,210万,"备注 ""引号""",€ 𠀋 é\n';
	const gb = new Uint8Array(iconv.encode(TEXT, 'gb18030'));
	const CASES: [string, Encoding, Uint8Array, boolean][] = [
		['GB18030 with 2- and 4-byte characters', 'gb18030', gb, true],
		['UTF-16LE with a surrogate pair', 'utf-16le', new Uint8Array(Buffer.from(TEXT, 'utf16le')), true],
		['UTF-16BE with a surrogate pair', 'utf-16be', new Uint8Array(Buffer.from(TEXT, 'utf16le').swap16()), true],
		['GB18030 cut inside its last character', 'gb18030', gb.subarray(0, gb.length - 2), false],
		['GB18030 with a stray 0xFF', 'gb18030', new Uint8Array([...gb.subarray(0, 9), 0xff, ...gb.subarray(9)]), false],
		['UTF-16LE with a lone high surrogate', 'utf-16le', new Uint8Array([0x41, 0x00, 0x3d, 0xd8, 0x41, 0x00]), false],
		['UTF-16LE of an odd length', 'utf-16le', new Uint8Array([0x41, 0x00, 0x42]), false],
		['UTF-8 Chinese checked as UTF-8', 'utf-8', utf8(TEXT), true]
	];
	it.each(CASES)('%s: the same verdict and text as decoding the whole, for every chunk size', (_, encoding, bytes, valid) => {
		expect(whole(encoding, bytes) !== null).toBe(valid);
		for (const size of [1, 2, 3, 4, 5, 7, 1 << 20]) {
			expect(fits(encoding, bytes, size), `check, chunks of ${size}`).toBe(valid);
			if (valid) expect([...decodeChunks(chunked(bytes, size), encoding)].join(''), `text, chunks of ${size}`).toBe(TEXT);
		}
	});

	it('tries encodings in the order decodeBytes does: the analyst\'s, a BOM\'s, else UTF-8 then GB18030', () => {
		const bom8 = new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), le = new Uint8Array([0xff, 0xfe, 0x41, 0]), be = new Uint8Array([0xfe, 0xff, 0, 0x41]);
		expect(candidates(bom8)).toEqual([{ encoding: 'utf-8', bom: 3 }]);
		expect(candidates(le)).toEqual([{ encoding: 'utf-16le', bom: 2 }]);
		expect(candidates(be)).toEqual([{ encoding: 'utf-16be', bom: 2 }]);
		expect(candidates(utf8('指标'))).toEqual([{ encoding: 'utf-8', bom: 0 }, { encoding: 'gb18030', bom: 0 }]);
		expect(candidates(le, 'gb18030')).toEqual([{ encoding: 'gb18030', bom: 0 }]);
		expect(candidates(bom8, 'utf-8')).toEqual([{ encoding: 'utf-8', bom: 3 }]);
		expect(candidates(le, 'utf-16be')).toEqual([{ encoding: 'utf-16be', bom: 0 }]);
	});

	it('a GB18030 upload read in pieces gives what reading its whole text gives, and says GB18030', () => {
		const rows = ['指标,期间,数值,单位'];
		for (let y = 2000; y < 2025; y++) for (let m = 1; m <= 12; m++) rows.push(`游客接待量,${y}年${m}月,${y - 1990}.${m}万,人次`, `旅游收入,${y}年${m}月,${m}亿元,元`);
		const bytes = new Uint8Array(iconv.encode(rows.join('\r\n'), 'gb18030'));
		const inPieces = readBytes('gbk.csv', bytes, { catalog: catalog(), isUtf8 });
		expect(inPieces.encoding).toBe('gb18030');
		expect(inPieces.accepted).toBe(600);
		expect(inPieces).toEqual(readBytes('gbk.csv', bytes, { catalog: catalog() }));
	});
});
