// Messages between the upload page and its parsing worker (both sides import these types only).
import type { Indicator } from '../domain/model';
import type { FileKind } from '../ingest/columns';
import type { Separator } from '../ingest/csv';
import type { Encoding } from '../ingest/decode';
import type { ParsedFile } from '../ingest/read';

export interface ParseOverrides {
	kind?: FileKind;
	encoding?: Encoding;
	separator?: Separator;
	mapping?: Record<string, string>;
}

/** A physical row as split: [line, cells]. */
export type RawRow = [number, string[]];

export type ParsedSummary = Omit<ParsedFile, 'records'>;

/**
 * The rows stay in the worker (a big file's rows on the page's thread would cost it long garbage-collector
 * pauses): the page gets the first rows at once and asks for the window it shows, or for the rejects file.
 */
export type PageMessage =
	| { type: 'parse'; name: string; bytes: ArrayBuffer; indicators: Indicator[]; options: ParseOverrides }
	| { type: 'window'; seq: number; from: number; to: number; onlyErrors: boolean }
	| { type: 'rejects'; seq: number };

export type WorkerMessage =
	| { type: 'progress'; done: number; total: number; rows: number }
	| { type: 'head'; rows: RawRow[] }
	| { type: 'done'; result: ParsedSummary; rows: number; errorRows: number }
	| { type: 'failed'; message: string }
	| { type: 'window'; seq: number; from: number; rows: RawRow[]; total: number }
	| { type: 'rejects'; seq: number; csv: string };

/** Rows sent with the first progress, so the preview shows them while the rest is read. */
export const HEAD_ROWS = 200;
