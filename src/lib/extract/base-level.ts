// A comparison base that states its own level: 多于去年中秋四天连假的218.5万人次 names last year's holiday as the period of
// the figure after its 的 (that level), for that clause only, where a bare base (高于去年) names no period at all.
// 与106年的115万532人相比 · 与105年全年的108万余人相去不远: after 与 too, and with 万 between digit groups.
const BASE_LEVEL_RE = /^[^,;。!?\n\r的]{2,14}的\d+(?:\.\d+)?(?:万\d{3,4}|[万亿])?(?![\d.%])[\u4e00-\u9fff]/;

// 比104年97万2968人次大幅增加: a base year with its level written right after it (no 的), after 比/较 as well.
const BARE_BASE_LEVEL_RE = /^\d{2,4}年度?\d+(?:\.\d+)?(?:万\d{3,4}|[万亿])?(?![\d.%月日时季\-—~至到])[\u4e00-\u9fff]/;

/** Whether the period phrase at `at` (in folded text) follows 于 or 与 and is the base whose own level comes after its 的. */
export function baseWithLevel(text: string, at: number): boolean {
	const head = text.slice(at, at + 24);
	return ((text[at - 1] === '于' || text[at - 1] === '与') && BASE_LEVEL_RE.test(head)) || (/[于与比较]/.test(text[at - 1] ?? '') && BARE_BASE_LEVEL_RE.test(head));
}
