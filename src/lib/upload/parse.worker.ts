// Parses and validates one upload off the main thread with the server's own reader (src/lib/ingest). The
// rows stay here: the page gets progress, the first rows, and then the windows it asks for.
import { rowIssue } from '../domain/issues';
import type { Indicator } from '../domain/model';
import { Catalog } from '../ingest/catalog';
import { countBreaks } from '../ingest/csv';
import { decodeBytes } from '../ingest/decode';
import { isXlsx, readRows, readText, type ParsedFile } from '../ingest/read';
import { rejectsCsv } from '../ingest/rejects';
import { HEAD_ROWS, type PageMessage, type ParsedSummary, type RawRow, type WorkerMessage } from './protocol';

/** As the server's lookup (server/upload-catalog.ts) accepts at most. */
const LOOKUP_MAX = 20_000;
const post = (m: WorkerMessage) => (self as unknown as Worker).postMessage(m);
const PROGRESS_MS = 50;

/** A catalog that notes every code or name it was asked for and did not hold (at most LOOKUP_MAX). */
class AskingCatalog extends Catalog {
	readonly missed = new Set<string>();
	override resolve(text: string) {
		const found = super.resolve(text);
		if (!found && this.missed.size < LOOKUP_MAX) this.missed.add(text);
		return found;
	}
}

let lookupSeq = 0;
const lookups = new Map<number, (m: Extract<PageMessage, { type: 'catalog' }>) => void>();

/** The indicators the server knows among `texts` (the page fetches them), or the problem. */
function lookup(texts: string[]): Promise<Extract<PageMessage, { type: 'catalog' }>> {
	return new Promise((resolve) => {
		const seq = ++lookupSeq;
		lookups.set(seq, resolve);
		post({ type: 'lookup', seq, texts });
	});
}

/**
 * Reads twice only when needed: first with what the page knows (rows, progress and the first rows go to the
 * page as they are read); then, when the server knows codes or names the file used, again with them.
 */
async function readWith(known: Indicator[], read: (catalog: Catalog, first: boolean) => ParsedSummary, total: number): Promise<ParsedSummary | null> {
	const asking = new AskingCatalog(known);
	const first = read(asking, true);
	if (asking.missed.size === 0) return first;
	post({ type: 'progress', done: total, total, rows: rows.length });
	const answer = await lookup([...asking.missed]);
	if (answer.indicators === null) {
		post({ type: 'failed', message: answer.problem ?? 'lookup failed' });
		return null;
	}
	if (answer.indicators.length === 0) return first;
	return read(new Catalog([...known, ...answer.indicators]), false);
}

let rows: RawRow[] = [];
let result: ParsedSummary | null = null;
let errorIndex: number[] = [];

function collector(total: number) {
	let last = performance.now();
	let headSent = false;
	return (fields: string[], line: number) => {
		// Blank lines (Excel's trailing ones) are skipped by the reader too: nothing to show.
		if (fields.length === 1 && fields[0] === '') return;
		rows.push([line, fields]);
		if (!headSent && rows.length === HEAD_ROWS) {
			headSent = true;
			post({ type: 'head', rows: rows.slice() });
		}
		if ((rows.length & 1023) === 0 && performance.now() - last > PROGRESS_MS) {
			last = performance.now();
			post({ type: 'progress', done: line, total: Math.max(total, line), rows: rows.length });
		}
	};
}

function finish(parsed: ParsedSummary) {
	if (rows.length < HEAD_ROWS) post({ type: 'head', rows: rows.slice() });
	const bad = new Set(parsed.errors.map((e) => e.line));
	errorIndex = [];
	for (let i = 0; i < rows.length; i++) if (bad.has(rows[i]![0])) errorIndex.push(i);
	result = parsed;
	post({ type: 'done', result: parsed, rows: rows.length, errorRows: errorIndex.length });
}

async function parse(m: Extract<PageMessage, { type: 'parse' }>): Promise<void> {
	rows = [];
	result = null;
	const bytes = new Uint8Array(m.bytes);
	const options = { ...m.options, onRecord: () => undefined };
	const strip = ({ records: _r, ...rest }: ParsedFile): ParsedSummary => rest;
	post({ type: 'progress', done: 0, total: 0, rows: 0 });
	if (isXlsx(bytes, m.name)) {
		const { readXlsxRows } = await import('../ingest/xlsx');
		const sheet = await readXlsxRows(bytes);
		if (!sheet.ok) return post({ type: 'failed', message: `${sheet.zh} / ${sheet.en}` });
		post({ type: 'progress', done: 0, total: sheet.value.length, rows: 0 });
		const onRow = collector(sheet.value.length);
		const parsed = await readWith(m.known, (catalog, first) => strip(readRows(m.name, sheet.value, { ...options, catalog, onRow: first ? onRow : undefined })), sheet.value.length);
		if (parsed) finish(parsed);
		return;
	}
	const decoded = decodeBytes(bytes, m.options.encoding);
	if (!decoded.ok) {
		return finish({
			file: m.name, kind: null, layout: null, encoding: null, separator: null, rows: 0, accepted: 0, errorCount: 1, warnings: [], warningCount: 0, columns: [],
			errors: [rowIssue(decoded.line ?? 1, null, null, decoded.code, decoded.zh, decoded.en)]
		});
	}
	const text = decoded.value.text;
	// Lines estimated from the first 64K characters (counting all of a big file would delay the first progress).
	const sample = Math.min(text.length, 65_536);
	const total = sample === text.length ? countBreaks(text, 0, sample) + 1 : Math.ceil((text.length / sample) * (countBreaks(text, 0, sample) + 1));
	post({ type: 'progress', done: 0, total, rows: 0 });
	const onRow = collector(total);
	const parsed = await readWith(m.known, (catalog, first) => ({ ...strip(readText(m.name, text, { ...options, catalog, onRow: first ? onRow : undefined }) as ParsedFile), encoding: decoded.value.encoding }), total);
	if (parsed) finish(parsed);
}

self.onmessage = (e: MessageEvent<PageMessage>) => {
	const m = e.data;
	if (m.type === 'catalog') {
		lookups.get(m.seq)?.(m);
		lookups.delete(m.seq);
	} else if (m.type === 'parse') parse(m).catch((err: unknown) => post({ type: 'failed', message: (err as Error).message }));
	else if (m.type === 'window') {
		const total = m.onlyErrors ? errorIndex.length : rows.length;
		const slice: RawRow[] = [];
		for (let i = Math.max(0, m.from); i < Math.min(total, m.to); i++) slice.push(rows[m.onlyErrors ? errorIndex[i]! : i]!);
		post({ type: 'window', seq: m.seq, from: m.from, rows: slice, total });
	} else if (m.type === 'rejects' && result) {
		const bad = new Set(result.errors.map((e) => e.line));
		const byLine = new Map(rows.filter((r) => bad.has(r[0])));
		post({ type: 'rejects', seq: m.seq, csv: rejectsCsv(result.columns.map((c) => c.name), (l) => byLine.get(l), result.errors) });
	}
};
