// One file on the upload page: parsed in a worker (progress, cancel, overrides), then checked and
// committed by the server, which re-reads the raw bytes and never trusts this parse.
import type { Indicator } from '../domain/model';
import type { RowIssue } from '../domain/issues';
import type { FileReport } from '../server/ingest';
import type { ParseOverrides, ParsedSummary, RawRow, WorkerMessage } from './protocol';

/** The server's answer for one file (csv-format.md report) or a request problem (413, 400, 401, 403). */
export type ServerReport = FileReport & { ok: boolean; dryRun: boolean };
export type ServerState =
	| { status: 'idle' }
	| { status: 'busy'; commit: boolean }
	| { status: 'done'; report: ServerReport }
	| { status: 'failed'; message: string };

async function postUpload(file: File, overrides: ParseOverrides, dryRun: boolean): Promise<ServerState> {
	const body = new FormData();
	body.set('file', file);
	if (dryRun) body.set('dryRun', '1');
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

export class UploadFile {
	readonly file: File;
	readonly id: number;
	state = $state<'reading' | 'parsed' | 'failed' | 'cancelled'>('reading');
	progress = $state({ done: 0, total: 0 });
	/** Bumped when rows arrive; the rows themselves stay out of reactivity (a big file has 100,000s). */
	rowCount = $state(0);
	rows: RawRow[] = [];
	result = $state.raw<ParsedSummary | null>(null);
	failure = $state<string | null>(null);
	overrides = $state<ParseOverrides>({});
	server = $state.raw<ServerState>({ status: 'idle' });
	committed = $state.raw<ServerReport | null>(null);
	#worker: Worker | null = null;
	#indicators: Indicator[];
	/** Milestones (ms since the file was given), read by the upload bench. */
	readonly marks: { start: number; progress?: number; rows?: number; done?: number } = { start: performance.now() };

	constructor(file: File, id: number, indicators: Indicator[]) {
		this.file = file;
		this.id = id;
		this.#indicators = indicators;
		void this.parse();
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
		this.rows = [];
		this.rowCount = 0;
		this.progress = { done: 0, total: 0 };
		const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
		this.#worker = worker;
		worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
			if (this.#worker !== worker) return;
			const m = e.data;
			if (m.type === 'progress') {
				this.progress = { done: m.done, total: m.total };
				this.marks.progress ??= performance.now() - this.marks.start;
			} else if (m.type === 'rows') {
				for (const r of m.rows) this.rows.push(r);
				this.rowCount = this.rows.length;
				this.marks.rows ??= performance.now() - this.marks.start;
			} else if (m.type === 'done') {
				this.result = m.result;
				this.state = 'parsed';
				this.marks.done = performance.now() - this.marks.start;
				this.#stop();
				// The server's dry run gives the diff against current data (and its own verdict).
				if (m.result.errorCount === 0) void this.check();
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
		worker.postMessage({ name: this.file.name, bytes, indicators: this.#indicators, options: $state.snapshot(this.overrides) }, [bytes]);
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

	async check(): Promise<void> {
		this.server = { status: 'busy', commit: false };
		this.server = await postUpload(this.file, $state.snapshot(this.overrides), true);
	}

	async commit(): Promise<void> {
		if (!this.canCommit) return;
		this.server = { status: 'busy', commit: true };
		const answer = await postUpload(this.file, $state.snapshot(this.overrides), false);
		if (answer.status === 'done' && answer.report.ok && !answer.report.dryRun) this.committed = answer.report;
		this.server = answer;
	}
}
