// npm run bench (part 2): the dashboard on 200 indicators × 10 years of months, against the budgets of
// the dashboard issue. Prints figures and PASS/FAIL in one run; it is a measurement, not a test.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHART_BUILDERS, CHART_SIZE } from '../src/lib/charts/index';
import { overviewCards } from '../src/lib/domain/cards';
import { buildAllSeries } from '../src/lib/domain/series';
import { init, type ChartOption } from '../src/lib/charts/echarts';
import { renderCached, renderChartSvg, staticOption, SvgCache, type SvgSize } from '../src/lib/server/charts';
import { PAGE_SIZE } from '../src/lib/server/dashboard';
import { openStore } from '../src/lib/server/db/index';
import { ingestFiles } from '../src/lib/server/ingest';
import { launch } from '../tests/helpers/browser';
import { broken, line, median } from './report';
import { processCpu, startBenchServer, type BenchServer } from './server';
import { BENCH_PG_URL, noPostgres, withBenchDatabase } from './pg';

const INDICATORS = 200;
const YEARS = 10;
const FIRST_YEAR = 2015;
const root = process.cwd();
const enc = new TextEncoder();

function time(n: number, fn: () => void): number {
	const out: number[] = [];
	for (let i = 0; i < n; i++) {
		const t = performance.now();
		fn();
		out.push(performance.now() - t);
	}
	return median(out);
}

/**
 * Every script a page loads, as Chromium fetched it: the entry, the route's nodes, their imports and any
 * chunk imported once the page runs (the chart attachment imports ECharts on mount), until the network is
 * idle. Sizes are gzipped from build/client, so the figure is the build's, not the transport's.
 */
async function pageScripts(server: BenchServer, path: string): Promise<{ files: string[]; bytes: number; html: string; status: number }> {
	const browser = await launch();
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
		const [name, value] = server.cookies.viewer.split('=') as [string, string];
		await context.addCookies([{ name, value, url: server.url }]);
		const page = await context.newPage();
		const files = new Set<string>();
		page.on('response', (r) => {
			const u = new URL(r.url());
			if (u.origin === server.url && u.pathname.endsWith('.js')) files.add(u.pathname);
		});
		const response = await page.goto(server.url + path, { waitUntil: 'networkidle' });
		const list = [...files].sort();
		const bytes = list.reduce((sum, f) => {
			const file = join(root, 'build', 'client', f);
			if (!existsSync(file)) throw new Error(`${f} was loaded by ${path} but is not in build/client`);
			return sum + gzipSync(readFileSync(file)).length;
		}, 0);
		return { files: list, bytes, html: await response!.text(), status: response!.status() };
	} finally {
		await browser.close();
	}
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
	const reads: number[] = [];
	let series = buildAllSeries([], [], []);
	for (let i = 0; i < 10; i++) {
		const t = performance.now();
		const [a, b, c] = await Promise.all([store.indicators(), store.observations(), store.targets()]);
		reads.push(performance.now() - t);
		series = buildAllSeries(a, b, c);
		cold.push(performance.now() - t);
	}
	const warm = time(50, () => overviewCards(series, { year: 2024, category: null, item: null, sort: 'behind' }));
	console.log(`all-indicator latest + 同比, cold (read + derive)             ${median(cold).toFixed(2).padStart(9)} ms (store read ${median(reads).toFixed(0)} ms; rebuilt only after an upload)`);
	line('all-indicator latest + 同比 from the derived series', warm, 'ms', 2);

	// 3. Chart SVG: uncached render against ECharts' own, and a cache hit. ECharts' SSR render is the floor of
	// ours, so the budget is a ratio to a bare ECharts render of the same option in the same process and run
	// (init, setOption of the option exactly as renderChartSvg hands it over, renderToSVGString, dispose):
	// what is left above 1 is ours (the option builder, the aria label). Both are timed warmed up, as a
	// server renders charts all day: 100 renders of each kind first (V8 is still optimising ECharts' code
	// after 20); the very first render of a process is printed beside them.
	// Each timed pair draws a different indicator, ours and the bare one in alternating order.
	const opts = { lang: 'zh-CN' as const, ssr: true };
	const bare = (option: ChartOption, size: SvgSize) => {
		const chart = init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
		chart.setOption(staticOption(option));
		const svg = chart.renderToSVGString();
		chart.dispose();
		return svg;
	};
	const firstRender = time(1, () => renderChartSvg(CHART_BUILDERS.yoy(series[0]!, opts), CHART_SIZE.yoy));
	for (let i = 0; i < 100; i++) {
		for (const kind of ['yoy', 'cumulative'] as const) {
			renderChartSvg(CHART_BUILDERS[kind](series[i % 20]!, opts), CHART_SIZE[kind]);
			bare(CHART_BUILDERS[kind](series[i % 20]!, opts), CHART_SIZE[kind]);
		}
	}
	// Let V8's background threads finish what the warm-up queued (optimising compiles, concurrent marking):
	// on two cores they otherwise compete with the first timed renders (their CPU time exceeded wall time).
	await new Promise((resolve) => setTimeout(resolve, 1000));
	const timed = (fn: () => void, wall: number[], cpu: number[]) => {
		const t = performance.now();
		const c = process.cpuUsage();
		fn();
		const d = process.cpuUsage(c);
		wall.push(performance.now() - t);
		cpu.push((d.user + d.system) / 1000);
	};
	const renders = (kind: 'yoy' | 'cumulative') => {
		const ours = { wall: [] as number[], cpu: [] as number[] };
		const floor = { wall: [] as number[], cpu: [] as number[] };
		for (let i = 0; i < 30; i++) {
			const s = series[20 + i]!;
			const option = CHART_BUILDERS[kind](s, opts); // the bare render's input, built outside its clock
			const a = () => timed(() => renderChartSvg(CHART_BUILDERS[kind](s, opts), CHART_SIZE[kind]), ours.wall, ours.cpu);
			const b = () => timed(() => bare(option, CHART_SIZE[kind]), floor.wall, floor.cpu);
			if (i % 2 === 0) {
				a();
				b();
			} else {
				b();
				a();
			}
		}
		return { wall: median(ours.wall), cpu: median(ours.cpu), bareWall: median(floor.wall), bareCpu: median(floor.cpu) };
	};
	const uncached = renders('yoy');
	const uncachedCum = renders('cumulative');
	const one = series[0]!;
	const cache = new SvgCache(10);
	renderCached('bench', () => CHART_BUILDERS.yoy(one, opts), CHART_SIZE.yoy, cache);
	const cached = time(200, () => renderCached('bench', () => CHART_BUILDERS.yoy(one, opts), CHART_SIZE.yoy, cache));
	console.log(`chart SVG render, first of a process (同比 chart)              ${firstRender.toFixed(2).padStart(9)} ms (JIT warm-up; not the budget's figure)`);
	for (const [name, r] of [
		['同比 chart', uncached],
		['cumulative chart', uncachedCum]
	] as const) {
		line(`chart SVG render / bare ECharts, uncached (${name})`, r.wall / r.bareWall, '×', 1.3);
		console.log(`${''.padEnd(52)} ${r.wall.toFixed(2).padStart(9)} ms against ${r.bareWall.toFixed(2)} ms bare (median of 30 indicators, warmed up); CPU ${r.cpu.toFixed(2)} against ${r.bareCpu.toFixed(2)} ms`);
	}
	line('chart SVG render, cached', cached, 'ms', 1);
	await store.close();

	// 4. The overview server-rendered by the built app over HTTP, for a signed-in viewer. The page must be the
	// overview with the generated indicators (not a sign-in page or a redirect), or the figure means nothing.
	const server = await startBenchServer(dbUrl);
	const url = server.url;
	const viewer = { cookie: server.cookies.viewer, 'accept-language': 'zh-CN' };
	try {
		const renders: number[] = [];
		let html = '';
		let cpuBefore: number | null = null;
		for (let i = 0; i < 40; i++) {
			if (i === 5) cpuBefore = processCpu(server.pid);
			const t = performance.now();
			const r = await fetch(url + '/', { headers: viewer, redirect: 'manual' });
			html = await r.text();
			renders.push(performance.now() - t);
			if (r.status !== 200) throw new Error(`GET / answered ${r.status} ${r.headers.get('location') ?? ''}: not the overview`);
		}
		const cpuAfter = processCpu(server.pid);
		// The overview is paged: its first page holds PAGE_SIZE cards and counts all the indicators.
		const shown = Math.min(INDICATORS, PAGE_SIZE);
		const cards = (html.match(/<article class="card/g) ?? []).length;
		const isOverview = html.includes('data-indicator="bench-000"') && html.includes('基准指标0') && cards === shown && new RegExp(`<p class="count[^"]*"[^>]*>${INDICATORS} `).test(html);
		if (!isOverview) broken('overview server render (GET /, median of 40)', `the page is not the first page of the overview of the ${INDICATORS} generated indicators (${cards} cards, ${shown} expected)`);
		else {
			line('overview server render (GET /, median of 40)', median(renders.slice(5)), 'ms', 50);
			if (cpuBefore !== null && cpuAfter !== null)
				console.log(`${''.padEnd(52)} ${(((cpuAfter - cpuBefore) * 1000) / 35).toFixed(1).padStart(9)} ms server CPU per request (mean of 35); ${shown} of ${INDICATORS} cards on the first page, ${(html.length / 1024).toFixed(0)} K characters`);
		}

		// 5. Gzipped client JS of the overview, and of an indicator page, whose charts hydrate into ECharts.
		for (const [label, path] of [
			['overview client JS, gzipped', '/'],
			['indicator page client JS incl. ECharts, gzipped', '/indicators/bench-000']
		] as const) {
			const page = await pageScripts(server, path);
			const right = page.status === 200 && (path === '/' ? page.html.includes('data-indicator="bench-000"') : page.html.includes('基准指标0'));
			const scriptTags = (page.html.match(/<script\b/g) ?? []).length;
			if (!right) broken(label, `${path} answered ${page.status} and is not the page asked for (sign-in?)`);
			else if (page.files.length === 0 && scriptTags > 0) broken(label, `the HTML has ${scriptTags} <script> but no script file was loaded`);
			else if (page.files.length === 0) console.log(`${label.padEnd(52)}       0.0 KB  budget ≤ 180 KB  PASS  (no <script> in the HTML: the page ships no JavaScript, csr = false)`);
			else {
				// ECharts marks each chart's element with this attribute name: the chunk that holds it is ECharts.
				const echarts = page.files.find((f) => readFileSync(join(root, 'build', 'client', f), 'utf8').includes('_echarts_instance_'));
				if (path === '/') line(`${label} (${page.files.length} files)`, page.bytes / 1024, 'KB', 180);
				else {
					// The issue's 180 KB budget is the overview's (line above). A chart page must ship ECharts to
					// hydrate (tooltips, legend toggles, resize), and ECharts 6's chunk alone is over 180 KB, so
					// this figure is printed for scale, with that chunk's size beside it, not judged.
					const chunk = echarts ? gzipSync(readFileSync(join(root, 'build', 'client', echarts))).length / 1024 : 0;
					console.log(`${`${label} (${page.files.length} files)`.padEnd(52)} ${(page.bytes / 1024).toFixed(1).padStart(9)} KB  (no budget: the ECharts chunk alone is ${chunk.toFixed(1)} KB; loaded after the server's SVG is shown)`);
				}
				if (path !== '/' && !echarts) broken(label, 'ECharts was not among the scripts loaded: the chart did not hydrate');
				console.log(`${''.padEnd(52)} counted: every .js the page fetched until the network was idle (entry, route nodes, imports, the lazily imported ECharts chunk)`);
			}
		}
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
