// The indicators an upload may refer to, found by code or by exact (folded) Chinese or English name.
import type { Indicator } from '../domain/model';
import { foldName } from './columns';

export class Catalog {
	#byCode = new Map<string, Indicator>();
	#byName = new Map<string, Indicator>();

	constructor(indicators: Iterable<Indicator> = []) {
		for (const i of indicators) this.add(i);
	}

	/** Later definitions (an indicators file earlier in the same batch) replace earlier ones. */
	add(indicator: Indicator): void {
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
		return this.#byCode.get(text) ?? this.#byCode.get(text.trim()) ?? this.#byName.get(foldName(text));
	}

	get(code: string): Indicator | undefined {
		return this.#byCode.get(code);
	}

	all(): Indicator[] {
		return [...this.#byCode.values()];
	}
}
