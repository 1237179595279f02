// The one ingest path (CLI, HTTP upload, seed): read every file, stage, diff, apply, check stated YoY — atomically.
import { isUtf8 } from 'node:buffer';
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { constants, createGzip, gzip } from 'node:zlib';
import { rowIssue, type RowIssue } from '../domain/issues';
import { checkStatedYoy, growth } from '../domain/metrics';
import { parsePeriod, sameLastYear } from '../domain/period';
import { Catalog } from '../ingest/catalog';
import type { FileKind } from '../ingest/columns';
import type { Separator } from '../ingest/csv';
import type { Encoding } from '../ingest/decode';
import { withImpliedYoy, type DiffRow } from '../ingest/diff';
import { isXlsx, MAX_ISSUES, readUpload, type ParsedFile } from '../ingest/read';
import type { IngestRecord } from '../ingest/validate';
import { touch } from './db/common/derived';
import type { Changes, RevisionInput, Stage, Store, Tx } from './db/store';
import { FileDeriver } from './derive-file';
import { DerivedSink } from './derive-sink';
import { countDerived, refreshDerived, type CommittedFile } from './derived';

export interface IngestFile {
	name: string;
	bytes: Uint8Array;
}

/**
 * A file the command line names, left on disk: a large delimited one is read by the thread that parses it,
 * a chunk at a time (ingest-worker.ts), so it never lies in memory whole; any other is read as an upload.
 */
export interface DiskFile {
	name: string;
	path: string;
}

export interface FileReport {
	file: string;
	kind: FileKind | null;
	layout: ParsedFile['layout'];
	encoding: ParsedFile['encoding'];
	separator: ParsedFile['separator'];
	rows: number;
	accepted: number;
	errors: RowIssue[];
	/** Exact number of errors; `errors` keeps the first 10,000. */
	errorCount: number;
	warnings: RowIssue[];
	/** Exact number of warnings (the reader's and the 同比 checks'); `warnings` keeps the first 10,000. */
	warningCount: number;
	columns: ParsedFile['columns'];
	changes: Changes;
	revision: number | null;
	/** Codes of the indicators this file names, when it adds or changes anything (else empty): the pages to look at. */
	affected: string[];
	/** With `diffLimit`: the rows that add or update something (old → new, implied 同比), at most that many per table. */
	diff?: { rows: DiffRow[]; truncated: boolean };
}

export interface IngestReport {
	ok: boolean;
	dryRun: boolean;
	files: FileReport[];
}

export interface IngestOptions {
	dryRun?: boolean;
	kind?: FileKind;
	/** Overrides of what the reader detects (the upload preview offers them). */
	encoding?: Encoding;
	separator?: Separator;
	mapping?: Record<string, string>;
	/** Report each file's changed rows, at most this many per table (see FileReport.diff). */
	diffLimit?: number;
	user?: string | null;
	/** Files at least this large are read on a worker thread while this thread writes (default 4 MiB). */
	workerMinBytes?: number;
}

/** Below this, starting a thread costs more than the overlap saves. */
const WORKER_MIN_BYTES = 4 * 2 ** 20;

const NO_CHANGES: Changes = { added: 0, updated: 0, unchanged: 0 };

const gzipAsync = promisify(gzip);

/**
 * The kept copy of an upload, gzipped on libuv's thread pool while the main thread reads the file, so
 * the compression costs no time on the ingest's own thread. Fastest level: CSV still shrinks ~4×.
 */
function gzipInBackground(bytes: Uint8Array): Promise<Uint8Array | undefined> {
	if (bytes.byteLength < 64 * 1024) return Promise.resolve(undefined); // small files: not worth a copy
	return gzipAsync(bytes, { level: constants.Z_BEST_SPEED }).then(
		(b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength),
		() => undefined // stored uncompressed instead
	);
}

/** The same for a file on disk, streamed through gzip: the file is never in memory whole. */
function gzipFileInBackground(path: string): Promise<Uint8Array | undefined> {
	const out: Buffer[] = [];
	return pipeline(createReadStream(path), createGzip({ level: constants.Z_BEST_SPEED }), async (gzipped: AsyncIterable<Buffer>) => {
		for await (const b of gzipped) out.push(b);
	}).then(
		() => new Uint8Array(Buffer.concat(out)),
		() => undefined
	);
}

/** A file to ingest, as ingestFiles reads it: `bytes`, or for a large delimited file on disk its `path` only. */
interface Input {
	name: string;
	bytes: Uint8Array | null;
	path: string | null;
	size: number;
	large: boolean;
}

function input(file: IngestFile | DiskFile, minBytes: number): Input {
	if ('path' in file) {
		const size = statSync(file.path).size;
		if (size >= minBytes && !isXlsx(head(file.path), file.name)) return { name: file.name, bytes: null, path: file.path, size, large: true };
		// Small files and workbooks are read whole, as uploads are (an .xlsx is unzipped in memory anyway).
		file = { name: file.name, bytes: new Uint8Array(readFileSync(file.path)) };
	}
	const size = file.bytes.byteLength;
	return { name: file.name, bytes: file.bytes, path: null, size, large: size >= minBytes && !isXlsx(file.bytes, file.name) };
}

/** A file's first four bytes (enough for isXlsx's signature). */
function head(path: string): Uint8Array {
	const bytes = new Uint8Array(4);
	const fd = openSync(path, 'r');
	try {
		readSync(fd, bytes, 0, 4, 0);
	} finally {
		closeSync(fd);
	}
	return bytes;
}

/** What revision_files keeps of a file: gzipped, else (gzip failed) the bytes as they are. */
async function stored(bytes: Uint8Array | null, path: string | null, gzipped: Promise<Uint8Array | undefined>): Promise<RevisionInput['stored']> {
	const gz = await gzipped;
	return gz ? { bytes: gz, gzip: true } : { bytes: bytes ?? new Uint8Array(readFileSync(path!)), gzip: false };
}

function sha256(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** Adds the 同比 disagreements to the report's warnings, counting every one but keeping at most MAX_ISSUES. */
async function addYoyWarnings(tx: Tx, stage: Stage, parsed: ParsedFile, report: FileReport): Promise<void> {
	const column = parsed.columns.find((c) => c.field === 'yoy')?.name ?? null;
	for (const row of await stage.statedYoy()) {
		const period = parsePeriod(row.period);
		if (!period.ok) continue;
		const base = await tx.currentValue(row.indicator, sameLastYear(period.value).key);
		const check = checkStatedYoy(row.yoy, row.decimals, growth(row.value, base));
		if (check.verdict !== 'disagrees') continue;
		report.warningCount++;
		if (report.warnings.length >= MAX_ISSUES) continue;
		const computed = check.computedPercent!.toFixed(Math.max(row.decimals, 1) + 1);
		report.warnings.push(
			rowIssue(
				row.line,
				column,
				`${row.yoy}%`,
				'yoy_mismatch',
				`所报同比 ${row.yoy}% 与按数据计算的 ${computed}% 不一致`,
				`Stated YoY ${row.yoy}% differs from ${computed}% computed from the data`
			)
		);
	}
}

/**
 * Reads, validates and commits files in order, all or nothing; a later file may use an earlier
 * file's indicators and sees its values. With errors or `dryRun` the same work runs and is rolled back,
 * so a preview reports exactly what a commit would do.
 */
export async function ingestFiles(store: Store, files: (IngestFile | DiskFile)[], options: IngestOptions = {}): Promise<IngestReport> {
	const batch = randomUUID();
	const dryRun = options.dryRun ?? false;
	let failed = false;
	const reports: FileReport[] = [];
	// One observations file is derived from its rows as they are read (a large one partly here, partly on
	// the reading thread): a new indicator's rows are written at once (derive-sink.ts), the others are
	// checked after the commit (derive-inputs.ts).
	let committed: CommittedFile | undefined;
	let derivedInCommit = 0;
	const derive = files.length === 1 && !dryRun;
	await store.transaction(
		async (tx) => {
			const catalog = new Catalog(await tx.currentIndicators());
			const staged: { parsed: ParsedFile; stage: Stage; diff: DiffRow[] }[] = [];
			// One file at a time, read → diff → revision → apply, so each file is diffed against the data as
			// the earlier files left it.
			for (const given of files) {
				const file = input(given, options.workerMinBytes ?? WORKER_MIN_BYTES);
				const { bytes, path, large } = file;
				const gzipped = bytes ? gzipInBackground(bytes) : gzipFileInBackground(path!);
				const stage = await tx.stage();
				const named = new Set<string>();
				const sink = derive ? new DerivedSink(tx.sql, (code) => stage.wasEmpty?.(code)) : null;
				const deriver = sink ? new FileDeriver((code) => catalog.get(code), sink.set, large ? 1 : undefined) : null;
				const onRecord = (r: IngestRecord) => {
					named.add(r.kind === 'indicators' ? r.record.code : r.record.indicator);
					stage.add(r);
					if (r.kind === 'observations') deriver?.add(r.record);
				};
				const overrides = { kind: options.kind, encoding: options.encoding, separator: options.separator, mapping: options.mapping };
				try {
					const { parsed, sha256: hash } = large
						? await (await import('./ingest-worker')).readInWorker(file.name, bytes ? { bytes } : { path: path! }, overrides, catalog, onRecord, sink?.set, () => stage.ready?.() ?? sink?.ready())
						: { parsed: await readUpload(file.name, bytes!, { ...overrides, catalog, isUtf8, onRecord }), sha256: sha256(bytes!) };
					await stage.flush();
					if (parsed.errorCount > 0) failed = true;
					const changes = parsed.kind ? await stage.diff(parsed.kind) : NO_CHANGES;
					const diff = options.diffLimit && parsed.kind ? await stage.changes(options.diffLimit + 1) : [];
					let revision: number | null = null;
					if (parsed.kind && changes.added + changes.updated > 0) {
						revision = await tx.createRevision({
							batch,
							kind: parsed.kind,
							fileName: file.name,
							sha256: hash,
							encoding: parsed.encoding,
							size: file.size,
							stored: await stored(bytes, path, gzipped),
							user: options.user ?? null,
							rows: parsed.rows,
							...changes
						});
						await stage.apply(revision);
						await touch(tx.sql, revision, named); // their derived rows are now stale
						if (deriver && sink && parsed.kind === 'observations') {
							deriver.finish();
							derivedInCommit = await sink.settle(revision);
							committed = { derived: sink.held, revision, onlyNew: stage.onlyNew() };
						}
					}
					if (revision === null) await sink?.drop();
					const { records: _records, ...rest } = parsed;
					const affected = changes.added + changes.updated > 0 ? [...named] : [];
					reports.push({ ...rest, changes, revision, affected });
					staged.push({ parsed, stage, diff });
				} catch (e) {
					// No write of the sink may run after the transaction ends: on SQLite it would commit on its own, on
					// PostgreSQL run outside the transaction or in the next one on that connection.
					await sink?.drop();
					throw e;
				}
			}
			// After every file is applied, so the 同比 checks and implied 同比 see the data as it will stand.
			for (let i = 0; i < staged.length; i++) {
				const { parsed, stage, diff } = staged[i]!;
				if (parsed.kind === 'observations') await addYoyWarnings(tx, stage, parsed, reports[i]!);
				if (options.diffLimit) {
					const limit = options.diffLimit;
					const kept = (['observations', 'targets', 'indicators'] as const).flatMap((t) => diff.filter((d) => d.table === t).slice(0, limit));
					const rows = await withImpliedYoy(kept, (ind, period) => tx.currentValue(ind, period));
					reports[i]!.diff = { rows, truncated: kept.length < diff.length };
				}
			}
			if (failed || dryRun) for (const r of reports) r.revision = null;
		},
		{ rollback: () => failed || dryRun }
	);
	// Right after the commit, so the next page finds the touched indicators derived.
	if (reports.some((r) => r.revision !== null)) {
		countDerived(store, derivedInCommit);
		await refreshDerived(store, reports[0]!.revision === null ? undefined : committed);
	}
	return { ok: !failed, dryRun, files: reports };
}
