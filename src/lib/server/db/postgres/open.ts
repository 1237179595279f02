// Connects to PostgreSQL: a pool of the configured size, errors that mean "the database is not there"
// turned into StoreError('unavailable'), and the migrations run once under an advisory lock.
import pg from 'pg';
import { rekeyUsers } from '../common/name-key';
import { pgSql } from '../sql';
import { StoreError } from '../store';
import { PG_MIGRATIONS } from './migrations';

export type PG = pg.Pool | pg.PoolClient;

/** Advisory lock space "OBRD" (as SQLite's application_id) and the locks in it. */
export const LOCK_SPACE = 0x4f425244;
export const LOCK_MIGRATE = 0;
/** Held by every write transaction until it ends, so writers from all instances take turns. */
export const LOCK_WRITE = 1;

// Node's socket errors and PostgreSQL's SQLSTATEs for "server gone, shutting down or starting up".
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'ENOENT']);
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006', '08007', '08P01']);
const MESSAGES = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable/i;

export function isUnavailable(e: unknown): boolean {
	if (!(e instanceof Error)) return false;
	const code = (e as { code?: unknown }).code;
	if (typeof code === 'string' && (SOCKET_CODES.has(code) || SQLSTATES.has(code))) return true;
	if (e instanceof AggregateError) return e.errors.some(isUnavailable);
	return MESSAGES.test(e.message);
}

export const UNAVAILABLE_MESSAGE = '数据库暂时无法访问,请稍后重试;未写入任何内容 / The database cannot be reached right now; nothing was written. Please try again shortly';

/** A StoreError('unavailable') for connection failures; any other error is returned as it is. */
export function translate(e: unknown): unknown {
	if (e instanceof StoreError) return e;
	if (isUnavailable(e)) return Object.assign(new StoreError('unavailable', UNAVAILABLE_MESSAGE), { cause: e });
	return e;
}

export function createPool(url: string, size: number): pg.Pool {
	const pool = new pg.Pool({
		connectionString: url,
		max: size,
		// A request fails fast with 503 instead of hanging while the server is away; the pool opens new
		// connections on demand, so service resumes by itself when the server is back.
		connectionTimeoutMillis: 5_000,
		idleTimeoutMillis: 30_000,
		keepAlive: true,
		// Idle connections do not keep a finished process (a CLI run, a server shutting down) alive.
		allowExitOnIdle: true,
		application_name: 'outcome-board',
		// bigint (counts, sizes) as numbers: every value this app stores is far below 2^53.
		types: { getTypeParser: ((oid: number, format?: string) => (oid === 20 ? Number : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser }
	});
	// An idle connection that the server closed emits here; the pool drops it and connects again later.
	pool.on('error', (e) => console.warn(`数据库连接断开 / database connection lost: ${e.message}`));
	return pool;
}

/**
 * Runs fn in one transaction on a connection of its own, holding the advisory lock `lock` until it ends.
 * A connection that the server drops while it is checked out would emit an unhandled 'error' (and end the
 * process); here it is caught, the transaction is rolled back by the server, and the caller gets
 * StoreError('unavailable'). `commit` (checked at the end) can turn the ending into a rollback.
 */
export async function inTransaction<T>(pool: pg.Pool, lock: number, fn: (client: pg.PoolClient) => Promise<T>, commit: () => boolean = () => true): Promise<T> {
	const client = await pool.connect().catch((e) => Promise.reject(translate(e)));
	let broken: Error | undefined;
	const lost = (e: Error) => (broken ??= e);
	client.on('error', lost);
	try {
		await client.query('BEGIN');
		await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_SPACE, lock]);
		const result = await fn(client);
		await client.query(commit() ? 'COMMIT' : 'ROLLBACK');
		return result;
	} catch (e) {
		if (!broken) await client.query('ROLLBACK').catch((r: Error) => (broken = r));
		throw translate(broken && !(e instanceof StoreError) ? broken : e);
	} finally {
		client.off('error', lost);
		client.release(broken);
	}
}

/** Runs the migrations that have not run yet, in one transaction, one instance at a time. */
export async function migrate(pool: pg.Pool): Promise<void> {
	await inTransaction(pool, LOCK_MIGRATE, async (client) => {
		const { rows } = await client.query<{ ours: boolean; tables: number; db: string }>(
			`SELECT to_regclass('outcome_board_schema') IS NOT NULL AS ours, current_database() AS db,
				(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()) AS tables`
		);
		const { ours, tables, db } = rows[0]!;
		if (!ours && tables > 0)
			throw new StoreError('not_ours', `数据库 ${db} 已有其他应用的表,拒绝修改 / Database ${db} holds another application's tables; refusing to change it`);
		const version = ours ? (await client.query<{ version: number }>('SELECT version FROM outcome_board_schema')).rows[0]!.version : 0;
		if (version > PG_MIGRATIONS.length)
			throw new StoreError('not_ours', `数据库 ${db} 来自更新的版本 / Database ${db} was written by a newer version of the app`);
		for (let v = version; v < PG_MIGRATIONS.length; v++) await client.query(PG_MIGRATIONS[v]!);
		if (version < PG_MIGRATIONS.length) await client.query('UPDATE outcome_board_schema SET version = $1', [PG_MIGRATIONS.length]);
		// On every open, not only after migration 5: a Node with newer Unicode tables may fold a name anew.
		await rekeyUsers(pgSql(client));
	});
}
