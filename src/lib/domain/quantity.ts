// Reads the numbers analysts write in cells (2,100,000 · 210万 · 38.2亿元 · 近百万 · 37.5%) and converts them to an indicator's base unit.
import { fail, ok, type Result } from './issues';
import {
	VALUE_SCALE_RE,
	canonicalUnitName,
	decimalValue,
	foldText,
	parseUnit,
	powerOfTen,
	scaleExponent,
	shiftDecimal,
	type UnitSpec
} from './units';

export { parseUnit };
export type { UnitSpec };

export type Qualifier = '近' | '约' | '超' | '逾' | '余';

export interface ParsedNumber {
	/** The number with any in-value scale applied (210万 → 2100000; 37.5% → 37.5). */
	value: number;
	qualifier: Qualifier | null;
	/** A scale (十/百/千/万/亿, or a Chinese numeral magnitude) was written inside the value. */
	scaled: boolean;
	/** Unit text after the number and its scale, NFKC-folded: '人次', '元', '%', '个百分点', or null. */
	unit: string | null;
	/** Digits after the decimal point in the written mantissa, for "half a unit of the last digit" checks. */
	decimals: number;
}

// The overwhelmingly common cell is a plain ASCII number; answer it before any folding or scanning.
const PLAIN_RE = /^-?\d+(?:\.\d+)?$/;

// Thousands groups must be well placed (21,00,000 is a typo, not 2.1 million), so the grouped form is
// 1–3 digits then whole groups of three; an ungrouped integer part may be any length. `.5` is allowed.
const ARABIC_RE = /(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?(?:[eE]([+-]?\d+))?/y;

const CN_RUN_RE = /[零〇一二两三四五六七八九十百千万亿]+/y;
const CN_DIGITS: Readonly<Record<string, number>> = {
	零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9
};
const CN_SMALL: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

const LEADING_QUALIFIERS = new Set<string>(['近', '约', '超', '逾']);
// A unit may not start with one of these: `10万万` or `200余余` is a typo, not the unit 万 or 余.
const NOT_A_UNIT_START = /^[零〇一二两三四五六七八九十百千万亿近约超逾余]/;

// Cells that mean "nothing here" (compared after NFKC, trim and lower-casing). `#N/A` is deliberately
// not among them: it is a spreadsheet error, so it says the source is broken, not that the value is absent.
const BLANK_MARKERS = new Set(['', '-', '--', '\u2212', '—', '——', '–', '―', '/', 'n/a', 'na', '无']);

/** True for a cell that is empty or only a dash/slash/N/A: "none" in an optional column. */
export function isBlankMarker(raw: string): boolean {
	// A cell that starts with a digit or a Chinese character other than 无 is no marker (no marker starts so,
	// also after folding): most cells of a large file, answered without trimming, folding or a lookup.
	const c = raw.charCodeAt(0);
	if ((c >= 0x30 && c <= 0x39) || (c >= 0x4e00 && c <= 0x9fff && c !== 0x65e0)) return false;
	const t = raw.trim();
	if (t.length > 3) return false; // every marker is short; skip folding longer text
	if (t.length === 0) return true;
	// Short cells repeat (units such as 万人次, small numbers): fold each distinct text once.
	let blank = blankCache.get(t);
	if (blank === undefined) {
		blank = BLANK_MARKERS.has(foldText(t).toLowerCase());
		if (blankCache.size < 10_000) blankCache.set(t, blank);
	}
	return blank;
}
const blankCache = new Map<string, boolean>();

function badNumber(raw: string, whyZh = '', whyEn = ''): Result<never> {
	return fail(
		'bad_number',
		`无法识别的数值“${raw}”${whyZh}；应为数字，如 2100000、2,100,000、210万、38.2亿元、37.5%、近百万`,
		`cannot read the number "${raw}"${whyEn}; expected a number such as 2100000, 2,100,000, 210万, 38.2亿元, 37.5% or 近百万`
	);
}

/**
 * Reads a Chinese numeral (两千, 三千五百, 一万二千, 近百万's 百万, 零) as an integer, or null when malformed.
 * Colloquial shorthand is read as speakers mean it: a trailing digit right after a magnitude counts one
 * magnitude lower (三千五 = 3500, 一万二 = 12000), unless 零 stands between (一百零五 = 105).
 */
function parseChineseInteger(s: string): number | null {
	let yi = 0; // everything up to the last 亿, already × 1e8
	let wan = -1; // count of 万 in the current 亿 group, -1 when no 万 written yet
	let section = 0; // value below 万
	let digit = -1; // pending digit not yet attached to a magnitude
	let lastSmall = 1e4; // 十/百/千 must decrease within a section (十百 is not a number)
	let lastMag = 0; // magnitude of the last unit written, for the shorthand
	let zero = false;
	for (const ch of s) {
		const d = CN_DIGITS[ch];
		if (d !== undefined) {
			if (digit !== -1) return null; // 二三, 一零: positional digits are not a numeral
			if (d === 0) zero = true;
			else digit = d;
			continue;
		}
		const small = CN_SMALL[ch];
		if (small !== undefined) {
			if (small >= lastSmall) return null;
			section += (digit === -1 ? 1 : digit) * small; // 十五, 百万: a bare magnitude means one of it
			lastSmall = lastMag = small;
		} else if (ch === '万') {
			if (wan !== -1) return null; // 万万
			const n = section + Math.max(digit, 0);
			wan = n === 0 && !zero ? 1 : n; // 近万 = nearly 10,000
			section = 0;
			lastSmall = 1e4;
			lastMag = 1e4;
		} else {
			if (yi !== 0) return null; // 亿 twice
			const n = Math.max(wan, 0) * 1e4 + section + Math.max(digit, 0);
			yi = (n === 0 && !zero ? 1 : n) * 1e8;
			wan = -1;
			section = 0;
			lastSmall = 1e4;
			lastMag = 1e8;
		}
		digit = -1;
		zero = false;
	}
	const tail = digit === -1 ? 0 : !zero && lastMag >= 10 ? (digit * lastMag) / 10 : digit;
	const total = yi + Math.max(wan, 0) * 1e4 + section + tail;
	return Number.isSafeInteger(total) ? total : null;
}

/** Drops thousands separators; slicing between commas beats replace() on this hot path (~2× here). */
function withoutCommas(int: string): string {
	let k = int.indexOf(',');
	if (k < 0) return int;
	let out = '';
	let start = 0;
	for (; k >= 0; k = int.indexOf(',', start)) {
		out += int.slice(start, k);
		start = k + 1;
	}
	return out + int.slice(start);
}

function skipSpaces(s: string, i: number): number {
	while (s[i] === ' ') i++;
	return i;
}

/** Parses one cell as written by an analyst; see csv-format.md "Numbers". */
export function parseNumber(raw: string): Result<ParsedNumber> {
	if (PLAIN_RE.test(raw)) {
		const value = Number(raw);
		if (Number.isFinite(value)) {
			const dot = raw.indexOf('.');
			return ok({ value: value + 0, qualifier: null, scaled: false, unit: null, decimals: dot < 0 ? 0 : raw.length - dot - 1 });
		}
	}
	return parseWritten(raw);
}

function parseWritten(raw: string): Result<ParsedNumber> {
	// 百分之廿九 (Taiwan, Hong Kong): 廿 is twenty.
	const s = foldText(raw).replace(/廿/g, '二十');
	if (s.length <= 3 && BLANK_MARKERS.has(s.toLowerCase())) {
		return fail('missing_value', `数值为空（“${raw}”）`, `the value is empty ("${raw}")`);
	}
	if (s[0] === '#') return badNumber(raw, '：这是表格公式错误，请在 Excel 中修正公式', ': it is a spreadsheet formula error, fix the formula in Excel');

	// 百分之九十五点二九 / 百分之37.5 is a percentage written out in words.
	if (s.startsWith('百分之') && s.length > 3) {
		const inner = parseWritten(s.slice(3));
		if (!inner.ok || inner.value.unit !== null || inner.value.scaled && !/^[零〇一二两三四五六七八九十百]+(?:点|$)/.test(s.slice(3))) return badNumber(raw);
		return ok({ ...inner.value, scaled: false, unit: '%' });
	}
	let i = 0;
	let qualifier: Qualifier | null = null;
	if (LEADING_QUALIFIERS.has(s[0]!)) {
		qualifier = s[0] as Qualifier;
		i = skipSpaces(s, 1);
	}
	let negative = false;
	const sign = s[i];
	// U+2212 (−) survives NFKC, and Word/Excel autocorrect produces it, so it is a minus too.
	if (sign === '-' || sign === '\u2212' || sign === '负') {
		negative = true;
		i++;
	} else if (sign === '+') i++;

	// The mantissa is kept as a digit string plus a decimal exponent so scaling stays exact.
	let digits: string;
	let exp = 0;
	let decimals = 0;
	let scaled = false;
	let hasExponent = false;
	ARABIC_RE.lastIndex = i;
	const m = ARABIC_RE.exec(s);
	if (m && (m[1] !== undefined || m[2] !== undefined)) {
		const frac = m[2] ?? '';
		const int = m[1] ?? '0';
		digits = withoutCommas(int) + frac;
		decimals = frac.length;
		hasExponent = m[3] !== undefined;
		exp = Number(m[3] ?? 0) - frac.length;
		i += m[0].length;
	} else {
		CN_RUN_RE.lastIndex = i;
		const run = CN_RUN_RE.exec(s);
		if (!run) return badNumber(raw);
		const n = parseChineseInteger(run[0]);
		if (n === null) return badNumber(raw, '：中文数字写法有误', ': malformed Chinese numeral');
		digits = String(n);
		scaled = /[十百千万亿]/.test(run[0]);
		i += run[0].length;
		// Reports spell decimals out too (一千五百二十八点一七万): 点 then one numeral per digit.
		if (s[i] === '点' && !/[万亿]/.test(run[0])) {
			let frac = '';
			for (i++; s[i] !== undefined && CN_DIGITS[s[i]!] !== undefined && s[i] !== '两'; i++) frac += CN_DIGITS[s[i]!];
			if (frac === '') return badNumber(raw, '：中文数字写法有误', ': malformed Chinese numeral');
			digits += frac;
			exp = -frac.length;
			decimals = frac.length;
		}
	}
	if (s[i] === ',' || s[i] === '.' || (s[i] !== undefined && s[i]! >= '0' && s[i]! <= '9')) {
		return badNumber(raw, '：千位分隔符或小数点位置不对', ': misplaced thousands separator or decimal point');
	}

	// 余 may stand before the scale (200余万 = over two million) or after it (3万余人次).
	i = skipSpaces(s, i);
	let more = s[i] === '余';
	if (more) i++;
	VALUE_SCALE_RE.lastIndex = i;
	const scale = s.startsWith('百分', i) ? null : VALUE_SCALE_RE.exec(s); // 3百分点 is 3 points, not 300 分点
	if (scale) {
		if (hasExponent) return badNumber(raw, '：科学计数法不能再带万、亿', ': scientific notation cannot also carry 万/亿');
		exp += scaleExponent(scale[0]);
		scaled = true;
		i += scale[0].length;
	}
	if (!more && s[i] === '余') {
		more = true;
		i++;
	}
	if (more) {
		if (qualifier) return badNumber(raw, '：只能有一个限定词', ': only one qualifier is allowed');
		qualifier = '余';
	}

	let unit: string | null = s.slice(skipSpaces(s, i)) || null;
	if (unit !== null) {
		unit = canonicalUnitName(unit);
		// Units here are Chinese words or %; Latin letters after a number are a typo (12abc, 1e), and a
		// leftover numeral, scale or qualifier means the value was written twice (10万万).
		const okUnit =
			unit === '%' || (unit.charCodeAt(0) > 0x7f && !unit.includes('%') && !NOT_A_UNIT_START.test(unit));
		if (!okUnit) return badNumber(raw, `：数字后的“${unit}”不是单位`, `: "${unit}" after the number is not a unit`);
	}

	const magnitude = decimalValue(digits, exp);
	if (!Number.isFinite(magnitude)) return badNumber(raw, '：数值过大', ': the number is too large');
	const value = negative && magnitude !== 0 ? -magnitude : magnitude;
	return ok({ value, qualifier, scaled, unit, decimals });
}

function unitMismatch(zh: string, en: string): Result<never> {
	return fail('unit_mismatch', zh, en);
}

// A file repeats the same few unit texts on every row; parse each once.
const unitCache = new Map<string, UnitSpec>();
function parseUnitCached(text: string): UnitSpec {
	let u = unitCache.get(text);
	if (!u) {
		u = parseUnit(text);
		if (unitCache.size < 1000) unitCache.set(text, u);
	}
	return u;
}

/**
 * The value in the indicator's base unit (the store keeps base units: 人次, 元, %), applying the scale
 * from the unit column, the value itself, or — when neither states a unit — the indicator's own unit.
 */
export function toIndicatorValue(
	parsed: ParsedNumber,
	unitColumn: string | null,
	indicatorUnit: string
): Result<{ value: number; qualifier: Qualifier | null }> {
	const target = parseUnitCached(indicatorUnit);
	const col = unitColumn === null || isBlankMarker(unitColumn) ? null : parseUnitCached(unitColumn);

	// 210万 with a 万人次 column could be 2.1 million or 21 billion; guessing would silently be off by 10^4.
	if (parsed.scaled && col !== null && col.factor !== 1) {
		return unitMismatch(
			`数值已含数量级（万、亿等），单位列“${foldText(unitColumn ?? '')}”又含数量级，无法确定倍数；请只在一处写明`,
			`the value already carries a scale (万, 亿, …) and the unit column ${foldText(unitColumn ?? '')} adds another; write the scale in one place only`
		);
	}
	const colBase = col !== null && col.base !== '' ? col.base : null;
	if (parsed.unit !== null && colBase !== null && parsed.unit !== colBase) {
		return unitMismatch(
			`数值中的单位“${parsed.unit}”与单位列“${colBase}”不一致`,
			`the unit written in the value (${parsed.unit}) contradicts the unit column (${colBase})`
		);
	}
	const stated = parsed.unit ?? colBase;
	if (stated !== null && stated !== target.base) {
		// Only a mismatch needs the unit spelled out for people; the common path skips building these.
		const shown = foldText(indicatorUnit) || '（无）';
		const shownEn = foldText(indicatorUnit) || '(none)';
		if (stated === '%') {
			return unitMismatch(
				`百分数只能用于单位为“%”的指标，该指标单位为“${shown}”`,
				`a percentage fits only an indicator measured in %; this indicator's unit is ${shownEn}`
			);
		}
		if (stated === '个百分点' && target.base === '%') {
			return unitMismatch(
				'“个百分点”是两个百分比之差，不是百分比水平；该指标单位为“%”，请填百分数',
				'percentage points are a difference between two percentages, not a level; this indicator is in %, give the percentage'
			);
		}
		return unitMismatch(
			`数值单位“${stated}”与指标单位“${shown}”不符`,
			`value unit ${stated} does not match the indicator's unit ${shownEn}`
		);
	}

	// A stated unit (even unscaled, e.g. 元 for a 亿元 indicator) means the number is in that unit;
	// only a bare number is read in the indicator's own, possibly scaled, unit.
	const factor = col !== null ? col.factor : parsed.scaled || parsed.unit !== null ? 1 : target.factor;
	const e = powerOfTen(factor);
	const value = e === null ? parsed.value * factor : shiftDecimal(parsed.value, e, parsed.decimals);
	if (!Number.isFinite(value)) return badNumber(String(parsed.value), '：数值过大', ': the number is too large');
	return ok({ value, qualifier: parsed.qualifier });
}
