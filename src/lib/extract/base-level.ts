// A comparison base that states its own level: 多于去年中秋四天连假的218.5万人次 names last year's holiday as the period of
// the figure after its 的 (that level), for that clause only, where a bare base (高于去年) names no period at all.
const BASE_LEVEL_RE = /^[^,;。!?\n\r的]{2,14}的\d+(?:\.\d+)?[万亿]?(?![\d.%])[\u4e00-\u9fff]/;

/** Whether the period phrase at `at` (in folded text) follows 于 and is the base whose own level comes after its 的. */
export function baseWithLevel(text: string, at: number): boolean {
	return text[at - 1] === '于' && BASE_LEVEL_RE.test(text.slice(at, at + 24));
}
