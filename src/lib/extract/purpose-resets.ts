// Sentences that open with a purpose (为争取更多元的客源,…) and go on to say what was done for it.

// 觀光局指出,日本市場在去年12月9日首度突破200萬人次,…。為爭取更多元的客源,觀光局透過新設胡志明市及倫敦2個駐外辦事處 (fixture
// 781): a sentence opened by a purpose says what was done to that end, not more of the statistics before it; the periods of
// earlier sentences do not reach into it, so its undated counts take the report's year (as undated counts in 129, 760).
// (为全力做好…工作 names a task, and 为 alone, 为游客…, a beneficiary: only 为(了)争取 · 为了 open a purpose here.)
const PURPOSE_OPEN_RE = /(?<=^|[。!?\n\r])\s*(?:为了|为争取)[^,;。!?\n\r]{1,20},/g;

/** Where each sentence that opens with a purpose starts in `blanked`. */
export function purposeStarts(blanked: string): number[] {
	return [...blanked.matchAll(PURPOSE_OPEN_RE)].map((m) => m.index);
}
