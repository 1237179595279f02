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
 * The page does not carry the catalog (megabytes at 9,000 indicators): the worker reads a file once with the
 * indicators it knows, asks for the codes and names it met that it does not know, and if the server knows
 * any, reads the file again with them, so every check (unknown indicator, unit, name clash) is the server's.
 *
 * The rows stay in the worker (a big file's rows on the page's thread would cost it long garbage-collector
 * pauses): the page gets the first rows at once and asks for the window it shows, or for the rejects file.
 */
export type PageMessage =
	/** `known`: indicators the page already looked up; the worker asks for any other code or name it meets. */
	| { type: 'parse'; name: string; bytes: ArrayBuffer; known: Indicator[]; options: ParseOverrides }
	/** The answer to a `lookup` (null: the server could not be asked; `problem` says why). */
	| { type: 'catalog'; seq: number; indicators: Indicator[] | null; problem?: string }
	| { type: 'window'; seq: number; from: number; to: number; onlyErrors: boolean }
	| { type: 'rejects'; seq: number };

export type WorkerMessage =
	| { type: 'progress'; done: number; total: number; rows: number }
	| { type: 'head'; rows: RawRow[] }
	| { type: 'done'; result: ParsedSummary; rows: number; errorRows: number }
	| { type: 'failed'; message: string }
	| { type: 'window'; seq: number; from: number; rows: RawRow[]; total: number }
	| { type: 'rejects'; seq: number; csv: string }
	/** Codes and names the file uses that `known` did not hold: the page asks the server for them. */
	| { type: 'lookup'; seq: number; texts: string[] };

/** Rows sent with the first progress, so the preview shows them while the rest is read. */
export const HEAD_ROWS = 200;
