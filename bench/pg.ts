// PostgreSQL for the benchmarks: BENCH_DATABASE_URL (or TEST_DATABASE_URL) names a server; each run gets
// a database of its own there, dropped afterwards. Without either, the PostgreSQL half is left out (said so).
import pg from 'pg';

export const BENCH_PG_URL = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || null;

export function noPostgres(what: string) {
	console.log(`PostgreSQL ${what}: not measured (set BENCH_DATABASE_URL=postgres://… to a server whose role may CREATE DATABASE)`);
}

async function admin(sql: string) {
	const c = new pg.Client({ connectionString: BENCH_PG_URL! });
	await c.connect();
	try {
		return await c.query(sql);
	} finally {
		await c.end();
	}
}

/** A fresh database on the bench server for fn, dropped afterwards; also returns the server's durability settings. */
export async function withBenchDatabase<T>(fn: (url: string, settings: string) => Promise<T>): Promise<T> {
	const name = `ob_bench_${process.pid}_${Date.now().toString(36)}`;
	await admin(`CREATE DATABASE ${name}`);
	const url = new URL(BENCH_PG_URL!);
	url.pathname = `/${name}`;
	try {
		const { rows } = await admin(
			"SELECT string_agg(name || '=' || setting, ', ' ORDER BY name) AS s FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'shared_buffers', 'server_version')"
		);
		return await fn(url.toString(), rows[0].s as string);
	} finally {
		await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
	}
}
