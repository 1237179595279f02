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

export class FileDeriver {
	/** Indicators whose rows have ended (derived, or withdrawn). */
	readonly #ended = new Set<string>();
	#code: string | null = null;
	#rows: ObservationRecord[] = [];

	/** `emit` receives each indicator as it is derived, or null when one derived before is named again. */
	constructor(
		private definition: (code: string) => Indicator | undefined,
		private emit: (code: string, derived: Prederived | null) => void
	) {}

	add(o: ObservationRecord) {
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
