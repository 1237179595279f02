// npm run migrate-store -- --from file:PATH --to postgres://…   copies a SQLite deployment, history
// included, into an empty PostgreSQL database and verifies the row counts (exit 0 only when they agree).
import { parseArgs } from 'node:util';
import { migrateStore } from '../lib/server/db/migrate-store';
import { StoreError } from '../lib/server/db/store';
import { EXIT_DATA, EXIT_OK, EXIT_UNAVAILABLE, fatal } from './common';

const USAGE = 'usage: npm run migrate-store -- --from file:PATH --to postgres://USER@HOST:PORT/DATABASE';
let args;
try {
	args = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
} catch (e) {
	fatal(`${(e as Error).message}\n${USAGE}`);
}
if (args.values.help) {
	process.stdout.write(`${USAGE}\n`);
	process.exit(EXIT_OK);
}
const { from, to } = args.values;
if (!from?.startsWith('file:') || !to || !/^postgres(ql)?:\/\//.test(to)) fatal(USAGE);

try {
	const result = await migrateStore(from, to, (line) => process.stderr.write(`  ${line}\n`));
	const width = Math.max(...result.tables.map((t) => t.table.length), 5);
	const lines = [`${'table'.padEnd(width)}  ${'SQLite'.padStart(10)}  ${'PostgreSQL'.padStart(10)}`];
	for (const t of result.tables)
		lines.push(`${t.table.padEnd(width)}  ${String(t.sqlite).padStart(10)}  ${String(t.postgres).padStart(10)}  ${t.sqlite === t.postgres ? 'ok' : 'MISMATCH'}`);
	process.stdout.write(`${lines.join('\n')}\n`);
	if (result.ok) process.stdout.write('迁移完成,行数一致 / Migrated: every table has the same number of rows\n');
	else fatal('行数不一致,已回滚,目标数据库未改变 / Row counts differ: rolled back, the target database is unchanged', EXIT_DATA);
} catch (e) {
	if (e instanceof StoreError) fatal(e.message, e.code === 'unavailable' ? EXIT_UNAVAILABLE : EXIT_DATA);
	throw e;
}
