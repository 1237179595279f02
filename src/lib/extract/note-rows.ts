// A list written out line by line under a note that gives its units (各省数据如下(旅游总收入单位为亿元,接待游客总数单位为
// 万人次): then 广东:52.6,1069.6;): each row's bare numbers are figures in the units the note names, matched by the
// cell's label when it has one (旅游总收入80.83), else by the cell's place in the row.
import { parseNumber, parseUnit } from '../domain/quantity';
import type { RawFigure } from './figures';
import { AR, SCALE_CHARS, UNITS } from './figures';

// 收入单位为亿元 · 游客单位均为万人次 · 单位:万元: a label (maybe none) and the unit the note gives it.
const NOTE_PART_RE = new RegExp(`^([\\u4e00-\\u9fff]{0,10}?)单位(?:均|统一)?(?:为|是|:)\\s*((?:${SCALE_CHARS})?(?:${UNITS}))$`);
// 第2名 广东:… · 3. 四川:… · 广东:…: a row names its place (after a rank or a number) before a colon.
const ROW_RE = /^\s*(?:第\d+名|\d+[.、)]|[(]\d+[)])?\s*[\u4e00-\u9fff]{1,10}\s*:\s*(.+?)\s*[;。]?\s*$/;
// 旅游总收入80.83 · 约0.724(景区) · 52.6: a cell's label, qualifier and a number with no unit of its own (a bracket after
// it says whose figure it is).
const CELL_RE = new RegExp(`^([\\u4e00-\\u9fff]*?)(约)?(${AR})(?:\\([^()]*\\))?$`);

interface NoteUnit {
	label: string;
	unit: string;
}

/** The units a note line gives (each with the label it names), or none when the line is no note of units. */
function noteUnits(line: string): NoteUnit[] {
	const open = line.lastIndexOf('(');
	if (open < 0 || !/\)\s*:?\s*$/.test(line) || !/单位/.test(line.slice(open))) return [];
	const inner = line.slice(open + 1, line.indexOf(')', open) < 0 ? line.length : line.indexOf(')', open));
	const out: NoteUnit[] = [];
	for (const part of inner.split(/[,、;]/)) {
		const m = NOTE_PART_RE.exec(part.trim());
		if (m) out.push({ label: m[1]!, unit: m[2]! });
	}
	return out;
}

function unitFor(notes: NoteUnit[], label: string, index: number): string | null {
	if (label !== '') {
		const named = notes.find((n) => n.label !== '' && (label.includes(n.label) || n.label.includes(label)));
		if (named) return named.unit;
	}
	return notes[index]?.unit ?? null;
}

/** Bare numbers in the rows under a note of units, as figures in those units. */
export function noteRowFigures(text: string, masked: (at: number) => boolean): RawFigure[] {
	if (!/单位/.test(text)) return [];
	const out: RawFigure[] = [];
	let notes: NoteUnit[] = [];
	let at = 0;
	for (const line of text.split('\n')) {
		const lineStart = at;
		at += line.length + 1;
		const row = notes.length ? ROW_RE.exec(line) : null;
		if (!row) {
			notes = noteUnits(line);
			continue;
		}
		let cellStart = lineStart + line.indexOf(row[1]!, line.indexOf(':'));
		row[1]!.split(',').forEach((raw, index) => {
			const start = cellStart + (raw.length - raw.trimStart().length);
			cellStart += raw.length + 1;
			const cell = CELL_RE.exec(raw.trim());
			if (!cell) return;
			const numAt = start + cell[1]!.length + (cell[2]?.length ?? 0);
			const unitText = unitFor(notes, cell[1]!, index);
			if (unitText === null || masked(numAt)) return;
			const parsed = parseNumber(cell[3]!.replace(/,/g, '') + unitText);
			if (!parsed.ok) return;
			const unit = parsed.value.unit === null ? null : parseUnit(parsed.value.unit).base || null;
			out.push({ start: numAt, end: numAt + cell[3]!.length, value: parsed.value.value, unit, qualifier: cell[2] ? '约' : null });
		});
	}
	return out;
}
