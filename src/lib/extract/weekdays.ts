// 從上週六至週三共5天 · 單是週三一天 · 週四有大批遊客返程 (a paper dated Thursday 6 October 2016, fixture 727): weekdays named
// relative to the report's week. 周三 is that day of the report's own week (Monday first), 上周六 that day of the week
// before; a span of two of them is the days from one to the other. A single weekday holds for its own sentence only.
import { addDays } from './calendar';
import type { PeriodMention } from './periods';

const DAY_OF: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
// (黄金周六天 · 每周三 · 一周五次 · 周年: 周 after another word or a count is no weekday; 截至周三 is a cut-off, left to the
// span in force, as 截至 a day of a holiday is.)
const WEEKDAY_RE = /(?:(?<![\u4e00-\u9fff])|(?<=单是|仅|光是|其中|从|自|是|于|在))(上|本|这)?(?:周|星期)([一二三四五六日天])(?:(?:至|到|-|—)(上|本|这)?(?:周|星期)?([一二三四五六日天]))?(?![年岁边末刊报])/g;

/** The weekday mentions of folded text, keyed against the report date's week. */
export function weekdayMentions(folded: string, date: string): PeriodMention[] {
	if (!/周[一二三四五六日天]|星期/.test(folded)) return [];
	const w = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
	const monday = addDays(date, 1 - w);
	const dayOf = (last: string | undefined, d: string): string => addDays(monday, DAY_OF[d]! - 1 - (last === '上' ? 7 : 0));
	const out: PeriodMention[] = [];
	for (const m of folded.matchAll(WEEKDAY_RE)) {
		if (/截[至止]$/.test(folded.slice(Math.max(0, m.index - 2), m.index))) continue;
		const from = dayOf(m[1], m[2]!);
		if (m[4] === undefined) {
			out.push({ start: m.index, end: m.index + m[0].length, key: `${from}/${from}`, asOf: false, sentence: true });
			continue;
		}
		// 上周六至周三 · 上周五至周日: a second day with no word of its own is the first day's next one of that weekday (in
		// the first day's week, or the week after).
		const to = m[3] !== undefined ? dayOf(m[3], m[4]) : addDays(from, (DAY_OF[m[4]]! - DAY_OF[m[2]!]! + 7) % 7);
		if (to > from) out.push({ start: m.index, end: m.index + m[0].length, key: `${from}/${to}`, asOf: false });
	}
	return out;
}
