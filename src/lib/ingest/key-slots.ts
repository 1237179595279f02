// The reader's memory of which (indicator, period) pairs a file named, and where: one slot per pair, numbered
// in the order the pairs first appear. A million rows are a million pairs, so this lives in typed arrays
// (~16 bytes a pair, which the garbage collector never walks) instead of a Map per indicator holding a
// Map entry per period (~36 bytes a pair, all of it walked).

/** Slots of (indicator, period) pairs: `slot` finds a pair's slot, or gives a new pair the next one (`size`). */
export class KeySlots {
	readonly #indicators = new Map<string, number>();
	readonly #periods = new Map<string, number>();
	/** Per slot: the pair's indicator and period ids. */
	#indicatorOf = new Int32Array(1024);
	#periodOf = new Int32Array(1024);
	/** Open addressing, linear probing: slot + 1 at a pair's place, 0 where empty; at most half full. */
	#table = new Int32Array(2048);
	#size = 0;

	/** Pairs seen so far (the next slot). */
	get size(): number {
		return this.#size;
	}

	/** The pair's slot; a pair not seen before takes slot `size` (as it was before the call). No object is made. */
	slot(indicator: string, period: string): number {
		let i = this.#indicators.get(indicator);
		if (i === undefined) this.#indicators.set(indicator, (i = this.#indicators.size));
		let p = this.#periods.get(period);
		if (p === undefined) this.#periods.set(period, (p = this.#periods.size));
		const mask = this.#table.length - 1;
		for (let at = hash(i, p) & mask; ; at = (at + 1) & mask) {
			const s = this.#table[at]! - 1;
			if (s < 0) {
				const slot = this.#size++;
				this.#table[at] = slot + 1;
				if (slot === this.#indicatorOf.length) {
					this.#indicatorOf = grown(this.#indicatorOf);
					this.#periodOf = grown(this.#periodOf);
				}
				this.#indicatorOf[slot] = i;
				this.#periodOf[slot] = p;
				if (this.#size * 2 > this.#table.length) this.#rehash();
				return slot;
			}
			if (this.#indicatorOf[s] === i && this.#periodOf[s] === p) return s;
		}
	}

	#rehash() {
		const table = new Int32Array(this.#table.length * 2);
		const mask = table.length - 1;
		for (let s = 0; s < this.#size; s++) {
			let at = hash(this.#indicatorOf[s]!, this.#periodOf[s]!) & mask;
			while (table[at] !== 0) at = (at + 1) & mask;
			table[at] = s + 1;
		}
		this.#table = table;
	}
}

function hash(i: number, p: number): number {
	let h = Math.imul(i, 0x9e3779b1) ^ Math.imul(p + 0x7f4a7c15, 0x85ebca6b);
	h ^= h >>> 15;
	return Math.imul(h, 0x2c1b3c6d) >>> 0;
}

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
	const b = new Int32Array(a.length * 2);
	b.set(a);
	return b;
}
