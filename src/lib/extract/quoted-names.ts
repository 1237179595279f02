// 黟县获“2021—2023年度安徽省民间文化艺术之乡(摄影)”称号: a period inside a quoted name (a title, an award, a campaign)
// is part of the name, not the period of the figures after it. A quoted holiday (“五一”假期, 春节“黄金周”) closes right
// after its own words and stays a period.
const OPEN = '“《「『';
const CLOSE = '”》」』';

/** Whether the period phrase [start, end) stands inside a quoted name that goes on for words of its own after it. */
export function inQuotedName(s: string, p: { start: number; end: number }): boolean {
	const left = s.slice(Math.max(0, p.start - 30), p.start);
	const open = Math.max(...[...OPEN].map((c) => left.lastIndexOf(c)));
	if (open < 0 || Math.max(...[...CLOSE].map((c) => left.lastIndexOf(c))) > open) return false;
	const right = s.slice(p.end, p.end + 40);
	const close = Math.min(...[...CLOSE].map((c) => right.indexOf(c)).filter((k) => k >= 0));
	if (!Number.isFinite(close)) return false;
	const inner = right.slice(0, close);
	// A quoted sentence of figures (“接待游客220万人次,收入6.5亿元”的目标) keeps its periods.
	// (“迎中秋 庆国庆 送温暖 暖民心”: a slogan's parts may be set apart by spaces.)
	return /[\u4e00-\u9fff]{4}/.test(inner.replace(/\s/g, '')) && !/[,;,;]|\d/.test(inner);
}

// 5月1日,2023年中国摩托车锦标赛(库伦站)在银沙湾开赛: a year opening an event's name, unquoted, is part of the name too,
// when the name ends in the kind of event (锦标赛, 大会, 博览会, 运动会, …节) and the event is then said to be held.
// (2023年全市举办文化节30场: a verb or a whole-place subject inside is a clause, not a name.)
const EVENT_NAME_RE = /^[\u4e00-\u9fff·]{1,14}?(?:锦标赛|联赛|大赛|挑战赛|公开赛|大会|博览会|运动会|交易会|展览会|展销会|[\u4e00-\u9fff]{2}节|马拉松|嘉年华|论坛|峰会)(?:\([^()]{1,10}\))?(?:在|于|暨|开幕|开赛|举行|举办|启动|落幕|闭幕|正式)/;
const CLAUSE_WORDS_RE = /举办|举行|开展|接待|共|全[市省县区州]|累计/;

// 区文化馆举办2023年五华区非物质文化遗产代表性传承人培训会,…: a year right after the verb of holding opens the name of
// what was held (…会, …赛, …节, …班) when the name runs to the end of its clause (fixture 575).
const HELD_BEFORE_RE = /(?:举办|召开|举行|组织|承办)了?$/;
const HELD_NAME_RE = /^[\u4e00-\u9fff·]{2,24}?(?:会|赛|节|展|班|论坛|峰会)(?=[,;。、(]|$)/;

/** Whether the period phrase [start, end) is a bare year (2023年) opening the unquoted name of an event held. */
export function inEventName(s: string, p: { start: number; end: number; key: string | null }): boolean {
	if (!p.key || !/^\d{4}$/.test(p.key) || !/^\d{4}年$/.test(s.slice(p.start, p.end))) return false;
	const after = s.slice(p.end, p.end + 40);
	const held = HELD_BEFORE_RE.test(s.slice(Math.max(0, p.start - 3), p.start)) ? HELD_NAME_RE.exec(after) : null;
	// (召开2024年全县文旅工作推进会: after the verb of holding, a whole place inside is the name's, not a subject.)
	if (held) return !/举办|举行|开展|接待|共|累计/.test(held[0]);
	const m = EVENT_NAME_RE.exec(after);
	return m !== null && !CLAUSE_WORDS_RE.test(m[0].replace(/(?:在|于|暨|开幕|开赛|举行|举办|启动|落幕|闭幕|正式)$/, ''));
}
