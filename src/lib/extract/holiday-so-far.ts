// 春节前夕,…推出…。据该厅统计,截至1月22日15时,全省累计接待游客719.52万人次: a running total (累计) to an hour of a day
// that falls in a holiday the text speaks of counts the holiday's days so far, from its first day to that day.
import { HOLIDAY_START, holidayStart } from './calendar';
import type { PeriodMention } from './periods';
import { forwardTo } from './scan';

const HOLIDAY_NAMES: Record<string, RegExp> = {
	'spring-festival': /春节|除夕|大年|正月/,
	qingming: /清明/,
	'labour-day': /五一|劳动节/,
	'dragon-boat': /端午/,
	'mid-autumn': /中秋/,
	'national-day': /国庆|十一/
};

/** The span from the holiday's first day to the day of `p` (截至…日…时 with 累计 after it), or null. */
export function holidaySoFar(folded: string, p: PeriodMention): string | null {
	if (!p.day || !p.key || !/(?:截至|截止到?)$/.test(folded.slice(Math.max(0, p.start - 3), p.start))) return null;
	// 截至17日下午4时 · 截至1月22日15时: the hour may be named with the part of the day.
	if (!/^(?:上午|下午|晚上|早上|晚)?\d{1,2}(?:时|点)/.test(folded.slice(p.end, p.end + 6)) && !/\d{1,2}(?:时|点)$/.test(folded.slice(p.start, p.end))) return null;
	if (!/累计/.test(folded.slice(p.end, forwardTo(folded, p.end, /[;。!?\n\r]/)))) return null;
	const day = p.key.slice(0, 10);
	const y = +day.slice(0, 4);
	for (const kind of Object.keys(HOLIDAY_START)) {
		const start = holidayStart(kind, y);
		if (!start || !HOLIDAY_NAMES[kind]!.test(folded)) continue;
		const days = (Date.parse(day) - Date.parse(start)) / 864e5;
		if (days >= 1 && days <= 8) return `${start}/${day}`;
	}
	return null;
}
