// A statistics table written out in prose lines (旅游总收入(亿元):1289.21,增长12.5% · 接待游客(万人次):1520.3): the
// unit is only in the bracketed label, and the number after it is written bare. Each such number is a figure in the
// label's unit; the change after it is read as any change is.
import { parseNumber, parseUnit } from '../domain/quantity';
import type { RawFigure } from './figures';
import { SCALE_CHARS, UNITS } from './figures';

// A label of words, its unit in brackets (单位:亿元 too), an optional colon, then a number with no unit or scale of its own.
const LABELLED_RE = new RegExp(
	`(?<=[\\u4e00-\\u9fff]\\s?)\\((?:单位[:])?((?:${SCALE_CHARS})?(?:${UNITS}))\\)(?:[:]|为|达到|达)?\\s*((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(?![\\d.,]*\\s*(?:${SCALE_CHARS}|${UNITS}|[年月日]))`,
	'g'
);

// 平均房价(元/间夜)最高的五个地区依次为上海(638.05)、北京(542.41)…: a label with its unit in brackets (a rate's per-unit
// after a slash allowed) heads a list whose items give a bare number in brackets after each name; each is a figure in the
// label's unit, to the end of the clause list (上海(638.05亿元) carries a unit of its own and is read by findFigures).
const HEADING_UNIT_RE = new RegExp(`(?<=[\\u4e00-\\u9fff])\\((?:单位[:])?((?:${SCALE_CHARS})?(?:${UNITS}))(?:/[\\u4e00-\\u9fff]{1,3})?\\)(?![:\\s\\d])`, 'g');
const BRACKETED_BARE_RE = /(?<=[\u4e00-\u9fff])\((\d+(?:\.\d+)?)\)/g;

function headedListItems(text: string, masked: (at: number) => boolean): RawFigure[] {
	const out: RawFigure[] = [];
	HEADING_UNIT_RE.lastIndex = 0;
	for (let m: RegExpExecArray | null; (m = HEADING_UNIT_RE.exec(text)); ) {
		const from = m.index + m[0].length;
		const stop = text.slice(from).search(/[;。!?\n\r]/);
		const items = [...text.slice(from, stop < 0 ? text.length : from + stop).matchAll(BRACKETED_BARE_RE)];
		if (items.length < 2) continue;
		for (const x of items) out.push(...inUnit(x[1]!, m[1]!, from + x.index! + 1, masked));
	}
	return out;
}

/** The bare number `num` at `start`, in the bracketed unit `unitText`, as a figure (none if masked or a change in points). */
function inUnit(num: string, unitText: string, start: number, masked: (at: number) => boolean): RawFigure[] {
	if (masked(start) || /^(?:[千百万亿]+)?(?:个百分点|百分点)$/.test(unitText)) return [];
	const parsed = parseNumber(num.replace(/,/g, '') + unitText);
	if (!parsed.ok) return [];
	const unit = parsed.value.unit === null ? null : parseUnit(parsed.value.unit).base || null;
	return [{ start, end: start + num.length, value: parsed.value.value, unit, qualifier: null }];
}

/** Bare numbers after a label whose unit is in brackets, as figures in that unit. */
export function labelledFigures(text: string, masked: (at: number) => boolean): RawFigure[] {
	const out: RawFigure[] = headedListItems(text, masked);
	LABELLED_RE.lastIndex = 0;
	for (let m: RegExpExecArray | null; (m = LABELLED_RE.exec(text)); ) {
		out.push(...inUnit(m[2]!, m[1]!, m.index + m[0].length - m[2]!.length, masked));
	}
	return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

/** A line holding such a figure is body text, never a title line. */
export function hasLabelledFigure(line: string): boolean {
	return labelledFigures(line, () => false).length > 0;
}
