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
 * Bytes per COPY statement: some thousands of rows, so the server stores them while the file is still
 * being read, at one round trip per statement.
 */
const CHUNK_BYTES = 2 << 20;

/**
 * Bytes queued for the server, at most, before `ready` asks the caller to wait: rows that come faster than
 * the server stores them (it is the slower side on the scale shape) would otherwise pile up in memory,
 * ~100 MB of COPY text for a 44 MB file.
 */
const MAX_QUEUED_BYTES = 4 * CHUNK_BYTES;

/**
 * Rows by COPY … FROM STDIN on `client`, for one or more tables (`into`). Each table's rows are encoded
 * as they come into a chunk of CHUNK_BYTES (bytes outside the JS heap: rows waiting for a slower server
 * cost the garbage collector nothing); a full chunk makes one whole COPY statement, sent when every
 * statement before it on the connection has finished (one statement at a time, as pg wants), and ended
 * at once, so none waits for rows still to come: when the caller gives up half-way (the reader threw),
 * the statement in flight finishes by itself and the ROLLBACK behind it is not stuck behind an open COPY.
 * `end` sends the rest and resolves when the server has stored every row, or rejects with the first
 * error (the transaction is then aborted; nothing more is sent).
 */
export class CopyIn {
	#tail: Promise<void>;
	#error: unknown = null;
	#tables: CopyTable[] = [];
	/** Bytes of the chunks queued and not yet stored, and who waits for them to fall (see ready). */
	#queued = 0;
	#drained: { promise: Promise<void>; resolve: () => void } | null = null;

	/**
	 * `open`: whether the transaction is still going on. A statement queued behind others may come up after
	 * the caller gave up and the transaction ended: sent then, it would run outside it (autocommitted), or
	 * inside the next transaction that gets the connection from the pool. It is not sent.
	 * `after`: a statement sent before on the same client (the CREATE of a table), to wait for.
	 */
	constructor(
		private client: pg.PoolClient,
		private open: () => boolean,
		after: Promise<unknown> = Promise.resolve()
	) {
		this.#tail = this.#guard(after);
	}

	#guard(p: Promise<unknown>): Promise<void> {
		return p.then(
			() => undefined,
			(e: unknown) => void (this.#error ??= e)
		);
	}

	/** Rows for `COPY sql FROM STDIN`. */
	into(sql: string): CopyTable {
		const table = new CopyTable((data) => {
			this.#queued += data.length;
			this.#queue(() => this.#copy(sql, data));
			// Counted off when its statement is done (or skipped after an error), whichever way it ends.
			this.#tail = this.#tail.finally(() => this.#release(data.length));
		});
		this.#tables.push(table);
		return table;
	}

	/** Runs `step` on the connection after every statement queued so far, and before any queued later. */
	then(step: () => Promise<unknown>) {
		this.#queue(step);
	}

	#queue(step: () => Promise<unknown>) {
		this.#tail = this.#guard(
			this.#tail.then(() => {
				if (this.#error) return;
				if (!this.open()) throw new Error('the transaction has ended: nothing more is sent');
				return step();
			})
		);
	}

	#copy(sql: string, data: Buffer): Promise<void> {
		return new Promise<void>((resolve, reject) => {
			const stream: CopyStreamQuery = this.client.query(copyFrom(sql));
			stream.on('finish', resolve);
			stream.on('error', reject);
			stream.end(data);
		});
	}

	/**
	 * Undefined while the queue is short; else a promise that resolves once the server has caught up to
	 * MAX_QUEUED_BYTES / 2. The caller stops feeding rows until then.
	 */
	ready(): Promise<void> | undefined {
		if (this.#queued <= MAX_QUEUED_BYTES) return undefined;
		if (!this.#drained) {
			let resolve!: () => void;
			const promise = new Promise<void>((r) => (resolve = r));
			this.#drained = { promise, resolve };
		}
		return this.#drained.promise;
	}

	#release(bytes: number) {
		this.#queued -= bytes;
		if (this.#drained && (this.#queued <= MAX_QUEUED_BYTES / 2 || this.#error)) {
			this.#drained.resolve();
			this.#drained = null;
		}
	}

	async end(): Promise<void> {
		// A step may add rows (stage.ts writes the rows that waited for a reserved revision): until none is left.
		for (;;) {
			for (const t of this.#tables) t.send();
			const tail = this.#tail;
			await tail;
			if (this.#error) throw this.#error;
			if (tail === this.#tail && !this.#tables.some((t) => t.pending)) return;
		}
	}
}

/** One table's rows of a CopyIn. */
export class CopyTable {
	#chunk = Buffer.allocUnsafe(CHUNK_BYTES);
	#at = 0;
	constructor(private sendChunk: (data: Buffer) => void) {}

	/** One row: its fields joined by tabs, and the newline. */
	line(text: string) {
		// UTF-8 takes at most 3 bytes per UTF-16 unit: a row that might not fit goes into the next chunk.
		if (this.#at + text.length * 3 > this.#chunk.length) {
			this.send();
			if (text.length * 3 > this.#chunk.length) this.#chunk = Buffer.allocUnsafe(text.length * 3);
		}
		this.#at += this.#chunk.write(text, this.#at);
	}

	get pending(): boolean {
		return this.#at > 0;
	}

	send() {
		if (!this.#at) return;
		this.sendChunk(this.#chunk.subarray(0, this.#at));
		this.#chunk = Buffer.allocUnsafe(CHUNK_BYTES);
		this.#at = 0;
	}
}
