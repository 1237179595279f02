// Opens (or creates) the SQLite file: durable pragmas, ownership check, migrations. Fails fast and clearly.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { NAME_KEY_ROWS, planNameKeys, SET_NAME_KEY, warnClashes, type NameKeyPlan, type NameKeyRow } from '../common/name-key';
import { StoreError } from '../store';
import { APPLICATION_ID, SQLITE_MIGRATIONS } from './migrations';

export type DB = Database.Database;

function checkHeader(path: string) {
	if (path === ':memory:' || !existsSync(path) || statSync(path).size === 0) return;
	const fd = openSync(path, 'r');
	const head = Buffer.alloc(16);
	readSync(fd, head, 0, 16, 0);
	closeSync(fd);
	if (head.toString('latin1') !== 'SQLite format 3\0')
		throw new StoreError('not_ours', `数据库文件不是 SQLite 文件,拒绝打开 / ${path} is not a SQLite database; refusing to open it`);
}

/** Prepared statements kept per connection (repositories prepare by SQL text on every call). */
const STATEMENTS = 256;

/**
 * Makes `db.prepare` return the statement it prepared before for the same SQL: compiling one costs more
 * than running it (a profile of the overview under load had 4% of the server in `prepare`: the session,
 * user and data-version lookups of every request). Least recently used first out, since some SQL is
 * built per call (multi-row inserts, per-upload temp tables). A statement runs to completion before the
 * next call (no open iterators here), and a reused one starts without pluck/raw/expand modes.
 */
function reusePrepared(db: DB): DB {
	const prepare = db.prepare.bind(db);
	const cache = new Map<string, Database.Statement>();
	db.prepare = ((sql: string) => {
		let stmt = cache.get(sql);
		if (stmt) {
			cache.delete(sql);
			if (stmt.reader) stmt.pluck(false).raw(false).expand(false);
		} else {
			stmt = prepare(sql);
			if (cache.size >= STATEMENTS) cache.delete(cache.keys().next().value!);
		}
		cache.set(sql, stmt);
		return stmt;
	}) as DB['prepare'];
	return db;
}

function pragmas(db: DB) {
	// 16 KB pages for a new file (a no-op on an existing one): a million-row upload writes a quarter as many
	// WAL frames, and its commit's checkpoint copies them back in a quarter as many writes (scale shape: the
	// commit 0.9–1.1 s → 0.6 s). Reads are series of one indicator, which sit together in the indexes.
	db.pragma('page_size = 16384');
	db.pragma('journal_mode = WAL');
	// FULL: a commit survives power loss, not only a crash of the process.
	db.pragma('synchronous = FULL');
	db.pragma('busy_timeout = 5000');
	db.pragma('foreign_keys = ON');
	db.pragma('temp_store = MEMORY');
}

/**
 * Sets every user's name_key from JS (SQL's lower() folds ASCII only), as common/name-key.ts's rekeyUsers
 * does on PostgreSQL, but synchronously: it runs inside the migrating transaction, which better-sqlite3
 * cannot hold across an await.
 */
function rekeyUsers(db: DB): NameKeyPlan['clashes'] {
	const plan = planNameKeys(db.prepare(NAME_KEY_ROWS).all() as NameKeyRow[]);
	for (const params of plan.updates) db.prepare(SET_NAME_KEY).run(...params);
	return plan.clashes;
}

/** Returns true when the database was created by this call (so the app seeds it). */
export function openWriter(path: string): { db: DB; created: boolean } {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	checkHeader(path);
	let db: DB;
	try {
		db = reusePrepared(new Database(path));
		pragmas(db);
	} catch (e) {
		throw new StoreError('corrupt', `无法打开数据库 ${path}:${(e as Error).message} / Cannot open database ${path}: ${(e as Error).message}`);
	}
	const appId = db.pragma('application_id', { simple: true }) as number;
	const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
	if (appId !== APPLICATION_ID && (appId !== 0 || tables > 0)) {
		db.close();
		throw new StoreError('not_ours', `数据库 ${path} 不属于本应用,拒绝修改 / ${path} belongs to another application; refusing to change it`);
	}
	const created = appId === 0;
	const version = db.pragma('user_version', { simple: true }) as number;
	if (version > SQLITE_MIGRATIONS.length) {
		db.close();
		throw new StoreError('not_ours', `数据库 ${path} 来自更新的版本 / ${path} was written by a newer version of the app`);
	}
	const clashes = db.transaction(() => {
		for (let v = version; v < SQLITE_MIGRATIONS.length; v++) db.exec(SQLITE_MIGRATIONS[v]!);
		db.pragma(`user_version = ${SQLITE_MIGRATIONS.length}`);
		db.pragma(`application_id = ${APPLICATION_ID}`);
		return rekeyUsers(db);
	})();
	warnClashes(clashes);
	try {
		const check = db.pragma('quick_check', { simple: true });
		if (check !== 'ok') throw new Error(String(check));
	} catch (e) {
		db.close();
		throw new StoreError('corrupt', `数据库 ${path} 已损坏:${(e as Error).message} / Database ${path} is corrupt: ${(e as Error).message}`);
	}
	return { db, created };
}

export function openReader(path: string): DB {
	const db = reusePrepared(new Database(path, { readonly: true, fileMustExist: true }));
	db.pragma('busy_timeout = 5000');
	return db;
}
