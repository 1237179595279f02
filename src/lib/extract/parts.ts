// A figure after 其中 in its sentence is a part of a figure of the same unit before it (全省…累计接待游客461.22万人次,实现门票
// 收入2709.69万元;其中当日接待游客285.49万人次,门票收入1840.79万元). A change stated in a later sentence that names the
// measure only (累计门票收入增长19.9%) is the whole's, not the part's, unless the part has a name of its own.
import type { RawFigure } from './figures';
import { backTo, startOfClause, sentenceStart } from './scan';

/** Where 其中 opens the part that figure `i` belongs to, within its sentence; -1 if none. */
function partStart(text: string, f: RawFigure): number {
	const sentStart = sentenceStart(text, f.start);
	return text.lastIndexOf('其中', f.start) >= sentStart ? text.lastIndexOf('其中', f.start) : -1;
}

/** The whole of the same unit stated before the 其中 that figure `i` follows, when its label ends in the same words; else `i`. */
export function wholeOfPart(text: string, figures: readonly RawFigure[], i: number, noun: string): number {
	const f = figures[i]!;
	const at = partStart(text, f);
	if (at < 0) return i;
	const sentStart = sentenceStart(text, f.start);
	const whole = figures.findLastIndex((g) => g.start >= sentStart && g.end <= at && g.unit === f.unit);
	if (whole < 0) return i;
	const g = figures[whole]!;
	const label = text.slice(backTo(text, g.start, /[,;。!?:\n\r]/, sentStart), g.start).replace(/(?:为|达到?|是|共计?)$/, '');
	return label.endsWith(noun) ? whole : i;
}

/**
 * Of figures of one measure in a sentence, those not inside a 其中 part whose whole (same unit) is among them, when the
 * words of the change (两天累计接待人次) name a running total (累计) as the whole's label does; else all of them.
 */
export function wholesOnly(text: string, figures: readonly RawFigure[], indices: number[], words: string): number[] {
	if (!/累计/.test(words)) return indices;
	const labelOf = (g: RawFigure): string => text.slice(startOfClause(text, g.start), g.start);
	return indices.filter((i) => {
		const at = partStart(text, figures[i]!);
		return at < 0 || !indices.some((j) => j !== i && figures[j]!.end <= at && figures[j]!.unit === figures[i]!.unit && /累计/.test(labelOf(figures[j]!)));
	});
}
