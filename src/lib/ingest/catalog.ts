// The indicators an upload may refer to, found by code or by exact (folded) Chinese or English name.
import type { Indicator } from '../domain/model';
import { foldName } from './columns';

export class Catalog {
	#byCode = new Map<string, Indicator>();
	#byName = new Map<string, Indicator>();
	// Files name the same few indicators on every row: remember each raw text's answer (NFKC folding per
	// row is the cost). Cleared whenever a definition changes, so it never answers from an older catalog.
	#resolved = new Map<string, Indicator | undefined>();

	constructor(indicators: Iterable<Indicator> = []) {
		for (const i of indicators) this.add(i);
	}

	/** Later definitions (an indicators file earlier in the same batch) replace earlier ones. */
	add(indicator: Indicator): void {
		this.#resolved.clear();
		const old = this.#byCode.get(indicator.code);
		if (old) {
			this.#byName.delete(foldName(old.nameZh));
			if (old.nameEn) this.#byName.delete(foldName(old.nameEn));
		}
		this.#byCode.set(indicator.code, indicator);
		this.#byName.set(foldName(indicator.nameZh), indicator);
		if (indicator.nameEn) this.#byName.set(foldName(indicator.nameEn), indicator);
	}

	resolve(text: string): Indicator | undefined {
		const direct = this.#byCode.get(text);
		if (direct) return direct;
		if (this.#resolved.has(text)) return this.#resolved.get(text);
		const found = this.#byCode.get(text.trim()) ?? this.#byName.get(foldName(text));
		if (this.#resolved.size < 100_000) this.#resolved.set(text, found);
		return found;
	}

	get(code: string): Indicator | undefined {
		return this.#byCode.get(code);
	}

	all(): Indicator[] {
		return [...this.#byCode.values()];
	}
}
