// Where a large file's derived indicators go while it is read (derive-file.ts makes them). An indicator
// that had no current value or target before the file holds, once the file is applied, exactly the file's
// rows: its derived rows are written at once, in the ingest's own transaction, instead of being held in
// memory until the commit (on the scale shape ~100 MB of card text) and written after it. They are
// written under a provisional version and given the file's revision once it exists (`settle`), so a
// rolled-back file leaves none, and an indicator named again further down the file (its rows were not
// together) loses them again. Any other indicator is held, as before, for the check after the commit
// (derive-inputs.ts `fromFile`).
import * as repo from './db/common/derived';
import type { Sql } from './db/sql';
import type { Prederived } from './derive-inputs';

/** Larger than any revision id (the column is a 32-bit integer on PostgreSQL); never committed. */
const PROVISIONAL = 2_147_483_647;
/** Indicators per write: ~10 cards each. */
const BATCH = 500;

export class DerivedSink {
	/** Derived from the file, to be checked after the commit. */
	readonly held = new Map<string, Prederived>();
	#pending: repo.DerivedIndicator[] = [];
	#written = new Set<string>();
	#withdrawn = new Set<string>();
	#writes: Promise<void> = Promise.resolve();
	/** Writes queued and not yet done. */
	#queued = 0;
	/** The first failed write: kept for `settle`, so the chain never holds a rejection nobody awaits yet. */
	#error: unknown = null;

	/** `isNew`: whether the indicator had nothing current before this file (undefined: cannot tell). */
	constructor(
		private sql: Sql,
		private isNew: (code: string) => boolean | undefined
	) {}

	/** An indicator as derived from the file's rows, or null: named again, derive it from the database. */
	set = (code: string, d: Prederived | null): void => {
		if (d === null) {
			this.held.delete(code);
			if (this.#written.delete(code)) this.#withdrawn.add(code);
			this.#pending = this.#pending.filter((p) => p.indicator.code !== code);
			return;
		}
		if (this.isNew(code) !== true) {
			this.held.set(code, d);
			return;
		}
		this.#written.add(code);
		this.#pending.push({ ...d.item, version: PROVISIONAL });
		if (this.#pending.length >= BATCH) this.#write();
	};

	/** Queued behind the writes before it; a failure stops the rest and surfaces in `settle`. */
	#write() {
		const items = this.#pending;
		this.#pending = [];
		if (items.length === 0) return;
		this.#queued++;
		this.#writes = this.#writes
			.then(async () => {
				if (this.#error) return; // the transaction is failing: send nothing more
				// The catalog's place of each indicator (the reading thread does not know it).
				const ord = new Map((await repo.definitions(this.sql, items.map((i) => i.indicator.code))).map((d) => [d.indicator.code, d.ord]));
				await repo.write(this.sql, items.filter((i) => ord.has(i.indicator.code)).map((i) => ({ ...i, ord: ord.get(i.indicator.code)! })), []);
			})
			.catch((e: unknown) => {
				this.#error ??= e;
			})
			.finally(() => void this.#queued--);
	}

	/**
	 * Undefined while at most one write waits; else a promise that resolves when the writes queued so far
	 * are done. On PostgreSQL they wait behind the stage's COPY, and card text that comes faster than the
	 * server stores it would pile up in memory (~100 MB on the scale shape).
	 */
	ready(): Promise<void> | undefined {
		return this.#queued > 1 ? this.#writes : undefined;
	}

	/**
	 * After the file is applied as `revision` (and its indicators touched), inside the same transaction:
	 * the rows written are that revision's, and those of indicators named again are gone (derived after
	 * the commit). Call it after the stage's flush: on PostgreSQL a write may wait behind the stage's COPY.
	 * Resolves to the number of indicators written.
	 */
	async settle(revision: number): Promise<number> {
		this.#write();
		await this.#writes;
		if (this.#error) throw this.#error;
		const withdrawn = [...this.#withdrawn];
		if (withdrawn.length) await repo.remove(this.sql, withdrawn);
		if (this.#written.size) await this.sql.run('UPDATE derived_indicators SET version = ? WHERE version = ?', [revision, PROVISIONAL]);
		return this.#written.size;
	}

	/** Waits for the writes (a file that is not applied: the transaction rolls them back). */
	async drop(): Promise<void> {
		await this.#writes;
	}
}
