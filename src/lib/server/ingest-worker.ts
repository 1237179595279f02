// The ingest pipeline for large files: a worker thread decodes, parses and validates the upload (the same
// src/lib/ingest code as everywhere) while the main thread writes the records it has already received.
// Reading and writing then overlap on two cores instead of adding up on one, and the main thread's event
// loop stays free between batches, so the app keeps answering other requests during a long upload.
//
// This module is both sides: loaded on the main thread it exports `readInWorker`; loaded as a worker (the
// same file, or in the built server the same chunk, at `import.meta.url`) it runs `work`. It is imported
// dynamically by ingest.ts so that the bundler gives it a chunk of its own, light to load in a thread.
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Indicator } from '../domain/model';
import { Catalog } from '../ingest/catalog';
import { candidates, checkFor, decodeChunks, type Encoding } from '../ingest/decode';
import { readDecodedPieces, readUpload, type ParsedFile, type ReadOptions } from '../ingest/read';
import type { IngestRecord, ObservationRecord, TargetRecord } from '../ingest/validate';
import type { Prederived } from './derive-inputs';
import { FileDeriver } from './derive-file';

/**
 * Records per message: large enough that messaging costs little, small enough to start writing at once, and
 * small enough that a batch's arrays and its serialized strings stay under 64 KB, the size from which
 * npm run ingest has glibc map a block on its own (a map, page faults and an unmap for every batch).
 */
const BATCH = 1024;
/** Batches read but not yet written, at most: when the database is the slower side, the reader waits. */
const MAX_IN_FLIGHT = 12;
const MARK = 'outcome-board-ingest-worker';
/** How long the main thread writes received batches before it lets other work in (see readInWorker). */
const SLICE_MS = 20;

type Overrides = Pick<ReadOptions, 'kind' | 'encoding' | 'separator' | 'mapping'>;

interface Job {
	[MARK]: true;
	name: string;
	/** The file: its bytes (copied into the thread), or where it lies on disk (read by the thread, see fromDisk). */
	source: FileSource;
	overrides: Overrides;
	indicators: Indicator[];
	/** [0]: batches posted and not yet taken by the main thread. */
	flow: Int32Array;
	/** Derive this thread's half of an observations file's indicators from its rows as they are read (derive-file.ts). */
	derive: boolean;
}

/**
 * Records cross between threads in columns, not as objects: texts as indexes into the batch's table of
 * distinct strings (a file repeats the same indicator, period and source on many rows), numbers and
 * lines in typed arrays that are handed over, not copied. Objects would each be serialized and rebuilt,
 * which costs both threads time and leaves a copy of every record as garbage on each side.
 */
const COLUMNS = {
	observations: {
		text: ['indicator', 'period', 'qualifier', 'provenance', 'source', 'note', 'targetQualifier'],
		num: ['value', 'yoyReported', 'yoyDecimals', 'target']
	},
	targets: {
		text: ['indicator', 'period', 'qualifier', 'basis', 'owner', 'department', 'deadline', 'source', 'note'],
		num: ['value']
	}
} as const;
type ColumnKind = keyof typeof COLUMNS;

interface ColumnBatch {
	kind: ColumnKind;
	count: number;
	strings: string[];
	/** count × text columns; -1 is null. */
	texts: Int32Array;
	/** count × number columns; NaN is null (stored values are always finite). */
	nums: Float64Array;
	lines: Int32Array;
}

class BatchBuilder {
	count = 0;
	#strings: string[] = [];
	#index = new Map<string, number>();
	#texts: Int32Array;
	#nums: Float64Array;
	#lines = new Int32Array(BATCH);
	constructor(readonly kind: ColumnKind) {
		this.#texts = new Int32Array(BATCH * COLUMNS[kind].text.length);
		this.#nums = new Float64Array(BATCH * COLUMNS[kind].num.length);
	}
	#t = 0;
	#k = 0;
	#text(v: string | null) {
		let ref = -1;
		if (v !== null) {
			ref = this.#index.get(v) ?? -1;
			if (ref < 0) this.#index.set(v, (ref = this.#strings.push(v) - 1));
		}
		this.#texts[this.#t++] = ref;
	}
	#num(v: number | null) {
		this.#nums[this.#k++] = v ?? NaN;
	}
	/** Field by field in the order of COLUMNS (a generic loop over names costs a keyed lookup per cell). */
	add(r: IngestRecord) {
		if (r.kind === 'observations') {
			const o = r.record;
			this.#text(o.indicator);
			this.#text(o.period);
			this.#text(o.qualifier);
			this.#text(o.provenance);
			this.#text(o.source);
			this.#text(o.note);
			this.#text(o.targetQualifier);
			this.#num(o.value);
			this.#num(o.yoyReported);
			this.#num(o.yoyDecimals);
			this.#num(o.target);
		} else if (r.kind === 'targets') {
			const t = r.record;
			this.#text(t.indicator);
			this.#text(t.period);
			this.#text(t.qualifier);
			this.#text(t.basis);
			this.#text(t.owner);
			this.#text(t.department);
			this.#text(t.deadline);
			this.#text(t.source);
			this.#text(t.note);
			this.#num(t.value);
		}
		this.#lines[this.count++] = r.record.line;
	}
	/** The batch and the buffers to transfer with it. */
	take(): [ColumnBatch, ArrayBuffer[]] {
		const n = this.count;
		const { text, num } = COLUMNS[this.kind];
		const batch: ColumnBatch = {
			kind: this.kind,
			count: n,
			strings: this.#strings,
			texts: this.#texts.slice(0, n * text.length),
			nums: this.#nums.slice(0, n * num.length),
			lines: this.#lines.slice(0, n)
		};
		this.count = 0;
		this.#t = 0;
		this.#k = 0;
		this.#strings = [];
		this.#index.clear();
		return [batch, [batch.texts.buffer as ArrayBuffer, batch.nums.buffer as ArrayBuffer, batch.lines.buffer as ArrayBuffer]];
	}
}

/**
 * The records of a batch, each an object literal of one shape per kind (fields in the order of COLUMNS):
 * a million of them are made on the main thread, and a literal allocates at once in its final shape, where
 * adding fields by name one at a time walks a chain of shapes for every record.
 */
function* decode(b: ColumnBatch): Generator<IngestRecord> {
	const { texts: t, nums: n, strings } = b;
	const s = (ref: number) => (ref < 0 ? null : strings[ref]!);
	const v = (x: number) => (Number.isNaN(x) ? null : x);
	if (b.kind === 'observations') {
		for (let i = 0, ti = 0, ni = 0; i < b.count; i++, ti += 7, ni += 4) {
			const record = {
				line: b.lines[i]!,
				indicator: s(t[ti]!)!,
				period: s(t[ti + 1]!)!,
				qualifier: s(t[ti + 2]!) as ObservationRecord['qualifier'],
				provenance: s(t[ti + 3]!) as ObservationRecord['provenance'],
				source: s(t[ti + 4]!) ?? '',
				note: s(t[ti + 5]!) ?? '',
				targetQualifier: s(t[ti + 6]!) as ObservationRecord['targetQualifier'],
				value: n[ni]!,
				yoyReported: v(n[ni + 1]!),
				yoyDecimals: v(n[ni + 2]!),
				target: v(n[ni + 3]!)
			} satisfies ObservationRecord;
			yield { kind: 'observations', record };
		}
	} else {
		for (let i = 0, ti = 0; i < b.count; i++, ti += 9) {
			const record = {
				line: b.lines[i]!,
				indicator: s(t[ti]!)!,
				period: s(t[ti + 1]!)!,
				qualifier: s(t[ti + 2]!) as TargetRecord['qualifier'],
				basis: s(t[ti + 3]!) ?? '',
				owner: s(t[ti + 4]!) ?? '',
				department: s(t[ti + 5]!) ?? '',
				deadline: s(t[ti + 6]!) ?? '',
				source: s(t[ti + 7]!) ?? '',
				note: s(t[ti + 8]!) ?? '',
				value: n[i]!
			} satisfies TargetRecord;
			yield { kind: 'targets', record };
		}
	}
}

type Message =
	| { type: 'columns'; batch: ColumnBatch }
	| { type: 'records'; records: IngestRecord[] }
	/** Indicators derived from the file's rows so far (a later one for the same code replaces an earlier). */
	| { type: 'derived'; derived: [string, Prederived | null][] }
	| { type: 'done'; parsed: ParsedFile; sha256: string; size: number }
	| { type: 'failed'; message: string; stack?: string }
	/** Not posted by the worker: its 'exit' event, queued behind the messages it posted before it ended. */
	| { type: 'exit'; code: number };

export interface WorkerRead {
	parsed: ParsedFile;
	sha256: string;
	/** The file's size in bytes. */
	size: number;
}

export type FileSource = { bytes: Uint8Array } | { path: string };

/** Bytes read from disk at a time: the thread's whole buffer for the file. */
const CHUNK = 2 ** 20;

/** The SHA-256 of a file on disk, read through `buffer`. */
function hashFile(path: string, buffer: Uint8Array): string {
	const fd = openSync(path, 'r');
	try {
		const hash = createHash('sha256');
		for (let at = 0, n: number; (n = readSync(fd, buffer, 0, buffer.length, at)) > 0; at += n) hash.update(buffer.subarray(0, n));
		return hash.digest('hex');
	} finally {
		closeSync(fd);
	}
}

/**
 * A file on disk, read a chunk at a time, so that it never lies in memory at once (on the scale shape that
 * is 44 MB of the ingest's resident memory): a first pass checks that it decodes, in each encoding
 * decodeBytes would try in turn (UTF-8, else GB18030, or the one a BOM or the analyst names); its text then
 * comes in pieces from a second pass, while it is parsed, and that pass also takes its SHA-256 (`sha256`
 * once the text is read), so parsing starts after a fast check, not after hashing the whole file. A file
 * that decodes in none is read whole, and decodeBytes says where it goes wrong.
 */
function fromDisk(path: string, forced: Encoding | undefined): { sha256: () => string; size: number; text: Iterable<string> | null; encoding: Encoding | null; bytes: Uint8Array | null } {
	const fd = openSync(path, 'r');
	let keep = false; // the second pass closes it
	try {
		const buffer = new Uint8Array(CHUNK);
		const head = buffer.slice(0, readSync(fd, buffer, 0, 4, 0));
		let size = 0;
		const fits = candidates(head, forced).find(({ encoding, bom }) => {
			const check = checkFor(encoding, isUtf8);
			size = 0;
			for (let n: number; (n = readSync(fd, buffer, 0, CHUNK, size)) > 0; size += n) if (!check.push(buffer.subarray(size === 0 ? bom : 0, n))) return false;
			return check.end();
		});
		if (!fits) {
			const bytes = readFileSync(path);
			const sha256 = createHash('sha256').update(bytes).digest('hex');
			return { sha256: () => sha256, size: bytes.byteLength, text: null, encoding: null, bytes };
		}
		const hash = createHash('sha256');
		let digest: string | null = null;
		function* chunks(): Generator<Uint8Array> {
			try {
				let at = 0;
				for (let n: number; (n = readSync(fd, buffer, 0, CHUNK, at)) > 0; at += n) {
					const chunk = buffer.subarray(0, n);
					hash.update(chunk);
					yield at === 0 ? chunk.subarray(fits!.bom) : chunk;
				}
				if (at !== size) throw new Error(`${path} changed while it was being read (${size} bytes, then ${at})`);
				digest = hash.digest('hex');
			} finally {
				closeSync(fd);
			}
		}
		keep = true;
		// The reader stopped before the end (a file it refuses as a whole): hash it in a pass of its own.
		const sha256 = () => digest ?? hashFile(path, buffer);
		return { sha256, size, text: decodeChunks(chunks(), fits.encoding), encoding: fits.encoding, bytes: null };
	} finally {
		if (!keep) closeSync(fd);
	}
}

function work(job: Job): void {
	const port = parentPort!;
	try {
		const disk = 'path' in job.source ? fromDisk(job.source.path, job.overrides.encoding) : null;
		const bytes = disk ? disk.bytes : (job.source as { bytes: Uint8Array }).bytes;
		// From disk, known once the text is read (see fromDisk).
		const bytesHash = disk ? null : createHash('sha256').update(bytes!).digest('hex');
		const sha256 = () => bytesHash ?? disk!.sha256();
		const size = disk ? disk.size : bytes!.byteLength;
		let columns: BatchBuilder | null = null;
		let others: IngestRecord[] = []; // indicator definitions: few, sent as they are
		// Every message counts against MAX_IN_FLIGHT until the main thread has taken it.
		const send = (m: Message, transfer: ArrayBuffer[] = []) => {
			Atomics.add(job.flow, 0, 1);
			port.postMessage(m, transfer);
		};
		const post = () => {
			if (columns?.count) {
				const [batch, transfer] = columns.take();
				send({ type: 'columns', batch }, transfer);
			}
			if (others.length) send({ type: 'records', records: others });
			others = [];
			// Handed over as they come, so this thread does not hold thousands of them till the end.
			if (derived.length >= 8) {
				send({ type: 'derived', derived });
				derived = [];
			}
		};
		// Wait (this thread only) while the writer is behind.
		const throttle = () => {
			for (let n = Atomics.load(job.flow, 0); n >= MAX_IN_FLIGHT; n = Atomics.load(job.flow, 0)) Atomics.wait(job.flow, 0, n, 1000);
		};
		const catalog = new Catalog(job.indicators);
		let derived: [string, Prederived | null][] = [];
		const deriver = job.derive ? new FileDeriver((code) => catalog.get(code), (code, d) => derived.push([code, d]), 0) : null;
		const options: ReadOptions = {
			...job.overrides,
			catalog,
			isUtf8,
			onRecord: (r) => {
				if (r.kind === 'observations') deriver?.add(r.record);
				if (r.kind === 'indicators') {
					others.push(r);
					if (others.length < BATCH) return;
				} else {
					if (columns?.kind !== r.kind) {
						post();
						columns = new BatchBuilder(r.kind);
					}
					columns.add(r);
					if (columns.count < BATCH) return;
				}
				post();
				throttle();
			}
		};
		// Both are synchronous for delimited text (the only files sent here), so `done` follows every batch.
		const read = disk?.text ? Promise.resolve(readDecodedPieces(job.name, disk.text, disk.encoding!, options)) : readUpload(job.name, bytes!, options);
		read.then(
			(parsed) => {
				// A file with errors is not committed: nothing more to derive.
				if (parsed.errorCount === 0 && parsed.kind === 'observations') deriver?.finish();
				post();
				if (derived.length) send({ type: 'derived', derived });
				port.postMessage({ type: 'done', parsed, sha256: sha256(), size } satisfies Message);
			},
			(e: Error) => port.postMessage({ type: 'failed', message: e.message, stack: e.stack } satisfies Message)
		);
	} catch (e) {
		const err = e as Error;
		port.postMessage({ type: 'failed', message: err.message, stack: err.stack } satisfies Message);
	}
}

if (!isMainThread && (workerData as Partial<Job> | null)?.[MARK]) work(workerData as Job);

let bundled: string | null = null;

/**
 * A young generation of 16 MB instead of V8's default 48: records die young here, and the smaller
 * nursery keeps the thread's resident memory ~35 MB lower on a 1M-row file at about the same speed.
 */
const LIMITS = { maxYoungGenerationSizeMb: 16 };

/**
 * Starts this module as a worker: as it is when built (.js). Run from source (npm run ingest, the bench,
 * unit tests), the thread gets this module bundled by esbuild into one ES module (once per process),
 * which loads in a few milliseconds and, unlike a thread running tsx's loader, costs no compiler memory.
 */
function startWorker(job: Job): Worker {
	const self = import.meta.url;
	const file = new URL(self).pathname.split('/').pop()!;
	if (!/\.[cm]?ts$/.test(file)) {
		// Built: only a chunk of this module's own may start as the worker, never a bundle of the whole app.
		if (!/^ingest-worker\b.*\.[cm]?js$/.test(file)) throw new Error(`ingest worker: built into ${file}, not a chunk of its own; it must stay a dynamic import`);
		return new Worker(new URL(self), { workerData: job, resourceLimits: LIMITS });
	}
	if (bundled === null) {
		const esbuild = createRequire(self)('esbuild') as typeof import('esbuild');
		const out = esbuild.buildSync({ entryPoints: [fileURLToPath(self)], bundle: true, platform: 'node', format: 'esm', target: 'node20', write: false, external: ['esbuild'], logLevel: 'silent' });
		bundled = `data:text/javascript,${encodeURIComponent(out.outputFiles[0]!.text)}`;
	}
	return new Worker(new URL(bundled), { workerData: job, resourceLimits: LIMITS });
}

/**
 * Reads one delimited file on a worker thread, handing each valid record to `onRecord` on this thread in
 * file order, and resolves with what `readUpload` would have returned (records not collected) and the
 * file's SHA-256. Indicators defined by the file are added to `catalog` as they arrive, as the in-thread
 * reader does, so later files of the same batch can name them. Rejects if the worker fails; the caller's
 * transaction then rolls back.
 */
export function readInWorker(
	name: string,
	source: FileSource,
	overrides: Overrides,
	catalog: Catalog,
	onRecord: (r: IngestRecord) => void,
	/** Derive this thread's share of an observations file's indicators from its rows: each is handed here, in order (null: named again further down, derive it from the database). */
	onDerived?: (code: string, derived: Prederived | null) => void,
	/** Asked after each message: a promise to wait for before handing over more records (see Stage.ready). */
	ready?: () => Promise<void> | undefined
): Promise<WorkerRead> {
	const flow = new Int32Array(new SharedArrayBuffer(4));
	const worker = startWorker({ [MARK]: true, name, source, overrides, indicators: catalog.all(), flow, derive: onDerived !== undefined });
	return new Promise<WorkerRead>((resolve, reject) => {
		let settled = false;
		const finish = (fn: () => void) => {
			if (settled) return;
			settled = true;
			void worker.terminate();
			fn();
		};
		// Messages are queued and handled in slices of ~20 ms, each in a task of its own. Handled in the
		// 'message' event itself, they ran back to back: the port delivers every message that is waiting, and
		// the reader posts the next one as soon as one is taken, so the loop held the event loop for seconds.
		const queue: Message[] = [];
		let scheduled = false;
		const handle = (m: Message) => {
			if (m.type === 'records' || m.type === 'columns') {
				for (const r of m.type === 'records' ? m.records : decode(m.batch)) {
					if (r.kind === 'indicators') {
						const { line: _line, ...indicator } = r.record;
						catalog.add(indicator);
					}
					onRecord(r);
				}
				Atomics.sub(flow, 0, 1);
				Atomics.notify(flow, 0);
			} else if (m.type === 'derived') {
				for (const [code, d] of m.derived) onDerived?.(code, d);
				Atomics.sub(flow, 0, 1);
				Atomics.notify(flow, 0);
			} else if (m.type === 'done') finish(() => resolve({ parsed: m.parsed, sha256: m.sha256, size: m.size }));
			else if (m.type === 'exit') finish(() => reject(new Error(`ingest worker stopped (exit ${m.code}) before it finished reading ${name}`)));
			else finish(() => reject(Object.assign(new Error(`ingest worker: ${m.message}`), { stack: m.stack })));
		};
		const drain = () => {
			scheduled = false;
			const start = performance.now();
			try {
				while (queue.length > 0 && !settled && performance.now() - start < SLICE_MS) {
					handle(queue.shift()!);
					// The writer is behind: take nothing more (the reader then waits too, see MAX_IN_FLIGHT) until it caught up.
					const behind = settled ? undefined : ready?.();
					if (behind) {
						scheduled = true;
						void behind.then(() => setImmediate(drain));
						return;
					}
				}
			} catch (e) {
				return finish(() => reject(e));
			}
			if (queue.length > 0 && !settled) {
				scheduled = true;
				setImmediate(drain);
			}
		};
		const enqueue = (m: Message) => {
			if (settled) return;
			queue.push(m);
			if (!scheduled) {
				scheduled = true;
				setImmediate(drain);
			}
		};
		worker.on('message', enqueue);
		worker.on('error', (e) => finish(() => reject(e)));
		// After the messages before it: a worker that posted 'done' and ended is not a worker that died.
		worker.on('exit', (code) => enqueue({ type: 'exit', code }));
	});
}
