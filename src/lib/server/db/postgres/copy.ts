// Bulk loading into PostgreSQL by COPY … FROM STDIN (pg-copy-streams), text format: rows are written as
// tab-separated lines while they arrive, and the server stores them as they come; one statement, however
// many rows. Used by stage.ts for an upload's rows.
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

/** Lines per chunk sent: a few hundred kilobytes, so the server starts storing early and few writes are made. */
const LINES_PER_CHUNK = 4096;

/**
 * One COPY … FROM STDIN on `client`, queued behind the statements already sent on it. `line` takes one
 * row as its fields joined by tabs, with the newline. `end` finishes the COPY and resolves when the
 * server has stored every row, or rejects with the server's error (the transaction is then aborted).
 * No other statement may be sent on the client between the first `line` and `end`.
 */
export class CopyIn {
	readonly #stream: CopyStreamQuery;
	readonly #done: Promise<number>;
	#lines: string[] = [];
	#failed = false;

	constructor(client: pg.PoolClient, sql: string) {
		this.#stream = client.query(copyFrom(sql));
		this.#done = new Promise<number>((resolve, reject) => {
			this.#stream.on('finish', () => resolve(this.#stream.rowCount));
			this.#stream.on('error', (e) => {
				this.#failed = true;
				reject(e);
			});
		});
		this.#done.catch(() => undefined); // reported by `end`, not as an unhandled rejection meanwhile
	}

	line(text: string) {
		if (this.#lines.push(text) >= LINES_PER_CHUNK) this.#send();
	}

	#send() {
		// After a failure the server ignores further data; it is not even sent.
		if (this.#lines.length && !this.#failed) this.#stream.write(this.#lines.join(''));
		this.#lines = [];
	}

	/** Resolves with the number of rows stored. */
	end(): Promise<number> {
		this.#send();
		if (!this.#failed) this.#stream.end();
		return this.#done;
	}
}
