// npm run extract -- [--json | --csv | --targets-csv] [--date YYYY-MM-DD] FILE|-
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { extractText, fileText, observationsCsv, reportTitle, targetsCsv } from '../lib/server/extract';
import { bilingual } from '../lib/format/messages';
import { parsePeriod } from '../lib/domain/period';
import { EXIT_OK, fatal, withStore } from './common';

const LIMIT = 20 * 1024 * 1024;
const USAGE = bilingual('extract.usage');

let args;
try {
	args = parseArgs({
		allowPositionals: true,
		options: { json: { type: 'boolean' }, csv: { type: 'boolean' }, 'targets-csv': { type: 'boolean' }, date: { type: 'string' }, help: { type: 'boolean', short: 'h' } }
	});
} catch (e) {
	fatal(`${(e as Error).message}\n${USAGE}`);
}
if (args.values.help) {
	process.stdout.write(`${USAGE}\n`);
	process.exit(EXIT_OK);
}
const v = args.values;
if (args.positionals.length !== 1 || [v.json, v.csv, v['targets-csv']].filter(Boolean).length > 1) fatal(USAGE);
const date = v.date;
if (date !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(date) && parsePeriod(`${date}/${date}`).ok)) fatal(`${bilingual('extract.badDate')}\n${USAGE}`);

const path = args.positionals[0]!;
let bytes: Uint8Array;
try {
	if (path === '-') bytes = readFileSync(0);
	else {
		if (statSync(path).size > LIMIT) fatal(bilingual('extract.tooLarge', { limit: '20 MB' }));
		bytes = readFileSync(path);
	}
} catch (e) {
	fatal(`${bilingual('extract.unreadable')}: ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
}
if (bytes.length > LIMIT) fatal(bilingual('extract.tooLarge', { limit: '20 MB' }));

const name = path === '-' ? 'stdin' : basename(path);
const read = await fileText(path === '-' ? '' : name, bytes);
if (!read.ok) fatal(read.problem.message);
const out = await withStore((store) => extractText(store, { text: read.text, date }));
if (!out.ok) fatal(out.problem.message);
// A database no server has started on yet holds no catalog (the server seeds it): say why nothing maps.
if (out.catalog.length === 0) process.stderr.write(`${bilingual('extract.noCatalog')}\n`);
const result = out.result;
const title = reportTitle(read.text, name);
if (v.csv) process.stdout.write(observationsCsv(result, title));
else if (v['targets-csv']) process.stdout.write(targetsCsv(result, title));
else if (v.json) process.stdout.write(`${JSON.stringify(result)}\n`);
else {
	const lines = result.candidates.map(
		(c) =>
			`${String(c.line).padStart(4)}  ${c.indicator ?? `— (${bilingual('extract.unmapped')})`}  ${c.period ?? '?'}  ${c.qualifier ?? ''}${c.value} ${c.unit ?? ''}` +
			`${c.role === 'target' ? `  [${bilingual('extract.target')}]` : ''}${c.yoy_reported !== null ? `  ${bilingual('extract.yoy')} ${c.yoy_reported}%` : ''}  «${c.quote}»`
	);
	process.stdout.write(`${result.date}: ${result.candidates.length}\n${lines.join('\n')}\n`);
}
process.exitCode = EXIT_OK;
