// Copies a SQLite deployment into an empty PostgreSQL database, history included: every row of every
// table with its id (revisions, the uploaded files' bytes, superseded rows, and whatever tables later
// migrations add), in one transaction, then verifies the row counts and commits only when they agree.
import { existsSync } from 'node:fs';
import { sqlitePath } from '../config';
import { createPool, inTransaction, LOCK_WRITE, migrate } from './postgres/open';
import { openWriter, type DB } from './sqlite/open';
import { StoreError } from './store';

const BATCH = 5_000;

export interface TableCopy {
	table: string;
	sqlite: number;
	postgres: number;
}

export interface MigrateStoreResult {
	tables: TableCopy[];
	ok: boolean;
}

/** Tables in an order where every table comes after the tables it references (self-references aside). */
function tablesInOrder(db: DB): string[] {
	const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map(
		(r) => r.name
	);
	const deps = new Map(names.map((n) => [n, (db.prepare(`PRAGMA foreign_key_list(${n})`).all() as { table: string }[]).map((f) => f.table).filter((t) => t !== n)]));
	const order: string[] = [];
	const visit = (n: string, path: string[]) => {
		if (order.includes(n) || path.includes(n)) return;
		for (const d of deps.get(n) ?? []) visit(d, [...path, n]);
		order.push(n);
	};
	for (const n of names) visit(n, []);
	return order;
}

export async function migrateStore(from: string, to: string, log: (line: string) => void = () => undefined): Promise<MigrateStoreResult> {
	const path = sqlitePath(from);
	if (!existsSync(path)) throw new StoreError('not_found', `找不到源数据库 ${path} / Source database ${path} does not exist`);
	// Opening as the app does: checks that the file is ours and brings its schema to this version.
	const { db } = openWriter(path);
	const pool = createPool(to, 2);
	try {
		await migrate(pool);
		let ok = false;
		return await inTransaction(pool, LOCK_WRITE, async (client) => {
			await client.query('SET CONSTRAINTS ALL DEFERRED');
			const existing = (await client.query<{ n: number }>('SELECT count(*) AS n FROM revisions')).rows[0]!.n;
			if (existing > 0)
				throw new StoreError('not_ours', `目标数据库已有 ${existing} 个修订,只能迁移到空数据库 / The target database already has ${existing} revisions; migrate into an empty database`);
			const tables: TableCopy[] = [];
			for (const table of tablesInOrder(db)) {
				const { rows: columns } = await client.query<{ name: string; type: string }>(
					`SELECT column_name AS name, udt_name AS type FROM information_schema.columns
					 WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
					[table]
				);
				if (columns.length === 0) throw new Error(`表 ${table} 在 PostgreSQL 中不存在 / Table ${table} has no PostgreSQL counterpart (a migration is missing)`);
				const sourceColumns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
				const missing = sourceColumns.filter((c) => !columns.some((p) => p.name === c));
				if (missing.length) throw new Error(`PostgreSQL 表 ${table} 缺少列 ${missing.join(', ')} / PostgreSQL table ${table} lacks columns ${missing.join(', ')}`);
				const cols = columns.filter((c) => sourceColumns.includes(c.name));
				const insert = `INSERT INTO ${table} (${cols.map((c) => c.name).join(', ')}) SELECT * FROM unnest(${cols.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ')})`;
				// SQLite has no boolean type: 0/1 become false/true.
				const convert = cols.map((c) => (c.type === 'bool' ? (v: unknown) => (v === null ? null : v !== 0) : (v: unknown) => v));
				let arrays: unknown[][] = cols.map(() => []);
				let copied = 0;
				const send = async () => {
					if (arrays[0]!.length === 0) return;
					await client.query(insert, arrays);
					copied += arrays[0]!.length;
					arrays = cols.map(() => []);
				};
				// In insertion order (rowid), so that PostgreSQL's identity columns that stand in for it follow it.
				const list = `SELECT ${cols.map((c) => c.name).join(', ')} FROM ${table}`;
				let select;
				try {
					select = db.prepare(`${list} ORDER BY rowid`).raw(true);
				} catch {
					select = db.prepare(list).raw(true); // a WITHOUT ROWID table
				}
				for (const row of select.iterate() as Iterable<unknown[]>) {
					for (let i = 0; i < row.length; i++) arrays[i]!.push(convert[i]!(row[i]));
					if (arrays[0]!.length === BATCH) await send();
				}
				await send();
				// Identity columns continue after the copied ids.
				if (cols.some((c) => c.name === 'id' && (c.type === 'int4' || c.type === 'int8')))
					await client.query(
						`SELECT setval(pg_get_serial_sequence($1, 'id'), coalesce((SELECT max(id) FROM ${table}), 0) + 1, false) WHERE pg_get_serial_sequence($1, 'id') IS NOT NULL`,
						[table]
					);
				const sqliteCount = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
				const postgresCount = (await client.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n;
				tables.push({ table, sqlite: sqliteCount, postgres: postgresCount });
				log(`${table}: ${copied.toLocaleString('en')} rows`);
			}
			ok = tables.every((t) => t.sqlite === t.postgres);
			return { tables, ok };
		}, () => ok);
	} finally {
		db.close();
		await pool.end();
	}
}
