// npm run ingest -- [--dry-run] [--json] [--kind observations|indicators|targets] FILE...
import { closeSync, openSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { FILE_KINDS, type FileKind } from '../lib/ingest/columns';
import { type DiskFile, type IngestReport } from '../lib/server/ingest';
import { ingestAs } from '../lib/server/uploads';
import { EXIT_DATA, EXIT_OK, fatal, withStore } from './common';

// A heap grows by a quarter of what survived its last full collection before the next one, not by V8's default
// of up to four times: a large file's records die young, but what survives (the reader's duplicate check)
// grows steadily, and each thread's heap otherwise ran to ~2.5 × its live size. Set before the reading
// thread starts, so it applies to both. Measured on the scale shape: peak RSS 342–357 MiB → 294–315 MiB at
// 50 %; with the other settings of the command, 216–221 MiB at 50 % and 212–217 MiB at 25 %, time the same.
v8.setFlagsFromString('--heap-growing-percent=25');

const USAGE = 'usage: npm run ingest -- [--dry-run] [--json] [--kind observations|indicators|targets] FILE...';

function human(report: IngestReport): string {
	const out: string[] = [];
	for (const f of report.files) {
		out.push(
			`${f.file}: ${f.kind ?? '?'}${f.layout === 'wide' ? ' (wide)' : ''}, ${f.encoding ?? '?'}, ${f.rows} rows, ${f.accepted} accepted, ` +
				`${f.errorCount} errors, ${f.warningCount} warnings; added ${f.changes.added}, updated ${f.changes.updated}, unchanged ${f.changes.unchanged}` +
				(f.revision !== null ? `; revision ${f.revision}` : '')
		);
		for (const e of f.errors) out.push(`  error   line ${e.line}${e.column ? ` [${e.column}]` : ''} ${e.code}: ${e.zh} / ${e.en}${e.value ? `  «${e.value}»` : ''}`);
		if (f.errorCount > f.errors.length) out.push(`  … ${f.errorCount - f.errors.length} more errors`);
		for (const w of f.warnings) out.push(`  warning line ${w.line}${w.column ? ` [${w.column}]` : ''} ${w.code}: ${w.zh} / ${w.en}`);
	}
	if (!report.ok) out.push('有错误,未写入任何数据 / Errors found: nothing was written.');
	else if (report.dryRun) out.push('试运行,未写入 / Dry run: nothing was written.');
	return out.join('\n');
}

let args;
try {
	args = parseArgs({
		allowPositionals: true,
		options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, kind: { type: 'string' }, help: { type: 'boolean', short: 'h' } }
	});
} catch (e) {
	fatal(`${(e as Error).message}\n${USAGE}`);
}
if (args.values.help) {
	process.stdout.write(`${USAGE}\n`);
	process.exit(EXIT_OK);
}
const kind = args.values.kind;
if (kind !== undefined && !(FILE_KINDS as readonly string[]).includes(kind)) fatal(`unknown --kind ${kind}\n${USAGE}`);
if (args.positionals.length === 0) fatal(USAGE);

// Checked here, before the database is opened; the files are read later, a large one a chunk at a time.
const files: DiskFile[] = args.positionals.map((path) => {
	try {
		closeSync(openSync(path, 'r'));
		if (!statSync(path).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
		return { name: basename(path), path };
	} catch (e) {
		fatal(`无法读取文件 / cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
	}
});

// The same path as the upload page and the API, audited like them.
const report = await withStore((store) =>
	ingestAs(store, files, { dryRun: args.values['dry-run'], kind: kind as FileKind | undefined }, { actor: `cli:${userInfo().username}` })
);
process.stdout.write(args.values.json ? `${JSON.stringify(report)}\n` : `${human(report)}\n`);
process.exitCode = report.ok ? EXIT_OK : EXIT_DATA;
