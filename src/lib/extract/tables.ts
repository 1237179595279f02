// Statistics tables turned to text (cells joined by | or tabs, as copied from a web page or a PDF): a number under a
// period column (2019年7月 · 2019年1-7月 · 2015年) is a figure, and the 同比 column right after it is its change.
import { parseNumber, parseUnit } from '../domain/quantity';
import { findPeriods, type PeriodMention } from './periods';
import { ytd } from './calendar';
import { contextPeriod, isHeadingLine, labelUnit, NUMBER, partColumns, rowPeriod, singleSpacedTable, UNIT_IN_LABEL, valueColumn } from './table-columns';

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
	/** A column naming no period (绝对数, 接待游客(万人次)): its period is the one in force above the table. */
	contextual: boolean;
}

const CELL_SPLIT = /\s*[|\t]\s*/;
// 同期对比% · 同期累计对比%: a comparison with the same period last year is a 同比 column.
const CHANGE_HEAD = /同比|增长|增减|增幅|比上年|较上年|同期(?:累计)?(?:对比|比较)/;

function cells(line: string): string[] {
	const c = line.split(CELL_SPLIT).map((x) => x.trim());
	if (c[0] === '') c.shift();
	while (c.length > 1 && c.at(-1) === '') c.pop();
	return c;
}

// 指标  本月  1-本月累计 (cells set apart by two spaces or more, no bars): split as a row with bars is.
const SPACED = /\S(?: {2,}|\u3000+)\S/;
// 其中:入境游客 1.2 3.4 -2.1: a label and two numbers or more set apart by single spaces.
const SPACED_ROW = /^\s*([^\d\s|\t][^|\t]*?)((?:\s+-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?){2,})\s*$/;
function lineCells(raw: string): string[] {
	if (/[|\t]/.test(raw)) return cells(raw);
	const row = SPACED_ROW.exec(raw);
	if (row) return [row[1]!.trim(), ...row[2]!.trim().split(/\s+/)];
	return SPACED.test(raw) ? raw.trim().split(/\s{2,}|\u3000+/) : [];
}
// 本 月 · 外 国 人: spaces a web page put between the characters of a word.
const squeeze = (s: string): string => s.replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, '');
// 注:自2019年10月起… · 备注: · 数据来源: a note under or over a table, never its period.
const NOTE_LINE = /^\s*(?:注|备注|说明|附注|资料来源|数据来源)\s*\d?\s*[:.、]/;
const FIGURE_IN_NOTE = /(?<![\d.])\d+(?:\.\d+)?(?![\d.]*\s*(?:年|月|日|号|[.:、]))/;
// 单位:万人次 · (单位:万元): the unit a caption gives every row of the table under it.
const CAPTION_UNIT = /单位\s*[:]\s*([^\s,;:()|]{1,5})/;
const UNIT_LINE = /^\s*[(]?\s*单位\s*[:]\s*[^\s,;:()|]{1,5}\s*[)]?\s*$/;
// 本月 12.3 · 1-本月累计 35.6 · 同比% 5.2: a cell naming its column before its number.
const INLINE = /^(.*?[^\d\s.,-])\s*(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)$/;

interface Row {
	start: number;
	end: number;
	cells: string[];
	section: boolean;
	note: boolean;
}

/**
 * A table copied one cell a line (指 标 | · 本 月 | · … · 一、接待人数(人次) | · 6000714 | · …): the head is the cells before the
 * first row's label, a row is a label and the numbers after it; put back into rows of the same width.
 */
function regroup(run: Row[]): Row[] | null {
	const isNum = (c: string): boolean => NUMBER.test(c);
	const first = run.findIndex((r) => isNum(r.cells[0] ?? ''));
	if (first < 2) return null;
	let width = 1;
	while (first + width - 1 < run.length && isNum(run[first + width - 1]!.cells[0] ?? '')) width++;
	if (width < 3) return null;
	const head = run.slice(0, first - 1);
	if (head.length !== width && head.length !== width - 1) return null;
	const out: Row[] = [{ start: head[0]!.start, end: head.at(-1)!.end, cells: [...(head.length === width - 1 ? [''] : []), ...head.map((r) => r.cells[0]!)], section: false, note: false }];
	for (let k = first - 1; k + width <= run.length; k += width) {
		const part = run.slice(k, k + width);
		if (isNum(part[0]!.cells[0]!) || !part.slice(1).every((r) => isNum(r.cells[0]!))) break;
		out.push({ start: part[0]!.start, end: part.at(-1)!.end, cells: part.map((r) => r.cells[0]!), section: false, note: false });
	}
	return out.length > 1 ? out : null;
}

/**
 * 本月 and 本月止累计 (1-本月累计, 1-本月, 本月累计) as column heads, given the month the text names above the table; 本期 and
 * 累计 alone (指标 | 单位 | 本期 | 累计) are the same month and January to it.
 */
function thisMonth(head: string, monthOf: () => string | null | undefined): { key: string } | undefined {
	if (!/^(?:1-)?本[月期]|^累计数?$/.test(head)) return undefined;
	const month = monthOf(); // read only for such a head: it reads the periods above the table
	if (!month) return undefined;
	// 1-本月 with no 累计 is as much a running total: the range starts in January.
	if (!/累计|^1-/.test(head) || month.endsWith('-01')) return { key: month };
	// 1-本月累计 in a March table is the first quarter, in June the half year.
	const key = ytd(+month.slice(0, 4), +month.slice(5, 7));
	return key ? { key } : undefined;
}

/**
 * The period column a change column belongs to: the one right before it, unless several years (or months) stand
 * before it since the last change column (指标 | 2011年 | 2010年 | 增长%) — then the growth is the latest one's over
 * the earlier, whatever the column order.
 */
function changedColumn(cols: number[], periodCol: Map<number, string>): number {
	if (cols.length === 0) return -1;
	const keys = cols.map((k) => periodCol.get(k)!);
	if (cols.length > 1 && keys.every((key) => /^\d{4}(?:-\d{2})?$/.test(key) && key.length === keys[0]!.length)) {
		let best = 0;
		keys.forEach((key, n) => {
			if (key > keys[best]!) best = n;
		});
		return cols[best]!;
	}
	return cols.at(-1)!;
}

/** Tables in folded text: their figures, and the spans of their lines (which the sentence reader then skips). */
export function findTables(text: string, date: string): { figures: TableFigure[]; spans: [number, number][] } {
	const figures: TableFigure[] = [];
	const spans: [number, number][] = [];
	if (!/[|\t]|\S(?: {2,}|\u3000+)\S|\d \S/.test(text)) return { figures, spans };
	const raw: Row[] = [];
	let at = 0;
	for (const line of text.split('\n')) {
		const c = lineCells(line);
		// 图书流通情况 | | : a section row, a label over the rows under it with its cells left empty.
		const section = c.length >= 1 && c[0] !== '' && c.slice(1).every((x) => x === '') && (line.match(/[|\t]/g) ?? []).length >= 2;
		raw.push({ start: at, end: at + line.length, cells: c, section, note: NOTE_LINE.test(line) });
		at += line.length + 1;
	}
	// 由…指导的单位 between rows of a table: a section row without bars.
	raw.forEach((r, k) => {
		if (r.cells.length === 0 && k > 0 && k + 1 < raw.length && isHeadingLine(text.slice(r.start, r.end), raw[k - 1]!.cells.length, raw[k + 1]!.cells.length)) {
			r.cells = [text.slice(r.start, r.end).trim()];
			r.section = true;
		}
	});
	// 指标 本月 1-本月累计 同比% over rows set apart by single spaces: a head of as many words as the row under it has cells.
	raw.forEach((r, k) => {
		const next = raw[k + 1];
		const words = text.slice(r.start, r.end).trim().split(/\s+/);
		if (r.cells.length === 0 && next && SPACED_ROW.test(text.slice(next.start, next.end)) && (words.length === next.cells.length || words.length === next.cells.length - 1)) r.cells = words;
	});
	// (Only lines naming a unit in brackets are tried as heads, each over the next 200 lines at most: linear in the text.)
	for (let k = 0; k < raw.length; k++) {
		if (raw[k]!.cells.length !== 0 || !UNIT_IN_LABEL.test(text.slice(raw[k]!.start, raw[k]!.end))) continue;
		const spaced = singleSpacedTable(raw.slice(k, k + 200).map((r) => text.slice(r.start, r.end)), 0);
		if (spaced) spaced.forEach((c, n) => (raw[k + n]!.cells = c));
		if (spaced) k += spaced.length - 1;
	}
	// Runs of one cell a line, each ending in a bar, are put back into rows.
	const lines: Row[] = [];
	for (let i = 0; i < raw.length; ) {
		let j = i;
		while (j < raw.length && raw[j]!.cells.length === 1 && /\|\s*$/.test(text.slice(raw[j]!.start, raw[j]!.end))) j++;
		const rows = j - i >= 6 ? regroup(raw.slice(i, j)) : null;
		if (rows) lines.push(...rows);
		else lines.push(...raw.slice(i, Math.max(j, i + 1)));
		i = Math.max(j, i + 1);
	}
	let prior: { head: string[]; width: number; end: number } | null = null;
	// The periods named above a table are read once over the whole text, and each table takes those that end above it
	// (reading the text above every table again made a long text quadratic); for 本月 heads, none inside a note line
	// (注:自2019年10月起…).
	const notes = lines.filter((l) => l.note);
	let inText: PeriodMention[] | null = null;
	const before = new Map<number, PeriodMention[]>();
	const periodsBefore = (at: number): PeriodMention[] => before.get(at) ?? before.set(at, (inText ??= findPeriods(text, date)).filter((m) => m.end <= at)).get(at)!;
	const above = new Map<number, PeriodMention[]>();
	const periodsAbove = (at: number): PeriodMention[] =>
		above.get(at) ?? above.set(at, periodsBefore(at).filter((m) => !notes.some((l) => m.start >= l.start && m.end <= l.end))).get(at)!;
	/** The last three lines of text above `at`, notes left out (where a caption names the unit: 单位:万人次). */
	const captionLines = (at: number): string => {
		const kept: string[] = [];
		for (let k = lines.length - 1, parts = 0; k >= 0 && parts < 3; k--) {
			const l = lines[k]!;
			if (l.end > at || l.note) continue;
			const line = text.slice(l.start, l.end);
			kept.unshift(line);
			parts += line.split('\n').length;
		}
		return kept.join('\n').split('\n').slice(-3).join('\n');
	};
	for (let i = 0; i < lines.length; ) {
		if (lines[i]!.cells.length < 3) {
			i++;
			continue;
		}
		let j = i;
		while (j < lines.length && (lines[j]!.cells.length >= 3 || lines[j]!.section)) j++;
		let block = lines.slice(i, j);
		const first = i;
		i = j;
		// 本月 12.3 | 1-本月累计 35.6: each cell names its column; the first row's names are the head.
		const inline = block[0]!.cells.slice(1).map((c) => INLINE.exec(c));
		if (inline.every((m) => m && !NUMBER.test(m[1]!.trim()))) {
			block = [{ ...block[0]!, cells: ['', ...inline.map((m) => m![1]!.trim())] }, ...block.map((r) => ({ ...r, cells: r.cells.map((c, k) => (k > 0 ? INLINE.exec(c)?.[2] ?? c : c)) }))];
		}
		let head = block[0]!.cells.map(squeeze);
		let width = Math.max(...block.slice(1).map((r) => r.cells.length));
		// 本 月 | 比上年同月 | … with no cell over the labels: the head starts one column to the right.
		if (head.length === width - 1 && !NUMBER.test(head[0]!) && head[0] !== '' && (thisMonth(head[0]!, () => 'x') || findPeriods(head[0]!, date).some((m) => m.key))) head = ['', ...head];
		// Rows after a note or a blank line inside a table (two lines at most) keep the head above them.
		if (prior && first - prior.end <= 3 && prior.width === Math.max(...block.map((r) => r.cells.length)) && !block[0]!.cells.slice(1).every((c) => /^(?:19|20)\d{2}$/.test(c)) && block.every((r) => r.cells.slice(1).every((c) => c === '' || NUMBER.test(c)))) {
			head = prior.head;
			width = prior.width;
			block = [{ ...block[0]!, end: block[0]!.start, cells: [] }, ...block];
		}
		// 本月 / 本月止累计 columns are the month the title (or a line above the table) names, and January to it.
		const month = () => periodsAbove(block[0]!.start).filter((m) => m.key && /^\d{4}-\d{2}$/.test(m.key)).at(-1)?.key;
		// 单位:万人次 above the table, or (万人次) in the head over the labels: every row's unit unless it states its own.
		const captionUnit = [CAPTION_UNIT.exec(captionLines(block[0]!.start))?.[1], UNIT_IN_LABEL.exec(head[0]!)?.[1]].find((u) => u && parseUnit(u).base !== '');
		// Each column: a period (its values are figures), a change (of the period column on its left), or a unit.
		const periodCol = new Map<number, string>();
		const contextCols = new Set<number>();
		const changeOf = new Map<number, number>();
		const colUnit = new Map<number, string>();
		/** Columns whose period is their row's (rows of years), with the name of what they count. */
		const rowCols = new Map<number, string>();
		let unitCol = -1;
		let pending: number[] = [];
		// 年份 | 接待游客(万人次) | …: rows headed by years or months are periods of their own, read by no column.
		const rowsArePeriods = block.slice(1).some((r) => rowPeriod(r.cells[0] ?? '', date) !== null);
		head.forEach((full, k) => {
			if (k === 0) return;
			// 本月(万美元): a unit in the head of a period column is the unit of its cells.
			const u = UNIT_IN_LABEL.exec(full)?.[1];
			const h = u && parseUnit(u).base !== '' ? full.replace(UNIT_IN_LABEL, '') : full;
			if (CHANGE_HEAD.test(h)) {
				const of = changedColumn(pending, periodCol);
				if (of >= 0) changeOf.set(of, k);
				pending = [];
				return;
			}
			if (/^单位$/.test(h)) {
				unitCol = k;
				return;
			}
			// 绝对数(万人次) · 数值: a column of values naming no period is of the period named above the table.
			const value = valueColumn(h);
			if (value !== null) {
				periodCol.set(k, contextPeriod(periodsBefore(block[0]!.start), date));
				contextCols.add(k);
				const cu = value || (h !== full ? u! : '');
				if (cu) colUnit.set(k, cu);
				pending.push(k);
				return;
			}
			// A yearbook heads its columns with bare years (2020 | 2021).
			const p = /^(?:19|20)\d{2}$/.test(h) ? { key: h } : thisMonth(h, month) ?? findPeriods(h, date).find((m) => m.key !== null);
			if (p?.key) {
				periodCol.set(k, p.key);
				if (h !== full) colUnit.set(k, u!);
				pending.push(k);
				return;
			}
			// 名次 | 省区市 | 接待游客总人数(万人次) | 同比增长 | 旅游总收入(亿元) | 同比增长 over rows of places: a measure with its
			// unit in the head is a column of values (in that unit and scale) of the period in force above the table.
			if (h !== full) {
				// 年份 | 接待读者(万人次) | … over rows of years: the column holds each row's value, of that row's year.
				if (rowsArePeriods) rowCols.set(k, squeeze(h.trim()));
				else contextCols.add(k);
				periodCol.set(k, rowsArePeriods ? '' : contextPeriod(periodsBefore(block[0]!.start), date));
				colUnit.set(k, u!);
				pending.push(k);
			}
		});
		// 项目 | 总计 | 群众艺术馆、文化馆 | 文化站 over rows naming their units: each column of the period above the table.
		if (periodCol.size === 0 && changeOf.size === 0 && unitCol < 0 && !rowsArePeriods) {
			for (const k of partColumns(head, block.slice(1).filter((r) => !r.section).map((r) => r.cells), (h) => CHANGE_HEAD.test(h))) {
				periodCol.set(k, contextPeriod(periodsBefore(block[0]!.start), date));
				contextCols.add(k);
			}
		}
		if (periodCol.size === 0) {
			// 排名 | 城市 | 接待游客 | 增幅 with no unit over the counts: the % cells under the change head are changes of
			// numbers of no known unit, never figures of their own; the sentence reader skips the rows.
			if (changeOf.size === 0 && head.slice(1).some((h) => CHANGE_HEAD.test(h)) && block.length > 1) spans.push([block[1]!.start, block.at(-1)!.end]);
			continue;
		}
		prior = { head, width, end: j };
		let unitText = captionUnit ?? '';
		const found: TableFigure[] = [];
		// 名次 | 省区市 | …: in a ranking the rank opens the row and the name after it is what the row counts.
		const ranked = /^(?:名次|排名|排序|位次|序号)$/.test(head[0] ?? '');
		for (const row of block.slice(1)) {
			const label = (ranked && NUMBER.test(row.cells[0] ?? '') ? row.cells[1] : row.cells[0]) ?? '';
			const stated = unitCol >= 0 ? row.cells[unitCol] : labelUnit(label);
			// A row without a unit (门票收入 under 收入合计(万元)) is in the unit of the rows above it.
			// 天/人 (days per head, an average stay) counts in 天.
			// 万册、件 (books and other items): counted in the first unit named.
			const own = stated !== undefined && parseUnit(stated).base !== '';
			if (own) unitText = stated.replace(/^(.+)\/人$/, '$1').replace(/、.*$/, '');
			const rowKey = rowCols.size ? rowPeriod(label, date) : null;
			for (const [k, colPeriod] of periodCol) {
				const cell = row.cells[k] ?? '';
				const period = rowCols.has(k) ? rowKey : colPeriod;
				if (!NUMBER.test(cell) || !period) continue;
				const n = parseNumber(cell + (own ? unitText : colUnit.get(k) ?? unitText));
				if (!n.ok) continue;
				const change = changeOf.has(k) ? row.cells[changeOf.get(k)!] ?? '' : '';
				found.push({
					start: row.start,
					end: row.end,
					label: rowCols.get(k) ?? squeeze(label.replace(UNIT_IN_LABEL, '').replace(/^(?:其中[:]?|#)/, '').trim()),
					value: n.value.value,
					unit: n.value.unit === null ? null : parseUnit(n.value.unit).base || null,
					period,
					yoy: NUMBER.test(change.replace(/%$/, '')) ? Number(change.replace(/,|%$/g, '')) : null,
					// #公用支出: a yearbook marks a part of the row above with #, as 其中 does.
					part: /^(?:其中|#)/.test(label),
					contextual: contextCols.has(k)
				});
			}
		}
		if (found.length === 0) continue;
		figures.push(...found);
		// A note right under the table (注:自2019年10月起…) is the table's: the sentence reader takes no period from it; one
		// that states figures (注:本月接待…5145人次, a number that is no date) is read as any other line is.
		let end = block.at(-1)!.end;
		for (let k = i; k < lines.length && lines[k]!.note && !FIGURE_IN_NOTE.test(text.slice(lines[k]!.start, lines[k]!.end)); k++) end = lines[k]!.end;
		// …and so is a caption line that is only its unit (单位:万人次), which is no figure.
		let begin = block.find((r) => r.end > r.start)!.start;
		const captionLine = lines.filter((l) => l.end < begin).slice(-3).find((l) => UNIT_LINE.test(text.slice(l.start, l.end)));
		if (captionLine) begin = captionLine.start;
		spans.push([begin, end]);
	}
	return { figures, spans };
}

/**
 * The figures of columns naming no period take the period the text has in force where their table starts (2012年元旦小长假
 * in the title: the holiday's dated span, which only the context reader knows).
 */
export function tablesInContext(figures: TableFigure[], periods: PeriodMention[]): void {
	for (const f of figures) {
		if (!f.contextual) continue;
		const key = periods.filter((p) => p.start < f.start && p.key !== null && !p.day).at(-1)?.key;
		if (key) f.period = key;
	}
}
