// PostgreSQL for the tests: TEST_DATABASE_URL names a server (.ci/run starts one on loopback); every test
// gets a database of its own on it. Without TEST_DATABASE_URL the PostgreSQL tests are reported as not run
// (a visible skip with the reason in its name) — except in CI (CI=1), where that is a failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, it } from 'vitest';
import { ROOT } from './env';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || null;
const NOT_RUN = 'NOT RUN: TEST_DATABASE_URL is not set (.ci/run starts PostgreSQL and sets it)';

/** `describe` for tests that need PostgreSQL. */
export function describePostgres(name: string, fn: () => void): void {
	if (TEST_DATABASE_URL) describe(name, fn);
	else if (process.env.CI)
		describe(name, () =>
			it('has a PostgreSQL server to run against', () => {
				throw new Error(`CI must run the PostgreSQL tests: ${NOT_RUN}`);
			})
		);
	else {
		process.stderr.write(`\n⚠ ${name}: ${NOT_RUN}\n`);
		describe.skip(`${name} — ${NOT_RUN}`, fn);
	}
}

let counter = 0;

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
	const c = new pg.Client({ connectionString: url });
	await c.connect();
	try {
		return await fn(c);
	} finally {
		await c.end();
	}
}

/** A new empty database on the TEST_DATABASE_URL server; `drop` removes it (closing leftover connections). */
export async function freshDatabase(server = TEST_DATABASE_URL!): Promise<{ url: string; drop: () => Promise<void> }> {
	const name = `ob_test_${process.pid}_${++counter}_${Date.now().toString(36)}`;
	await admin(server, (c) => c.query(`CREATE DATABASE ${name}`));
	const url = new URL(server);
	url.pathname = `/${name}`;
	return { url: url.toString(), drop: () => admin(server, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined) };
}

/** Runs SQL on a database directly (for looking behind the Store's back). */
export function sql<R extends pg.QueryResultRow = Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<R[]> {
	return admin(url, async (c) => (await c.query<R>(text, params)).rows);
}

async function freePort(): Promise<number> {
	return new Promise((res, rej) => {
		const s = createServer();
		s.listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => res(port));
		});
		s.on('error', rej);
	});
}

function script(...args: string[]): string {
	const r = spawnSync(join(ROOT, '.ci', 'postgres'), args, { encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`.ci/postgres ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
	return r.stdout;
}

export interface Cluster {
	/** URL of its outcome_board_test database. */
	url: string;
	/** Stops the server (fast shutdown: sessions are cut, like a restart for maintenance). */
	halt: () => void;
	resume: () => void;
	destroy: () => void;
}

/** A PostgreSQL server of this test's own (from the Debian package's binaries), to stop and start at will. */
export async function privateCluster(): Promise<Cluster> {
	const dir = mkdtempSync(join(tmpdir(), 'ob-pg-'));
	const out = script('start', dir, String(await freePort()));
	const url = /TEST_DATABASE_URL=(\S+)/.exec(out)![1]!;
	return { url, halt: () => script('halt', dir), resume: () => script('resume', dir), destroy: () => script('stop', dir) };
}
