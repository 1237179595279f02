// npm run bench (part 3): chart pictures for documents and embeds. The SVG endpoint uncached (every
// request a new size, so the render cache misses) and cached; PNG renders per chart, direct and over HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHART_BUILDERS, CHART_SIZE } from '../src/lib/charts/index';
import { svgToPng } from '../src/lib/server/chart-png';
import { renderChartSvg } from '../src/lib/server/charts';
import { oneSeries } from '../src/lib/server/dashboard';
import { createSqliteStore } from '../src/lib/server/db/sqlite/store';
import { seedIfEmpty } from '../src/lib/server/seed';
import { median } from './report';
import { startBenchServer } from './server';

const root = process.cwd();
const CODE = 'tourist-arrivals';

async function time(n: number, fn: (i: number) => Promise<unknown>): Promise<number> {
	const out: number[] = [];
	for (let i = 0; i < n; i++) {
		const t = performance.now();
		await fn(i);
		out.push(performance.now() - t);
	}
	return median(out);
}

function line(label: string, value: number, budget: number) {
	console.log(`${label.padEnd(52)} ${value.toFixed(2).padStart(9)} ms  budget ≤ ${budget} ms  ${value <= budget ? 'PASS' : 'FAIL'}`);
}

const dir = mkdtempSync(join(tmpdir(), 'ob-embed-bench-'));
const dbPath = join(dir, 'bench.db');
try {
	// The seed data (the report's figures and the demo history), with the indicator public so no sign-in is needed.
	const store = createSqliteStore(dbPath);
	await seedIfEmpty(store, join(root, 'data'), true);
	await store.setIndicatorPublic(CODE, true, 'bench');
	const { series } = (await oneSeries(store, CODE))!;
	await store.close();

	// 1. PNG render per chart (SVG → PNG with the font subset), without HTTP.
	for (const kind of ['yoy', 'cumulative'] as const) {
		const svg = renderChartSvg(CHART_BUILDERS[kind](series, { lang: 'zh-CN', ssr: true, title: true }), CHART_SIZE[kind]);
		await svgToPng(svg); // first call parses the 2×10 MB font once per process
		line(`PNG render, scale 2 (${kind === 'yoy' ? '同比' : 'cumulative'} chart)`, await time(20, () => svgToPng(svg, { scale: 2 })), 150);
	}

	// 2. The endpoints of the built app over HTTP.
	const server = await startBenchServer(`file:${dbPath}`);
	const url = server.url;
	try {
		const get = async (path: string) => {
			const r = await fetch(url + path);
			if (!r.ok) throw new Error(`${path}: ${r.status}`);
			await r.arrayBuffer();
		};
		for (const kind of ['yoy', 'cumulative'] as const) {
			const name = kind === 'yoy' ? '同比' : 'cumulative';
			line(`SVG endpoint, uncached (${name})`, await time(30, (i) => get(`/charts/${CODE}.svg?kind=${kind}&width=${500 + i}`)), 60);
			line(`SVG endpoint, cached (${name})`, await time(100, () => get(`/charts/${CODE}.svg?kind=${kind}`)), 10);
			line(`PNG endpoint, scale 2 (${name})`, await time(20, () => get(`/charts/${CODE}.png?kind=${kind}`)), 200);
		}
	} finally {
		server.stop();
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}
