// Unit texts (万人次, 亿元, %, 个百分点) split into a base unit and a power-of-ten scale, and exact decimal scaling.
// Chinese reports scale with 十/百/千/万/亿 only, so every factor here is a power of ten; that lets us scale by
// shifting the decimal exponent in a string instead of multiplying floats (38.2 × 1e8 = 3820000000.0000005).

/** A unit as written, split into what is counted (`base`) and the scale in front of it (`factor`). */
export interface UnitSpec {
	base: string;
	factor: number;
}

/** Decimal exponent of each scale character; compounds add up (千万 = 3 + 4, 万亿 = 4 + 8). */
const SCALE_EXP: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };

/**
 * A scale written right after a number (`210万`, `3千`, `5百万`, `10万亿`). Sticky so the number parser can
 * try it at its current position without slicing. 万万 / 亿万 are deliberately not compounds.
 */
export const VALUE_SCALE_RE = /(?:[十百千](?:万亿|万|亿)?|万亿|万|亿)/y;

/** A scale in front of a unit name. A bare 十 is left alone: nobody writes 十人次 as a unit. */
const UNIT_SCALE_RE = /^(?:[十百千]?(?:万亿|万|亿)|千|百)/;

/** Unit names that start with a scale character but are not scaled units: they name a unit of their own. */
const UNIT_ALIASES: Readonly<Record<string, string>> = {
	百分点: '个百分点',
	百分比: '%',
	'%': '%',
	个百分点: '个百分点'
};

const ASCII_RE = /^[\x20-\x7e]*$/;

/** NFKC + trim, skipping NFKC for plain ASCII since that is the common case and NFKC is not free. */
export function foldText(raw: string): string {
	return (ASCII_RE.test(raw) ? raw : raw.normalize('NFKC')).trim();
}

/** Sum of the exponents of a matched scale text such as 千万. */
export function scaleExponent(scale: string): number {
	if (scale.length === 1) return SCALE_EXP[scale] ?? 0; // the common 万/亿 without a loop
	let e = 0;
	for (let i = 0; i < scale.length; i++) e += SCALE_EXP[scale[i]!] ?? 0;
	return e;
}

/** Normalises a unit name written without a scale (百分点 → 个百分点) so comparisons see one spelling. */
export function canonicalUnitName(name: string): string {
	return UNIT_ALIASES[name] ?? name;
}

/**
 * `万人次` → {人次, 1e4}; `亿元` → {元, 1e8}; `万` → {'', 1e4} (a pure scale); `百分点` → {个百分点, 1}.
 * An empty text gives {'', 1}: no unit stated.
 */
export function parseUnit(text: string): UnitSpec {
	const s = foldText(text);
	const alias = UNIT_ALIASES[s];
	if (alias !== undefined) return { base: alias, factor: 1 };
	const m = UNIT_SCALE_RE.exec(s);
	if (!m) return { base: s, factor: 1 };
	const rest = s.slice(m[0].length).trim();
	// 千克/千米 really are scaled units, but 百分点 is not 100 × 分点: keep the aliases whole.
	return { base: canonicalUnitName(rest), factor: 10 ** scaleExponent(m[0]) };
}

/** The exponent e with 10^e === factor, or null for a factor that is not a power of ten. */
export function powerOfTen(factor: number): number | null {
	if (!(factor > 0) || !Number.isFinite(factor)) return null;
	const e = Math.round(Math.log10(factor));
	return 10 ** e === factor ? e : null;
}

const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k); // exact doubles up to 1e22

/**
 * x × 10^exp without float noise: shift the exponent of x's shortest decimal form and let the engine's
 * correctly-rounded string parser do the rest (0.35 → "0.35e4" → 3500; 38.2 → "38.2e8" → 3820000000).
 */
export function shiftDecimal(x: number, exp: number, decimals?: number): number {
	if (exp === 0 || x === 0 || !Number.isFinite(x)) return x;
	// Fast path when the digits after the point are known (a number as written, 12345.6): m = x × 10^d is
	// then an exact integer of at most 15 digits (checked by the way back; 15 digits name one double only),
	// and m × 10^(exp−d) is one correctly rounded
	// operation with both operands exact (Clinger's fast path) — the same result as the string route.
	if (decimals !== undefined && decimals <= 22 && Math.abs(x) * POW10[decimals]! < 1e15) {
		const m = Math.round(x * POW10[decimals]!);
		const k = exp - decimals;
		if (m / POW10[decimals]! === x && k >= -22 && k <= 22) return k >= 0 ? m * POW10[k]! : m / POW10[-k]!;
	}
	const s = String(x);
	const e = s.indexOf('e');
	if (e < 0) return Number(`${s}e${exp}`);
	return Number(`${s.slice(0, e)}e${Number(s.slice(e + 1)) + exp}`);
}


/** digits × 10^exp, correctly rounded. Both operands exact ⇒ one IEEE operation is correctly rounded (Clinger's fast path). */
export function decimalValue(digits: string, exp: number): number {
	const mantissa = Number(digits);
	if (mantissa <= Number.MAX_SAFE_INTEGER && exp >= -22 && exp <= 22) {
		return exp >= 0 ? mantissa * POW10[exp]! : mantissa / POW10[-exp]!;
	}
	return Number(`${digits}e${exp}`); // the engine's parser rounds correctly too, just slower
}
