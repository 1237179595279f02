// Stated changes that assignChanges leaves with no figure, given one where the text still says whose they are: the
// change of a rate stated right after it (入住率为70.18%,同比增长220.93%).
import type { Change } from './change-phrases';
import type { Slots } from './changes';
import type { RawFigure } from './figures';
import { backTo } from './scan';

/** The changes no figure has taken (by their ends, as assigned slots record them). */
function unassigned(changes: readonly Change[], assigned: Map<number, Slots>): Change[] {
	const ends = new Set<number>();
	for (const s of assigned.values()) for (const a of [s.yoy, s.other]) if (a) ends.add(a.end);
	return changes.filter((c) => c.kind !== 'masked' && !ends.has(c.end));
}

/**
 * 主城区星级酒店平均入住率为70.18%,同比增长220.93%: a 同比 in percent right after a rate, with no other figure in its
 * sentence to take it, is the rate's own relative change (a change in points is found by assignChanges already).
 */
export function assignRateChanges(text: string, figures: readonly RawFigure[], changes: readonly Change[], assigned: Map<number, Slots>): void {
	for (const c of unassigned(changes, assigned)) {
		if (c.kind !== 'yoy' || c.distributive || c.forward || c.all || c.values.length !== 1) continue;
		const sentStart = backTo(text, c.start, /[。!?;\n\r]/, 0);
		const i = figures.findLastIndex((f) => f.end <= c.start);
		const f = i >= 0 ? figures[i]! : null;
		if (!f || f.start < sentStart || f.unit !== '%' || !/^[,\s]*$/.test(text.slice(f.end, c.start))) continue;
		if (assigned.get(i)?.yoy) continue;
		const label = text.slice(backTo(text, f.start, /[,;。!?:\n\r]/, sentStart), f.start);
		if (!/率(?:为|是|达到?)?$/.test(label)) continue;
		assigned.set(i, { ...(assigned.get(i) ?? {}), yoy: { kind: 'yoy', value: c.values[0]!, base: null, end: c.end } });
	}
}
