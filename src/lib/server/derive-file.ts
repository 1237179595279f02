// The derive of a large file's indicators, done by the thread that reads it (ingest-worker.ts) while the
// main thread is still writing rows. A file gives an indicator's rows together as a rule, so once the next
// indicator starts, the one before is derived from the rows just read, and only those rows are held. An
// indicator named again further down is withdrawn (the main thread derives it from the database). Whether
// the file's rows are all an indicator has is only known after the commit (derive-inputs.ts `fromFile`).
import type { Indicator } from '../domain/model';
import type { ObservationRecord } from '../ingest/validate';
import type { Prederived } from './derive-inputs';
import type { StoredObservation, StoredTarget } from './db/store';
import { deriveIndicator } from './derived';

/** The file's rows of one indicator as the database will hold them (revision, source and note aside: no derived row reads them). */
function inputsOf(rows: ObservationRecord[]): { observations: StoredObservation[]; targets: StoredTarget[] } {
	const observations: StoredObservation[] = [];
	const targets: StoredTarget[] = [];
	for (const o of rows) {
		observations.push({ indicator: o.indicator, period: o.period, value: o.value, qualifier: o.qualifier, provenance: o.provenance, yoyReported: o.yoyReported, yoyDecimals: null, source: '', note: '', revision: 0 });
		if (o.target !== null)
			targets.push({ indicator: o.indicator, period: o.period, value: o.target, qualifier: o.targetQualifier, basis: '', owner: '', department: '', deadline: '', source: '', note: '', revision: 0 });
	}
	return { observations, targets };
}

/**
 * Which of the two threads derives an indicator of a large file (0: the reading thread, 1: the main thread):
 * split by a hash of the code, so both see every row and agree without talking. The main thread also
 * writes every row (and the new indicators' derived rows, derive-sink.ts), so it takes three in twenty: on the
 * scale shape both threads then use about the same CPU (~4.1 s each, measured from /proc thread stat).
 */
export function sideOf(code: string): 0 | 1 {
	let h = 0x811c9dc5;
	for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 0x01000193);
	return (h >>> 0) % 20 < 17 ? 0 : 1;
}

export class FileDeriver {
	/** Indicators whose rows have ended (derived, or withdrawn). */
	readonly #ended = new Set<string>();
	#code: string | null = null;
	#rows: ObservationRecord[] = [];

	/**
	 * `emit` receives each indicator as it is derived, or null when one derived before is named again;
	 * `side`: only the indicators of that side (sideOf), else all.
	 */
	constructor(
		private definition: (code: string) => Indicator | undefined,
		private emit: (code: string, derived: Prederived | null) => void,
		private side?: 0 | 1
	) {}

	add(o: ObservationRecord) {
		if (this.side !== undefined && sideOf(o.indicator) !== this.side) return;
		if (o.indicator !== this.#code) {
			this.#end();
			if (this.#ended.has(o.indicator)) {
				this.emit(o.indicator, null); // its rows are not together: the database has them all
				this.#code = null;
				return;
			}
			this.#code = o.indicator;
		}
		if (this.#code !== null) this.#rows.push(o);
	}

	#end() {
		const code = this.#code;
		const rows = this.#rows;
		this.#code = null;
		this.#rows = [];
		if (code === null) return;
		this.#ended.add(code);
		const indicator = this.definition(code);
		if (!indicator) return;
		try {
			const { observations, targets } = inputsOf(rows);
			// ord and version are the database's, set by the main thread (derived.ts).
			this.emit(code, { item: deriveIndicator(indicator, 0, 0, observations, targets), values: observations.length, targets: targets.length });
		} catch {
			// Left to the main thread, which derives it from the database.
		}
	}

	/** Derives the last indicator of the file. */
	finish(): void {
		this.#end();
	}
}
