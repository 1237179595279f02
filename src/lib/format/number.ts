// Numbers as the report writes them: 万/亿 through Intl compact notation (zh-CN), qualifiers kept.
import type { Qualifier } from '../domain/quantity';

export type Locale = 'zh-CN' | 'en';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * One Intl.NumberFormat per locale and style, created on first use. `name` is the cache key: building it
 * from the options (JSON.stringify on every call) cost more than the formatting on a page of 200 cards.
 */
function formatter(locale: Locale, name: string, options: () => Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale}|${name}`;
	let f = formatters.get(key);
	if (!f) {
		f = new Intl.NumberFormat(locale, options());
		formatters.set(key, f);
	}
	return f;
}

/** 2100000 → "210万" (zh-CN) or "2.1M" (en); four significant digits, as a report would round. */
export function formatCompact(value: number, locale: Locale): string {
	return formatter(locale, 'compact', () => ({ notation: 'compact', maximumSignificantDigits: 4 })).format(value);
}

/** A value with its unit and qualifier: "210万人次", "近100万人次", "38.2亿元", "80%", "200余名". */
export function formatQuantity(value: number, unit: string, qualifier: Qualifier | string | null, locale: Locale): string {
	if (unit === '%') return `${qualifier && qualifier !== '余' ? qualifier : ''}${formatter(locale, 'decimal2', () => ({ maximumFractionDigits: 2 })).format(value)}%`;
	const number = formatCompact(value, locale);
	if (locale === 'en') {
		const q = qualifier ? `${QUALIFIER_EN[qualifier] ?? ''} ` : '';
		const u = UNIT_EN[unit] ?? unit;
		return `${q}${number}${u ? ` ${u}` : ''}`;
	}
	if (qualifier === '余') return `${number}余${unit}`;
	return `${qualifier ?? ''}${number}${unit}`;
}

/** English names for the report's units; a unit not listed is shown as written. */
export const UNIT_EN: Record<string, string> = {
	人次: 'visits',
	元: 'yuan',
	人: 'people',
	名: 'people',
	个: '',
	项: '',
	家: '',
	条: '',
	次: 'times',
	场次: 'sessions',
	块: ''
};

const QUALIFIER_EN: Record<string, string> = { 近: 'nearly', 约: 'about', 超: 'over', 逾: 'over', 余: 'over' };

/** A growth fraction as signed percent text: 0.375 → "+37.5%". */
export function formatGrowth(fraction: number, locale: Locale): string {
	return formatter(locale, 'growth', () => ({ style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' })).format(fraction);
}

/** A fraction as percent text: 0.409 → "40.9%". */
export function formatPercent(fraction: number, locale: Locale): string {
	return formatter(locale, 'percent', () => ({ style: 'percent', maximumFractionDigits: 1 })).format(fraction);
}

/** A plain decimal (percentage points, a percent already ×100): 0.8095 → "0.8"; at most `maximumFractionDigits` decimals. */
export function formatDecimal(value: number, locale: Locale, maximumFractionDigits = 1): string {
	return formatter(locale, `decimal${maximumFractionDigits}`, () => ({ maximumFractionDigits })).format(value);
}
