// 2月1日,…:截至当日15时,全省…两天累计接待游客461.22万人次,实现门票收入2709.69万元;其中当日接待…: a running total said
// to cover N days (两天累计, 累计三天) up to a cut-off day is the span of those N days ending on it, not the cut-off day.
import type { PeriodMention } from './periods';
import { addDays } from './calendar';
import { forwardTo } from './scan';

const ONE_DAY_RE = /^(\d{4}-\d{2}-\d{2})\/\1$/;
const N_DAYS_RE = /([两二三四五六七八九十]|\d{1,2})天(?:来)?(?:共|合计)?累计|累计[^,;。]{0,2}?([两二三四五六七八九十]|\d{1,2})天/;
const CN: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

export function daysCounted(folded: string, periods: readonly PeriodMention[]): Map<PeriodMention, PeriodMention> {
	const out = new Map<PeriodMention, PeriodMention>();
	for (const p of periods) {
		const one = p.key ? ONE_DAY_RE.exec(p.key) : null;
		if (!one || !/(?:截至|截止到?)$/.test(folded.slice(Math.max(0, p.start - 3), p.start))) continue;
		const m = N_DAYS_RE.exec(folded.slice(p.end, forwardTo(folded, p.end, /[。!?;\n\r]/)));
		const t = m ? (m[1] ?? m[2])! : null;
		const n = t === null ? 0 : /\d/.test(t) ? +t : CN[t]!;
		if (n >= 2 && n <= 10) out.set(p, { ...p, day: false, key: `${addDays(one[1]!, 1 - n)}/${one[1]}` });
	}
	return out;
}
