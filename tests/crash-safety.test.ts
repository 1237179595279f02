// Crash safety: `npm run ingest` killed with SIGKILL at any moment (while parsing, while writing, while
// committing) leaves a database that passes integrity_check and holds every revision wholly or not at all.
//
// Each file holds two blocks of 50,000 values: one for indicators that already have values (updates:
// the old rows are superseded) and one for indicators new to this run (additions). A few first loads
// into an empty table are killed too. Rows come period by period, not sorted by indicator, as a
// monthly report series would.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestJson, ROOT, tempDir } from './helpers/env';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'src', 'cli', 'ingest.ts');
const MONTHS = 800;
const KEPT = 62; // indicators every run updates
const FRESH = 63; // indicators each run adds
const ROWS = (KEPT + FRESH) * MONTHS; // 100,000 observations per file
const ITERATIONS = 10; // killed runs against a database that grows
const FIRST_LOADS = 3; // killed first loads into an empty table
const RUNS = 2 + ITERATIONS + 1 + FIRST_LOADS + 2;
const MIN_KILLED_RUNS = 6; // runs against the growing database that every machine does, however busy
const TIME_BUDGET_MS = 60_000; // past this, no killed run beyond MIN_KILLED_RUNS, so that the test stays near 90 s

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => (tmp = tempDir('ob-crash-')));
afterAll(() => tmp.cleanup());

const kept = (i: number) => `kept-${i}`;
const fresh = (run: number, i: number) => `fresh-${run}-${i}`;

function indicatorsCsv(): string {
	const lines = ['代码,名称,英文名称,单位,类型,方向,类别'];
	for (let i = 0; i < KEPT; i++) lines.push(`${kept(i)},崩溃测试指标${i},Crash indicator ${i},人次,flow,up,tourism`);
	for (let run = 1; run <= RUNS; run++) for (let i = 0; i < FRESH; i++) lines.push(`${fresh(run, i)},崩溃测试新指标${run}-${i},,人次,flow,up,tourism`);
	return lines.join('\n') + '\n';
}

/** Run `run`'s file: new values for every kept indicator, and the first values of its own fresh ones. */
function observationsCsv(run: number): string {
	const out = ['指标,期间,数值,单位,来源\n'];
	for (let m = 0; m < MONTHS; m++) {
		const period = `${1960 + Math.floor(m / 12)}年${(m % 12) + 1}月`;
		const rows: string[] = [];
		for (let i = 0; i < KEPT; i++)
			rows.push(`${i % 2 ? `崩溃测试指标${i}` : kept(i)},${period},${((i * 7919 + m * 104729) % 100000) / 10 + run},万人次,崩溃测试第${run}轮\n`);
		for (let i = 0; i < FRESH; i++) rows.push(`${fresh(run, i)},${period},${(i * 31 + m) % 1000},,崩溃测试第${run}轮\n`);
		out.push(rows.join(''));
	}
	return out.join('');
}

interface Outcome {
	delayMs: number | null;
	/** Whether the run's revision is in the database afterwards. */
	committed?: boolean;
	elapsedMs: number;
	code: number | null;
	signal: NodeJS.Signals | null;
}

/**
 * Runs the CLI in a process group of its own (tsx starts node as a child, and SIGKILL is not passed on),
 * and kills the whole group after `delayMs`; resolves when the group is gone.
 */
function runIngest(file: string, env: Record<string, string>, delayMs: number | null): Promise<Outcome> {
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = spawn(TSX, [CLI, '--json', file], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore', detached: true });
		const timer = delayMs === null ? null : setTimeout(() => killGroup(child.pid!), delayMs);
		child.on('error', reject);
		child.on('exit', async (code, signal) => {
			if (timer) clearTimeout(timer);
			killGroup(child.pid!); // the node grandchild must not outlive the wrapper
			await groupGone(child.pid!);
			resolve({ delayMs, elapsedMs: performance.now() - start, code, signal });
		});
	});
}

function killGroup(pgid: number) {
	try {
		process.kill(-pgid, 'SIGKILL');
	} catch {
		/* already gone */
	}
}

/** True while a process of the group still runs (a zombie holds no file or lock and does not count). */
function groupRunning(pgid: number): boolean {
	if (!existsSync('/proc/self/stat')) {
		try {
			process.kill(-pgid, 0);
			return true;
		} catch {
			return false;
		}
	}
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		let stat: string;
		try {
			stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
		} catch {
			continue; // exited meanwhile
		}
		// pid (comm) state ppid pgrp …; comm may contain spaces and parentheses.
		const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') return true;
	}
	return false;
}

async function groupGone(pgid: number) {
	while (groupRunning(pgid)) await new Promise((r) => setTimeout(r, 10));
}

/**
 * Opens the database as the next process would (WAL recovery included) and checks it; returns the ids
 * of the committed observation revisions.
 */
function checkDatabase(path: string): number[] {
	const db = new Database(path);
	try {
		expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
		expect(db.pragma('foreign_key_check')).toEqual([]);
		const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'observations' AND sql IS NOT NULL ORDER BY name").pluck().all();
		expect(indexes).toEqual(['observations_current', 'observations_revision', 'observations_superseded']);
		const revisions = db.prepare('SELECT id, kind, added, updated FROM revisions ORDER BY id').all() as { id: number; kind: string; added: number; updated: number }[];
		const countIn = (table: string) => db.prepare(`SELECT count(*) AS n FROM ${table} WHERE revision_id = ?`).pluck();
		for (const r of revisions) {
			const table = r.kind === 'indicators' ? 'indicators' : 'observations';
			expect({ revision: r.id, rows: countIn(table).get(r.id) }).toEqual({ revision: r.id, rows: r.added + r.updated });
		}
		const orphans = db
			.prepare(
				`SELECT count(*) FROM observations o WHERE NOT EXISTS (SELECT 1 FROM revisions r WHERE r.id = o.revision_id)
				 OR (o.superseded_by IS NOT NULL AND NOT EXISTS (SELECT 1 FROM revisions r WHERE r.id = o.superseded_by))`
			)
			.pluck()
			.get();
		expect(orphans).toBe(0);
		// The newest revision holds the current value of every kept indicator and of its own fresh ones;
		// each older one still holds those of its fresh indicators (nothing else ever replaced them).
		const observations = revisions.filter((r) => r.kind === 'observations').map((r) => r.id);
		const current = db.prepare('SELECT revision_id AS revision, count(*) AS n FROM observations WHERE superseded_by IS NULL GROUP BY revision_id ORDER BY revision_id').all();
		expect(current).toEqual(observations.map((id, i) => ({ revision: id, n: i === observations.length - 1 ? ROWS : FRESH * MONTHS })));
		return observations;
	} finally {
		db.close();
	}
}

/** Kill times spread over a run: one random point in each of `n` equal slices of [5%, 125%] of `runMs`, in random order. */
function killSchedule(n: number, runMs: () => number): (() => number)[] {
	const slices = Array.from({ length: n }, (_, i) => i);
	for (let i = slices.length - 1; i > 0; i--) {
		const j = Math.floor(Math.random() * (i + 1));
		[slices[i], slices[j]] = [slices[j]!, slices[i]!];
	}
	return slices.map((slice) => () => Math.round(runMs() * (0.05 + (1.2 * (slice + Math.random())) / n)));
}

const marks = (outcomes: Outcome[]) => outcomes.map((o) => `${o.delayMs}${o.code === 0 ? '✓' : o.committed ? '✗✓' : '✗'}`).join(' ');

describe('ingest killed with SIGKILL', () => {
	it('never leaves a corrupt database or a partial revision', async () => {
		const seeded = join(tmp.dir, 'seeded.db');
		const indicators = join(tmp.dir, 'indicators.csv');
		writeFileSync(indicators, indicatorsCsv());
		expect(ingestJson([indicators], { DATABASE_URL: `file:${seeded}` }).status).toBe(0);
		const dbPath = join(tmp.dir, 'crash.db');
		copyFileSync(seeded, dbPath);
		const env = { DATABASE_URL: `file:${dbPath}` };

		const started = performance.now();
		let run = 0;
		const write = () => {
			const file = join(tmp.dir, `observations-${++run}.csv`);
			writeFileSync(file, observationsCsv(run));
			return file;
		};

		// Undisturbed runs tell how long a run takes here (process start, parse, commit): the first is a
		// first load, the second updates and adds (the mix every killed run does).
		let committed: number[] = [];
		let firstLoadMs = 0;
		let runMs = 0;
		for (let i = 0; i < 2; i++) {
			const file = write();
			const outcome = await runIngest(file, env, null);
			rmSync(file);
			expect(outcome.code).toBe(0);
			expect((committed = checkDatabase(dbPath))).toHaveLength(i + 1);
			if (i === 0) firstLoadMs = outcome.elapsedMs;
			else runMs = outcome.elapsedMs;
		}

		const outcomes: Outcome[] = [];
		for (const delay of killSchedule(ITERATIONS, () => runMs)) {
			// The budget cuts the extra runs only: on a busy machine (a run of 10 s, not 4 s) the floor still holds, and
			// the test takes longer instead of failing for want of runs.
			if (outcomes.length >= MIN_KILLED_RUNS && performance.now() - started > TIME_BUDGET_MS) break;
			const delayMs = delay();
			const file = write();
			const outcome = await runIngest(file, env, delayMs);
			rmSync(file);
			outcomes.push(outcome);
			expect(outcome.code === 0 || outcome.signal === 'SIGKILL').toBe(true);
			// Adapt: a run that finished tells the current run time (the database grows, the machine may be busy).
			if (outcome.code === 0) runMs = outcome.elapsedMs;
			else if (delayMs > runMs) runMs = delayMs * 1.1;
			const before = committed.length;
			committed = checkDatabase(dbPath);
			// A run that exited normally committed; a killed one may or may not have (killed after COMMIT).
			if (outcome.code === 0) expect(committed).toHaveLength(before + 1);
			else expect([before, before + 1]).toContain(committed.length);
			outcome.committed = committed.length === before + 1;
		}

		// After all that, the database takes an undisturbed ingest as if nothing had happened.
		const last = write();
		const recovery = await runIngest(last, env, null);
		rmSync(last);
		expect(recovery.code).toBe(0);
		expect(checkDatabase(dbPath)).toHaveLength(committed.length + 1);

		// First loads, each into a fresh copy of the database with no observations yet.
		const firstLoads: Outcome[] = [];
		for (const delay of killSchedule(FIRST_LOADS, () => firstLoadMs)) {
			const path = join(tmp.dir, `first-${firstLoads.length}.db`);
			copyFileSync(seeded, path);
			const file = write();
			const outcome = await runIngest(file, { DATABASE_URL: `file:${path}` }, delay());
			rmSync(file);
			firstLoads.push(outcome);
			expect(outcome.code === 0 || outcome.signal === 'SIGKILL').toBe(true);
			const after = checkDatabase(path);
			if (outcome.code === 0) expect(after).toHaveLength(1);
			outcome.committed = after.length === 1;
			for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
		}

		const killed = [...outcomes, ...firstLoads].filter((o) => o.signal === 'SIGKILL').length;
		console.log(
			`crash-safety: run ${Math.round(runMs)} ms, first load ${Math.round(firstLoadMs)} ms; kill delays (ms; ✓ completed first, ✗ killed before its commit, ✗✓ killed after it): ` +
				`${marks(outcomes)}; first loads: ${marks(firstLoads)}; ${committed.length + 1} observation revisions in all, ${Math.round((performance.now() - started) / 1000)} s`
		);
		expect(outcomes.length).toBeGreaterThanOrEqual(MIN_KILLED_RUNS);
		expect(killed).toBeGreaterThanOrEqual(1);
		// 120 s is the suite's default; a busy machine needs its floor of runs at ~11 s each, plus the first loads.
	}, 300_000);
});
