// npm run export -- [--format csv|json] [--indicator CODE]...   (to standard output)
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { exportPieces, nextChunk } from '../lib/server/export';
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
// Streamed from the cursor, waiting for the pipe to drain, so memory stays flat however large the export.
await withStore(async (store) => {
	const pieces = await exportPieces(store, format, args.values.indicator);
	for (let chunk = await nextChunk(pieces); chunk !== null; chunk = await nextChunk(pieces)) {
		if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
	}
	if (format === 'json') process.stdout.write('\n');
});
