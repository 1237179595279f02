// Reads the PNGs resvg writes (8-bit RGBA, not interlaced) into pixels, so tests can look at what was drawn.
import { inflateSync } from 'node:zlib';

export interface Pixels {
	width: number;
	height: number;
	/** RGBA, row-major. */
	data: Uint8Array;
}

export function pngSize(png: Uint8Array): { width: number; height: number } {
	const b = Buffer.from(png);
	if (b.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG');
	return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

export function decodePng(png: Uint8Array): Pixels {
	const b = Buffer.from(png);
	const { width, height } = pngSize(b);
	if (b[24] !== 8 || b[25] !== 6 || b[28] !== 0) throw new Error('expected 8-bit RGBA, not interlaced');
	const idat: Buffer[] = [];
	for (let off = 8; off < b.length; ) {
		const len = b.readUInt32BE(off);
		if (b.toString('latin1', off + 4, off + 8) === 'IDAT') idat.push(b.subarray(off + 8, off + 8 + len));
		off += len + 12;
	}
	const raw = inflateSync(Buffer.concat(idat));
	const stride = width * 4;
	const out = new Uint8Array(stride * height);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)]!;
		const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
		for (let x = 0; x < stride; x++) {
			const a = x >= 4 ? out[y * stride + x - 4]! : 0;
			const up = y > 0 ? out[(y - 1) * stride + x]! : 0;
			const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4]! : 0;
			let v = line[x]!;
			if (filter === 1) v += a;
			else if (filter === 2) v += up;
			else if (filter === 3) v += (a + up) >> 1;
			else if (filter === 4) {
				const p = a + up - c;
				const pa = Math.abs(p - a), pb = Math.abs(p - up), pc = Math.abs(p - c);
				v += pa <= pb && pa <= pc ? a : pb <= pc ? up : c;
			}
			out[y * stride + x] = v & 0xff;
		}
	}
	return { width, height, data: out };
}

/** Pixels in a box that are clearly darker than a white background (ink). */
export function inkIn(p: Pixels, box: { x: number; y: number; w: number; h: number }): number {
	let n = 0;
	for (let y = box.y; y < Math.min(p.height, box.y + box.h); y++)
		for (let x = box.x; x < Math.min(p.width, box.x + box.w); x++) {
			const i = (y * p.width + x) * 4;
			if (p.data[i]! + p.data[i + 1]! + p.data[i + 2]! < 3 * 160) n++;
		}
	return n;
}

/** The box's pixels as one string of ink/no-ink bits, to tell two drawings apart. */
export function inkMask(p: Pixels, box: { x: number; y: number; w: number; h: number }): string {
	let s = '';
	for (let y = box.y; y < box.y + box.h; y++)
		for (let x = box.x; x < box.x + box.w; x++) {
			const i = (y * p.width + x) * 4;
			s += p.data[i]! + p.data[i + 1]! + p.data[i + 2]! < 3 * 160 ? '1' : '0';
		}
	return s;
}
