// What the columns and rows of a table turned to text hold: a value column naming no period, a row naming its year or its
// unit, and yearbook tables whose columns are the whole and its parts (项目 | 总计 | 群众艺术馆、文化馆 | 文化站).
import { parseUnit } from '../domain/quantity';
import { findPeriods, type PeriodMention } from './periods';

export const NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
export const UNIT_IN_LABEL = /[(]([^()\d]{1,5})[)]/;
// — · – · … · -: a cell of no value.
const NO_VALUE = /^(?:[—–…-]+|)$/;

/**
 * The columns of a table that are the parts of a whole: every head over the values names neither a period nor a unit
 * (the caller has found none), no column is a change, each cell is a number or no value, and most rows with numbers name
 * their own unit — so the unit comes from the row and the period from above the table. Empty when the table is not
 * such (排名 | 城市 | 接待游客 | 增幅: ranks and places with no units are not parts of anything counted).
 */
export function partColumns(head: string[], rows: string[][], isChange: (head: string) => boolean): number[] {
	const cols = head.map((_, k) => k).slice(1);
	if (cols.length < 2 || cols.some((k) => head[k] === '' || NUMBER.test(head[k]!) || isChange(head[k]!))) return [];
	const counted = rows.filter((r) => r.slice(1).some((c) => NUMBER.test(c)));
	if (counted.length < 2 || counted.some((r) => r.slice(1).some((c) => !NUMBER.test(c) && !NO_VALUE.test(c)))) return [];
	const own = counted.filter((r) => statesUnit(r[0] ?? '')).length;
	// The first row names its unit (a row without one takes the unit of the row above it: #公用支出 under 总支出(万元)).
	return statesUnit(counted[0]![0] ?? '') && own * 2 >= counted.length ? cols : [];
}

/**
 * 由群众艺术馆、文化馆(站)指导的单位 between two rows of a table: a line of words alone (no number, no sentence
 * punctuation) between rows of the same width heads the rows under it; it is kept inside the table, not read as prose.
 */
export function isHeadingLine(line: string, above: number, below: number): boolean {
	return above >= 3 && above === below && line.trim().length > 0 && line.trim().length <= 30 && !/[\d。,;:!?,;:]/.test(line);
}

// A column head of values that names no period (绝对数 · 数值 · 总量), its unit in brackets or not.
const VALUE_HEAD_RE = /^(?:绝对数|绝对值|绝对量|数值|数量|总量|总数|本期数|完成数|完成值|实绩)(?:\(([^()\d]{1,5})\))?$/;
/** The unit a value column's head gives its cells ('' for none), or null when the head is no value column. */
export function valueColumn(head: string): string | null {
	const m = VALUE_HEAD_RE.exec(head);
	if (!m) return null;
	return m[1] && parseUnit(m[1]).base !== '' ? m[1] : '';
}
// (一)过夜游客(万人次) · 国际旅游(外汇)收入(万美元): of the brackets in a row label, the last one that holds a unit is
// the unit (an ordinal or a qualifier in brackets is part of the name).
export function labelUnit(label: string): string | undefined {
	const units = [...label.matchAll(new RegExp(UNIT_IN_LABEL.source, 'g'))].map((m) => m[1]!).filter((u) => parseUnit(u).base !== '');
	return units.at(-1) ?? UNIT_IN_LABEL.exec(label)?.[1];
}
const statesUnit = (label: string): boolean => parseUnit(labelUnit(label) ?? '').base !== '';
/** The period a row names in its first cell (1951 · 2019年 · 3月), if any. */
export function rowPeriod(label: string, date: string): string | null {
	if (/^(?:19|20)\d{2}$/.test(label)) return label;
	return findPeriods(label, date).find((m) => m.key !== null)?.key ?? null;
}
/** The period named last above a table (its title), else the report's year. */
export function contextPeriod(above: PeriodMention[], date: string): string {
	return above.filter((p) => p.key !== null && !p.day).at(-1)?.key ?? date.slice(0, 4);
}

// 名次 省区市 旅游总收入(亿元) 同比增长 接待游客总数(万人次) 同比增长 \n 1 山东 72.3 / 985.5 / (fixture 735): a head of words,
// one naming its unit in brackets, over rows of as many single-spaced cells (a rank, a name, numbers, / for none).
const SPACED_CELL = /^(?:-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?|[/—-]|[\u4e00-\u9fff]{1,8})$/;

/** The cells of a single-spaced head (k) and of the rows under it, or null when the lines are no such table. */
export function singleSpacedTable(lines: readonly string[], k: number): string[][] | null {
	const head = lines[k]!.trim().split(/\s+/);
	if (head.length < 4 || /[。,;:!?]/.test(lines[k]!) || !head.some((w) => UNIT_IN_LABEL.test(w))) return null;
	const out = [head];
	for (let j = k + 1; j < lines.length; j++) {
		const row = lines[j]!.trim().split(/\s+/);
		if (row.length !== head.length || !row.every((c) => SPACED_CELL.test(c)) || row.filter((c) => NUMBER.test(c)).length < 2) break;
		out.push(row);
	}
	return out.length > 1 ? out : null;
}
