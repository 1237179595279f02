// Recall and precision of the reader over tests/fixtures/extract (texts of other places and years, and the seed report).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFigures, type Candidate } from './index';
import { loadCatalogFromData, loadSynonymsFromData } from '../../../tests/helpers/extract-catalog';

interface Expected {
	value: number;
	unit: string | null;
	period: string;
	yoy: number | null;
	points?: number;
	change?: Candidate['change'];
	role: 'actual' | 'target';
	qualifier: string | null;
	indicator?: string | null;
}

const DIR = 'tests/fixtures/extract';
const catalog = loadCatalogFromData();
const synonyms = loadSynonymsFromData();
const SEED = 'rectification-report-2024-06-15.zh';

function matches(c: Candidate, e: Expected): boolean {
	return (
		Math.abs(c.value - e.value) < 1e-6 * Math.max(1, Math.abs(e.value)) &&
		c.unit === e.unit &&
		c.period === e.period &&
		c.yoy_reported === e.yoy &&
		c.role === e.role &&
		c.qualifier === e.qualifier &&
		(e.points === undefined || c.yoy_points === e.points) &&
		(e.change === undefined || JSON.stringify(c.change) === JSON.stringify(e.change)) &&
		(e.indicator === undefined || c.indicator === e.indicator)
	);
}

function run(name: string): { candidates: Candidate[]; expected: Expected[]; blind: boolean } {
	const text = readFileSync(`${DIR}/${name}.txt`, 'utf8');
	const fixture = JSON.parse(readFileSync(`${DIR}/${name}.json`, 'utf8')) as { date: string; note?: string; expected: Expected[] };
	const got = extractFigures(text, { today: '2000-01-01', catalog, synonyms });
	expect(got.date, `${name}: report date`).toBe(fixture.date);
	return { candidates: got.candidates, expected: fixture.expected, blind: /written blind/.test(fixture.note ?? '') };
}

const ratio = (a: number, b: number): string => (b === 0 ? '  -  ' : (a / b).toFixed(3));

// Reading 400-odd texts takes seconds, and more on a loaded machine (CI runs the suites side by side): these are checks of
// what is read, not of speed (that budget is bench/extract-bench.ts), so they get a minute instead of vitest's 5 s.
describe('figures from report text: the fixture set', { timeout: 60_000 }, () => {
	it('finds ≥ 90% of the expected figures exactly and ≥ 85% of its candidates are right (printed)', () => {
		const names = readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));
		expect(names.length).toBeGreaterThanOrEqual(11);
		let expectedN = 0, found = 0, candidatesN = 0, right = 0;
		const blindSum = { expected: 0, found: 0, candidates: 0, right: 0, texts: 0 };
		const misses: string[] = [];
		const rows: string[] = [];
		for (const name of names) {
			const { candidates, expected, blind } = run(name);
			let f = 0, r = 0;
			for (const e of expected) {
				if (candidates.some((c) => matches(c, e))) f++;
				else misses.push(`${name}: missed ${JSON.stringify(e)}`);
			}
			for (const c of candidates) {
				if (expected.some((e) => matches(c, e))) r++;
				else misses.push(`${name}: extra ${c.value}${c.unit ?? ''} ${c.period} «${c.quote}»`);
			}
			expectedN += expected.length;
			candidatesN += candidates.length;
			found += f;
			right += r;
			if (blind) {
				blindSum.texts++;
				blindSum.expected += expected.length;
				blindSum.found += f;
				blindSum.candidates += candidates.length;
				blindSum.right += r;
			}
			rows.push(`  ${name.padEnd(44)} recall ${ratio(f, expected.length)} (${f}/${expected.length})  precision ${ratio(r, candidates.length)} (${r}/${candidates.length})${blind ? '  blind' : ''}`);
		}
		const recall = found / expectedN, precision = right / candidatesN;
		console.log(rows.join('\n'));
		console.log(`extract quality, texts written blind: ${blindSum.texts} texts, recall ${ratio(blindSum.found, blindSum.expected)}, precision ${ratio(blindSum.right, blindSum.candidates)}`);
		console.log(`extract quality: ${names.length} texts, ${expectedN} expected, ${candidatesN} candidates; recall ${recall.toFixed(3)} (≥ 0.9), precision ${precision.toFixed(3)} (≥ 0.85)`);
		if (misses.length) console.log(misses.join('\n'));
		expect(recall).toBeGreaterThanOrEqual(0.9);
		expect(precision).toBeGreaterThanOrEqual(0.85);
	});

	it('reads every figure and target of the seed report with its indicator, and never maps two values to one indicator and period', () => {
		const { candidates, expected } = run(SEED);
		for (const e of expected) expect(candidates.some((c) => matches(c, e)), JSON.stringify(e)).toBe(true);
		const byKey = new Map<string, number>();
		for (const c of candidates.filter((c) => c.indicator !== null)) {
			const k = `${c.indicator}|${c.period}`;
			expect(byKey.get(k) ?? c.value, k).toBe(c.value);
			byKey.set(k, c.value);
		}
	});
});

describe('the seed report against the seed data that was typed from it by hand', () => {
	it('finds every reported observation and target of data/ with its indicator, period, value, qualifier and 同比', async () => {
		const Papa = (await import('papaparse')).default;
		const { parsePeriod } = await import('../domain/period');
		const { parseNumber, toIndicatorValue } = await import('../domain/quantity');
		const { candidates } = run(SEED);
		const rows = (file: string) => Papa.parse<Record<string, string>>(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
		const check = (r: Record<string, string>, raw: string, role: 'actual' | 'target') => {
			const ind = catalog.find((c) => c.code === r['指标'])!;
			const period = parsePeriod(r['期间']!);
			const num = parseNumber(raw);
			if (!period.ok || !num.ok) throw new Error(`bad seed row ${JSON.stringify(r)}`);
			const v = toIndicatorValue(num.value, null, ind.unit);
			if (!v.ok) throw new Error(`bad seed value ${raw}`);
			const yoy = r['同比'] ? Number(r['同比'].replace('%', '')) : null;
			const hit = candidates.find(
				(c) => c.indicator === ind.code && c.period === period.value.key && c.value === v.value.value && c.qualifier === v.value.qualifier && c.role === role && c.yoy_reported === yoy
			);
			expect(hit, `${role} ${ind.code} ${period.value.key} ${raw}`).toBeDefined();
		};
		const observed = rows('observations.csv');
		for (const r of observed) check(r, r['数值']!, 'actual');
		const targets = rows('targets.csv');
		for (const r of targets) check(r, r['目标值']!, 'target');
		expect(observed.length + targets.length).toBeGreaterThanOrEqual(28);
	});
});
