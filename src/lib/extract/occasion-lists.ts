// 结合元旦、春节和“两会”期间的工作 · 围绕春节和进博会期间: a holiday named in a list of occasions that holds something no
// holiday (“两会”, a fair), or that a verb of the work governs (保障元旦和春节期间…), names what the work went with, not
// the period of the counts after it (fixture 423); a list of holidays only (中秋、国庆期间,全市接待…) stays their period.
// 新年伊始 · 开年以来: from January 1 to the report day.
import type { PeriodMention } from './periods';

const ITEM = '(?:“[^”\\n\\r]{1,8}”|[\\u4e00-\\u9fff]{2,4})';
const LIST_RE = new RegExp(`${ITEM}(?:[、和及与]${ITEM}){1,5}(?=期间)`, 'g');
const HOLIDAY_ITEM_RE = /春节|元旦|清明|五一|劳动节|端午|中秋|国庆|十一|除夕|元宵|假期|假日|长假|黄金周|暑期|暑假|寒假|周末|节日/;
// 结合 · 保障 · 做好 · 围绕 元旦和春节期间的…: the holidays are the occasion of the work named, not the period of counts.
const GOVERNED_RE = /(?:结合|围绕|保障|做好|针对|抓住|利用|借助|紧扣|聚焦|迎接|确保)/;
const NEW_YEAR_OPENING_RE = /新年伊始|开年以来/g;

/** The spans of lists of occasions (a holiday beside something no holiday, before 期间) in `text`. */
export function occasionLists(text: string): [number, number][] {
	const spans: [number, number][] = [];
	for (const m of text.matchAll(LIST_RE)) {
		const items = m[0].match(new RegExp(ITEM, 'g')) ?? [];
		if (!items.some((x) => HOLIDAY_ITEM_RE.test(x))) continue;
		const governed = GOVERNED_RE.test(text.slice(Math.max(0, m.index - 4), m.index + 6));
		if (governed || items.some((x) => !HOLIDAY_ITEM_RE.test(x))) spans.push([m.index, m.index + m[0].length + 2]); // with 期间
	}
	return spans;
}

/** Whether mention `p` is a holiday inside a list of occasions. */
export function inOccasionList(spans: [number, number][], p: PeriodMention): boolean {
	return spans.some(([a, b]) => p.start >= a && p.end <= b);
}

// 元旦小长假…。\n新年伊始,群众出游热情不减。…假日期间共接待游客11.68万人次 (fixture 788): 新年伊始 in a sentence that states no
// number is a remark on the season, no period; the holiday named before holds for the figures after it.
const STATES_NUMBER_RE = /^[^。!?\n\r]*\d/;

/** 新年伊始 · 开年以来: the year of the report from its first day to the report day. */
export function newYearOpening(text: string, date: string): PeriodMention[] {
	const from = `${date.slice(0, 4)}-01-01`;
	if (from >= date) return [];
	return [...text.matchAll(NEW_YEAR_OPENING_RE)]
		.filter((m) => STATES_NUMBER_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 200)))
		.map((m) => ({ start: m.index, end: m.index + m[0].length, key: `${from}/${date}`, asOf: false }));
}
