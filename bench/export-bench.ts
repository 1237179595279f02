// Export bench: GET /api/v1/export.csv from the built server on a SQLite file of EXPORT_ROWS generated
// values (default 1,000,000; 1,000 months per indicator): time to the first byte, total time, size, and
// the server's RSS growth (sampled from /proc every 20 ms). Goals: first byte within 1 s and RSS growth
// within a fixed 128 MiB, whatever the size (what remains is V8's young generation and old space growing
// under the allocation rate, and SQLite's page cache; the whole-array export grew 1.5 GB at 1,000,000).
// Run: npx tsx bench/export-bench.ts   (EXPORT_ROWS=200000 for a quicker run)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../src/lib/server/db/sqlite/store';
import { insertBulkValues } from '../tests/helpers/bulk';
import { startBenchServer } from './server';

const rows = Number(process.env.EXPORT_ROWS ?? 1_000_000);
const months = 1000;
const dir = mkdtempSync(join(tmpdir(), 'ob-export-bench-'));
const path = join(dir, 'app.db');
const rss = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;
const mib = (n: number) => (n / 2 ** 20).toFixed(1);

try {
	await createSqliteStore(path).close(); // the schema
	insertBulkValues(path, Math.ceil(rows / months), months);
	const server = await startBenchServer(`file:${path}`, { SEED_DEMO: '0' });
	try {
		const get = (q = '') => fetch(`${server.url}/api/v1/export.csv${q}`, { headers: { cookie: server.cookies.viewer } });
		await (await get('?indicator=bulk-00000')).arrayBuffer(); // warm-up
		const before = rss(server.pid);
		let peak = before;
		const sampler = setInterval(() => (peak = Math.max(peak, rss(server.pid))), 20);
		const started = performance.now();
		const res = await get();
		const reader = res.body!.getReader();
		let bytes = 0;
		let firstByte = 0;
		for (let r = await reader.read(); !r.done; r = await reader.read()) {
			if (bytes === 0) firstByte = performance.now() - started;
			bytes += r.value.byteLength;
		}
		const total = performance.now() - started;
		clearInterval(sampler);
		const growth = Math.max(peak, rss(server.pid)) - before;
		const ok = res.status === 200 && firstByte < 1000 && growth < 128 * 2 ** 20;
		console.log(
			`export.csv of ${rows} values: ${mib(bytes)} MiB, first byte ${firstByte.toFixed(0)} ms, total ${(total / 1000).toFixed(1)} s, ` +
				`server RSS ${mib(before)} → ${mib(before + growth)} MiB (+${mib(growth)})  goals: first byte < 1 s, growth < 128 MiB  ${ok ? 'PASS' : 'FAIL'}`
		);
		if (!ok) process.exitCode = 1;
	} finally {
		server.stop();
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}
