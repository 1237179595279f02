// `npm run ingest` runs src/cli/run.js: a cached esbuild bundle of the command in plain Node. It must do
// what the TypeScript source does (the other CLI tests run that through tsx), reuse its bundle while no
// source changed, and read a large file on its reader thread from the bundle's own worker chunk.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers/env';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => (tmp = tempDir()));
afterAll(() => tmp.cleanup());

const POINTER = join(ROOT, 'node_modules', '.cache', 'outcome-board-cli', 'ingest', 'current.json');

function run(args: string[], env: Record<string, string>) {
	const r = spawnSync(process.execPath, [join(ROOT, 'src', 'cli', 'run.js'), 'ingest', ...args], {
		cwd: ROOT,
		env: { ...process.env, ...env },
		encoding: 'utf8',
		maxBuffer: 64 * 2 ** 20
	});
	return { ...r, report: r.status === 0 && args.includes('--json') ? JSON.parse(r.stdout) : null };
}

describe('npm run ingest (the bundled command)', () => {
	it('ingests like the source, reuses its bundle, and reads a large file on its reader thread, deriving as it goes', () => {
		const env = { DATABASE_URL: `file:${join(tmp.dir, 'db.sqlite')}` };
		const defs = join(tmp.dir, 'defs.csv');
		writeFileSync(defs, ['代码,名称,单位,类型,方向', ...Array.from({ length: 40 }, (_, i) => `b${i},指标${i},人次,flow,up`)].join('\n'));
		const first = run(['--json', defs], env);
		expect(first.status, first.stderr).toBe(0);
		expect(first.report.files[0].changes.added).toBe(40);
		const pointer = readFileSync(POINTER, 'utf8');

		// 40 indicators × 10 years of months, targets on most rows: over the 4 MiB the reader thread takes.
		const lines = ['指标,期间,数值,目标值,备注'];
		for (let i = 0; i < 40; i++)
			for (let y = 2000; y < 2024; y++)
				for (let m = 1; m <= 12; m++) lines.push(`b${i},${y}-${String(m).padStart(2, '0')},${i * 100 + m},${m % 3 ? i * 100 + m + 5 : ''},"备注,第${m}期${'。'.repeat(150)}"`);
		const values = join(tmp.dir, 'values.csv');
		writeFileSync(values, lines.join('\n'));
		expect(Buffer.byteLength(lines.join('\n'))).toBeGreaterThan(4 * 2 ** 20);
		const second = run(['--json', values], env);
		expect(second.status, second.stderr).toBe(0);
		expect(second.report.files[0].changes).toEqual({ added: 40 * 24 * 12, updated: 0, unchanged: 0 });
		expect(readFileSync(POINTER, 'utf8')).toBe(pointer); // no source changed: the same bundle

		const db = new Database(join(tmp.dir, 'db.sqlite'), { readonly: true });
		try {
			expect(db.prepare('SELECT count(*) FROM targets WHERE superseded_by IS NULL').pluck().get()).toBe(40 * 24 * 8);
			// Every indicator derived at the file's revision, a card for each year.
			expect(db.prepare('SELECT count(*) FROM derived_indicators WHERE version = 2').pluck().get()).toBe(40);
			expect(db.prepare('SELECT count(*) FROM derived_cards').pluck().get()).toBe(40 * 24);
		} finally {
			db.close();
		}
	});
});
