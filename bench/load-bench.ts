// npm run bench (load): autocannon against the built server with the seed data and a viewer's cookie.
//   1. the overview page, 50 connections × 60 s   — 0 errors; goal p99 ≤ 300 ms
//   2. a chart SVG,       100 connections × 30 s   — 0 errors
//   3. the overview under 10 connections while an analyst uploads a 20 MB file through the HTTP API:
//      page p50/p99 and the server's own event-loop delay (from /api/v1/health, as an admin) meanwhile.
// BENCH_QUICK=1 runs each for 5 s (for trying the bench out; the figures in notes come from full runs).
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetchOnce } from '../tests/helpers/env';
import { startBenchServer, upload } from './server';

const quick = process.env.BENCH_QUICK === '1';
const dir = mkdtempSync(join(tmpdir(), 'ob-load-bench-'));

function start(opts: autocannon.Options): { stop: () => void; done: Promise<autocannon.Result> } {
	let instance: autocannon.Instance | undefined;
	const done = new Promise<autocannon.Result>((resolve, reject) => {
		instance = autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
	});
	return { stop: () => instance?.stop(), done };
}
const run = (opts: autocannon.Options) => start(opts).done;

function report(label: string, r: autocannon.Result, goalP99?: number): boolean {
	const errors = r.errors + r.timeouts + r.non2xx;
	const ok = errors === 0 && (goalP99 === undefined || r.latency.p99 <= goalP99);
	console.log(
		`${label.padEnd(44)} ${String(r.requests.total).padStart(7)} req  ${r.requests.average.toFixed(0).padStart(5)} req/s  ` +
			`p50 ${String(r.latency.p50).padStart(4)} ms  p99 ${String(r.latency.p99).padStart(5)} ms  errors ${errors}` +
			`${goalP99 !== undefined ? `  goal p99 ≤ ${goalP99} ms` : ''}  ${ok ? 'PASS' : 'FAIL'}`
	);
	return ok;
}

/** A tidy observations file of about `mb` megabytes for `indicators` new indicators, and their definitions. */
function bigUpload(mb: number, indicators = 200): { defs: string; obs: string } {
	const defs = ['代码,名称,英文名称,单位,类型,方向,类别'];
	for (let i = 0; i < indicators; i++) defs.push(`load-${i},负载测试指标${i},Load indicator ${i},人次,flow,up,tourism`);
	const lines = ['指标,期间,数值,来源'];
	let size = 0;
	for (let n = 0; size < mb * 1024 * 1024; n++) {
		const i = n % indicators;
		const m = Math.floor(n / indicators);
		const line = `load-${i},${1900 + Math.floor(m / 12)}年${(m % 12) + 1}月,${(n * 7919) % 1000003},负载测试生成数据`;
		size += Buffer.byteLength(line) + 1;
		lines.push(line);
	}
	return { defs: defs.join('\n') + '\n', obs: lines.join('\n') + '\n' };
}

const server = await startBenchServer(`file:${join(dir, 'load.db')}`);
let pass = true;
try {
	const viewer = { cookie: server.cookies.viewer, 'accept-language': 'zh-CN' };
	await fetch(server.url + '/', { headers: viewer }); // warm the series cache

	const overview = await run({ url: server.url + '/', connections: 50, duration: quick ? 5 : 60, headers: viewer });
	pass = report(`overview page, 50 conn × ${quick ? 5 : 60} s`, overview, 300) && pass;

	const chart = await run({ url: server.url + '/charts/tourist-arrivals.svg?kind=yoy&lang=zh-CN', connections: 100, duration: quick ? 5 : 30, headers: viewer });
	pass = report(`chart SVG, 100 conn × ${quick ? 5 : 30} s`, chart, undefined) && pass;

	// 3. An upload of about 20 MB while pages are being served.
	const { defs, obs } = bigUpload(quick ? 4 : 20);
	const defsResult = await upload(server.url, server.cookies.analyst, 'load-indicators.csv', defs);
	if (defsResult.status !== 200) throw new Error(`indicators upload failed: ${defsResult.status}`);
	// fetchOnce: the keep-alive connection idled through the upload and the server may have closed it.
	const health = () => fetchOnce(`${server.url}/api/v1/health?reset=1`, { headers: { cookie: server.cookies.admin } }).then((r) => r.json());
	await health(); // reset the histogram
	const during = start({ url: server.url + '/', connections: 10, duration: 600, headers: viewer });
	const started = performance.now();
	const uploadResult = await upload(server.url, server.cookies.analyst, 'load-observations.csv', obs);
	during.stop();
	const pages = await during.done;
	const loop = (await health()).eventLoopDelayMs as { p50: number; p99: number; max: number };
	const mb = (Buffer.byteLength(obs) / 1024 / 1024).toFixed(1);
	console.log(`upload of ${mb} MB (${obs.split('\n').length - 2} rows) over HTTP: ${uploadResult.status} in ${(uploadResult.ms / 1000).toFixed(1)} s`);
	pass = report(`overview, 10 conn, during the upload (${((performance.now() - started) / 1000).toFixed(0)} s)`, pages, undefined) && pass;
	console.log(`server event-loop delay during the upload: p50 ${loop.p50} ms, p99 ${loop.p99} ms, max ${loop.max} ms`);
	if (uploadResult.status !== 200) pass = false;
} finally {
	server.stop();
	rmSync(dir, { recursive: true, force: true });
}
console.log(pass ? 'load bench: PASS' : 'load bench: FAIL');
