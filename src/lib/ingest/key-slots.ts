// The reader's memory of which (indicator, period) pairs a file named, and where: one slot per pair, numbered
// in the order the pairs first appear. A million rows are a million pairs, so the pairs live in typed arrays
// (~8 bytes a pair, which the garbage collector never walks) instead of a Map per indicator holding a Map
// entry per period (~36 bytes a pair, all of it walked). Each indicator has a small table of its own, so the
// rows of one indicator (a file gives them together as a rule) look in one place that stays in cache.

interface Periods {
	/** Open addressing, linear probing: slot + 1 at a period's place, 0 where empty; at most half full. */
	table: Int32Array<ArrayBuffer>;
	count: number;
}

/** Slots of (indicator, period) pairs: `slot` finds a pair's slot, or gives a new pair the next one (`size`). */
export class KeySlots {
	readonly #indicators = new Map<string, Periods>();
	readonly #periodIds = new Map<string, number>();
	/** Per slot: the pair's period id (its indicator is the table it was found in). */
	#periodOf = new Int32Array(1024);
	#size = 0;
	/** The indicator named last: rows of one indicator come together as a rule. */
	#lastName: string | null = null;
	#last: Periods | null = null;

	/** Pairs seen so far (the next slot). */
	get size(): number {
		return this.#size;
	}

	/** The pair's slot; a pair not seen before takes slot `size` (as it was before the call). No object is made for a known pair. */
	slot(indicator: string, period: string): number {
		let periods = indicator === this.#lastName ? this.#last : this.#indicators.get(indicator);
		if (!periods) this.#indicators.set(indicator, (periods = { table: new Int32Array(16), count: 0 }));
		this.#lastName = indicator;
		this.#last = periods;
		let p = this.#periodIds.get(period);
		if (p === undefined) this.#periodIds.set(period, (p = this.#periodIds.size));
		const { table } = periods;
		const mask = table.length - 1;
		for (let at = hash(p) & mask; ; at = (at + 1) & mask) {
			const s = table[at]! - 1;
			if (s < 0) break;
			if (this.#periodOf[s] === p) return s;
		}
		const slot = this.#size++;
		if (slot === this.#periodOf.length) {
			const grown = new Int32Array(slot * 2);
			grown.set(this.#periodOf);
			this.#periodOf = grown;
		}
		this.#periodOf[slot] = p;
		place(table, p, slot);
		if (++periods.count * 2 > table.length) periods.table = this.#rehash(table);
		return slot;
	}

	#rehash(old: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
		const table = new Int32Array(old.length * 2);
		for (const v of old) if (v !== 0) place(table, this.#periodOf[v - 1]!, v - 1);
		return table;
	}
}

function place(table: Int32Array, p: number, slot: number) {
	const mask = table.length - 1;
	let at = hash(p) & mask;
	while (table[at] !== 0) at = (at + 1) & mask;
	table[at] = slot + 1;
}

function hash(p: number): number {
	const h = Math.imul(p + 1, 0x9e3779b1);
	return (h ^ (h >>> 16)) >>> 0;
}
