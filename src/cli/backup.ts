// npm run backup -- DEST.db: an online, consistent copy of the SQLite database while the app keeps
// running (VACUUM INTO reads one snapshot, so concurrent writes neither block nor tear it), then
// `integrity_check` on the copy. Restore: stop the app and point DATABASE_URL at the copy (or copy it
// over the database file, removing its -wal and -shm files).
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, sqlitePath } from '../lib/server/config';
import { EXIT_DATA, EXIT_OK, fatal } from './common';

const USAGE = 'usage: npm run backup -- DEST.db';
let args;
try {
	args = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
} catch (e) {
	fatal(`${(e as Error).message}\n${USAGE}`);
}
if (args.values.help) {
	process.stdout.write(`${USAGE}\n`);
	process.exit(EXIT_OK);
}
const dest = args.positionals[0];
if (!dest || args.positionals.length !== 1) fatal(USAGE);

const url = loadConfig().DATABASE_URL;
if (!url.startsWith('file:'))
	fatal('PostgreSQL 请使用 pg_dump 备份 / For PostgreSQL use pg_dump (this command copies the embedded SQLite file)');
const source = sqlitePath(url);
if (!existsSync(source)) fatal(`数据库不存在:${source} / No database at ${source}`, EXIT_DATA);
if (existsSync(dest)) fatal(`目标文件已存在,不会覆盖:${dest} / ${dest} exists; refusing to overwrite it`, EXIT_DATA);
if (resolve(dest) === resolve(source)) fatal('目标与数据库相同 / The destination is the database itself', EXIT_DATA);

const started = performance.now();
const db = new Database(source, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 10000');
try {
	db.prepare('VACUUM INTO ?').run(dest);
} finally {
	db.close();
}
const copy = new Database(dest, { readonly: true, fileMustExist: true });
const check = copy.pragma('integrity_check', { simple: true });
const revisions = (copy.prepare('SELECT count(*) AS n FROM revisions').get() as { n: number }).n;
copy.close();
if (check !== 'ok') fatal(`备份校验失败 / The backup failed integrity_check: ${String(check)}`, EXIT_DATA);
process.stdout.write(
	`已备份到 ${dest}(${revisions} 个修订,integrity_check 通过,${Math.round(performance.now() - started)} ms)\n` +
		`Backed up to ${dest}: ${revisions} revisions, integrity_check ok\n`
);
