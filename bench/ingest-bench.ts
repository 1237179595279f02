// npm run bench — ingest throughput, and memory against its budget (peak RSS ≤ 5 × file size), on issue 2's plain
// shape (no targets, no notes). The speed budget is no longer judged here: issue 13 set it on the larger, harder
// shape of the scale section (bench/scale-bench.ts, ≤ 2.5 × bare papaparse, startup included); the ratio here
// is printed for comparison with earlier runs.
//
// One run: generates a 1,000,000-row tidy observations file (1000 indicators × 1000 months) and its
// indicators file into bench/out/ (git-ignored), then
//   1. ingests it through the real path in a child process (decode → parse → validate → commit to a
//      fresh SQLite file with its indexes: `ingestFiles` on `openStore('file:…')`), indicators first,
//      timing only the observations ingest, and reports the child's own peak RSS;
//   2. times bare papaparse on the same text in this process (no typing, decode excluded);
//   3. prints the figures and PASS/FAIL per budget line. Exit code 0 either way: this is a measurement;
//   4. with BENCH_DATABASE_URL (or TEST_DATABASE_URL) runs step 1 again into a fresh PostgreSQL database.
// The child does nothing but the ingest, so the parse baseline's memory cannot pollute its peak RSS.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { BENCH_PG_URL, noPostgres, withBenchDatabase } from './pg';
import { mib } from './report';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = resolve(HERE, 'out');
const INDICATORS = 1000;
const MONTHS = 1000;
const ROWS = INDICATORS * MONTHS;
const BUDGET_RSS_FACTOR = 5;

// ---------------------------------------------------------------------------------------------------
// Data: deterministic, so every run measures the same bytes.

const UNITS = [
	{ base: '人次', written: '万人次' },
	{ base: '元', written: '万元' },
	{ base: '个', written: '个' },
	{ base: '场次', written: '场次' }
];
const CATEGORIES = ['tourism', 'culture', 'sports', 'industry', 'governance'];
const SOURCES = ['市统计局《统计月报》', '市文体广旅局业务统计', '"市文体广旅局党组巡察整改进展情况通报,二(六)"', '省旅游大数据平台'];

function code(i: number) {
	return `ind-${String(i).padStart(4, '0')}`;
}
function nameZh(i: number) {
	return `文旅指标${String(i).padStart(4, '0')}号`;
}

function indicatorsCsv(): string {
	const lines = ['代码,名称,英文名称,单位,类型,方向,类别,整改事项,说明'];
	for (let i = 0; i < INDICATORS; i++) {
		const u = UNITS[i % UNITS.length]!;
		lines.push(
			[code(i), nameZh(i), `Indicator ${i}`, u.base, i % 3 === 2 ? 'stock' : 'flow', i % 7 === 0 ? 'down' : 'up', CATEGORIES[i % CATEGORIES.length], (i % 11) + 1, `基准测试指标 ${i}`].join(',')
		);
	}
	return lines.join('\n') + '\n';
}

/** Tidy observations: 指标 (code or Chinese name, alternating), 期间 (2024年3月), 数值 (12345.6), 单位, 来源. */
function observationsCsv(shift = 0): string {
	const parts: string[] = ['指标,期间,数值,单位,来源\n'];
	let seed = 12345 + shift;
	const rnd = () => {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		return seed / 2147483648;
	};
	const periods = Array.from({ length: MONTHS }, (_, m) => `${1950 + Math.floor(m / 12)}年${(m % 12) + 1}月`);
	for (let i = 0; i < INDICATORS; i++) {
		const ind = i % 2 === 0 ? code(i) : nameZh(i);
		const u = UNITS[i % UNITS.length]!;
		const chunk: string[] = [];
		for (let m = 0; m < MONTHS; m++) {
			const value = u.written === '个' || u.written === '场次' ? String(Math.floor(rnd() * 500)) : (rnd() * 100000).toFixed(1);
			chunk.push(`${ind},${periods[m]},${value},${u.written},${SOURCES[(i + m) % SOURCES.length]}\n`);
		}
		parts.push(chunk.join(''));
	}
	return parts.join('');
}

// ---------------------------------------------------------------------------------------------------
// Child: only the ingest, so its peak RSS is the ingest's.

async function child(dbUrl: string, indicatorsPath: string, observationsPath: string) {
	const { openStore } = await import('../src/lib/server/db/index');
	const { ingestFiles } = await import('../src/lib/server/ingest');
	const store = await openStore(dbUrl);
	const seed = await ingestFiles(store, [{ name: 'indicators.csv', bytes: new Uint8Array(readFileSync(indicatorsPath)) }]);
	if (!seed.ok) throw new Error(`indicators file rejected: ${JSON.stringify(seed.files[0]?.errors.slice(0, 3))}`);
	const cpu0 = process.cpuUsage();
	const t0 = performance.now();
	// As `npm run ingest` passes files: left on disk, read by the reading thread a chunk at a time.
	const report = await ingestFiles(store, [{ name: 'observations.csv', path: observationsPath }]);
	const ms = performance.now() - t0;
	const cpu = process.cpuUsage(cpu0);
	await store.close();
	const f = report.files[0]!;
	process.stdout.write(
		JSON.stringify({
			ms,
			cpuMs: (cpu.user + cpu.system) / 1000,
			maxRssKiB: process.resourceUsage().maxRSS,
			ok: report.ok,
			rows: f.rows,
			accepted: f.accepted,
			errorCount: f.errorCount,
			firstErrors: f.errors.slice(0, 3),
			changes: f.changes,
			revision: f.revision
		}) + '\n'
	);
}

/**
 * SQLite's own share, for scale: the rows the ingest stored, copied into a fresh database of the same
 * schema, settings and indexes by one INSERT … SELECT from a temporary table: no reading, no JavaScript
 * per row. What is left of the ingest's time beyond this is ours.
 */
async function floorChild(source: string, target: string) {
	const { openStore } = await import('../src/lib/server/db/index');
	const { openWriter } = await import('../src/lib/server/db/sqlite/open');
	await (await openStore(`file:${target}`)).close(); // created and migrated as the app does
	const { db } = openWriter(target);
	const columns = 'indicator, period, value, qualifier, provenance, yoy_reported, yoy_decimals, source, note';
	db.prepare('ATTACH ? AS src').run(source);
	db.exec(`CREATE TEMP TABLE copy AS SELECT ${columns} FROM src.observations ORDER BY id`);
	db.exec('DETACH src');
	const t0 = performance.now();
	db.exec('BEGIN');
	db.exec(`INSERT INTO revisions (id, batch, kind, created_at) VALUES (1, 'floor', 'observations', datetime('now'))`);
	const rows = db.prepare(`INSERT INTO observations (${columns}, revision_id) SELECT ${columns}, 1 FROM temp.copy`).run().changes;
	const t1 = performance.now();
	db.exec('COMMIT');
	const t2 = performance.now();
	db.close();
	process.stdout.write(JSON.stringify({ rows, insertMs: t1 - t0, commitMs: t2 - t1 }) + '\n');
}

// ---------------------------------------------------------------------------------------------------

function verdict(ok: boolean) {
	return ok ? 'PASS' : 'FAIL';
}

interface IngestResult {
	ms: number;
	cpuMs: number;
	maxRssKiB: number;
	ok: boolean;
	rows: number;
	accepted: number;
	errorCount: number;
	firstErrors: unknown[];
	changes: { added: number; updated: number; unchanged: number };
	revision: number | null;
}

/**
 * The child runs this file bundled by esbuild (chunks split as the server's build splits them, packages
 * from node_modules), as the built server runs the ingest: no TypeScript compiler in the measured
 * process, whose loader thread and compiled sources would otherwise count in its RSS.
 */
let childEntry: string | null = null;
function bundledChild(): string {
	if (childEntry) return childEntry;
	const outdir = join(OUT, 'child');
	rmSync(outdir, { recursive: true, force: true });
	const require = createRequire(import.meta.url);
	(require('esbuild') as typeof import('esbuild')).buildSync({
		entryPoints: [fileURLToPath(import.meta.url)],
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		packages: 'external',
		outdir,
		chunkNames: '[name]-[hash]',
		logLevel: 'warning'
	});
	return (childEntry = join(outdir, 'ingest-bench.js'));
}

/** Runs the ingest of the observations file in a child process against `dbUrl` and returns its figures. */
function ingestInChild(dbUrl: string, indicatorsPath: string, observationsPath: string): IngestResult {
	const run = spawnSync(process.execPath, [bundledChild(), '--child', dbUrl, indicatorsPath, observationsPath], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
		maxBuffer: 64 * 2 ** 20
	});
	if (run.status !== 0) {
		console.error(`ingest child failed (exit ${run.status}, signal ${run.signal})`);
		process.exit(1);
	}
	const ingest = JSON.parse(run.stdout.trim().split('\n').pop()!) as IngestResult;
	if (!ingest.ok || ingest.accepted !== ROWS || ingest.changes.added !== ROWS) {
		console.error(`ingest did not accept every row: ${JSON.stringify(ingest)}`);
		process.exit(1);
	}
	return ingest;
}

function floorInChild(source: string, target: string): { rows: number; insertMs: number; commitMs: number } {
	for (const suffix of ['', '-wal', '-shm']) rmSync(target + suffix, { force: true });
	const run = spawnSync(process.execPath, [bundledChild(), '--floor', source, target], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
	if (run.status !== 0) {
		console.error(`SQLite floor child failed (exit ${run.status}, signal ${run.signal})`);
		process.exit(1);
	}
	return JSON.parse(run.stdout.trim().split('\n').pop()!) as { rows: number; insertMs: number; commitMs: number };
}

async function main() {
	mkdirSync(OUT, { recursive: true });
	const indicatorsPath = join(OUT, 'indicators.csv');
	const observationsPath = join(OUT, 'observations.csv');
	const stamp = join(OUT, `.generated-${ROWS}-v1`);
	if (!existsSync(stamp) || !existsSync(observationsPath) || !existsSync(indicatorsPath)) {
		const t = performance.now();
		writeFileSync(indicatorsPath, indicatorsCsv());
		writeFileSync(observationsPath, observationsCsv());
		writeFileSync(stamp, '');
		console.log(`generated ${observationsPath} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
	}
	const size = statSync(observationsPath).size;
	console.log(`observations file: ${observationsPath}`);
	console.log(`  ${ROWS.toLocaleString('en')} rows (${INDICATORS} indicators × ${MONTHS} months), ${size.toLocaleString('en')} bytes (${mib(size)}), UTF-8, header 指标,期间,数值,单位,来源`);

	// 1. The real ingest, in a child process of its own.
	const dbPath = join(OUT, 'bench.db');
	for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
	const ingest = ingestInChild(`file:${dbPath}`, indicatorsPath, observationsPath);
	const dbSize = ['', '-wal'].reduce((s, x) => s + (existsSync(dbPath + x) ? statSync(dbPath + x).size : 0), 0);
	const floorPath = join(OUT, 'floor.db');
	const floor = floorInChild(dbPath, floorPath);
	for (const path of [dbPath, floorPath]) for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });

	// 2. Bare papaparse on the same text: header objects, no typing. Decode timed separately.
	const bytes = readFileSync(observationsPath);
	let t = performance.now();
	const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	const decodeMs = performance.now() - t;
	const cpu0 = process.cpuUsage();
	t = performance.now();
	const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
	const parseMs = performance.now() - t;
	const cpu = process.cpuUsage(cpu0);
	const parseCpuMs = (cpu.user + cpu.system) / 1000;
	if (parsed.data.length !== ROWS) console.error(`warning: papaparse saw ${parsed.data.length} rows`);

	// 3. Figures and the budget.
	const ratio = ingest.ms / parseMs;
	const rss = ingest.maxRssKiB * 1024;
	const rssFactor = rss / size;
	console.log('');
	console.log(`ingest (observations file, ingestFiles → fresh SQLite, WAL, synchronous=FULL; src/ bundled by esbuild as the server's build is): ${(ingest.ms / 1000).toFixed(2)} s, ${Math.round(ROWS / (ingest.ms / 1000)).toLocaleString('en')} rows/s`);
	console.log(`  result: ${ingest.accepted.toLocaleString('en')} accepted, added ${ingest.changes.added.toLocaleString('en')}, revision ${ingest.revision}; database + WAL ${mib(dbSize)}`);
	console.log(`bare papaparse (Papa.parse(text, {header: true, skipEmptyLines: true}), decode excluded): ${(parseMs / 1000).toFixed(2)} s, ${Math.round(ROWS / (parseMs / 1000)).toLocaleString('en')} rows/s`);
	console.log(`  (UTF-8 decode of the same bytes, not in the baseline: ${(decodeMs / 1000).toFixed(2)} s; ratio with decode in the baseline: ${(ingest.ms / (parseMs + decodeMs)).toFixed(2)})`);
	console.log(`ratio ingest / papaparse: ${ratio.toFixed(2)}`);
	console.log(
		`  (CPU time: ingest ${(ingest.cpuMs / 1000).toFixed(2)} s in all its threads, papaparse ${(parseCpuMs / 1000).toFixed(2)} s; load average ${loadavg()
			.map((l) => l.toFixed(1))
			.join(' ')} on ${availableParallelism()} cores)`
	);
	console.log(`peak RSS of the ingest (child process maxRSS): ${mib(rss)} = ${rssFactor.toFixed(2)} × file size`);
	const floorMs = floor.insertMs + floor.commitMs;
	console.log(
		`SQLite alone, for scale (the same ${floor.rows.toLocaleString('en')} rows by one INSERT … SELECT into a fresh database, same schema, indexes and synchronous=FULL; no reading, no JavaScript): ${(floorMs / 1000).toFixed(2)} s (insert ${(floor.insertMs / 1000).toFixed(2)} s, commit ${(floor.commitMs / 1000).toFixed(2)} s) = ${(floorMs / parseMs).toFixed(2)} × papaparse`
	);
	console.log('');
	console.log(`ratio: ${ratio.toFixed(2)} (no budget here: the speed budget is the scale section's, issue 13)`);
	console.log(`budget: peak RSS ≤ ${BUDGET_RSS_FACTOR} × file size (${mib(BUDGET_RSS_FACTOR * size)}): ${mib(rss)} ${verdict(rssFactor <= BUDGET_RSS_FACTOR)}`);

	// 4. The same ingest into PostgreSQL (a fresh database on the bench server), beside SQLite.
	console.log('');
	if (!BENCH_PG_URL) return noPostgres('1M-row ingest');
	await withBenchDatabase(async (url, settings) => {
		const pg = ingestInChild(url, indicatorsPath, observationsPath);
		const pgRatio = pg.ms / parseMs;
		const pgRss = pg.maxRssKiB * 1024;
		console.log(`ingest (same file, ingestFiles → fresh PostgreSQL database; ${settings}): ${(pg.ms / 1000).toFixed(2)} s, ${Math.round(ROWS / (pg.ms / 1000)).toLocaleString('en')} rows/s`);
		console.log(`  result: ${pg.accepted.toLocaleString('en')} accepted, added ${pg.changes.added.toLocaleString('en')}, revision ${pg.revision}; CPU time of the app process ${(pg.cpuMs / 1000).toFixed(2)} s (the server's is not included)`);
		console.log(`  PostgreSQL vs SQLite: ${(pg.ms / ingest.ms).toFixed(2)} × the time; peak RSS ${mib(pgRss)} = ${(pgRss / size).toFixed(2)} × file size`);
		console.log(`PostgreSQL ratio: ${pgRatio.toFixed(2)} (no budget here: the scale section judges PostgreSQL against SQLite)`);
		console.log(`budget (same lines, PostgreSQL): peak RSS ≤ ${BUDGET_RSS_FACTOR} × file size: ${mib(pgRss)} ${verdict(pgRss / size <= BUDGET_RSS_FACTOR)}`);
	});
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!, process.argv[5]!);
else if (process.argv[2] === '--floor') await floorChild(process.argv[3]!, process.argv[4]!);
else await main();
