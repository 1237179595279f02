// 2015年春节旅游市场信息(2月18日): a title that names a holiday and closes on one of its days in brackets is the bulletin of
// that day, so every figure under it is of that day, not of the whole holiday (fixture 725). A day written elsewhere in the
// title lines (a dateline, 2015年2月20日) stays the publication date.
import { inHoliday } from './calendar';
import type { PeriodMention } from './periods';

const HOLIDAY_KEY_RE = /^\d{4}-[a-z-]+$/;

/** The title's bracketed day closing its line, inside a holiday the same line names, or null. */
export function titleBulletinDay(folded: string, periods: readonly PeriodMention[], bodyStart: number): PeriodMention | null {
	for (const p of periods) {
		if (!p.day || !p.key || p.start >= bodyStart) continue;
		if (folded[p.start - 1] !== '(' || !/^\)[ \t\u3000]*(?:[\n\r]|$)/.test(folded.slice(p.end, p.end + 4))) continue;
		const ls = folded.lastIndexOf('\n', p.start - 1) + 1;
		if (periods.some((q) => q.start >= ls && q.end <= p.start && q.key !== null && HOLIDAY_KEY_RE.test(q.key) && inHoliday(q.key, p.key!))) return p;
	}
	return null;
}

// …除夕到了。…哈尔滨:节日里冰雪主题景区吸引了…,其中太阳岛风景区接待游客0.43万人次 · 锦绣中华民俗村举办春节大庙会,安排了…等20多项
// 活动: under such a title the holiday named again in the body (节日里, 春节) is the day the bulletin reports, not the whole
// holiday.
/** Gives the bulletin's day to the body's mentions of the holiday of the title. */
export function holidayIsDay(periods: PeriodMention[], day: PeriodMention, bodyStart: number): void {
	for (const p of periods) if (p.start >= bodyStart && p.key !== null && HOLIDAY_KEY_RE.test(p.key) && inHoliday(p.key, day.key!)) p.key = day.key;
}
