// Row validation for the three file kinds: raw cells → domain records, or coded issues at their line and column.
import { rowIssue, type IssueCode, type RowIssue } from '../domain/issues';
import {
	DIRECTIONS,
	INDICATOR_CODE,
	INDICATOR_KINDS,
	PROVENANCES,
	QUALIFIERS,
	type Indicator,
	type Observation,
	type Provenance,
	type Target
} from '../domain/model';
import { parsePeriod, type Period } from '../domain/period';
import { isBlankMarker, parseNumber, parseUnit, toIndicatorValue, type Qualifier } from '../domain/quantity';
import type { Catalog } from './catalog';
import { foldName, type ColumnMap } from './columns';

export interface ObservationRecord extends Observation {
	line: number;
	/** Target for the same indicator and period, when the file has a target column. */
	target: number | null;
	targetQualifier: Qualifier | null;
}
export interface IndicatorRecord extends Indicator {
	line: number;
}
export interface TargetRecord extends Target {
	line: number;
}
export type IngestRecord =
	| { kind: 'observations'; record: ObservationRecord }
	| { kind: 'indicators'; record: IndicatorRecord }
	| { kind: 'targets'; record: TargetRecord };

export interface RowContext {
	headers: string[];
	catalog: Catalog;
	issue(line: number, column: number | null, value: string | null, code: IssueCode, zh: string, en: string): void;
}

const MAX_TEXT = 4000;
const FOOTNOTE = /^(注|备注|说明|附注|数据来源|资料来源|来源|note|source)\s*[:：]/i;
const TOTAL = /^(合计|总计|小计|累计合计|total|sum)$/i;

/** A period parse is the same for every row that writes it the same way: cache by raw text. */
export class PeriodCache {
	#cache = new Map<string, ReturnType<typeof parsePeriod>>();
	get(raw: string) {
		let r = this.#cache.get(raw);
		if (!r) {
			r = parsePeriod(raw);
			if (this.#cache.size < 50_000) this.#cache.set(raw, r);
		}
		return r;
	}
}

/** Whole-row checks shared by every kind: blank rows, footnotes and totals, ragged rows. */
export function rowShape(
	fields: string[],
	line: number,
	width: number,
	warn: (issue: RowIssue) => void,
	error: (issue: RowIssue) => void
): 'blank' | 'skip' | 'ok' {
	let lastFilled = -1;
	for (let i = fields.length - 1; i >= 0; i--) {
		if (fields[i]!.trim() !== '') {
			lastFilled = i;
			break;
		}
	}
	if (lastFilled < 0) return 'blank';
	const first = fields.find((f) => f.trim() !== '')!.trim();
	const text = fields.join(',').slice(0, 200);
	if (FOOTNOTE.test(first)) {
		warn(rowIssue(line, null, text, 'footnote_row', '脚注行未导入', 'Footnote row not imported'));
		return 'skip';
	}
	if (TOTAL.test(foldName(first))) {
		warn(rowIssue(line, null, text, 'total_row', '合计行未导入(合计由系统计算)', 'Total row not imported (totals are computed)'));
		return 'skip';
	}
	// Excel pads short rows with empty cells; trailing empties beyond the header are harmless.
	if (lastFilled >= width || fields.length < width) {
		error(
			rowIssue(
				line,
				null,
				text,
				'ragged_row',
				`此行有 ${lastFilled >= width ? lastFilled + 1 : fields.length} 个单元格,表头有 ${width} 列`,
				`This row has ${lastFilled >= width ? lastFilled + 1 : fields.length} cells but the header has ${width} columns`
			)
		);
		return 'skip';
	}
	return 'ok';
}

function cell(fields: string[], map: ColumnMap, field: string): { raw: string; index: number } | null {
	const index = map.fields.get(field);
	if (index === undefined) return null;
	return { raw: fields[index] ?? '', index };
}

function text(ctx: RowContext, line: number, c: { raw: string; index: number } | null): string {
	if (!c) return '';
	let t = c.raw.trim();
	// Our CSV export protects formula-looking text with an apostrophe; reading it back removes it again.
	if (/^'[=+\-@\t\r]/.test(t)) t = t.slice(1);
	if (t.length > MAX_TEXT) {
		ctx.issue(line, c.index, t.slice(0, 100), 'bad_value', `文字过长(最多 ${MAX_TEXT} 字)`, `Text too long (at most ${MAX_TEXT} characters)`);
		return '';
	}
	return t;
}

function required(ctx: RowContext, line: number, c: { raw: string; index: number } | null): string | null {
	if (!c) return null;
	if (isBlankMarker(c.raw)) {
		ctx.issue(line, c.index, c.raw, 'missing_value', '必填单元格为空', 'A required cell is empty');
		return null;
	}
	return c.raw.trim();
}

export function resolveIndicator(ctx: RowContext, line: number, c: { raw: string; index: number } | null): Indicator | null {
	const raw = required(ctx, line, c);
	if (raw === null) return null;
	const found = ctx.catalog.resolve(raw);
	if (!found)
		ctx.issue(line, c!.index, raw, 'unknown_indicator', `未知指标“${raw}”:请先上传指标表或检查代码/名称`, `Unknown indicator "${raw}": upload it in an indicators file first, or check the code or name`);
	return found ?? null;
}

export function readPeriod(ctx: RowContext, cache: PeriodCache, line: number, c: { raw: string; index: number } | null): Period | null {
	const raw = required(ctx, line, c);
	if (raw === null) return null;
	const r = cache.get(raw);
	if (!r.ok) {
		ctx.issue(line, c!.index, raw, r.code, r.zh, r.en);
		return null;
	}
	return r.value;
}

/** A number in the indicator's base unit; `unitText` comes from a unit column or the header. */
export function readQuantity(
	ctx: RowContext,
	line: number,
	c: { raw: string; index: number },
	indicator: Indicator | null,
	unitText: string | null
): { value: number; qualifier: Qualifier | null } | null {
	const parsed = parseNumber(c.raw);
	if (!parsed.ok) {
		ctx.issue(line, c.index, c.raw, parsed.code, parsed.zh, parsed.en);
		return null;
	}
	if (!indicator) return null;
	const converted = toIndicatorValue(parsed.value, unitText, indicator.unit);
	if (!converted.ok) {
		ctx.issue(line, c.index, c.raw, converted.code, converted.zh, converted.en);
		return null;
	}
	return converted.value;
}

function optionalQuantity(
	ctx: RowContext,
	line: number,
	c: { raw: string; index: number } | null,
	indicator: Indicator | null,
	unitText: string | null
) {
	if (!c || isBlankMarker(c.raw)) return null;
	return readQuantity(ctx, line, c, indicator, unitText);
}

const PROVENANCE_ALIASES: Record<string, Provenance> = { 报告: 'reported', 公布: 'reported', 推算: 'derived', 派生: 'derived', 演示: 'demo', 示例: 'demo' };

export function readObservationCells(
	ctx: RowContext,
	cache: PeriodCache,
	fields: string[],
	line: number,
	map: ColumnMap,
	indicator: Indicator | null,
	period: Period | null,
	valueCell: { raw: string; index: number }
): ObservationRecord | null {
	const unitCell = cell(fields, map, 'unit');
	const unitText = unitCell && !isBlankMarker(unitCell.raw) ? unitCell.raw.trim() : map.headerUnit;
	const value = required(ctx, line, valueCell) === null ? null : readQuantity(ctx, line, valueCell, indicator, unitText);
	const target = optionalQuantity(ctx, line, cell(fields, map, 'target'), indicator, unitText);

	let qualifier = value?.qualifier ?? null;
	const qc = cell(fields, map, 'qualifier');
	if (qc && !isBlankMarker(qc.raw)) {
		const q = qc.raw.trim() as Qualifier;
		if (!(QUALIFIERS as readonly string[]).includes(q))
			ctx.issue(line, qc.index, qc.raw, 'bad_value', `限定词只能是 ${QUALIFIERS.join('、')}`, `Qualifier must be one of ${QUALIFIERS.join(', ')}`);
		else if (qualifier && qualifier !== q)
			ctx.issue(line, qc.index, qc.raw, 'bad_value', `限定词“${q}”与数值中的“${qualifier}”矛盾`, `Qualifier "${q}" contradicts "${qualifier}" in the value`);
		else qualifier = q;
	}

	let yoyReported: number | null = null;
	let yoyDecimals: number | null = null;
	const yc = cell(fields, map, 'yoy');
	if (yc && !isBlankMarker(yc.raw)) {
		const y = parseNumber(yc.raw);
		if (!y.ok) ctx.issue(line, yc.index, yc.raw, y.code, y.zh, y.en);
		else if (y.value.unit !== null && y.value.unit !== '%' && y.value.unit !== '个百分点')
			ctx.issue(line, yc.index, yc.raw, 'bad_number', '同比应写成百分比,如 37.5%', 'YoY must be a percentage such as 37.5%');
		else {
			yoyReported = y.value.value;
			yoyDecimals = y.value.decimals;
		}
	}

	let provenance: Provenance = 'reported';
	const pc = cell(fields, map, 'provenance');
	if (pc && !isBlankMarker(pc.raw)) {
		const p = foldName(pc.raw);
		const found = (PROVENANCES as readonly string[]).includes(p) ? (p as Provenance) : PROVENANCE_ALIASES[p];
		if (!found)
			ctx.issue(line, pc.index, pc.raw, 'bad_value', '数据性质应为 reported(报告)、derived(推算)或 demo(演示)', 'Provenance must be reported, derived or demo');
		else provenance = found;
	}
	const source = text(ctx, line, cell(fields, map, 'source'));
	const note = text(ctx, line, cell(fields, map, 'note'));
	if (!indicator || !period || !value) return null;
	return {
		line,
		indicator: indicator.code,
		period: period.key,
		value: value.value,
		qualifier,
		provenance,
		yoyReported,
		yoyDecimals,
		source,
		note,
		target: target?.value ?? null,
		targetQualifier: target?.qualifier ?? null
	};
}

const KIND_ALIASES: Record<string, Indicator['kind']> = { 流量: 'flow', 累计型: 'flow', 存量: 'stock', 时点: 'stock', 比率: 'rate', 比例: 'rate', 率: 'rate' };
const DIRECTION_ALIASES: Record<string, Indicator['direction']> = { 正向: 'up', 越高越好: 'up', 逆向: 'down', 越低越好: 'down' };
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];

function readItem(raw: string): number | null | undefined {
	const t = raw.normalize('NFKC').trim().replace(/^[(（]|[)）]$/g, '');
	if (t === '') return null;
	if (/^\d+$/.test(t)) return Number(t) >= 1 && Number(t) <= 11 ? Number(t) : undefined;
	const i = NUMERALS.indexOf(t);
	return i >= 0 ? i + 1 : undefined;
}

export function readIndicatorRow(ctx: RowContext, fields: string[], line: number, map: ColumnMap): IndicatorRecord | null {
	const codeCell = cell(fields, map, 'code');
	const code = required(ctx, line, codeCell);
	if (code !== null && !INDICATOR_CODE.test(code))
		ctx.issue(line, codeCell!.index, code, 'bad_value', '代码只能用小写字母、数字、- 和 _,并以字母开头', 'Codes use lowercase letters, digits, - and _, starting with a letter');
	const nameZh = required(ctx, line, cell(fields, map, 'nameZh'));
	const unitCell = cell(fields, map, 'unit');
	const unitRaw = required(ctx, line, unitCell);
	const unit = unitRaw === null ? null : parseUnit(unitRaw).base;
	const kindCell = cell(fields, map, 'kind');
	const kindRaw = required(ctx, line, kindCell);
	const kind = kindRaw === null ? null : (INDICATOR_KINDS as readonly string[]).includes(foldName(kindRaw)) ? (foldName(kindRaw) as Indicator['kind']) : KIND_ALIASES[kindRaw];
	if (kindRaw !== null && !kind)
		ctx.issue(line, kindCell!.index, kindRaw, 'bad_value', '类型应为 flow(流量)、stock(存量)或 rate(比率)', 'Kind must be flow, stock or rate');
	const dirCell = cell(fields, map, 'direction');
	const dirRaw = required(ctx, line, dirCell);
	const direction = dirRaw === null ? null : (DIRECTIONS as readonly string[]).includes(foldName(dirRaw)) ? (foldName(dirRaw) as Indicator['direction']) : DIRECTION_ALIASES[dirRaw];
	if (dirRaw !== null && !direction)
		ctx.issue(line, dirCell!.index, dirRaw, 'bad_value', '方向应为 up(越高越好)或 down(越低越好)', 'Direction must be up or down');
	const itemCell = cell(fields, map, 'item');
	const item = itemCell ? readItem(itemCell.raw) : null;
	if (item === undefined)
		ctx.issue(line, itemCell!.index, itemCell!.raw, 'bad_value', '整改事项应为 1–11 或 (一)…(十一)', 'Rectification item must be 1–11 or (一)…(十一)');
	const rec = {
		line,
		code: code ?? '',
		nameZh: nameZh ?? '',
		nameEn: text(ctx, line, cell(fields, map, 'nameEn')),
		unit: unit ?? '',
		kind: kind ?? 'flow',
		direction: direction ?? 'up',
		category: text(ctx, line, cell(fields, map, 'category')),
		item: item ?? null,
		description: text(ctx, line, cell(fields, map, 'description'))
	};
	if (code === null || !INDICATOR_CODE.test(code) || !nameZh || unit === null || !kind || !direction || item === undefined) return null;
	return rec;
}

const BASIS_ALIASES: Record<string, string> = { rectification: '整改方案', 'rectification plan': '整改方案', annual: '年度计划', 'annual plan': '年度计划', 工作要点: '年度计划' };

export function readTargetRow(ctx: RowContext, cache: PeriodCache, fields: string[], line: number, map: ColumnMap): TargetRecord | null {
	const indicator = resolveIndicator(ctx, line, cell(fields, map, 'indicator'));
	const period = readPeriod(ctx, cache, line, cell(fields, map, 'period'));
	const unitCell = cell(fields, map, 'unit');
	const unitText = unitCell && !isBlankMarker(unitCell.raw) ? unitCell.raw.trim() : map.headerUnit;
	const tc = cell(fields, map, 'target')!;
	const value = required(ctx, line, tc) === null ? null : readQuantity(ctx, line, tc, indicator, unitText);
	const basisRaw = text(ctx, line, cell(fields, map, 'basis'));
	const rec = {
		basis: BASIS_ALIASES[foldName(basisRaw)] ?? basisRaw,
		owner: text(ctx, line, cell(fields, map, 'owner')),
		department: text(ctx, line, cell(fields, map, 'department')),
		deadline: text(ctx, line, cell(fields, map, 'deadline')),
		source: text(ctx, line, cell(fields, map, 'source')),
		note: text(ctx, line, cell(fields, map, 'note'))
	};
	if (!indicator || !period || !value) return null;
	return { line, indicator: indicator.code, period: period.key, value: value.value, qualifier: value.qualifier, ...rec };
}
