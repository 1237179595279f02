// Statistics tables turned to text (cells joined by | or tabs, as copied from a web page or a PDF): a number under a
// period column (2019年7月 · 2019年1-7月 · 2015年) is a figure, and the 同比 column right after it is its change.
import { parseNumber, parseUnit } from '../domain/quantity';
import { findPeriods } from './periods';

export interface TableFigure {
	start: number;
	end: number;
	label: string;
	value: number;
	unit: string | null;
	period: string;
	yoy: number | null;
	/** 其中: a row that is a part of the row above. */
	part: boolean;
}

const CELL_SPLIT = /\s*[|\t]\s*/;
const CHANGE_HEAD = /同比|增长|增减|增幅|比上年|较上年/;
const NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const UNIT_IN_LABEL = /[(]([^()\d]{1,5})[)]/;

function cells(line: string): string[] {
	const c = line.split(CELL_SPLIT).map((x) => x.trim());
	if (c[0] === '') c.shift();
	if (c.at(-1) === '') c.pop();
	return c;
}

/**
 * 本月 and 本月止累计 (1-本月累计, 本月累计) as column heads, given the month the text names above the table; 本期 and
 * 累计 alone (指标 | 单位 | 本期 | 累计) are the same month and January to it.
 */
function thisMonth(head: string, month: string | null | undefined): { key: string } | undefined {
	if (!month || !/^(?:1-)?本[月期]|^累计数?$/.test(head)) return undefined;
	if (!/累计/.test(head) || month.endsWith('-01')) return { key: month };
	return { key: `${month.slice(0, 4)}-YTD${month.slice(5)}` };
}

/** Tables in folded text: their figures, and the spans of their lines (which the sentence reader then skips). */
export function findTables(text: string, date: string): { figures: TableFigure[]; spans: [number, number][] } {
	const figures: TableFigure[] = [];
	const spans: [number, number][] = [];
	if (!/[|\t]/.test(text)) return { figures, spans };
	const lines: { start: number; end: number; cells: string[]; section: boolean }[] = [];
	let at = 0;
	for (const raw of text.split('\n')) {
		const c = /[|\t]/.test(raw) ? cells(raw) : [];
		// 图书流通情况 | | : a section row, a label over the rows under it with its cells left empty.
		const section = c.length >= 1 && c[0] !== '' && c.slice(1).every((x) => x === '') && (raw.match(/[|\t]/g) ?? []).length >= 2;
		lines.push({ start: at, end: at + raw.length, cells: c, section });
		at += raw.length + 1;
	}
	for (let i = 0; i < lines.length; ) {
		if (lines[i]!.cells.length < 3) {
			i++;
			continue;
		}
		let j = i;
		while (j < lines.length && (lines[j]!.cells.length >= 3 || lines[j]!.section)) j++;
		const block = lines.slice(i, j);
		i = j;
		const head = block[0]!.cells;
		// 本月 / 本月止累计 columns are the month the title (or a line above the table) names, and January to it.
		const month = findPeriods(text.slice(0, block[0]!.start), date).filter((m) => m.key && /^\d{4}-\d{2}$/.test(m.key)).at(-1)?.key;
		// Each column: a period (its values are figures), a change (of the period column on its left), or a unit.
		const periodCol = new Map<number, string>();
		const changeOf = new Map<number, number>();
		const colUnit = new Map<number, string>();
		let unitCol = -1;
		let lastPeriod = -1;
		head.forEach((h, k) => {
			if (k === 0) return;
			if (CHANGE_HEAD.test(h)) {
				if (lastPeriod >= 0) changeOf.set(lastPeriod, k);
				return;
			}
			if (/^单位$/.test(h)) {
				unitCol = k;
				return;
			}
			// 绝对数(万人次) · 数值: a column of values naming no period is of the period named above the table.
			const value = valueColumn(h);
			if (value !== null) {
				periodCol.set(k, contextPeriod(text.slice(0, block[0]!.start), date));
				if (value) colUnit.set(k, value);
				lastPeriod = k;
				return;
			}
			// A yearbook heads its columns with bare years (2020 | 2021).
			const p = /^(?:19|20)\d{2}$/.test(h) ? { key: h } : thisMonth(h, month) ?? findPeriods(h, date).find((m) => m.key !== null);
			if (p?.key) {
				periodCol.set(k, p.key);
				lastPeriod = k;
			}
		});
		if (periodCol.size === 0) continue;
		let unitText = '';
		const found: TableFigure[] = [];
		for (const row of block.slice(1)) {
			const label = row.cells[0] ?? '';
			const stated = unitCol >= 0 ? row.cells[unitCol] : UNIT_IN_LABEL.exec(label)?.[1];
			// A row without a unit (门票收入 under 收入合计(万元)) is in the unit of the rows above it.
			// 天/人 (days per head, an average stay) counts in 天.
			// 万册、件 (books and other items): counted in the first unit named.
			if (stated && parseUnit(stated).base !== '') unitText = stated.replace(/^(.+)\/人$/, '$1').replace(/、.*$/, '');
			for (const [k, period] of periodCol) {
				const cell = row.cells[k] ?? '';
				if (!NUMBER.test(cell)) continue;
				const n = parseNumber(cell + (stated ? unitText : colUnit.get(k) ?? unitText));
				if (!n.ok) continue;
				const change = changeOf.has(k) ? row.cells[changeOf.get(k)!] ?? '' : '';
				found.push({
					start: row.start,
					end: row.end,
					label: label.replace(UNIT_IN_LABEL, '').replace(/^其中[:]?/, '').trim(),
					value: n.value.value,
					unit: n.value.unit === null ? null : parseUnit(n.value.unit).base || null,
					period,
					yoy: NUMBER.test(change) ? Number(change.replace(/,/g, '')) : null,
					part: /^其中/.test(label)
				});
			}
		}
		if (found.length === 0) continue;
		figures.push(...found);
		spans.push([block[0]!.start, block.at(-1)!.end]);
	}
	return { figures, spans };
}

// A column head of values that names no period (绝对数 · 数值 · 总量), its unit in brackets or not.
const VALUE_HEAD_RE = /^(?:绝对数|绝对值|绝对量|数值|数量|总量|总数|本期数|完成数|完成值|实绩)(?:\(([^()\d]{1,5})\))?$/;
/** The unit a value column's head gives its cells ('' for none), or null when the head is no value column. */
function valueColumn(head: string): string | null {
	const m = VALUE_HEAD_RE.exec(head);
	if (!m) return null;
	return m[1] && parseUnit(m[1]).base !== '' ? m[1] : '';
}
/** The period named last above a table (its title), else the report's year. */
function contextPeriod(above: string, date: string): string {
	return findPeriods(above, date).filter((p) => p.key !== null && !p.day).at(-1)?.key ?? date.slice(0, 4);
}
