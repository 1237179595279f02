// 从2019年的4329亿元增长到2023年的10382亿元,5年间增长了1.4倍 (fixture 428): growth stated right after a level moved from
// one year's figure to a later year's is growth over that first year (a base_growth keyed to it), not a 同比.
import type { Slots } from './changes';
import type { RawFigure } from './figures';
import type { PeriodMention } from './periods';

const GROWTH_AFTER_RE = /^,?(?:[\u4e00-\u9fff\d]{1,6}?(?:间|来|内|中),?)?(?:共|累计|总共)?(增加|增长|提高|提升|上升)了?(\d+(?:\.\d+)?)(%|倍)/;

/**
 * Gives each later level of a 从A增长到B pair (`from` holds A's index) the growth stated after it, over A's year; A, the
 * level moved from, keeps no change stated after B.
 */
export function fromToGrowth(s: string, figures: readonly RawFigure[], from: ReadonlySet<number>, periodOf: readonly (PeriodMention | null)[], listKey: ReadonlyMap<number, string>, assigned: Map<number, Slots>): void {
	for (const i of from) {
		const j = i + 1;
		// 不過夜內地旅客由去年11月的近266萬人次降至今年11月的近214萬人次,跌19.6%,過夜內地旅客亦按年下跌8.1% (fixture 778): a change
		// after the pair is B's or another subject's, never that of the level it moved from.
		const own = assigned.get(i);
		if (own?.yoy && own.yoy.end > figures[j]!.end) delete own.yoy;
		if (own?.other && own.other.end > figures[j]!.end) delete own.other;
		const a = listKey.get(i) ?? periodOf[i]?.key, b = listKey.get(j) ?? periodOf[j]?.key;
		if (!a || !b || !/^\d{4}$/.test(a) || !/^\d{4}$/.test(b) || +b <= +a) continue;
		const m = GROWTH_AFTER_RE.exec(s.slice(figures[j]!.end, figures[j]!.end + 20));
		if (!m) continue;
		const value = Math.round(+m[2]! * (m[3] === '倍' ? 100 : 1) * 1e6) / 1e6;
		const slot = assigned.get(j) ?? {};
		if (slot.yoy && slot.yoy.end > figures[j]!.end && slot.yoy.end <= figures[j]!.end + m[0].length + 2) delete slot.yoy;
		slot.other = { kind: 'base_growth', value, base: a, end: figures[j]!.end + m[0].length };
		assigned.set(j, slot);
	}
}
