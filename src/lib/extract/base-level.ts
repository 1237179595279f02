// A comparison base that states its own level: 多于去年中秋四天连假的218.5万人次 names last year's holiday as the period of
// the figure after its 的 (that level), for that clause only, where a bare base (高于去年) names no period at all.
// 与106年的115万532人相比 · 与105年全年的108万余人相去不远: after 与 too, and with 万 between digit groups.
import type { RawFigure } from './figures';

const BASE_LEVEL_RE = /^[^,;。!?\n\r的]{2,14}的\d+(?:\.\d+)?(?:万\d{3,4}|[万亿])?(?![\d.%])[\u4e00-\u9fff]/;

// 比104年97万2968人次大幅增加: a base year with its level written right after it (no 的), after 比/较 as well.
const BARE_BASE_LEVEL_RE = /^\d{2,4}年度?\d+(?:\.\d+)?(?:万\d{3,4}|[万亿])?(?![\d.%月日时季\-—~至到])[\u4e00-\u9fff]/;

/** Whether the period phrase at `at` (in folded text) follows 于 or 与 and is the base whose own level comes after its 的. */
export function baseWithLevel(text: string, at: number): boolean {
	const head = text.slice(at, at + 24);
	return ((text[at - 1] === '于' || text[at - 1] === '与') && BASE_LEVEL_RE.test(head)) || (/[于与比较]/.test(text[at - 1] ?? '') && BARE_BASE_LEVEL_RE.test(head));
}

// 平均房价为553.7元/间,上年同期为524.2元/间,同比增长5.6% · 出租率为72.6%,去年同期为71.9%,提高0.7个百分点: a clause that
// opens on last year's same period (上年同期为, 去年同期, 上年为) states the base's own level. It is the figure before it a
// year earlier; the 同比 after it is that figure's (yoyToCompared moves it once the base is keyed a year back).
// …共接待游客52万人次,而去年这一数字为62万人次: last year's figure for the same thing (这一数字, 该数据) is one too.
const STATED_BASE_RE = /(?:^|[,;:])(?:而|但)?(?:上年|去年|上一年)(?:同期|同月)?(?:的?(?:这一|这个|该|此)数(?:字|据))?(?:为|是)?$/;
// 共实现门票收入16.04亿元,与去年公布的16.6亿元相比,同比下降了2.43%: last year's level inside 与去年(公布)的…相比 is one
// too (fixture 571).
const COMPARED_BASE_RE = /(?:^|[,;:])(?:与|和|同)(?:上年|去年|上一年)(?:同期|同月)?[\u4e00-\u9fff]{0,4}的$/;

/** `key` one year earlier (2019-05 → 2018-05, 2019-YTD05 → 2018-YTD05, a span of days both ends), or null. */
export function yearBefore(key: string): string | null {
	if (/^\d{4}(?:-(?:H\d|Q\d|YTD\d{2}|\d{2}|[a-z-]+))?$/.test(key)) return `${+key.slice(0, 4) - 1}${key.slice(4)}`;
	const m = /^(\d{4})(-\d{2}-\d{2})\/(\d{4})(-\d{2}-\d{2})$/.exec(key);
	return m && m[2] !== '-02-29' && m[4] !== '-02-29' ? `${+m[1]! - 1}${m[2]}/${+m[3]! - 1}${m[4]}` : null;
}

/** Keys (in `listKey`) each figure stated as last year's same-period level a year before the figure it follows in its sentence. */
export function statedBaseLevels(s: string, figures: readonly RawFigure[], keyOf: (i: number) => string | null, listKey: Map<number, string>): void {
	figures.forEach((f, i) => {
		const compared = COMPARED_BASE_RE.test(s.slice(Math.max(0, f.start - 14), f.start)) && /^相比/.test(s.slice(f.end, f.end + 2));
		if (i === 0 || !(compared || STATED_BASE_RE.test(s.slice(Math.max(0, f.start - 14), f.start)))) return;
		const g = figures[i - 1]!;
		if (g.unit !== f.unit || /[。!?\n\r]/.test(s.slice(g.end, f.start))) return;
		const own = keyOf(i - 1);
		const base = own && yearBefore(own);
		if (base) listKey.set(i, base);
	});
}
