// 刚刚过去的中秋假日,汉中市共接待游客88万人次…\n…19日至21日,汉中共接待游客88万人次: a lead's figure restated in a
// later paragraph of the body is one figure, not two; it keeps the more exact period (the days over the holiday's name)
// and any change either statement gives. A figure said again with only the year (他说,8.5亿元收入主要由…) is the holiday's.
import type { Candidate } from './index';
import { foldForReading } from './fold';

const HOLIDAY_KEY_RE = /^\d{4}-[a-z-]+$/;
const SPAN_RE = /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/;

/** The two periods name the same time: equal, or a holiday's name and a span of days in its year, or the bare year. */
function samePeriod(a: string | null, b: string | null): boolean {
	if (a === b) return true;
	if (a === null || b === null) return false;
	const [h, s] = HOLIDAY_KEY_RE.test(a) ? [a, b] : [b, a];
	if (HOLIDAY_KEY_RE.test(h)) return (SPAN_RE.test(s) && (s.slice(0, 4) === h.slice(0, 4) || s.slice(11, 15) === h.slice(0, 4))) || s === h.slice(0, 4);
	// 各地共摘牌A级旅游景区44家 (the year, as no time is named) … 2015年1月至春节期间,…共有44家: the bare year and a time
	// inside it (a span of days, a month, a quarter, a half, January to a month).
	const [y, d] = YEAR_RE.test(a) ? [a, b] : [b, a];
	return YEAR_RE.test(y) && ((SPAN_RE.test(d) && d.slice(11, 15) === y) || PART_OF_YEAR_RE.test(d)) && d.slice(0, 4) === y;
}
const YEAR_RE = /^\d{4}$/;
const PART_OF_YEAR_RE = /^\d{4}-(?:\d{2}|Q[1-4]|H[12]|YTD\d{1,2})$/;

/** How exactly a period names the time: a span of days over a holiday's name (or a part of the year) over its bare year (三天清明小长假…8.5亿元 · 他说,8.5亿元收入…). */
const exactness = (p: string | null): number => (p === null ? 0 : SPAN_RE.test(p) ? 3 : HOLIDAY_KEY_RE.test(p) || PART_OF_YEAR_RE.test(p) ? 2 : 1);

/** A level distinctive enough that the same number twice is the same figure: an amount, or a count of 1000 or more. */
function distinctive(c: Candidate): boolean {
	return c.unit === '人次' || c.unit === '元' || c.unit === '美元' || c.value >= 1000;
}

/**
 * Who and what the figure counts, as its quote names them up to the label (汉中市共接待游客 → 汉中接待游客): the run of
 * words before the value, without 共/累计/全部/全县 and without the 市/县/区/省 a second mention often drops.
 */
function named(c: Candidate): string {
	// The label is read from the folded text (simplified, half-width): the quote is folded to find it (觀眾人數 · 观众人数).
	const quote = foldForReading(c.quote);
	const at = c.label ? quote.lastIndexOf(c.label) : -1;
	// 140.5万人次这个数字: words after the value (a suffix label) name no subject.
	if (at < 0 || !/^[^\d,;。]{0,4}\d/.test(quote.slice(at + c.label.length))) return '';
	const run = /[\p{L}\p{N}]*$/u.exec(quote.slice(0, at))![0] + c.label;
	// 全县 in the lead is the county the body names (华宁县): the whole place names no other subject. 旅游收入 · 旅游总收入
	// name one measure.
	// 山东省以72.3亿元位居…第一 … 1 山东 72.3 (a ranking's row): 以 (with) joins the subject to its figure, and the place's
	// 省 is dropped at the end of the name as inside it.
	return run.replace(/以$/, '').replace(WHEN_RE, '').replace(/共|累计|合计|总计|全部|一共|全[省市县区州国]|总(?=收入|人次|人数)/g, '').replace(/[省市县区](?=\p{L})/gu, '').replace(/(?<=\p{L}{2})[省市县区]$/u, '');
}
// 三天共接待游客214.7万人次 … 小长假期间全市接待游客214.7万人次 · 今年接待观众已突破1700万人次 … 今年又首次突破1700万: the
// time a mention names (the days, the holiday, this year) and its adverbs (又, 已, 首次) say when, not who (fixtures 684, 687).
const WHEN_RE = /今年|本年|当年|全年|年度|[两二三四五六七八九十\d]+天(?:里|内|来)?|(?:小长假|长假|黄金周|假期|假日|节日|节假日)?期间|小长假|黄金周|假期|又|已经|已|首次|首度/g;

const states = (c: Candidate): boolean => c.yoy_reported !== null || c.yoy_points !== null || c.change !== null;

const sameFigure = (x: Candidate, b: Candidate): boolean => x.value === b.value && x.unit === b.unit && x.role === b.role && x.qualifier === b.qualifier && samePeriod(x.period, b.period);

/** What sameFigure compares besides the period: figures of another key are never the same figure. */
const keyOf = (c: Candidate): string => `${c.value}|${c.unit}|${c.role}|${c.qualifier}`;

/** Each key's entries in the order given (a text of many figures is read in time linear in them, not quadratic). */
function byKey<T>(candidates: Candidate[], entry: (c: Candidate, i: number) => T): Map<string, T[]> {
	const out = new Map<string, T[]>();
	candidates.forEach((c, i) => {
		const k = keyOf(c);
		const list = out.get(k);
		if (list) list.push(entry(c, i));
		else out.set(k, [entry(c, i)]);
	});
	return out;
}

/**
 * 在专项整治中,各地共摘牌A级旅游景区44家,吊销12家旅行社的经营许可证。\n…共有44家A级旅游景区被摘牌,…;12家旅行社被吊销…:
 * small counts are no proof alone, but a paragraph whose every figure (two or more) comes again, in order, in one later
 * paragraph restates it (fixture 685).
 */
function restatedParagraphs(candidates: Candidate[]): Set<Candidate> {
	const out = new Set<Candidate>();
	const ofLine = new Map<number, Candidate[]>();
	for (const c of candidates) ofLine.get(c.line)?.push(c) ?? ofLine.set(c.line, [c]);
	// A later paragraph that restates this one names its first figure: only the lines that do are tried.
	const linesOf = byKey(candidates, (c) => c.line);
	for (const [line, own] of ofLine) {
		if (own.length < 2) continue;
		const again = [...new Set(linesOf.get(keyOf(own[0]!)))].some((later) => {
			if (later <= line) return false;
			let k = 0;
			for (const c of ofLine.get(later)!) if (k < own.length && sameFigure(own[k]!, c)) k++;
			return k === own.length;
		});
		if (again) own.forEach((c) => out.add(c));
	}
	return out;
}

/** Drops each figure that restates one of an earlier paragraph, merging what the two say into the one kept. */
export function mergeRestated(candidates: Candidate[]): Candidate[] {
	const dropped = new Set<Candidate>();
	const leads = restatedParagraphs(candidates);
	const earlier = byKey(candidates, (_c, i) => i);
	// The same subject, one mention only adding words before it (国庆假期全市 · 全市): A景区 and B景区, 甲县 and 乙县 are not
	// one figure told twice. Each figure's subject is read once.
	const names = new Map<Candidate, string>();
	const nameOf = (c: Candidate) => names.get(c) ?? names.set(c, named(c)).get(c)!;
	const sameSubject = (a: Candidate, b: Candidate) => {
		const [x, y] = [nameOf(a), nameOf(b)];
		return x.endsWith(y) || y.endsWith(x);
	};
	candidates.forEach((b, j) => {
		let a: Candidate | undefined;
		for (const i of earlier.get(keyOf(b))!) {
			if (i >= j) break;
			const x = candidates[i]!;
			if (!dropped.has(x) && x.line < b.line && sameFigure(x, b) && (distinctive(x) || leads.has(x)) && sameSubject(x, b)) {
				a = x;
				break;
			}
		}
		// 均比去年同期增长60%以上 … 比去年同期增长63.81%: two statements with changes of their own are two rows (fixture 136).
		if (!a || (a.yoy_reported !== null && b.yoy_reported !== null && a.yoy_reported !== b.yoy_reported) || (a.change !== null && b.change !== null)) return;
		// The more exact period wins; at equal ones, the later mention when only it states a change (三天共接待游客214.7万人次 …
		// 全市接待游客214.7万人次,同比增长21.5%).
		const later = exactness(b.period) > exactness(a.period) || (exactness(b.period) === exactness(a.period) && states(b) && !states(a));
		const [keep, drop] = later ? [b, a] : [a, b];
		keep.yoy_reported ??= drop.yoy_reported;
		keep.yoy_points ??= drop.yoy_points;
		keep.change ??= drop.change;
		keep.indicator ??= drop.indicator;
		dropped.add(drop);
	});
	return dropped.size ? candidates.filter((c) => !dropped.has(c)) : candidates;
}
