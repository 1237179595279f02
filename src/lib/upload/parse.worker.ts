// Parses and validates one upload off the main thread with the server's own reader (src/lib/ingest),
// streaming progress and the raw rows back in small batches so the page never blocks on one big message.
import { rowIssue } from '../domain/issues';
import { Catalog } from '../ingest/catalog';
import { countBreaks } from '../ingest/csv';
import { decodeBytes } from '../ingest/decode';
import { isXlsx, readRows, readText, type ParsedFile } from '../ingest/read';
import type { ParseRequest, RawRow, WorkerMessage } from './protocol';

const post = (m: WorkerMessage) => (self as unknown as Worker).postMessage(m);

/** A batch goes out when it is this big or this old, whichever comes first. */
const BATCH_ROWS = 2000;
const BATCH_MS = 50;

function streamer(total: number) {
	let batch: RawRow[] = [];
	let last = 0;
	let lastLine = 0;
	const flush = () => {
		post({ type: 'rows', rows: batch });
		post({ type: 'progress', done: lastLine, total });
		batch = [];
		last = performance.now();
	};
	return {
		row(fields: string[], line: number) {
			// Blank lines (Excel's trailing ones) are skipped by the reader too: nothing to show.
			if (fields.length === 1 && fields[0] === '') return;
			batch.push([line, fields]);
			lastLine = line;
			// The first rows go out at once, so the preview shows something while the rest is read.
			if (batch.length >= BATCH_ROWS || last === 0 || (batch.length % 256 === 0 && performance.now() - last > BATCH_MS)) flush();
		},
		end() {
			if (batch.length) flush();
		}
	};
}

function summary(parsed: Omit<ParsedFile, 'encoding'> & { encoding?: ParsedFile['encoding'] }): Omit<ParsedFile, 'records'> {
	const { records: _records, ...rest } = parsed as ParsedFile;
	return rest;
}

async function parse(req: ParseRequest): Promise<void> {
	const bytes = new Uint8Array(req.bytes);
	const options = { ...req.options, catalog: new Catalog(req.indicators), onRecord: () => undefined };
	if (isXlsx(bytes, req.name)) {
		post({ type: 'progress', done: 0, total: 1 });
		const { readXlsxRows } = await import('../ingest/xlsx');
		const rows = await readXlsxRows(bytes);
		if (!rows.ok) return post({ type: 'failed', message: `${rows.zh} / ${rows.en}` });
		const s = streamer(rows.value.length);
		const parsed = readRows(req.name, rows.value, { ...options, onRow: s.row });
		s.end();
		return post({ type: 'done', result: summary(parsed) });
	}
	const decoded = decodeBytes(bytes, req.options.encoding);
	if (!decoded.ok) {
		const result: Omit<ParsedFile, 'records'> = {
			file: req.name, kind: null, layout: null, encoding: null, separator: null, rows: 0, accepted: 0, errorCount: 1, warnings: [], columns: [],
			errors: [rowIssue(decoded.line ?? 1, null, null, decoded.code, decoded.zh, decoded.en)]
		};
		return post({ type: 'done', result });
	}
	const text = decoded.value.text;
	const total = countBreaks(text, 0, text.length) + 1;
	post({ type: 'progress', done: 0, total });
	const s = streamer(total);
	const parsed = readText(req.name, text, { ...options, onRow: s.row });
	s.end();
	post({ type: 'done', result: { ...summary(parsed), encoding: decoded.value.encoding } });
}

self.onmessage = (e: MessageEvent<ParseRequest>) => {
	parse(e.data).catch((err: unknown) => post({ type: 'failed', message: (err as Error).message }));
};
