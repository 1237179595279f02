// What an ingest already holds, handed to the derive after its commit: the values and targets of one
// observations file, kept in columns while the rows stream past. Deriving the touched indicators then
// need not read back from the database the million rows it has just written (on the scale shape that read
// was about a third of the derive). Only used for an indicator whose current rows are, after the commit,
// exactly the file's rows: see `fromFile`.
import type { Observation, Target } from '../domain/model';
import type { ObservationRecord } from '../ingest/validate';
import type { Sql } from './db/sql';
import { placeholders } from './db/sql';
import type { StoredObservation, StoredTarget } from './db/store';

/** Inputs of a derive (common/derived.ts `inputs`): only what deriving reads. */
export interface DeriveInputs {
	observations: StoredObservation[];
	targets: StoredTarget[];
}

/** Distinct strings (indicator codes, periods, qualifiers) as small integers. */
class Strings {
	readonly list: string[] = [];
	readonly #index = new Map<string, number>();
	id(s: string): number {
		let i = this.#index.get(s);
		if (i === undefined) this.#index.set(s, (i = this.list.push(s) - 1));
		return i;
	}
	has(s: string): number | undefined {
		return this.#index.get(s);
	}
}

function grow<T extends Float64Array | Int32Array>(a: T, n: number): T {
	if (n < a.length) return a;
	const b = new (a.constructor as new (n: number) => T)(a.length * 2);
	b.set(a);
	return b;
}

/**
 * One file's observation records in columns (~30 bytes a row, no object per row). A qualifier or
 * provenance is one of a few words, kept with the target's qualifier as one id of the triple.
 */
export class FileInputs {
	#n = 0;
	#indicator = new Int32Array(1 << 16);
	#period = new Int32Array(1 << 16);
	#value = new Float64Array(1 << 16);
	/** NaN: no target in that row. */
	#target = new Float64Array(1 << 16);
	#words = new Int32Array(1 << 16);
	/** Stated YoY by row: rare, so not a column. */
	#yoy = new Map<number, number>();
	readonly #codes = new Strings();
	readonly #periods = new Strings();
	readonly #triples = new Strings();
	/** Rows by indicator, built on first use. */
	#rows: Int32Array[] | null = null;
	#targets: Int32Array | null = null;

	add(o: ObservationRecord) {
		const i = this.#n++;
		if (i === this.#value.length) {
			this.#indicator = grow(this.#indicator, i);
			this.#period = grow(this.#period, i);
			this.#value = grow(this.#value, i);
			this.#target = grow(this.#target, i);
			this.#words = grow(this.#words, i);
		}
		this.#indicator[i] = this.#codes.id(o.indicator);
		this.#period[i] = this.#periods.id(o.period);
		this.#value[i] = o.value;
		this.#target[i] = o.target ?? NaN;
		this.#words[i] = this.#triples.id(`${o.qualifier ?? ''}\t${o.provenance}\t${o.targetQualifier ?? ''}`);
		if (o.yoyReported !== null) this.#yoy.set(i, o.yoyReported);
	}

	#index(): Int32Array[] {
		if (this.#rows) return this.#rows;
		const counts = new Int32Array(this.#codes.list.length);
		const targets = new Int32Array(this.#codes.list.length);
		for (let i = 0; i < this.#n; i++) {
			counts[this.#indicator[i]!]!++;
			if (!Number.isNaN(this.#target[i]!)) targets[this.#indicator[i]!]!++;
		}
		const rows = Array.from(counts, (c) => new Int32Array(c));
		const at = new Int32Array(counts.length);
		for (let i = 0; i < this.#n; i++) {
			const k = this.#indicator[i]!;
			rows[k]![at[k]!++] = i;
		}
		this.#targets = targets;
		return (this.#rows = rows);
	}

	/** Rows (values) and targets the file gave for this indicator, or null when it named none. */
	counts(code: string): { values: number; targets: number } | null {
		const k = this.#codes.has(code);
		if (k === undefined) return null;
		const rows = this.#index();
		return { values: rows[k]!.length, targets: this.#targets![k]! };
	}

	/** The file's values and targets of one indicator as stored under `revision`, in period order. */
	inputs(code: string, revision: number): DeriveInputs {
		const k = this.#codes.has(code);
		const observations: StoredObservation[] = [];
		const targets: StoredTarget[] = [];
		if (k === undefined) return { observations, targets };
		const rows = [...this.#index()[k]!].sort((a, b) => {
			const pa = this.#periods.list[this.#period[a]!]!;
			const pb = this.#periods.list[this.#period[b]!]!;
			return pa < pb ? -1 : pa > pb ? 1 : 0;
		});
		for (const i of rows) {
			const period = this.#periods.list[this.#period[i]!]!;
			const [qualifier, provenance, targetQualifier] = this.#triples.list[this.#words[i]!]!.split('\t') as [string, string, string];
			observations.push({
				indicator: code,
				period,
				value: this.#value[i]!,
				qualifier: (qualifier || null) as Observation['qualifier'],
				provenance: provenance as Observation['provenance'],
				yoyReported: this.#yoy.get(i) ?? null,
				yoyDecimals: null,
				source: '',
				note: '',
				revision
			});
			const target = this.#target[i]!;
			if (!Number.isNaN(target))
				targets.push({
					indicator: code,
					period,
					value: target,
					qualifier: (targetQualifier || null) as Target['qualifier'],
					basis: '',
					owner: '',
					department: '',
					deadline: '',
					source: '',
					note: '',
					revision
				});
		}
		return { observations, targets };
	}
}

/**
 * The derive's inputs for `codes`, from the file where that is exact, the rest left to the database.
 *
 * After a file is applied, every (indicator, period) it gave holds the file's value as the current one
 * (written, or unchanged because equal), and its target likewise where the row gave one. So an indicator
 * whose number of current values and of current targets equals the file's numbers has no current row
 * but the file's: its inputs are the file's rows (revision, source and note aside, which no derived row
 * reads). That holds only while no later commit touched it, hence `version === revision`.
 */
export async function fromFile(
	db: Sql,
	file: FileInputs,
	revision: number,
	batch: { indicator: string; version: number }[]
): Promise<{ known: Map<string, DeriveInputs>; rest: string[] }> {
	const known = new Map<string, DeriveInputs>();
	const candidates = batch.filter((b) => b.version === revision && file.counts(b.indicator) !== null).map((b) => b.indicator);
	const rest = new Set(batch.map((b) => b.indicator));
	if (candidates.length > 0) {
		const list = placeholders(candidates.length);
		const count = (table: string) =>
			db.all<{ indicator: string; n: number }>(`SELECT indicator, count(*) AS n FROM ${table} WHERE superseded_by IS NULL AND indicator IN ${list} GROUP BY indicator`, candidates);
		const [values, targets] = await Promise.all([count('observations'), count('targets')]);
		const stored = new Map<string, { values: number; targets: number }>();
		for (const r of values) stored.set(r.indicator, { values: Number(r.n), targets: 0 });
		for (const r of targets) stored.set(r.indicator, { values: stored.get(r.indicator)?.values ?? 0, targets: Number(r.n) });
		for (const code of candidates) {
			const c = file.counts(code)!;
			const s = stored.get(code) ?? { values: 0, targets: 0 };
			if (s.values !== c.values || s.targets !== c.targets) continue;
			known.set(code, file.inputs(code, revision));
			rest.delete(code);
		}
	}
	return { known, rest: [...rest] };
}
