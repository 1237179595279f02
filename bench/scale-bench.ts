// npm run bench (scale): the product at the size it is built for, against the budgets of issue 13.
//
// The shape: 1,000,000 values over 9,000 indicators (8,000 monthly × 10 years, 1,000 quarterly × 10 years);
// 70% of rows carry a target, 20% a note with quotes and commas, and every row a unit. Generated
// (deterministically) into a temporary folder, then
//   1. loaded with the real CLI, `npm run ingest`, in a child process: the indicators file first, then the
//      observations file, timed from spawn to exit (startup included) with the peak RSS of its process tree
//      (GNU time's %M: the largest process's maxrss, which is the ingest's); beside it bare papaparse
//      (`header: true`) on the same file in a child process of its own, startup included, the faster of two
//      runs on either side of the ingest; then the same rows saved as GB18030 (as Excel does) into a fresh
//      database, whose peak RSS has the UTF-8 file's budget;
//   2. with BENCH_DATABASE_URL (or TEST_DATABASE_URL) the same two ingests into a fresh PostgreSQL database;
//   3. the built server (bench/server.ts) on the SQLite database, for a signed-in viewer: the first GET /,
//      GET / after an analyst uploads one value, the first indicator page linked from the overview, and
//      GET /api/v1/export.csv of all rows, streamed (first byte, server RSS meanwhile); the server's own peak
//      RSS (VmHWM in /proc/PID/status) through all of it.
// One line per figure with its budget and PASS/FAIL; exit 1 when a figure fails or cannot be measured.
// SCALE=0.05 shrinks the shape (indicator counts) for trying it out; the HTML-size and RSS budgets stay those
// of the full shape (the ingest's RSS budget is 5 × the full shape's file size, extrapolated).
// SCALE_INGEST_ONLY=1 measures parts 1 and 2 only (the ingests), without starting the server.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import iconv from 'iconv-lite';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BENCH_PG_URL, noPostgres, withBenchDatabase } from './pg';
import { broken, line, median, mib } from './report';
import { processMemory, startBenchServer, upload, type BenchServer } from './server';

const SCALE = Number(process.env.SCALE ?? '1');
if (!(SCALE > 0 && SCALE <= 1)) {
	console.error(`SCALE must be a number in (0, 1], not ${process.env.SCALE}`);
	process.exit(2);
}
const INGEST_ONLY = process.env.SCALE_INGEST_ONLY === '1';
const MONTHLY = Math.max(1, Math.round(8000 * SCALE));
const QUARTERLY = Math.max(1, Math.round(1000 * SCALE));
const YEARS = 10;
const FIRST_YEAR = 2016;
const VALUES = (MONTHLY * 12 + QUARTERLY * 4) * YEARS;
const FULL_VALUES = (8000 * 12 + 1000 * 4) * YEARS;

const BUDGET = {
	ingestRatio: 2.5,
	ingestRssFactor: 5,
	pgRatio: 1.5,
	firstOverviewMs: 1000,
	overviewKB: 300,
	afterUploadMs: 300,
	indicatorMs: 300,
	exportFirstByteMs: 1000,
	exportRssGrowthMiB: 64,
	serverHwmMiB: 500
};

const root = process.cwd();
let failed = false;
/** A figure against its budget; a failure makes the exit code 1. */
function judge(label: string, value: number, unit: string, budget: number) {
	if (!line(label, value, unit, budget)) failed = true;
}
/** A figure printed for scale, without a budget. */
function note(label: string, text: string) {
	console.log(`${label.padEnd(52)} ${text}`);
}

// ---------------------------------------------------------------------------------------------------
// The shape. Names are region × measure × scope (25 × 40 × 9 = 9,000, all different); units are written
// scaled where a bureau would (万人次, 万元), so the unit column converts on every such row.

const REGIONS = [
	['全市', 'city'],
	['城厢镇', 'Chengxiang'],
	['沙溪镇', 'Shaxi'],
	['浏河镇', 'Liuhe'],
	['浮桥镇', 'Fuqiao'],
	['璜泾镇', 'Huangjing'],
	['双凤镇', 'Shuangfeng'],
	['陆渡街道', 'Ludu'],
	['娄东街道', 'Loudong'],
	['科教新城', 'Science and Education New Town'],
	['港区', 'port area'],
	['高新区', 'high-tech zone'],
	['金仓湖景区', 'Jincang Lake'],
	['郑和公园', 'Zheng He Park'],
	['沙溪古镇', 'Shaxi Old Town'],
	['浏河营', 'Liuheying'],
	['现代农业园', 'modern agriculture park'],
	['天镜湖', 'Tianjing Lake'],
	['弇山园', 'Yanshan Garden'],
	['南园', 'South Garden'],
	['太仓博物馆', 'Taicang Museum'],
	['图书馆总分馆', 'library network'],
	['文化馆总分馆', 'cultural centre network'],
	['体育中心', 'sports centre'],
	['美术馆', 'art museum']
] as const;

interface Measure {
	zh: string;
	en: string;
	/** The indicator's unit (its base unit) and the unit as the file writes it. */
	unit: string;
	written: string;
	/** Typical monthly figure in the written unit, and the decimals written. */
	size: number;
	decimals: number;
	kind: 'flow' | 'stock' | 'rate';
	direction: 'up' | 'down';
	category: 'tourism' | 'culture' | 'sports' | 'industry' | 'governance';
}
const m = (zh: string, en: string, unit: string, written: string, size: number, decimals: number, kind: Measure['kind'], category: Measure['category'], direction: Measure['direction'] = 'up'): Measure => ({
	zh,
	en,
	unit,
	written,
	size,
	decimals,
	kind,
	direction,
	category
});
const MEASURES: Measure[] = [
	m('旅游接待人次', 'tourist arrivals', '人次', '万人次', 60, 2, 'flow', 'tourism'),
	m('旅游收入', 'tourism revenue', '元', '万元', 9000, 1, 'flow', 'tourism'),
	m('过夜游客人次', 'overnight visitors', '人次', '万人次', 12, 2, 'flow', 'tourism'),
	m('A级景区接待人次', 'A-grade scenic spot visits', '人次', '万人次', 25, 2, 'flow', 'tourism'),
	m('星级饭店客房出租率', 'star hotel occupancy', '%', '%', 62, 1, 'rate', 'tourism'),
	m('乡村旅游接待人次', 'rural tourism visits', '人次', '万人次', 8, 2, 'flow', 'tourism'),
	m('旅游投诉件数', 'tourism complaints', '件', '件', 14, 0, 'flow', 'governance', 'down'),
	m('投诉按期办结率', 'complaints closed on time', '%', '%', 96, 1, 'rate', 'governance'),
	m('文化场馆参观人次', 'cultural venue visits', '人次', '万人次', 5, 2, 'flow', 'culture'),
	m('公共图书馆外借册次', 'library loans', '册次', '册次', 42000, 0, 'flow', 'culture'),
	m('文艺演出场次', 'performances', '场次', '场次', 36, 0, 'flow', 'culture'),
	m('公益电影放映场次', 'free film screenings', '场次', '场次', 120, 0, 'flow', 'culture'),
	m('非遗展示活动', 'intangible heritage events', '场', '场', 6, 0, 'flow', 'culture'),
	m('文物安全巡查次数', 'heritage safety patrols', '次', '次', 48, 0, 'flow', 'governance'),
	m('文物安全隐患整改率', 'heritage hazards fixed', '%', '%', 88, 1, 'rate', 'governance'),
	m('全民健身活动参与人次', 'fitness event participants', '人次', '万人次', 3, 2, 'flow', 'sports'),
	m('体育赛事场次', 'sports events', '场次', '场次', 9, 0, 'flow', 'sports'),
	m('公共体育场地开放率', 'sports grounds open', '%', '%', 91, 1, 'rate', 'sports'),
	m('社会体育指导员人数', 'social sports instructors', '人', '人', 850, 0, 'stock', 'sports'),
	m('体育彩票销售额', 'sports lottery sales', '元', '万元', 1800, 1, 'flow', 'sports'),
	m('文旅企业营业收入', 'culture-tourism business revenue', '元', '万元', 26000, 1, 'flow', 'industry'),
	m('规上文化企业数', 'culture enterprises above scale', '家', '家', 140, 0, 'stock', 'industry'),
	m('新增文旅市场主体', 'new culture-tourism businesses', '家', '家', 35, 0, 'flow', 'industry'),
	m('文旅项目完成投资', 'culture-tourism project investment', '元', '万元', 12000, 1, 'flow', 'industry'),
	m('招引文旅项目数', 'culture-tourism projects attracted', '个', '个', 4, 0, 'flow', 'industry'),
	m('夜间消费额', 'night-time spending', '元', '万元', 5200, 1, 'flow', 'industry'),
	m('文旅消费券核销额', 'culture-tourism vouchers redeemed', '元', '万元', 310, 1, 'flow', 'industry'),
	m('网络舆情处置率', 'online complaints handled', '%', '%', 98, 1, 'rate', 'governance'),
	m('安全生产检查次数', 'safety inspections', '次', '次', 65, 0, 'flow', 'governance'),
	m('执法检查出动人次', 'enforcement staff deployed', '人次', '人次', 420, 0, 'flow', 'governance'),
	m('行政处罚案件数', 'administrative penalty cases', '件', '件', 7, 0, 'flow', 'governance', 'down'),
	m('智慧导览覆盖景区数', 'scenic spots with smart guides', '家', '家', 11, 0, 'stock', 'tourism'),
	m('旅游厕所新改建数', 'tourist toilets built or renovated', '座', '座', 3, 0, 'flow', 'tourism'),
	m('游客满意度', 'visitor satisfaction', '%', '%', 93, 1, 'rate', 'tourism'),
	m('研学旅行接待人次', 'study tour visits', '人次', '万人次', 1.5, 2, 'flow', 'tourism'),
	m('文化志愿服务时长', 'culture volunteer hours', '小时', '小时', 5200, 0, 'flow', 'culture'),
	m('数字文化资源访问量', 'digital culture resource visits', '次', '万次', 38, 2, 'flow', 'culture'),
	m('群众文化活动场次', 'community culture events', '场次', '场次', 75, 0, 'flow', 'culture'),
	m('青少年体育培训人次', 'youth sports training', '人次', '人次', 2600, 0, 'flow', 'sports'),
	m('健身步道新建里程', 'fitness trails built', '公里', '公里', 2.4, 1, 'flow', 'sports')
];
const SCOPES = [
	['', ''],
	['(含节假日)', ' incl. holidays'],
	['(重点景区)', ', key scenic spots'],
	['(线上)', ', online'],
	['(乡村)', ', rural'],
	['(夜间)', ', night-time'],
	['(入境)', ', inbound'],
	['(节庆活动)', ', festivals'],
	['(公共服务)', ', public services']
] as const;
const NOTES = [
	'含"智慧文旅"平台线上数据,已与统计月报核对',
	'初步统计数,待"统计年鉴"公布后更新',
	'口径调整:自本期起含"夜间经济"活动,同比按可比口径计算',
	'据各镇(街道)报送汇总,"节庆活动"单列,未含线上',
	'受天气影响,部分"户外活动"延期,数据偏低',
	'数据来源:市文体广旅局"业务统计",含“五一”假期',
	'1-2月合并报送,"春节"因素影响同比,仅供参考'
];
const QUARTERS = ['一', '二', '三', '四'];

interface Def {
	code: string;
	name: string;
	measure: Measure;
	quarterly: boolean;
}
function indicatorDefs(): Def[] {
	const defs: Def[] = [];
	for (let i = 0; i < MONTHLY + QUARTERLY; i++) {
		const measure = MEASURES[i % MEASURES.length]!;
		const [region] = REGIONS[Math.floor(i / MEASURES.length) % REGIONS.length]!;
		const [scope] = SCOPES[Math.floor(i / (MEASURES.length * REGIONS.length))]!;
		const quarterly = i >= MONTHLY;
		defs.push({ code: quarterly ? `q${String(i - MONTHLY + 1).padStart(4, '0')}` : `m${String(i + 1).padStart(4, '0')}`, name: `${region}${measure.zh}${scope}`, measure, quarterly });
	}
	return defs;
}

/** A deterministic random stream (mulberry32), so every run measures the same bytes. */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function writeIndicators(path: string, defs: Def[]) {
	const lines = ['代码,名称,英文名称,单位,类型,方向,类别,整改事项,说明'];
	defs.forEach((d, i) => {
		const region = REGIONS[Math.floor(i / MEASURES.length) % REGIONS.length]![1];
		const scope = SCOPES[Math.floor(i / (MEASURES.length * REGIONS.length))]![1];
		const en = `${d.measure.en[0]!.toUpperCase()}${d.measure.en.slice(1)} (${region}${scope})`;
		const description = `${d.quarterly ? '按季度' : '按月'}统计的${d.name},单位${d.measure.unit}`;
		lines.push([d.code, d.name, csvCell(en), d.measure.unit, d.measure.kind, d.measure.direction, d.measure.category, i % 3 === 0 ? (i % 11) + 1 : '', csvCell(description)].join(','));
	});
	const fd = openSync(path, 'w');
	writeSync(fd, lines.join('\n') + '\n');
	closeSync(fd);
}

/** Tidy observations, 指标,期间,数值,单位,目标值,备注; returns the last value written per indicator. */
function writeObservations(path: string, defs: Def[]): Map<string, { period: string; value: number }> {
	const rnd = random(20260313);
	const last = new Map<string, { period: string; value: number }>();
	const fd = openSync(path, 'w');
	writeSync(fd, '指标,期间,数值,单位,目标值,备注\n');
	for (const d of defs) {
		const { measure } = d;
		const steps = d.quarterly ? 4 : 12;
		// A rate keeps near its typical level (capped at 100%); a count or an amount varies more by place.
		const level = measure.kind === 'rate' ? measure.size * (0.9 + rnd() * 0.1) : measure.size * (0.5 + rnd()) * (d.quarterly ? 3 : 1);
		const growth = 1 + (rnd() * 0.12 - 0.03);
		const rows: string[] = [];
		let value = 0;
		let period = '';
		for (let y = 0; y < YEARS; y++) {
			for (let s = 0; s < steps; s++) {
				const season = 1 + 0.25 * Math.sin(((s + 0.5) / steps) * 2 * Math.PI);
				const raw = measure.kind === 'rate' ? Math.min(100, level * (1 + (rnd() - 0.5) * 0.06)) : level * growth ** y * season * (0.95 + rnd() * 0.1);
				value = Number(raw.toFixed(measure.decimals));
				period = d.quarterly ? `${FIRST_YEAR + y}年${QUARTERS[s]}季度` : `${FIRST_YEAR + y}年${s + 1}月`;
				const target = rnd() < 0.7 ? (measure.kind === 'rate' ? Math.min(100, raw * 1.02) : raw * (1 + rnd() * 0.1)).toFixed(measure.decimals) : '';
				const note = rnd() < 0.2 ? csvCell(NOTES[Math.floor(rnd() * NOTES.length)]!) : '';
				rows.push(`${d.code},${period},${value},${measure.written},${target},${note}\n`);
			}
		}
		last.set(d.code, { period, value });
		writeSync(fd, rows.join(''));
	}
	closeSync(fd);
	return last;
}

// ---------------------------------------------------------------------------------------------------
// Child processes, timed from spawn to exit.

interface Run {
	ms: number;
	/** Peak RSS of the largest process in the child's tree (GNU time's %M), in bytes. */
	maxRss: number;
	status: number | null;
	stdout: string;
	stderr: string;
}

const TIME = '/usr/bin/time';
function timed(dir: string, command: string, args: string[], env: Record<string, string> = {}): Run {
	const rssFile = join(dir, 'maxrss.txt');
	rmSync(rssFile, { force: true });
	const t = performance.now();
	const r = spawnSync(TIME, ['-f', '%M', '-o', rssFile, command, ...args], {
		cwd: root,
		env: { ...process.env, ...env },
		encoding: 'utf8',
		maxBuffer: 256 * 2 ** 20
	});
	const ms = performance.now() - t;
	const kib = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : NaN;
	return { ms, maxRss: kib * 1024, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

interface IngestFileReport {
	rows: number;
	encoding: string | null;
	accepted: number;
	errorCount: number;
	errors: unknown[];
	changes: { added: number; updated: number; unchanged: number };
	revision: string | number | null;
}

/** `npm run ingest -- --json FILE` against DATABASE_URL=dbUrl; throws unless every row was added. */
function ingest(dir: string, dbUrl: string, file: string, rows: number): Run & { report: IngestFileReport } {
	const run = timed(dir, 'npm', ['run', '--silent', 'ingest', '--', '--json', file], { DATABASE_URL: dbUrl });
	let report: IngestFileReport | undefined;
	try {
		report = (JSON.parse(run.stdout.trim().split('\n').pop()!) as { files: IngestFileReport[] }).files[0];
	} catch {
		/* reported below */
	}
	if (run.status !== 0 || !report || report.accepted !== rows || report.changes.added !== rows)
		throw new Error(`npm run ingest ${file} exited ${run.status}: ${report ? JSON.stringify({ ...report, errors: report.errors.slice(0, 3) }) : run.stderr.slice(0, 2000)}`);
	return { ...run, report };
}

/** Bare papaparse, header objects, on the file in a process of its own: read, decode, parse; startup included. */
function papaparse(dir: string, file: string): Run {
	const script = `import { readFileSync } from 'node:fs'; import Papa from 'papaparse';
const text = new TextDecoder().decode(readFileSync(process.argv[1]));
process.stdout.write(String(Papa.parse(text, { header: true, skipEmptyLines: true }).data.length));`;
	const run = timed(dir, process.execPath, ['--input-type=module', '-e', script, file]);
	if (run.status !== 0 || Number(run.stdout) !== VALUES) throw new Error(`bare papaparse exited ${run.status} with ${run.stdout} rows: ${run.stderr.slice(0, 2000)}`);
	return run;
}

// ---------------------------------------------------------------------------------------------------
// The built server.

const viewerHeaders = (server: BenchServer) => ({ cookie: server.cookies.viewer, 'accept-language': 'zh-CN' });

async function get(server: BenchServer, path: string): Promise<{ ms: number; status: number; html: string }> {
	const t = performance.now();
	const r = await fetch(server.url + path, { headers: viewerHeaders(server), redirect: 'manual' });
	const html = await r.text();
	return { ms: performance.now() - t, status: r.status, html };
}

/** The generated indicators a page links to (/indicators/CODE), in the order of the page. */
function linkedIndicators(html: string, codes: Set<string>): string[] {
	const linked = [...html.matchAll(/href="\/indicators\/([^"?#/]+)/g)].map((x) => decodeURIComponent(x[1]!));
	return [...new Set(linked.filter((c) => codes.has(c)))];
}

/** The overview for our indicators, or why not: a sign-in page or a redirect would make the figure meaningless. */
function overviewProblem(page: { status: number; html: string }, codes: Set<string>): string | null {
	if (page.status !== 200) return `GET / answered ${page.status}`;
	if (linkedIndicators(page.html, codes).length === 0) return 'the page links none of the generated indicators (not the overview?)';
	return null;
}

/** GET /api/v1/export.csv, read as it arrives, with the server's RSS sampled meanwhile. */
async function exportAll(server: BenchServer) {
	const before = processMemory(server.pid, 'VmRSS');
	let peak = before ?? 0;
	const sampler = setInterval(() => (peak = Math.max(peak, processMemory(server.pid, 'VmRSS') ?? 0)), 20);
	try {
		const t = performance.now();
		const r = await fetch(server.url + '/api/v1/export.csv', { headers: viewerHeaders(server) });
		const headersMs = performance.now() - t;
		let firstByteMs: number | null = null;
		let bytes = 0;
		let lines = 0;
		let lastByte = 10;
		for await (const chunk of r.body! as unknown as AsyncIterable<Uint8Array>) {
			firstByteMs ??= performance.now() - t;
			bytes += chunk.length;
			for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
			if (chunk.length) lastByte = chunk[chunk.length - 1]!;
		}
		if (lastByte !== 10) lines++; // a last line without a line break
		const ms = performance.now() - t;
		peak = Math.max(peak, processMemory(server.pid, 'VmRSS') ?? 0);
		return { status: r.status, ms, headersMs, firstByteMs: firstByteMs ?? ms, bytes, lines, rssBefore: before, rssPeak: peak };
	} finally {
		clearInterval(sampler);
	}
}

// ---------------------------------------------------------------------------------------------------

async function main(dir: string) {
	console.log(`\n— scale: ${VALUES.toLocaleString('en')} values over ${(MONTHLY + QUARTERLY).toLocaleString('en')} indicators (${MONTHLY} monthly, ${QUARTERLY} quarterly, ${YEARS} years)${SCALE === 1 ? '' : `, SCALE=${SCALE}`} —`);
	if (!existsSync(TIME)) return broken('scale bench', `${TIME} (GNU time) is needed to measure the ingest's peak RSS`);

	// 0. The files.
	let t = performance.now();
	const defs = indicatorDefs();
	const indicatorsPath = join(dir, 'indicators.csv');
	const observationsPath = join(dir, 'observations.csv');
	writeIndicators(indicatorsPath, defs);
	const latest = writeObservations(observationsPath, defs);
	const size = statSync(observationsPath).size;
	note('generated', `${(statSync(indicatorsPath).size / 1024).toFixed(0)} KB indicators file, ${mib(size)} observations file in ${((performance.now() - t) / 1000).toFixed(1)} s`);

	// 1. The ingest through the CLI into a fresh SQLite file, and bare papaparse on either side of it.
	const dbPath = join(dir, 'scale.db');
	const dbUrl = `file:${dbPath}`;
	const parse1 = papaparse(dir, observationsPath);
	const startup = timed(dir, 'npm', ['run', '--silent', 'ingest', '--', '--help']);
	const seed = ingest(dir, dbUrl, indicatorsPath, defs.length);
	const sqlite = ingest(dir, dbUrl, observationsPath, VALUES);
	const parse2 = papaparse(dir, observationsPath);
	const parseMs = Math.min(parse1.ms, parse2.ms);
	const dbSize = ['', '-wal'].reduce((s, x) => s + (existsSync(dbPath + x) ? statSync(dbPath + x).size : 0), 0);
	const rate = (ms: number) => `${Math.round(VALUES / (ms / 1000)).toLocaleString('en')} rows/s`;
	note('indicators file, npm run ingest', `${(seed.ms / 1000).toFixed(2)} s (${defs.length.toLocaleString('en')} indicators)`);
	note('observations file, npm run ingest (SQLite)', `${(sqlite.ms / 1000).toFixed(2)} s, ${rate(sqlite.ms)}; database + WAL ${mib(dbSize)}`);
	note('bare papaparse in a process of its own', `${(parseMs / 1000).toFixed(2)} s (runs: ${(parse1.ms / 1000).toFixed(2)} s, ${(parse2.ms / 1000).toFixed(2)} s), peak RSS ${mib(parse1.maxRss)}`);
	note('  startup alone, for scale', `npm run ingest -- --help ${(startup.ms / 1000).toFixed(2)} s; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
	judge('ingest / bare papaparse, startup included', sqlite.ms / parseMs, '×', BUDGET.ingestRatio);
	if (SCALE < 1) note('', `(at SCALE=${SCALE} the CLI's startup weighs far more than in the full shape)`);
	const fullSize = (size * FULL_VALUES) / VALUES;
	const rssBudgetMiB = Math.round((BUDGET.ingestRssFactor * fullSize) / 2 ** 20);
	judge(`ingest peak RSS (5 × ${SCALE === 1 ? '' : 'full '}file ${mib(fullSize)})`, sqlite.maxRss / 2 ** 20, 'MiB', rssBudgetMiB);
	note('', `= ${(sqlite.maxRss / size).toFixed(2)} × this file (largest process of npm run ingest, GNU time %M)`);

	// 1b. The same rows as Excel saves them for a Chinese locale (GB18030), into a fresh database: read from
	// disk in pieces as UTF-8 is, so judged against the same budget (the same rows; the file is smaller).
	const gbPath = join(dir, 'observations-gb18030.csv');
	writeFileSync(gbPath, iconv.encode(readFileSync(observationsPath, 'utf8'), 'gb18030'));
	const gbUrl = `file:${join(dir, 'gb18030.db')}`;
	ingest(dir, gbUrl, indicatorsPath, defs.length);
	const gb = ingest(dir, gbUrl, gbPath, VALUES);
	if (gb.report.encoding !== 'gb18030') throw new Error(`the GB18030 file was read as ${gb.report.encoding}`);
	note('the same rows saved as GB18030, npm run ingest', `${(gb.ms / 1000).toFixed(2)} s (${mib(statSync(gbPath).size)} file)`);
	judge('GB18030 ingest peak RSS (same rows: the UTF-8 budget)', gb.maxRss / 2 ** 20, 'MiB', rssBudgetMiB);

	// 2. PostgreSQL, the same two files into a fresh database.
	if (BENCH_PG_URL)
		await withBenchDatabase(async (url, settings) => {
			ingest(dir, url, indicatorsPath, defs.length);
			const pg = ingest(dir, url, observationsPath, VALUES);
			note('observations file, npm run ingest (PostgreSQL)', `${(pg.ms / 1000).toFixed(2)} s, ${rate(pg.ms)}, peak RSS ${mib(pg.maxRss)}; ${settings}`);
			judge('PostgreSQL ingest / SQLite ingest', pg.ms / sqlite.ms, '×', BUDGET.pgRatio);
		});
	else noPostgres('scale ingest');
	if (INGEST_ONLY) return note('server figures', 'not measured (SCALE_INGEST_ONLY=1)');

	// 3. The built server on the SQLite database, for a signed-in viewer.
	const server = await startBenchServer(dbUrl);
	const hwm: string[] = [];
	const mark = (when: string) => hwm.push(`${when} ${mib(processMemory(server.pid, 'VmHWM') ?? NaN)}`);
	// The kernel can miss a short peak in VmHWM (it is brought up to date lazily), so RSS is also sampled.
	let sampled = 0;
	const sampler = setInterval(() => (sampled = Math.max(sampled, processMemory(server.pid, 'VmRSS') ?? 0)), 20);
	try {
		mark('started');
		const codes = new Set(defs.map((d) => d.code));
		const first = await get(server, '/');
		const problem = overviewProblem(first, codes);
		if (problem) return broken('first GET / (cold)', problem);
		judge('first GET / (cold)', first.ms, 'ms', BUDGET.firstOverviewMs);
		const bytes = Buffer.byteLength(first.html);
		judge('  its HTML', bytes / 1024, 'KB', BUDGET.overviewKB);
		note('', `${(gzipSync(first.html).length / 1024).toFixed(1)} KB gzipped; links ${linkedIndicators(first.html, codes).length} indicators`);
		const again = await get(server, '/');
		note('GET / again (warm), for scale', `${again.ms.toFixed(0)} ms`);
		mark('overview');

		// One value changed through the HTTP API, then the overview again.
		const code = linkedIndicators(first.html, codes)[0];
		const def = defs.find((d) => d.code === code);
		if (!code || !def) return broken('GET / after a one-value upload', 'the overview links no generated indicator page');
		const was = latest.get(code)!;
		const csv = `指标,期间,数值,单位\n${code},${was.period},${Number((was.value * 1.1 + 1).toFixed(def.measure.decimals))},${def.measure.written}\n`;
		const up = await upload(server.url, server.cookies.analyst, 'one-value.csv', csv);
		const changes = up.status === 200 ? (JSON.parse(up.body) as IngestFileReport).changes : null;
		if (!changes || changes.updated !== 1) return broken('GET / after a one-value upload', `the upload answered ${up.status}: ${up.body.slice(0, 300)}`);
		note('one-value upload (POST /api/v1/uploads)', `${up.ms.toFixed(0)} ms, ${code} ${was.period} updated`);
		const after = await get(server, '/');
		const afterProblem = overviewProblem(after, codes);
		if (afterProblem) broken('GET / after a one-value upload', afterProblem);
		else judge('GET / after a one-value upload', after.ms, 'ms', BUDGET.afterUploadMs);
		mark('upload');

		// The first indicator page linked from the overview.
		const page = await get(server, `/indicators/${code}`);
		if (page.status !== 200 || !page.html.includes(def.name)) broken(`GET /indicators/${code}`, `answered ${page.status}${page.status === 200 ? ' without the indicator' : ''}`);
		else judge(`GET /indicators/${code} (first)`, page.ms, 'ms', BUDGET.indicatorMs);
		mark('indicator');

		// Every row out, streamed.
		const ex = await exportAll(server);
		const rows = ex.lines - 1; // the header; no generated cell holds a line break
		if (ex.status !== 200 || rows !== VALUES) broken('GET /api/v1/export.csv', `answered ${ex.status} with ${rows} rows, not ${VALUES}`);
		else {
			note('GET /api/v1/export.csv (all rows)', `${(ex.ms / 1000).toFixed(2)} s, ${rows.toLocaleString('en')} rows, ${mib(ex.bytes)}; headers after ${ex.headersMs.toFixed(0)} ms`);
			judge('  first byte', ex.firstByteMs, 'ms', BUDGET.exportFirstByteMs);
			if (ex.rssBefore === null) broken('  server RSS growth meanwhile', `cannot read /proc/${server.pid}/status`);
			else {
				judge('  server RSS growth meanwhile', (ex.rssPeak - ex.rssBefore) / 2 ** 20, 'MiB', BUDGET.exportRssGrowthMiB);
				note('', `${mib(ex.rssBefore)} before, ${mib(ex.rssPeak)} at most (sampled every 20 ms); the export is ${mib(ex.bytes)}`);
			}
		}
		mark('export');

		const peak = processMemory(server.pid, 'VmHWM');
		if (peak === null) broken('server peak RSS (VmHWM)', `cannot read /proc/${server.pid}/status`);
		else {
			judge('server peak RSS (VmHWM), through all of it', Math.max(peak, sampled, ex.rssPeak) / 2 ** 20, 'MiB', BUDGET.serverHwmMiB);
			note('', `VmHWM after each step: ${hwm.join(', ')}; VmRSS sampled every 20 ms at most ${mib(Math.max(sampled, ex.rssPeak))}`);
		}
	} finally {
		clearInterval(sampler);
		server.stop();
	}
}

const dir = mkdtempSync(join(tmpdir(), 'ob-scale-bench-'));
try {
	await main(dir);
} catch (e) {
	broken('scale bench', (e as Error).message);
} finally {
	if (process.env.BENCH_KEEP_DB) console.log(`files and database kept in ${dir}`);
	else rmSync(dir, { recursive: true, force: true });
}
if (failed) process.exitCode = 1;
console.log(`scale bench: ${process.exitCode ? 'FAIL' : 'PASS'}${SCALE === 1 ? '' : ` (SCALE=${SCALE}: a smaller shape; the HTML-size and RSS budgets are the full shape's)`}${INGEST_ONLY ? ' (ingest only)' : ''}`);
