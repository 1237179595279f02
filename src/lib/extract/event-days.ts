// 清明三天小长假,全省共接待…。\n4月4日,公祭典礼在桥山举行;3月31日,文化周开幕。\n西安市共接待游客…: a day (or 节前) said of an
// event in a sentence that states no figure dates the event only; after a holiday was named, it does not replace the
// holiday for the figures after it, and holds for its own sentence.
import type { PeriodMention } from './periods';
import { backTo, forwardTo } from './scan';

const HOLIDAY_KEY_RE = /^\d{4}-[a-z-]+$/;
const DAY_KEY_RE = /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/;

export function eventDays(s: string, periods: PeriodMention[], figureStarts: number[]): Set<PeriodMention> {
	const out = new Set<PeriodMention>();
	periods.forEach((p, k) => {
		if (!p.key || !(DAY_KEY_RE.test(p.key) || s.slice(p.start, p.end) === '节前')) return;
		if (!periods.slice(0, k).some((q) => q.key !== null && HOLIDAY_KEY_RE.test(q.key))) return;
		const a = backTo(s, p.start, /[。!?\n\r]/, 0);
		const b = forwardTo(s, p.end, /[。!?\n\r]/);
		if (!figureStarts.some((f) => f >= a && f < b)) out.add(p);
	});
	return out;
}
