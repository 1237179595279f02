// npm run bench (part 2): the dashboard on 200 indicators × 10 years of months, against the budgets of
// the dashboard issue. Prints figures and PASS/FAIL in one run; it is a measurement, not a test.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHART_BUILDERS, CHART_SIZE } from '../src/lib/charts/index';
import { overviewCards } from '../src/lib/domain/cards';
import { buildAllSeries } from '../src/lib/domain/series';
import { renderCached, renderChartSvg, SvgCache } from '../src/lib/server/charts';
import { openStore } from '../src/lib/server/db/index';
import { ingestFiles } from '../src/lib/server/ingest';
import { startBenchServer } from './server';
import { BENCH_PG_URL, noPostgres, withBenchDatabase } from './pg';

const INDICATORS = 200;
const YEARS = 10;
const FIRST_YEAR = 2015;
const root = process.cwd();
const enc = new TextEncoder();

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)]!;
}

function time(n: number, fn: () => void): number {
	const out: number[] = [];
	for (let i = 0; i < n; i++) {
		const t = performance.now();
		fn();
		out.push(performance.now() - t);
	}
	return median(out);
}

function line(label: string, value: number, unit: string, budget: number) {
	const ok = value <= budget;
	console.log(`${label.padEnd(52)} ${value.toFixed(unit === 'KB' ? 1 : 2).padStart(9)} ${unit.padEnd(3)} budget ≤ ${budget} ${unit}  ${ok ? 'PASS' : 'FAIL'}`);
}

/** Every measurement on one database (`backend` names it in the output). */
async function measure(backend: string, dbUrl: string) {
	console.log(`\n— ${backend} —`);
	// 1. A generated database: flows with monthly values and an annual target per year.
	const ind = ['code,name_zh,name_en,unit,kind,direction,category,item'];
	const obs = ['indicator,period,value,provenance,source'];
	const tgt = ['indicator,period,target,basis'];
	for (let i = 0; i < INDICATORS; i++) {
		const code = `bench-${String(i).padStart(3, '0')}`;
		ind.push(`${code},基准指标${i},Bench indicator ${i},人次,flow,${i % 5 === 0 ? 'down' : 'up'},${['tourism', 'culture', 'sports', 'industry', 'governance'][i % 5]},${(i % 11) + 1}`);
		for (let y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
			let year = 0;
			for (let m = 1; m <= 12; m++) {
				const v = 1000 + ((i * 37 + y * 11 + m * 7) % 500) * 10;
				year += v;
				obs.push(`${code},${y}-${String(m).padStart(2, '0')},${v},demo,bench`);
			}
			tgt.push(`${code},${y},${Math.round(year * 1.05)},年度计划`);
		}
	}
	const store = await openStore(dbUrl);
	const t0 = performance.now();
	const report = await ingestFiles(store, [
		{ name: 'indicators.csv', bytes: enc.encode(ind.join('\n')) },
		{ name: 'targets.csv', bytes: enc.encode(tgt.join('\n')) },
		{ name: 'observations.csv', bytes: enc.encode(obs.join('\n')) }
	]);
	if (!report.ok) throw new Error(JSON.stringify(report.files.map((f) => f.errors.slice(0, 3))));
	console.log(`generated ${INDICATORS} indicators × ${YEARS} years of months (${obs.length - 1} values) in ${(performance.now() - t0).toFixed(0)} ms`);

	// 2. Latest + 同比 for every indicator: the store read plus derivation (cold), and from the cached series.
	const cold: number[] = [];
	let series = buildAllSeries([], [], []);
	for (let i = 0; i < 10; i++) {
		const t = performance.now();
		const [a, b, c] = await Promise.all([store.indicators(), store.observations(), store.targets()]);
		series = buildAllSeries(a, b, c);
		cold.push(performance.now() - t);
	}
	const warm = time(50, () => overviewCards(series, { year: 2024, category: null, item: null, sort: 'behind' }));
	console.log(`all-indicator latest + 同比, cold (read + derive)             ${median(cold).toFixed(2).padStart(9)} ms (rebuilt only after an upload)`);
	line('all-indicator latest + 同比 from the derived series', warm, 'ms', 2);

	// 3. Chart SVG: uncached render and a cache hit.
	const one = series[0]!;
	const opts = { lang: 'zh-CN' as const, ssr: true };
	const uncached = time(30, () => renderChartSvg(CHART_BUILDERS.yoy(one, opts), CHART_SIZE.yoy));
	const uncachedCum = time(30, () => renderChartSvg(CHART_BUILDERS.cumulative(one, opts), CHART_SIZE.cumulative));
	const cache = new SvgCache(10);
	renderCached('bench', () => CHART_BUILDERS.yoy(one, opts), CHART_SIZE.yoy, cache);
	const cached = time(200, () => renderCached('bench', () => CHART_BUILDERS.yoy(one, opts), CHART_SIZE.yoy, cache));
	line('chart SVG render, uncached (同比 chart)', uncached, 'ms', 15);
	line('chart SVG render, uncached (cumulative chart)', uncachedCum, 'ms', 15);
	line('chart SVG render, cached', cached, 'ms', 1);
	await store.close();

	// 4. The overview server-rendered by the built app over HTTP, for a signed-in viewer.
	const server = await startBenchServer(dbUrl);
	const url = server.url;
	const viewer = { cookie: server.cookies.viewer, 'accept-language': 'zh-CN' };
	try {
		const renders: number[] = [];
		let html = '';
		for (let i = 0; i < 40; i++) {
			const t = performance.now();
			html = await (await fetch(url + '/', { headers: viewer })).text();
			renders.push(performance.now() - t);
		}
		line('overview server render (GET /, median of 40)', median(renders.slice(5)), 'ms', 50);

		// 5. Gzipped client JS the overview page loads, read from the build.
		const scripts = [...new Set([...html.matchAll(/\/_app\/immutable\/[^"'\s)]+\.js/g)].map((m) => m[0]))];
		const bytes = scripts.reduce((sum, s) => sum + gzipSync(readFileSync(join(root, 'build', 'client', s))).length, 0);
		line(`overview client JS, gzipped (${scripts.length} files)`, bytes / 1024, 'KB', 180);
	} finally {
		server.stop();
	}
}

const dir = mkdtempSync(join(tmpdir(), 'ob-dash-bench-'));
const dbUrl = `file:${join(dir, 'bench.db')}`;
try {
	await measure('SQLite', dbUrl);
} finally {
	if (process.env.BENCH_KEEP_DB) console.log(`database kept at ${dbUrl}`);
	else rmSync(dir, { recursive: true, force: true });
}
// The same overview query and page on PostgreSQL, beside SQLite.
if (BENCH_PG_URL) await withBenchDatabase((url, settings) => measure(`PostgreSQL (${settings})`, url));
else noPostgres('overview query');
