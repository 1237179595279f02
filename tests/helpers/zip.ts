// Reads one entry of a .zip (a .docx is one) through its central directory, so tests can look inside.
import { inflateRawSync } from 'node:zlib';

export function zipEntries(zip: Uint8Array): Map<string, Buffer> {
	const b = Buffer.from(zip);
	let eocd = b.length - 22;
	while (eocd >= 0 && b.readUInt32LE(eocd) !== 0x06054b50) eocd--;
	if (eocd < 0) throw new Error('not a zip file');
	const count = b.readUInt16LE(eocd + 10);
	let off = b.readUInt32LE(eocd + 16);
	const out = new Map<string, Buffer>();
	for (let i = 0; i < count; i++) {
		if (b.readUInt32LE(off) !== 0x02014b50) throw new Error('bad central directory');
		const method = b.readUInt16LE(off + 10);
		const size = b.readUInt32LE(off + 20);
		const nameLen = b.readUInt16LE(off + 28);
		const extraLen = b.readUInt16LE(off + 30);
		const commentLen = b.readUInt16LE(off + 32);
		const local = b.readUInt32LE(off + 42);
		const name = b.toString('utf8', off + 46, off + 46 + nameLen);
		const dataStart = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
		const data = b.subarray(dataStart, dataStart + size);
		out.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
		off += 46 + nameLen + extraLen + commentLen;
	}
	return out;
}
