// How a changed value, a period key and a revision time read on the upload and revision pages.
import type { Indicator } from '../domain/model';
import { parsePeriod, periodLabel } from '../domain/period';
import { formatQuantity, type Locale } from './number';

export type IndicatorNames = Record<string, Pick<Indicator, 'nameZh' | 'nameEn' | 'unit'>>;

export function indicatorNames(list: Indicator[]): IndicatorNames {
	return Object.fromEntries(list.map((i) => [i.code, { nameZh: i.nameZh, nameEn: i.nameEn, unit: i.unit }]));
}

export function indicatorName(code: string, names: IndicatorNames, lang: Locale): string {
	const n = names[code];
	return n ? (lang === 'en' && n.nameEn ? n.nameEn : n.nameZh) : code;
}

/** A canonical period key as the report writes it (`2024-Q1` → 2024年一季度), or the key itself. */
export function periodText(key: string | null, lang: Locale): string {
	if (key === null) return '';
	const p = parsePeriod(key);
	return p.ok ? periodLabel(p.value, lang) : key;
}

/** A value or a definition side of a change; '—' for none. */
export function changeValue(value: number | Indicator | null, indicator: string, names: IndicatorNames, lang: Locale): string {
	if (value === null) return '—';
	if (typeof value === 'object') return lang === 'en' ? `${value.nameEn || value.nameZh} (${value.unit || '—'})` : `${value.nameZh}（${value.unit || '—'}）`;
	return formatQuantity(value, names[indicator]?.unit ?? '', null, lang);
}

const dateTimes = new Map<Locale, Intl.DateTimeFormat>();

/** An ISO time in the reader's language, in China's time zone (where the bureau works). */
export function formatDateTime(iso: string, lang: Locale): string {
	let f = dateTimes.get(lang);
	if (!f) {
		f = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' });
		dateTimes.set(lang, f);
	}
	return f.format(new Date(iso));
}
