// 同比皆增长20% · 皆比去年同期增长: 皆 (all, of the figures before it) says what 均 and 都 say. The change reader knows 均
// and 都 only, so it reads a copy of the text with 皆 written as 均 before a change (same length: offsets hold).
const ALL_BEFORE_CHANGE_RE = /皆(?=(?:比|较|与)?[^,;。!?\n\r\d]{0,12}?(?:增长|增加|上升|上涨|下降|减少|下跌|持平|恢复|提升|提高))/g;

/** `text` with 皆 before a change written as 均. */
export function allAsJun(text: string): string {
	return text.includes('皆') ? text.replace(ALL_BEFORE_CHANGE_RE, '均') : text;
}
