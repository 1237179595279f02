// Bulk loading into PostgreSQL by COPY … FROM STDIN (pg-copy-streams), text format: rows are written as
// tab-separated lines while they arrive and sent in COPY statements of some thousands of rows, so the
// server stores them as they come at one round trip per statement. Used by stage.ts for an upload's rows.
import type pg from 'pg';
import { from as copyFrom, type CopyStreamQuery } from 'pg-copy-streams';

const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * A text value as one field of COPY's text format: `\N` for null; backslash, tab, newline and carriage
 * return escaped (so a value that is itself `\N` arrives as those two characters, not as null).
 */
export function copyText(v: string | null): string {
	if (v === null) return '\\N';
	return SPECIAL.test(v) ? v.replace(SPECIALS, (c) => ESCAPES[c]!) : v;
}

/**
 * A number as one field: `\N` for null. JavaScript writes the shortest text that reads back as the same
 * double, and PostgreSQL's float8 input reads it exactly, so a value round-trips bit for bit (-0 as 0,
 * as the parameters of a query send it).
 */
export function copyNumber(v: number | null): string {
	return v === null ? '\\N' : String(v);
}

export function copyBool(v: boolean | null): string {
	return v === null ? '\\N' : v ? 't' : 'f';
}

/**
 * Rows per COPY statement: a few megabytes, so the server stores them while the file is still being read,
 * and a statement costs one round trip per ~16,000 rows.
 */
const ROWS_PER_COPY = 16_384;

/**
 * Rows for one table by COPY … FROM STDIN on `client`. `line` takes one row as its fields joined by
 * tabs, with the newline. Every ROWS_PER_COPY rows make one whole COPY statement, sent when the one before
 * it has finished (one statement at a time on the connection, as pg wants), and ended at once, so none
 * waits for rows still to come: when the caller gives up half-way (the reader threw), the statement in
 * flight finishes by itself and the ROLLBACK behind it is not stuck behind an open COPY. `end` sends the
 * rest and resolves when the server has stored every row, or rejects with the first error (the
 * transaction is then aborted; nothing more is sent).
 */
export class CopyIn {
	#lines: string[] = [];
	#tail: Promise<void>;
	#error: unknown = null;

	/** `after`: a statement sent before on the same client (the CREATE of the table), to wait for. */
	constructor(
		private client: pg.PoolClient,
		private sql: string,
		after: Promise<unknown> = Promise.resolve()
	) {
		this.#tail = after.then(
			() => undefined,
			(e: unknown) => void (this.#error ??= e)
		);
	}

	line(text: string) {
		if (this.#lines.push(text) >= ROWS_PER_COPY) this.#send();
	}

	#send() {
		if (!this.#lines.length) return;
		const data = this.#lines.join('');
		this.#lines = [];
		this.#tail = this.#tail
			.then(() => (this.#error ? undefined : this.#copy(data)))
			.catch((e: unknown) => void (this.#error ??= e));
	}

	#copy(data: string): Promise<void> {
		return new Promise<void>((resolve, reject) => {
			const stream: CopyStreamQuery = this.client.query(copyFrom(this.sql));
			stream.on('finish', resolve);
			stream.on('error', reject);
			stream.end(data);
		});
	}

	async end(): Promise<void> {
		this.#send();
		await this.#tail;
		if (this.#error) throw this.#error;
	}
}
