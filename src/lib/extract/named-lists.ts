// Counts of kinds that only number the kinds a list has just named: they name subjects, never an outcome.
import type { RawFigure } from './figures';

// 景区游览服务、娱乐服务、休闲观光游览服务3个行业中类 · 文旅节庆、美食体验、体育赛事、乌兰牧骑演艺等8类: names joined by 、
// (等 closing an open list) right before the count. A list in quotes (“好、较好、差”3类评估结果) defines the grades of a
// scale, which the report counts (fixture 247).
const NAMES_RE = /((?:[\u4e00-\u9fff]{2,14}、)+[\u4e00-\u9fff]{2,14}?)(等)?$/;
// 个 counts kinds only before a word of kinds (大类, 中类, 行业, 领域, 板块…); 类 is one itself.
const KINDS_AFTER_RE = /^(?:行业)?(?:大类|中类|小类|门类|类别|类型|领域|板块|行业)/;

// 景区优惠游、省内居民免票游、师生研学游等9项优惠措施: 项 numbers the kinds of measures (措施, 举措, 政策) a list names.
const MEASURES_AFTER_RE = /^[\u4e00-\u9fff]{0,4}?(?:措施|举措|政策)/;

/** Whether a count of kinds (3个大类, 8类) numbers the kinds named in the list right before it. */
export function countsNamedKinds(folded: string, f: RawFigure): boolean {
	const after = folded.slice(f.end, f.end + 6);
	if (f.qualifier !== null || !(f.unit === '类' || (f.unit === '个' && KINDS_AFTER_RE.test(after)) || (f.unit === '项' && MEASURES_AFTER_RE.test(after)))) return false;
	const m = NAMES_RE.exec(folded.slice(Math.max(0, f.start - 80), f.start));
	if (!m) return false;
	const items = m[1]!.split('、').length;
	return m[2] ? f.value >= items : f.value === items;
}

// 开办春、秋两期培训班 · 上、下半年两次检查: a count of terms or rounds right after the short names of those terms, one by one,
// restates how many the list names (fixture 691); 开办培训班两期 · 春季开办两期 count what was done.
const PARTS_RE = /((?:[\u4e00-\u9fff]{1,4}、)+[\u4e00-\u9fff]{1,4})$/;
const PART_UNITS = new Set(['期', '次', '批', '季', '轮', '届', '场']);

/** Whether a count of terms or rounds (两期, 两次) numbers the short names listed right before it (春、秋). */
export function countsNamedParts(folded: string, f: RawFigure): boolean {
	if (f.qualifier !== null || !PART_UNITS.has(f.unit ?? '')) return false;
	const m = PARTS_RE.exec(folded.slice(Math.max(0, f.start - 24), f.start));
	return m !== null && m[1]!.split('、').length === f.value;
}
