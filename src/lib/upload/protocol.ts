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

export interface ParseRequest {
	name: string;
	bytes: ArrayBuffer;
	indicators: Indicator[];
	options: ParseOverrides;
}

/** A physical row as split: [line, cells]. */
export type RawRow = [number, string[]];

export type ParsedSummary = Omit<ParsedFile, 'records'>;

export type WorkerMessage =
	| { type: 'progress'; done: number; total: number }
	| { type: 'rows'; rows: RawRow[] }
	| { type: 'done'; result: ParsedSummary }
	| { type: 'failed'; message: string };
