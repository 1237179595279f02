// Finds figures (number + unit) and stated changes (同比…, 比2019年同期…, …倍, 分别…) in folded report text.
import { parseNumber, parseUnit, type Qualifier } from '../domain/quantity';

export interface RawFigure {
	start: number;
	end: number;
	value: number;
	unit: string | null;
	qualifier: Qualifier | null;
}

export type ChangeKind = 'yoy' | 'yoy_points' | 'base_growth' | 'recovery' | 'multiple';
export interface Change {
	start: number;
	end: number;
	kind: ChangeKind;
	/** Signed percent (or points, or a multiple); 下降/减少 negative. */
	values: number[];
	/** The comparison period as written when it is not last year (2019); null for last year. */
	base: string | null;
	distributive: boolean;
}

const QUAL = '(接近|将近|近|大约|约|超过|超|逾|达到|高达|突破)?';
const AR = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const CN = '[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?';
const SCALE = '(?:千万|百万|万亿|万|亿|千|百)?';
const UNITS = '个百分点|百分点|%|万人次|人次|人|亿元|万元|美元|元|场次|场|个|项|家|条|次|名|块|辆|座|处|间|张|件|部|所|户|亩|公里|平方米|吨|期|批|台|架|艘|位';
const FIG_RE = new RegExp(`${QUAL}(百分之)?(${AR}|${CN})(余)?(${SCALE})(余)?(${UNITS})?`, 'g');
const QUAL_MAP: Record<string, Qualifier> = { 接近: '近', 将近: '近', 近: '近', 大约: '约', 约: '约', 超过: '超', 超: '超', 逾: '逾', 突破: '超' };
// 位 only counts as a unit for people (20位专家), never in 第8位 / 排第8位 (a rank).
const NOT_AFTER = /^(?:年|月|日|号|天|级|岁|届|季度|周|小时|分钟|秒|A|a|星|楼|层|路|期工程|版|号线|\.\d|:|-|\/)/;

function isChineseOnly(s: string): boolean {
	return /^[零〇一二两三四五六七八九十百千万亿点]+$/.test(s);
}

/** Figures in `text` (folded), skipping the spans in `masked` (changes) and numbers that are years, dates, ranks or names. */
export function findFigures(text: string, masked: (at: number) => boolean): RawFigure[] {
	const out: RawFigure[] = [];
	FIG_RE.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = FIG_RE.exec(text))) {
		if (m[0].length === 0) {
			FIG_RE.lastIndex++;
			continue;
		}
		const qual = m[1] ?? '';
		const start = m.index + qual.length;
		const numText = m[3]!;
		const end = m.index + m[0].length;
		const unit = m[7] ?? null;
		if (masked(start)) continue;
		const before = text.slice(Math.max(0, start - 2), start);
		if (/第$|[\dA-Za-z.\-]$/.test(before) || before.endsWith('排')) continue;
		if (NOT_AFTER.test(text.slice(m.index + qual.length + (m[2]?.length ?? 0) + numText.length))) continue;
		// Inside 《》 or “” a number is part of a name (“十四五”, 《2024年…》).
		if (insideName(text, start)) continue;
		const cn = isChineseOnly(numText);
		const scaled = (m[5] ?? '') !== '' || /[万亿]/.test(numText);
		if (cn) {
			// A lone numeral (两个维护, 三会一课, 一批) is wording, not a figure.
			if (numText.length < 2 && !scaled && !m[2]) continue;
			if (!unit && !scaled && !m[2]) continue;
			if (/^[一二三四五六七八九十]$/.test(numText.replace(/[万亿]/g, '')) && !qual && !unit) continue;
		}
		if (!unit && !m[2] && !(scaled && qual)) continue;
		if (unit === '位' && !/^[人名]?(?:专家|代表|嘉宾|选手|游客|人才|艺术家|教练)/.test(text.slice(end))) continue;
		const written = (QUAL_MAP[qual] ?? '') + (m[2] ?? '') + numText + (m[4] ?? '') + (m[5] ?? '') + (m[6] ?? '') + (unit === '个百分点' || unit === '百分点' ? '' : (unit ?? ''));
		const parsed = parseNumber(written);
		if (!parsed.ok) continue;
		if (unit === '个百分点' || unit === '百分点') continue; // a difference, never a level
		const u = parsed.value.unit === null ? null : parseUnit(parsed.value.unit).base || null;
		out.push({ start: m.index, end, value: parsed.value.value, unit: u, qualifier: parsed.value.qualifier });
	}
	return out;
}

function insideName(text: string, at: number): boolean {
	const from = Math.max(0, at - 40);
	const left = text.slice(from, at);
	const open = Math.max(left.lastIndexOf('《'), left.lastIndexOf('“'), left.lastIndexOf('"'));
	if (open < 0) return false;
	const close = Math.max(left.lastIndexOf('》'), left.lastIndexOf('”'));
	return close < open && /[》”"]/.test(text.slice(at, at + 30));
}

const PCT = `(?:百分之${CN}|${AR}|${CN})(?:%|个百分点|百分点|倍|成)?`;
const PCT_RE = new RegExp(PCT, 'g');
const UP = '增长|增加|提高|提升|上升|上涨|增幅为?|多|回升';
const DOWN = '下降|减少|降低|下滑|回落|下跌|降幅为?|少';
const LINK = `(?:和|、|,|及|与)`;
const CHANGE_RE = new RegExp(
	`(?:按可比口径)?(同比|较上年同期|较去年同期|比上年同期|比去年同期|比上年|比去年|较上年|较去年|与去年同期相比|(?:比|较)((?:\\d{4}|[〇零一二三四五六七八九]{4})年)(?:同期|春节|国庆节?|五一|清明节?|端午节?|中秋节?|[一二三四]季度|[上下]半年|前三季度)?|(?<=[,;:])(?:按可比口径)?)(分别)?(?:${UP}|(${DOWN}))(分别)?(${PCT}(?:${LINK}${PCT})*)` +
		`|(?:恢复到|恢复至|达到|为|相当于)((?:\\d{4})年)同期(?:水平)?的(${PCT})` +
		`|是(去年|上年|(?:\\d{4})年)同期的(${AR})倍`,
	'g'
);

function pct(s: string): { value: number; points: boolean } | null {
	const points = /百分点$/.test(s);
	const core = s.replace(/个百分点$|百分点$|%$/, '');
	const text = core.startsWith('百分之') ? core : core;
	const p = parseNumber(text.startsWith('百分之') ? text : text);
	if (!p.ok || p.value.unit !== null && p.value.unit !== '%') return null;
	return { value: p.value.value, points };
}

/** Stated changes in folded text, in order. */
export function findChanges(text: string): Change[] {
	const out: Change[] = [];
	CHANGE_RE.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = CHANGE_RE.exec(text))) {
		const start = m.index, end = start + m[0].length;
		if (m[6] !== undefined) {
			const parts = m[6].match(PCT_RE) ?? [];
			const read = parts.map(pct).filter((x): x is { value: number; points: boolean } => x !== null);
			if (read.length === 0) continue;
			const sign = m[4] ? -1 : 1;
			const base = m[2] ? m[2].replace('年', '') : null;
			const points = read.some((r) => r.points);
			const kind: ChangeKind = base ? 'base_growth' : points ? 'yoy_points' : 'yoy';
			out.push({ start: m.index, end, kind, values: read.map((r) => sign * r.value), base, distributive: !!(m[3] || m[5]) || read.length > 1 });
		} else if (m[8] !== undefined) {
			const r = pct(m[8]);
			if (r) out.push({ start: m.index, end, kind: 'recovery', values: [r.value], base: m[7]!.replace('年', ''), distributive: false });
		} else if (m[10] !== undefined) {
			const base = /^\d/.test(m[9]!) ? m[9]!.replace('年', '') : null;
			out.push({ start: m.index, end, kind: 'multiple', values: [Number(m[10])], base, distributive: false });
		}
	}
	return out;
}
