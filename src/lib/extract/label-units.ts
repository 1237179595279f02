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

/** Bare numbers after a label whose unit is in brackets, as figures in that unit. */
export function labelledFigures(text: string, masked: (at: number) => boolean): RawFigure[] {
	const out: RawFigure[] = [];
	LABELLED_RE.lastIndex = 0;
	for (let m: RegExpExecArray | null; (m = LABELLED_RE.exec(text)); ) {
		const start = m.index + m[0].length - m[2]!.length;
		if (masked(start)) continue;
		const unitText = m[1]!.replace(/^[千百万亿]+/, '');
		if (unitText === '个百分点' || unitText === '百分点') continue;
		const parsed = parseNumber(m[2]!.replace(/,/g, '') + m[1]!);
		if (!parsed.ok) continue;
		const unit = parsed.value.unit === null ? null : parseUnit(parsed.value.unit).base || null;
		out.push({ start, end: m.index + m[0].length, value: parsed.value.value, unit, qualifier: null });
	}
	return out;
}

/** A line holding such a figure is body text, never a title line. */
export function hasLabelledFigure(line: string): boolean {
	return labelledFigures(line, () => false).length > 0;
}
