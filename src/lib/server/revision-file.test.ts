// A revision's file download: the exact bytes received, streamed (and gunzipped as a stream when stored gzipped).
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from './db/sqlite/store';
import type { Store } from './db/store';
import { ingestFiles } from './ingest';
import { revisionFileResponse } from './revision-file';

const enc = (s: string) => new TextEncoder().encode(s);
const INDICATORS = '代码,名称,单位,类型,方向\ntourist-arrivals,旅游接待人次,人次,flow,up\n';

let dir: string;
let store: Store;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'ob-file-'));
	store = createSqliteStore(join(dir, 'app.db'));
});
afterEach(async () => {
	await store.close();
	rmSync(dir, { recursive: true, force: true });
});

async function commit(name: string, bytes: Uint8Array): Promise<number> {
	const r = await ingestFiles(store, [{ name, bytes }]);
	expect(r.ok, JSON.stringify(r.files[0]?.errors)).toBe(true);
	return r.files[0]!.revision!;
}

describe('revision file download', () => {
	it('streams a large upload, stored gzipped, back byte for byte in many chunks', async () => {
		await commit('i.csv', enc(INDICATORS));
		const lines = ['指标,期间,数值,备注'];
		for (let m = 0; m < 2400; m++) lines.push(`tourist-arrivals,${1901 + Math.floor(m / 12)}年${(m % 12) + 1}月,${m * 7 + 1},第${m}行的说明文字:${'备注'.repeat(20)}`);
		const bytes = enc(lines.join('\r\n'));
		expect(bytes.byteLength).toBeGreaterThan(200 * 1024);
		const id = await commit('large.csv', bytes);
		expect((await store.revisionFile(id))!.compression).toBe('gzip');
		const res = (await revisionFileResponse(store, id))!;
		expect(res.headers.get('content-type')).toBe('application/octet-stream');
		expect(res.headers.get('content-disposition')).toBe(`attachment; filename="revision-${id}.csv"; filename*=UTF-8''large.csv`);
		let chunks = 0;
		const parts: Uint8Array[] = [];
		const reader = res.body!.getReader();
		for (let r = await reader.read(); !r.done; r = await reader.read()) {
			chunks++;
			parts.push(r.value);
		}
		expect(chunks).toBeGreaterThan(1);
		expect(Buffer.concat(parts).equals(Buffer.from(bytes))).toBe(true);
		expect(res.headers.get('x-content-sha256')).toBe((await store.revision(id))!.sha256);
	});

	it('sends a small upload (stored as it came) unchanged, and nothing for a revision without a file', async () => {
		const bytes = enc(INDICATORS);
		const id = await commit('定义.csv', bytes);
		expect((await store.revisionFile(id))!.compression).toBeNull();
		const res = (await revisionFileResponse(store, id))!;
		expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
		expect(res.headers.get('content-disposition')).toBe(`attachment; filename="revision-${id}.csv"; filename*=UTF-8''${encodeURIComponent('定义.csv')}`);
		const revert = await store.transaction((tx) => tx.revert(id, 'tester', 'b'));
		expect(await revisionFileResponse(store, revert.revision.id)).toBeNull();
		expect(await revisionFileResponse(store, 999)).toBeNull();
	});

	it('stops reading when the client cancels', async () => {
		await commit('i.csv', enc(INDICATORS));
		// Notes that hardly compress, so the stored file is far larger than the buffers between it and the client.
		const lines = ['指标,期间,数值,备注'];
		for (let m = 0; m < 2400; m++) lines.push(`tourist-arrivals,${1901 + Math.floor(m / 12)}年${(m % 12) + 1}月,${m},${createHash('sha256').update(String(m)).digest('hex')}`);
		const id = await commit('big.csv', enc(lines.join('\n')));
		let read = 0;
		const counting: Store = {
			...store,
			revisionFile: async (i) => {
				const f = (await store.revisionFile(i, 256))!;
				return {
					...f,
					chunks: (async function* () {
						for await (const c of f.chunks) {
							read++;
							yield c;
						}
					})()
				};
			}
		};
		const reader = (await revisionFileResponse(counting, id))!.body!.getReader();
		await reader.read();
		await reader.cancel();
		const stored = (await store.revisionFile(id))!.storedSize;
		expect(stored).toBeGreaterThan(100_000);
		expect(read * 256).toBeLessThan(stored / 2);
	});
});
