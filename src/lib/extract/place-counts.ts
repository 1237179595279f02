// 成都、绵阳等6市超过10亿元 · 全省16市旅游收入均超过百亿元: a count of places written without 个 (6市, 3省) that meets a
// bound is a figure, in the word it counts by (市, 省: fixture 581); keepFigures then drops the bound after it.
import type { RawFigure } from './figures';
import { parseNumber } from '../domain/quantity';

const PLACE_COUNT_RE = /(?<![\d.第])(\d{1,3}|[两二三四五六七八九十]{1,3})(?=(省份|省区市|省市|省|市州|地市|城市|市|州|县市区|县区|县|区)[^,;。!?\n\r\d]{0,12}?(?:均|都)?(?:超过|超|突破|逾)[\d一二三四五六七八九十百千万亿])/g;

const NAMED_BEFORE_RE = /(?:^|[,;。:\n\r])((?:[\u4e00-\u9fff]{2,4}[、和及与])+[\u4e00-\u9fff]{2,4})$/;

/**
 * 江苏、浙江两省接待量也都超过千万: a count right after the places it counts, named one by one, restates them (池州、合肥…
 * 芜湖等5市超过10亿元: a count after 等 sums the places, as 等N个 does).
 */
export function restatesNamed(text: string, at: number, n: number): boolean {
	const named = NAMED_BEFORE_RE.exec(text.slice(Math.max(0, at - 40), at));
	return named !== null && named[1]!.split(/[、和及与]/).length === n && text[at - 1] !== '等';
}

/** Counts of places written without 个, before a bound they each meet. */
export function placeCounts(text: string, masked: (at: number) => boolean): RawFigure[] {
	const out: RawFigure[] = [];
	PLACE_COUNT_RE.lastIndex = 0;
	for (let m: RegExpExecArray | null; (m = PLACE_COUNT_RE.exec(text)); ) {
		if (masked(m.index) || /个$/.test(text.slice(0, m.index))) continue;
		const n = parseNumber(m[1]!);
		if (!n.ok || n.value.unit !== null || !Number.isInteger(n.value.value)) continue;
		if (restatesNamed(text, m.index, n.value.value)) continue;
		out.push({ start: m.index, end: m.index + m[0].length, value: n.value.value, unit: m[2]!, qualifier: null });
	}
	return out;
}
