// Current data out as rows (CSV for Excel, JSON for programs); re-importing an export changes nothing.
// Streamed: rows come from the store's cursor in (indicator, period) order and only one indicator's
// rows are held at a time (its computed YoY needs them), so memory does not grow with the export.
import { growth } from '../domain/metrics';
import { parsePeriod, sameLastYear } from '../domain/period';
import { csvRows, writeCsv } from '../ingest/csv';
import type { ExportRecord, Store } from './db/store';
import { pullStream } from './streams';

export interface ExportRow {
	indicator: string;
	period: string;
	value: number;
	unit: string;
	qualifier: string | null;
	target: number | null;
	yoy_reported: number | null;
	yoy_computed: number | null;
	provenance: string;
	source: string;
	note: string;
	revision: number;
}

export const EXPORT_FIELDS: (keyof ExportRow)[] = [
	'indicator',
	'period',
	'value',
	'unit',
	'qualifier',
	'target',
	'yoy_reported',
	'yoy_computed',
	'provenance',
	'source',
	'note',
	'revision'
];

/** Rows carry the stated YoY's written decimals for the CSV (37.50% stays 37.50%); JSON drops them. */
export type ExportRowWithDecimals = ExportRow & { yoyDecimals: number | null };

/** One indicator's rows (all of them, in period order) with YoY computed against that indicator's own values. */
function withComputedYoy(rows: ExportRecord[]): ExportRowWithDecimals[] {
	const value = new Map(rows.map((r) => [r.period, r.value]));
	return rows.map((r) => {
		const p = parsePeriod(r.period);
		const g = growth(r.value, p.ok ? value.get(sameLastYear(p.value).key) : undefined);
		return {
			indicator: r.indicator,
			period: r.period,
			value: r.value,
			unit: r.unit,
			qualifier: r.qualifier,
			target: r.target,
			yoy_reported: r.yoyReported,
			yoy_computed: g === null ? null : Math.round(g * 1e6) / 1e4,
			provenance: r.provenance,
			source: r.source,
			note: r.note,
			revision: r.revision,
			yoyDecimals: r.yoyDecimals
		};
	});
}

/** Every current value (of `indicators` only, when given), one indicator's rows per batch. */
export async function* exportBatches(store: Store, indicators?: string[]): AsyncGenerator<ExportRowWithDecimals[]> {
	let one: ExportRecord[] = [];
	for await (const page of store.exportRows({ indicators })) {
		for (const r of page) {
			if (one.length > 0 && one[0]!.indicator !== r.indicator) {
				yield withComputedYoy(one);
				one = [];
			}
			one.push(r);
		}
	}
	if (one.length > 0) yield withComputedYoy(one);
}

/** Every current value as an array: for small exports and tests (the HTTP and CLI exports stream). */
export async function exportRows(store: Store, indicators?: string[]): Promise<ExportRowWithDecimals[]> {
	const out: ExportRowWithDecimals[] = [];
	for await (const batch of exportBatches(store, indicators)) for (const r of batch) out.push(r);
	return out;
}

function csvCells(r: ExportRowWithDecimals): (string | number)[] {
	return EXPORT_FIELDS.map((f) => {
		if (f === 'yoy_reported') return r.yoy_reported === null ? '' : `${r.yoy_reported.toFixed(r.yoyDecimals ?? 0)}%`;
		if (f === 'yoy_computed') return r.yoy_computed === null ? '' : `${r.yoy_computed}%`;
		const v = r[f];
		return v === null ? '' : v;
	});
}

function jsonRow({ yoyDecimals: _d, ...row }: ExportRowWithDecimals): string {
	return JSON.stringify(row);
}

/** UTF-8 with a BOM (so Excel reads Chinese), CRLF line ends, formula-looking text neutralised. */
export function toCsv(rows: ExportRowWithDecimals[]): string {
	return writeCsv(EXPORT_FIELDS, rows.map(csvCells));
}

export function toJson(rows: ExportRowWithDecimals[]): string {
	return `[${rows.map(jsonRow).join(',')}]`;
}

/** The text of toCsv(all rows), in pieces: writeCsv(f, a ++ b) is writeCsv(f, a) + csvRows(b). */
export async function* csvPieces(batches: AsyncIterable<ExportRowWithDecimals[]>): AsyncGenerator<string> {
	let first = true;
	for await (const rows of batches) {
		yield first ? writeCsv(EXPORT_FIELDS, rows.map(csvCells)) : csvRows(rows.map(csvCells));
		first = false;
	}
	if (first) yield writeCsv(EXPORT_FIELDS, []);
}

/** The text of toJson(all rows), in pieces. */
export async function* jsonPieces(batches: AsyncIterable<ExportRowWithDecimals[]>): AsyncGenerator<string> {
	yield '[';
	let first = true;
	for await (const rows of batches) {
		yield (first ? '' : ',') + rows.map(jsonRow).join(',');
		first = false;
	}
	yield ']';
}

/** Characters per chunk of a streamed export: big enough to amortise a write, small enough to stay flat. */
const CHUNK_CHARS = 64 * 1024;

/** The next chunk of about CHUNK_CHARS (pieces joined), or null when the pieces are used up. */
export async function nextChunk(pieces: ExportPieces): Promise<string | null> {
	let text = '';
	while (text.length < CHUNK_CHARS) {
		const next = await pieces.next();
		if (next.done) return text || null;
		text += next.value;
	}
	return text;
}

/**
 * A pull-based byte stream: each pull reads just enough pieces for one chunk, so a slow reader applies
 * backpressure down to the database cursor; cancelling (a client that went away) releases the cursor.
 */
export function textStream(pieces: ExportPieces): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	return pullStream(
		async () => {
			const text = await nextChunk(pieces);
			return text === null ? null : encoder.encode(text);
		},
		() => pieces.return()
	);
}

export const EXPORT_CSV_HEADERS = {
	'content-type': 'text/csv; charset=utf-8',
	'content-disposition': 'attachment; filename="outcome-board-export.csv"'
};
export const EXPORT_JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

/** Text pieces of an export; `return()` releases its cursor whether or not a piece was read yet. */
export type ExportPieces = AsyncIterableIterator<string> & { return(): Promise<IteratorResult<string>> };

/**
 * The export's text in pieces, its cursor already open: a database that cannot be reached fails here,
 * before any byte is sent (a 503 with a message, not a cut-off file with status 200).
 */
export async function exportPieces(store: Store, format: 'csv' | 'json', indicators?: string[]): Promise<ExportPieces> {
	const batches = exportBatches(store, indicators?.length ? indicators : undefined);
	const first = await batches.next();
	async function* opened(): AsyncGenerator<ExportRowWithDecimals[]> {
		if (first.done) return;
		yield first.value;
		yield* batches;
	}
	const pieces = format === 'csv' ? csvPieces(opened()) : jsonPieces(opened());
	const it: ExportPieces = {
		next: () => pieces.next(),
		// An async generator that never started ignores return(), so the primed cursor is closed directly too.
		async return() {
			await pieces.return(undefined);
			await batches.return(undefined);
			return { done: true, value: undefined };
		},
		[Symbol.asyncIterator]: () => it
	};
	return it;
}

/** The HTTP export: the body streams from the cursor, so the server never holds the whole file. */
export async function exportResponse(store: Store, format: 'csv' | 'json', indicators: string[]): Promise<Response> {
	const pieces = await exportPieces(store, format, indicators);
	return new Response(textStream(pieces), { headers: format === 'csv' ? EXPORT_CSV_HEADERS : EXPORT_JSON_HEADERS });
}
