// Walking a text by character classes: to the start of a sentence or clause, to its end, and to a line by offset.

/** The index of the first element of sorted `xs` greater than `v`. */
export function upperBound(xs: readonly number[], v: number): number {
	let lo = 0, hi = xs.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (xs[mid]! <= v) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
/** The index of the first of `xs`, sorted by start, that starts at `at` or later (xs.length if none). */
export function firstFrom(xs: readonly { start: number }[], at: number): number {
	let lo = 0, hi = xs.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (xs[mid]!.start < at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
/** Whether ascending `xs` (whole numbers) holds one from `lo` up to, not including, `hi`: a binary search, not a scan. */
export function anyIn(xs: readonly number[], lo: number, hi: number): boolean {
	const i = upperBound(xs, lo - 1);
	return i < xs.length && xs[i]! < hi;
}
/** Back from `at` to just after the last character matching `re`, not below `floor`. */
export function backTo(s: string, at: number, re: RegExp, floor: number): number {
	let i = at;
	while (i > floor && !re.test(s[i - 1]!)) i--;
	return i;
}
/** Forward from `at` to the first character matching `re` (or the end). */
export function forwardTo(s: string, at: number, re: RegExp): number {
	let i = at;
	while (i < s.length && !re.test(s[i]!)) i++;
	return i;
}
/** Characters that end a sentence (or a line, which ends one too). */
const SENTENCE_END = /[。!?\n\r]/;
/** The start of the sentence holding `at`. */
export function sentenceStart(s: string, at: number): number {
	return backTo(s, at, SENTENCE_END, 0);
}
/** The start of the clause holding `at`: just after the last comma, semicolon, colon or sentence end before it. */
export function startOfClause(s: string, at: number): number {
	return backTo(s, at, /[,;。!?:\n\r]/, 0);
}
/** The end of the sentence holding `at`: its closing mark, or the end of the text. */
export function sentenceEnd(s: string, at: number): number {
	return forwardTo(s, at, SENTENCE_END);
}
