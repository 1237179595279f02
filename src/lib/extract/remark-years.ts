// Years named inside a remark on the figures, which are no period of theirs.

// 今年首10個月,訪港旅客累計5007.5萬人次,…,這是今年累計訪港旅客人次首次錄得負增長;其中內地旅客3944.88萬人次 (fixture
// 809): a year in a remark that says what a figure is a first of (这是…首次) names no period, so the part after it keeps the
// running total's period. (这是 with no first after it, 这是今年全市接待…, is left as it was.)
const REMARK_OPEN_RE = /这(?:也|又)?是$/;
const FIRST_RE = /^[^,;。!?\n\r]*?(?:首次|首度|第一次)/;

/** The year mention at `at` in folded `text` opens a remark (这是今年…首次…), not a period. */
export function remarkYear(text: string, at: number): boolean {
	return REMARK_OPEN_RE.test(text.slice(Math.max(0, at - 3), at)) && FIRST_RE.test(text.slice(at, at + 40));
}
