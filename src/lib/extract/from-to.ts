// A level said to move from one figure to another: 比重由2005年的9.8%上升到10.6% · 贡献率由9.38%上升到12.8%.
// The first is the level of the year named after 由 (or of the one an earlier 由 in the sentence named), an actual; the
// second is the level of the sentence's own period (a forecast of 2010, say), with the sentence's role.
import type { RawFigure } from './figures';
import type { PeriodMention } from './periods';
import { backTo } from './scan';

const FROM_RE = /由(?:[^,;。!?\n\r由]{0,12}?的)?$/;
const TO_RE = /^(?:上升|提高|提升|增加|增长|下降|降低|减少|扩大|缩小)(?:到|至)$/;

/**
 * Re-dates the figures of 由A上升到B pairs in place (periodOf, listKey) and returns the indexes of the starting levels (A),
 * which are actuals.
 */
export function fromToLevels(s: string, figures: RawFigure[], periodOf: (PeriodMention | null)[], listKey: Map<number, string>): Set<number> {
	const from = new Set<number>();
	let last: { sentence: number; period: PeriodMention } | null = null;
	for (let i = 0; i + 1 < figures.length; i++) {
		const f = figures[i]!, g = figures[i + 1]!;
		const m = FROM_RE.exec(s.slice(Math.max(0, f.start - 16), f.start));
		if (!m || !TO_RE.test(s.slice(f.end, g.start))) continue;
		const at = f.start - m[0].length;
		const sentence = backTo(s, at, /[。!?\n\r]/, 0);
		const own = periodOf[i] && periodOf[i]!.start >= at ? periodOf[i]! : null;
		const period: PeriodMention | null = own ?? (last && last.sentence === sentence ? last.period : null);
		if (period) {
			periodOf[i] = period;
			listKey.delete(i);
			last = { sentence, period };
		}
		from.add(i);
		// B: the period of the sentence's first figure, when it stands before the 由 and is no starting level itself.
		const lead = figures.findIndex((h) => h.start >= sentence);
		if (lead >= 0 && figures[lead]!.start < at && !from.has(lead)) {
			periodOf[i + 1] = periodOf[lead] ?? null;
			const k = listKey.get(lead);
			if (k !== undefined) listKey.set(i + 1, k);
			else listKey.delete(i + 1);
		}
	}
	return from;
}
