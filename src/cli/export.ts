// npm run export -- [--format csv|json] [--indicator CODE]...   (to standard output)
import { parseArgs } from 'node:util';
import { exportRows, toCsv, toJson } from '../lib/server/export';
import { EXIT_OK, fatal, withStore } from './common';

const USAGE = 'usage: npm run export -- [--format csv|json] [--indicator CODE]...';
let args;
try {
	args = parseArgs({ options: { format: { type: 'string', default: 'csv' }, indicator: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } });
} catch (e) {
	fatal(`${(e as Error).message}\n${USAGE}`);
}
if (args.values.help) {
	process.stdout.write(`${USAGE}\n`);
	process.exit(EXIT_OK);
}
const format = args.values.format;
if (format !== 'csv' && format !== 'json') fatal(`unknown --format ${format}\n${USAGE}`);
const rows = await withStore((store) => exportRows(store, args.values.indicator));
process.stdout.write(format === 'csv' ? toCsv(rows) : `${toJson(rows)}\n`);
