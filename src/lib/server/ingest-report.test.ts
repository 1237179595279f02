// The upload report stays bounded on a huge file: issues are capped, their counts stay exact.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ISSUES } from '../ingest/read';
import { createSqliteStore } from './db/sqlite/store';
import type { Store } from './db/store';
import { ingestFiles } from './ingest';

const enc = (s: string) => new TextEncoder().encode(s);

let store: Store;
beforeEach(() => {
	store = createSqliteStore(':memory:');
});
afterEach(() => store.close());

describe('upload report bounds', () => {
	it('keeps the first 10,000 同比 warnings of a large file and counts every one', async () => {
		const codes = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
		const defs = ['代码,名称,单位,类型,方向', ...codes.map((c) => `${c},指标${c},人次,flow,up`)].join('\n');
		// Every month from 1901 on states 50% growth while the values are flat: each one after the first
		// year disagrees with the computed 0%.
		const lines = ['指标,期间,数值,同比'];
		for (const c of codes) for (let m = 0; m < 2100; m++) lines.push(`${c},${1901 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')},100,50%`);
		const report = await ingestFiles(store, [{ name: 'i.csv', bytes: enc(defs) }, { name: 'v.csv', bytes: enc(lines.join('\n')) }], { dryRun: true });
		const f = report.files[1]!;
		expect(report.ok).toBe(true);
		expect(f.warningCount).toBe(codes.length * (2100 - 12));
		expect(f.warnings).toHaveLength(MAX_ISSUES);
		expect(f.warnings.every((w) => w.code === 'yoy_mismatch')).toBe(true);
	});
});
