// 历年清明假期旅游数据一览 with 2019年 · 2021年 … as headings of their own lines: a text about one holiday over the years, so
// each heading year is that year's holiday, and the holiday named again without a year under a heading is the heading's.
import type { PeriodMention } from './periods';
import { key } from './calendar';

const HOLIDAY_NAME_RE = /春节|清明|五一|劳动节|端午|中秋|国庆|十一/g;
const HEADING_RE = /^[ \t]*(\d{4})年[ \t]*$/;

/** The one holiday a title names (历年清明假期…), else null. */
function titleHoliday(text: string): string | null {
	const title = text.slice(0, text.search(/[\n\r]|$/));
	const names = new Set([...title.matchAll(HOLIDAY_NAME_RE)].map((m) => (m[0] === '劳动节' ? '五一' : m[0] === '十一' ? '国庆' : m[0])));
	return names.size === 1 ? [...names][0]! : null;
}

/** Re-keys heading years (a line that is only `2019年`) and the year-less holiday under them, in a text about one holiday. */
export function headingYears(text: string, mentions: PeriodMention[]): PeriodMention[] {
	const name = titleHoliday(text);
	if (!name) return mentions;
	let year: number | null = null;
	return mentions.map((p) => {
		const ls = text.lastIndexOf('\n', p.start - 1) + 1;
		const le = text.indexOf('\n', p.end);
		const line = text.slice(ls, le < 0 ? text.length : le);
		const h = HEADING_RE.exec(line);
		if (h && p.key === h[1]) {
			year = +h[1]!;
			const k = key(`${year}${name}`);
			return k ? { ...p, key: k } : p;
		}
		// A paragraph of prose (从以上数据看,…) ends the list of headings.
		if (year !== null && !/[：:]/.test(line)) year = null;
		const words = text.slice(p.start, p.end);
		if (year !== null && p.key && /^\d{4}-[a-z-]+$/.test(p.key) && !/\d{4}|今年|去年|上年|本年/.test(words)) {
			const k = key(`${year}${name}`);
			if (k && k.slice(5) === p.key.slice(5)) return { ...p, key: k };
		}
		return p;
	});
}
