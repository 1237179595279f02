// One file on the upload page: parsed in a worker (progress, cancel, overrides), then checked and
// committed by the server, which re-reads the raw bytes and never trusts this parse.
import type { Indicator } from '../domain/model';
import { bilingual } from '../format/messages';
import type { RowIssue } from '../domain/issues';
import type { UploadReport } from '../server/uploads';
import type { PageMessage, ParseOverrides, ParsedSummary, RawRow, WorkerMessage } from './protocol';

/** The server's answer for one file (csv-format.md report, a page of its diff) or a request problem (413, 400, 401, 403). */
export type ServerReport = UploadReport;
export type ServerState =
	| { status: 'idle' }
	| { status: 'busy'; commit: boolean }
	| { status: 'done'; report: ServerReport }
	| { status: 'failed'; message: string };

async function postUpload(file: File, overrides: ParseOverrides, dryRun: boolean, page = 1): Promise<ServerState> {
	const body = new FormData();
	body.set('file', file);
	if (dryRun) body.set('dryRun', '1');
	if (page > 1) body.set('page', String(page));
	if (overrides.kind) body.set('kind', overrides.kind);
	if (overrides.encoding) body.set('encoding', overrides.encoding);
	if (overrides.separator) body.set('separator', overrides.separator === '\t' ? 'tab' : overrides.separator);
	if (overrides.mapping && Object.keys(overrides.mapping).length) body.set('mapping', JSON.stringify(overrides.mapping));
	try {
		const res = await fetch('/api/v1/uploads', { method: 'POST', body, headers: { accept: 'application/json' } });
		const data = await res.json().catch(() => null);
		if (data && 'file' in data) return { status: 'done', report: data as ServerReport };
		const message = data?.error?.message ?? data?.message ?? `HTTP ${res.status}`;
		return { status: 'failed', message };
	} catch (e) {
		return { status: 'failed', message: (e as Error).message };
	}
}

/**
 * Indicators the server named for this page's files, by code: a file parsed again (an override, the same
 * file twice) needs no second lookup. Cleared at each commit, which may change definitions.
 */
const known = new Map<string, Indicator>();

/** The indicators among `texts` (codes or names a file used) that the server knows. */
async function lookUp(texts: string[]): Promise<{ indicators: Indicator[] | null; problem?: string }> {
	try {
		const res = await fetch('/upload/indicators', { method: 'POST', body: JSON.stringify({ texts }), headers: { 'content-type': 'application/json', accept: 'application/json' } });
		if (!res.ok) return { indicators: null, problem: `${bilingual('upload.lookupFailed')} (HTTP ${res.status})` };
		const { indicators } = (await res.json()) as { indicators: Indicator[] };
		for (const i of indicators) known.set(i.code, i);
		return { indicators };
	} catch (e) {
		return { indicators: null, problem: `${bilingual('upload.lookupFailed')} (${(e as Error).message})` };
	}
}

let spare: Worker | null = null;

function newWorker(): Worker {
	return new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
}

/** Starts a worker ahead of the first file, so loading its code is not part of reading the file. */
export function warmUp(): void {
	spare ??= newWorker();
}

function takeWorker(): Worker {
	const w = spare ?? newWorker();
	spare = null;
	return w;
}

export interface RowWindow {
	from: number;
	rows: RawRow[];
	/** Rows in the view: all rows, or only those with errors. */
	total: number;
	onlyErrors: boolean;
}

export class UploadFile {
	readonly file: File;
	readonly id: number;
	state = $state<'reading' | 'parsed' | 'failed' | 'cancelled'>('reading');
	progress = $state({ done: 0, total: 0 });
	/** Rows read so far (all of them once parsed) and, once parsed, how many have errors. */
	rowCount = $state(0);
	errorRows = $state(0);
	/** The first rows, sent while the rest is read; then the window the rows view asks for. */
	head: RawRow[] = [];
	window = $state.raw<RowWindow>({ from: 0, rows: [], total: 0, onlyErrors: false });
	#seq = 0;
	#want: { from: number; to: number; onlyErrors: boolean } = { from: 0, to: 50, onlyErrors: false };
	#rejects = new Map<number, (csv: string) => void>();
	result = $state.raw<ParsedSummary | null>(null);
	failure = $state<string | null>(null);
	overrides = $state<ParseOverrides>({});
	server = $state.raw<ServerState>({ status: 'idle' });
	committed = $state.raw<ServerReport | null>(null);
	#worker: Worker | null = null;
	/** Milestones (ms since the file was given), read by the upload bench. */
	readonly marks: { start: number; progress?: number; rows?: number; done?: number } = { start: performance.now() };

	constructor(file: File, id: number) {
		this.file = file;
		this.id = id;
		void this.parse();
	}

	/** Ends the worker and frees its rows (the file was replaced or the page left). */
	dispose(): void {
		this.#stop();
	}

	get errorsByLine(): Map<number, RowIssue[]> {
		const map = new Map<number, RowIssue[]>();
		for (const e of this.result?.errors ?? []) {
			const list = map.get(e.line);
			if (list) list.push(e);
			else map.set(e.line, [e]);
		}
		return map;
	}

	/** Commit only when the browser found no error and the server's own check agrees. */
	get canCommit(): boolean {
		return (
			this.state === 'parsed' &&
			(this.result?.errorCount ?? 1) === 0 &&
			this.server.status === 'done' &&
			this.server.report.ok &&
			this.server.report.changes.added + this.server.report.changes.updated > 0 &&
			!this.committed
		);
	}

	async parse(): Promise<void> {
		this.#worker?.terminate();
		this.state = 'reading';
		this.result = null;
		this.failure = null;
		this.server = { status: 'idle' };
		this.head = [];
		this.rowCount = 0;
		this.errorRows = 0;
		this.window = { from: 0, rows: [], total: 0, onlyErrors: false };
		this.progress = { done: 0, total: 0 };
		const worker = takeWorker();
		this.#worker = worker;
		worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
			if (this.#worker !== worker) return;
			const m = e.data;
			if (m.type === 'progress') {
				this.progress = { done: m.done, total: m.total };
				this.rowCount = m.rows;
				if (m.total > 0) this.marks.progress ??= performance.now() - this.marks.start;
			} else if (m.type === 'head') {
				this.head = m.rows;
				this.rowCount = Math.max(this.rowCount, m.rows.length);
				this.marks.rows ??= performance.now() - this.marks.start;
				this.view(this.#want.from, this.#want.to, this.#want.onlyErrors);
			} else if (m.type === 'done') {
				this.result = m.result;
				this.rowCount = m.rows;
				this.errorRows = m.errorRows;
				this.state = 'parsed';
				this.marks.done = performance.now() - this.marks.start;
				this.view(this.#want.from, this.#want.to, this.#want.onlyErrors);
				// Each in a task of its own after this one renders the result: together with the render they made
				// one main-thread task of ~100 ms (a new worker, and a multipart body of the whole file).
				setTimeout(warmUp, 0);
				// The server's dry run gives the diff against current data (and its own verdict).
				if (m.result.errorCount === 0) setTimeout(() => void this.check(), 0);
			} else if (m.type === 'window') {
				if (m.seq === this.#seq) this.window = { from: m.from, rows: m.rows, total: m.total, onlyErrors: this.#want.onlyErrors };
			} else if (m.type === 'lookup') {
				void lookUp(m.texts).then((answer) => {
					if (this.#worker === worker) worker.postMessage({ type: 'catalog', seq: m.seq, ...answer } satisfies PageMessage);
				});
			} else if (m.type === 'rejects') {
				this.#rejects.get(m.seq)?.(m.csv);
				this.#rejects.delete(m.seq);
			} else {
				this.failure = m.message;
				this.state = 'failed';
				this.#stop();
			}
		};
		worker.onerror = (e) => {
			this.failure = e.message || 'worker error';
			this.state = 'failed';
			this.#stop();
		};
		const bytes = await this.file.arrayBuffer();
		if (this.#worker !== worker) return;
		const message: PageMessage = { type: 'parse', name: this.file.name, bytes, known: [...known.values()], options: $state.snapshot(this.overrides) };
		worker.postMessage(message, [bytes]);
	}

	/** Asks for rows [from, to) of all rows or of the rows with errors; while reading, the first rows serve. */
	view(from: number, to: number, onlyErrors: boolean): void {
		this.#want = { from, to, onlyErrors };
		if (this.state === 'reading' || !this.#worker) {
			if (!onlyErrors) this.window = { from, rows: this.head.slice(from, to), total: this.rowCount, onlyErrors };
			return;
		}
		const message: PageMessage = { type: 'window', seq: ++this.#seq, from, to, onlyErrors };
		this.#worker.postMessage(message);
	}

	/** The rejects CSV (bad rows as read, plus the reasons), built in the worker where the rows are. */
	rejects(): Promise<string> {
		return new Promise((resolve, reject) => {
			if (!this.#worker || !this.result) return reject(new Error('not parsed'));
			const seq = ++this.#seq;
			this.#rejects.set(seq, resolve);
			const message: PageMessage = { type: 'rejects', seq };
			this.#worker.postMessage(message);
		});
	}

	#stop() {
		this.#worker?.terminate();
		this.#worker = null;
	}

	cancel(): void {
		this.#stop();
		this.state = 'cancelled';
	}

	override(change: ParseOverrides): void {
		this.overrides = { ...this.overrides, ...change };
		void this.parse();
	}

	/** The server's dry run, listing page `page` of the diff (a huge file's diff is read a page at a time). */
	async check(page = 1): Promise<void> {
		this.server = { status: 'busy', commit: false };
		this.server = await postUpload(this.file, $state.snapshot(this.overrides), true, page);
	}

	async commit(): Promise<void> {
		if (!this.canCommit) return;
		this.server = { status: 'busy', commit: true };
		const answer = await postUpload(this.file, $state.snapshot(this.overrides), false);
		if (answer.status === 'done' && answer.report.ok && !answer.report.dryRun) {
			this.committed = answer.report;
			known.clear();
		}
		this.server = answer;
	}
}
