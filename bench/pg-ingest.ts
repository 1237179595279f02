// tsx bench/pg-ingest.ts — issue 13 item 4: the same observations file through the real command line
// (`npm run ingest`) into a fresh SQLite file and into a fresh PostgreSQL database; PostgreSQL must take
// at most 1.5 × SQLite's wall time. Prints both times, the ratio and PASS/FAIL; exits 1 on FAIL (or when
// there is no PostgreSQL server to measure: BENCH_DATABASE_URL or TEST_DATABASE_URL, see bench/pg.ts).
//
// The file (deterministic, written to bench/out/pg-ingest/, git-ignored): BENCH_ROWS observations
// (default 1,000,000) over 9,000 indicators, 8,000 monthly and 1,000 quarterly, ten years each
// (8,000 × 120 + 1,000 × 40); 70% of rows with a target, 20% with a note holding quotes and commas, a
// unit column. A smaller BENCH_ROWS scales the number of indicators down in the same proportions.
// The indicators file is ingested first, untimed; then the observations file is timed, CLI start included.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_PG_URL, noPostgres, withBenchDatabase } from './pg';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const OUT = join(HERE, 'out', 'pg-ingest');
const BUDGET = 1.5;
const YEARS = 10;
const FIRST_YEAR = 2015;

const wanted = Number(process.env.BENCH_ROWS ?? 1_000_000);
if (!Number.isInteger(wanted) || wanted < 1000) throw new Error(`BENCH_ROWS must be an integer ≥ 1000, not ${process.env.BENCH_ROWS}`);
const MONTHLY = Math.max(1, Math.round((8000 * wanted) / 1_000_000));
const QUARTERLY = Math.max(1, Math.round((1000 * wanted) / 1_000_000));
const ROWS = MONTHLY * 12 * YEARS + QUARTERLY * 4 * YEARS;

const UNITS = [
	{ base: '人次', written: '万人次' },
	{ base: '元', written: '万元' },
	{ base: '个', written: '个' }
];
const SOURCES = ['市统计局《统计月报》', '市文体广旅局业务统计', '"巡察整改进展情况通报,二(六)"', '省旅游大数据平台'];
const QUARTERS = ['一', '二', '三', '四'];

const code = (i: number) => `pgb-${String(i).padStart(4, '0')}`;
const unitOf = (i: number) => UNITS[i % UNITS.length]!;

function indicatorsCsv(): string {
	const lines = ['code,name_zh,name_en,unit,kind,direction,category,item,description'];
	for (let i = 0; i < MONTHLY + QUARTERLY; i++)
		lines.push(`${code(i)},基准指标${i}号,Bench indicator ${i},${unitOf(i).base},flow,up,tourism,${(i % 11) + 1},${i < MONTHLY ? '月度' : '季度'}基准指标`);
	return lines.join('\n') + '\n';
}

function observationsCsv(): string {
	let seed = 20240613;
	const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const parts = ['指标,期间,数值,单位,目标值,来源,备注\n'];
	for (let i = 0; i < MONTHLY + QUARTERLY; i++) {
		const monthly = i < MONTHLY;
		const periods = monthly
			? Array.from({ length: 12 * YEARS }, (_, m) => `${FIRST_YEAR + Math.floor(m / 12)}年${(m % 12) + 1}月`)
			: Array.from({ length: 4 * YEARS }, (_, q) => `${FIRST_YEAR + Math.floor(q / 4)}年${QUARTERS[q % 4]}季度`);
		const unit = unitOf(i).written;
		const rows: string[] = [];
		for (const [k, period] of periods.entries()) {
			const value = unit === '个' ? Math.floor(rnd() * 500) : Number((rnd() * 1000).toFixed(1));
			const target = rnd() < 0.7 ? (unit === '个' ? String(value + 10) : (value * 1.1).toFixed(1)) : '';
			const note = rnd() < 0.2 ? `"据""${period}""快报,含逗号, 第${k + 1}期"` : '';
			rows.push(`${code(i)},${period},${value},${unit},${target},${SOURCES[(i + k) % SOURCES.length]},${note}\n`);
		}
		parts.push(rows.join(''));
	}
	return parts.join('');
}

interface Run {
	seconds: number;
	accepted: number;
	added: number;
}

/** `npm run ingest -- --json FILE` against `url`; the wall time of the whole command. */
function ingest(url: string, file: string): Run {
	const t0 = performance.now();
	const run = spawnSync('npm', ['run', '--silent', 'ingest', '--', '--json', file], {
		cwd: ROOT,
		env: { ...process.env, DATABASE_URL: url },
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
		maxBuffer: 256 * 2 ** 20
	});
	const seconds = (performance.now() - t0) / 1000;
	if (run.status !== 0) {
		console.error(`npm run ingest ${file} failed (exit ${run.status}, signal ${run.signal}): ${run.stdout.slice(0, 2000)}`);
		process.exit(1);
	}
	const f = (JSON.parse(run.stdout) as { files: { accepted: number; changes: { added: number } }[] }).files[0]!;
	return { seconds, accepted: f.accepted, added: f.changes.added };
}

/** Indicators first (untimed), then the observations file (timed). */
function ingestBoth(url: string, indicatorsPath: string, observationsPath: string): Run {
	ingest(url, indicatorsPath);
	const run = ingest(url, observationsPath);
	if (run.accepted !== ROWS || run.added !== ROWS) {
		console.error(`not every row was added: ${JSON.stringify(run)}, expected ${ROWS}`);
		process.exit(1);
	}
	return run;
}

async function main() {
	mkdirSync(OUT, { recursive: true });
	const indicatorsPath = join(OUT, `indicators-${ROWS}.csv`);
	const observationsPath = join(OUT, `observations-${ROWS}.csv`);
	if (!existsSync(observationsPath)) {
		writeFileSync(indicatorsPath, indicatorsCsv());
		// Under its real name only once complete, so an interrupted run leaves no half file to reuse.
		writeFileSync(observationsPath + '.part', observationsCsv());
		renameSync(observationsPath + '.part', observationsPath);
	}
	const size = statSync(observationsPath).size;
	console.log(`${observationsPath}: ${ROWS.toLocaleString('en')} rows (${MONTHLY} monthly + ${QUARTERLY} quarterly indicators × ${YEARS} years), ${(size / 2 ** 20).toFixed(1)} MiB`);

	const dbPath = join(OUT, 'bench.db');
	const clean = () => ['', '-wal', '-shm'].forEach((s) => rmSync(dbPath + s, { force: true }));
	clean();
	const lite = ingestBoth(`file:${dbPath}`, indicatorsPath, observationsPath);
	clean();
	console.log(`SQLite (fresh file):         npm run ingest ${lite.seconds.toFixed(2)} s`);

	if (!BENCH_PG_URL) {
		noPostgres('ingest');
		process.exit(1);
	}
	const pg = await withBenchDatabase(async (url, settings) => {
		const run = ingestBoth(url, indicatorsPath, observationsPath);
		console.log(`PostgreSQL (fresh database): npm run ingest ${run.seconds.toFixed(2)} s  (${settings})`);
		return run;
	});
	const ratio = pg.seconds / lite.seconds;
	const load = loadavg().map((l) => l.toFixed(1)).join(' ');
	console.log(`ratio PostgreSQL / SQLite: ${ratio.toFixed(2)} (load average ${load} on ${availableParallelism()} cores)`);
	console.log(`budget ≤ ${BUDGET}: ${ratio <= BUDGET ? 'PASS' : 'FAIL'}`);
	if (ratio > BUDGET) process.exit(1);
}

await main();
