// Indicator mapping by the catalog's names and a synonym list: a label maps only with a compatible unit, and a headline
// indicator (arrivals, revenue) never takes a figure narrowed by a scope (景区, 乡村旅游, 入境, 过夜, 人均, a venue).
import { parseUnit } from '../domain/quantity';

export interface CatalogEntry {
	code: string;
	nameZh: string;
	nameEn: string;
	unit: string;
	kind: string;
}
export interface Synonym {
	term: string;
	indicator: string;
	/** A headline indicator: scope words in the label keep a figure off it. */
	headline: boolean;
}

const SCOPE_RE = /景区|景点|乡村旅游|乡村游|入境|出境|过夜|留宿|一日游|人均|日均|单日|酒店|宾馆|民宿|博物馆|纪念馆|美术馆|图书馆|馆|滑雪场|乐园|剧院|街区|集聚区|会址|旧址|故居|遗址|度假区|古镇|古城(?!区)|公园|外国|海外|港澳台|境外|省外|市外|外地|外埠|外汇|非内地|城镇居民|农村居民|自驾|旅行社|线上|网络|门票|其中/;
// Words that sit inside a label without changing what is counted (旅游累计收入 is 旅游收入).
const FILLER_RE = /累计|共计|总计|合计/g;

export type IndicatorMapper = (prefix: string, suffix: string, unit: string | null) => { code: string | null; scoped: boolean; side: 'prefix' | 'suffix' | null };

/**
 * The indicator a figure's label names, as a function of the label made once per catalog and synonym list (a long
 * text maps thousands of figures: the terms, each indicator's base unit and the headline codes are gathered once).
 */
export function indicatorMapper(catalog: readonly CatalogEntry[], synonyms: readonly Synonym[]): IndicatorMapper {
	const terms: Synonym[] = [...synonyms];
	for (const c of catalog) terms.push({ term: c.nameZh, indicator: c.code, headline: false }, { term: c.nameEn.toLowerCase(), indicator: c.code, headline: false });
	const entries = new Map<string, CatalogEntry>();
	for (const c of catalog) if (!entries.has(c.code)) entries.set(c.code, c);
	const unitOf = new Map<string, string>();
	for (const c of catalog) unitOf.set(c.code, parseUnit(c.unit).base);
	const headlines = new Set(synonyms.filter((s) => s.headline).map((s) => s.indicator));
	// The terms that can name a figure in each unit, in their order (a figure asks only those of its unit, not all).
	const fitting = new Map<string | null, Synonym[]>();
	const termsFor = (unit: string | null): Synonym[] => {
		let list = fitting.get(unit);
		if (!list) {
			// Only a term of an indicator in the figure's unit can name it (国内游客出游总花费: 游客 counts people, not 元).
			list = terms.filter((s) => {
				const u = unit === null ? undefined : unitOf.get(s.indicator);
				return s.term !== '' && (u === undefined || u === unit);
			});
			fitting.set(unit, list);
		}
		return list;
	};
	return (prefix, suffix, unit) => {
		const pick = (text: string, nearEnd: boolean): { s: Synonym; at: number } | null => {
			const t = text.toLowerCase().replace(FILLER_RE, '');
			let best: { s: Synonym; at: number } | null = null;
			for (const s of termsFor(unit)) {
				const at = nearEnd ? t.lastIndexOf(s.term) : t.indexOf(s.term);
				if (at < 0) continue;
				const score = nearEnd ? at + s.term.length : -at;
				const bestScore = best ? (nearEnd ? best.at + best.s.term.length : -best.at) : -Infinity;
				if (!best || score > bestScore || (score === bestScore && s.term.length > best.s.term.length)) best = { s, at };
			}
			return best;
		};
		const before = pick(prefix, true);
		const hit = before ?? pick(suffix, false);
		if (!hit) return { code: null, scoped: false, side: null };
		const side = before ? 'prefix' : 'suffix';
		const entry = entries.get(hit.s.indicator);
		if (!entry) return { code: null, scoped: false, side };
		if (unit !== null && parseUnit(entry.unit).base !== unit) return { code: null, scoped: false, side };
		const headline = hit.s.headline || headlines.has(entry.code);
		if (headline && side === 'prefix' && scopedAround(prefix.toLowerCase().replace(FILLER_RE, ''), hit.at, hit.s.term.length)) return { code: null, scoped: true, side };
		if (headline && side === 'suffix' && SCOPE_RE.test(prefix.replace(FILLER_RE, ''))) return { code: null, scoped: true, side };
		return { code: entry.code, scoped: false, side };
	};
}

const SCOPE_ALL_RE = new RegExp(SCOPE_RE.source, 'g');
/** A scope word anywhere in the label but inside the matched term itself (乡村旅游总收入: 乡村旅游 overlaps 旅游总收入). */
function scopedAround(label: string, at: number, len: number): boolean {
	for (const m of label.matchAll(SCOPE_ALL_RE)) if (!(m.index >= at && m.index + m[0].length <= at + len)) return true;
	return false;
}

/** Reads data/extract-synonyms.csv (`term,indicator,headline`); blank and # lines are skipped. */
export function parseSynonyms(csv: string): Synonym[] {
	const out: Synonym[] = [];
	for (const line of csv.split(/\r?\n/).slice(1)) {
		const t = line.trim();
		if (t === '' || t.startsWith('#')) continue;
		const [term, indicator, headline] = t.split(',').map((x) => x.trim());
		if (term && indicator) out.push({ term: term.toLowerCase(), indicator, headline: headline === '1' || headline === 'yes' });
	}
	return out;
}
