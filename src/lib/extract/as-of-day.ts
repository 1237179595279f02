// 治安警昨日表示,截至同日上午十一时,入境旅客突破二千万人次: a count to a day named relative to the report (昨日, 同日 after
// 昨日) with no period named before it is the year so far, from January 1 to that day (as 今年截至12月15日 is).
import type { PeriodMention } from './periods';
import { addDays } from './calendar';
import { backTo } from './scan';

const AS_OF_RE = /截[至止](昨日|同日|今日)/g;

/** Year-to-date spans for 截至昨日 · 截至同日 (after 昨日 in its sentence) · 截至今日, where the body names no period before. */
export function yearToRelativeDay(s: string, periods: readonly PeriodMention[], bodyStart: number, date: string): PeriodMention[] {
	const out: PeriodMention[] = [];
	for (const m of s.matchAll(AS_OF_RE)) {
		if (m.index < bodyStart || periods.some((p) => p.start >= bodyStart && p.start < m.index && p.key !== null)) continue;
		const sent = s.slice(backTo(s, m.index, /[。!?\n\r]/, bodyStart), m.index);
		const day = m[1] === '今日' ? date : m[1] === '昨日' || /昨日|昨天/.test(sent) ? addDays(date, -1) : null;
		if (!day || day.slice(0, 4) !== date.slice(0, 4)) continue;
		out.push({ start: m.index, end: m.index + m[0].length, key: `${day.slice(0, 4)}-01-01/${day}`, asOf: false });
	}
	return out;
}
