// Row validation for observations and targets (indicators: indicators.ts): raw cells → domain records, or coded issues at their line and column.
import type { z } from 'zod';
import { rowIssue, type IssueCode, type RowIssue } from '../domain/issues';
import { PROVENANCES, QUALIFIERS, targetSchema, type Indicator, type Observation, type Provenance, type Target } from '../domain/model';
import { parsePeriod, type Period } from '../domain/period';
import { isBlankMarker, parseNumber, toIndicatorValue, type Qualifier } from '../domain/quantity';
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

/** The row as an issue shows it; built only for an issue: joining every row of a large file is pure garbage. */
function rowText(fields: string[]): string {
	return fields.join(',').slice(0, 200);
}

const totalWords = new Map<string, boolean>();
/** 合计/总计/Total…, also full-width; each distinct short first cell (an indicator code) is folded once. */
function isTotalWord(first: string): boolean {
	let total = totalWords.get(first);
	if (total === undefined) {
		total = TOTAL.test(foldName(first));
		if (totalWords.size >= 10_000) totalWords.clear();
		totalWords.set(first, total);
	}
	return total;
}

/** Whole-row checks shared by every kind: blank rows, footnotes and totals (`note`), ragged rows (`bad`). */
export function rowShape(
	fields: string[],
	line: number,
	width: number,
	warn: (issue: RowIssue) => void,
	error: (issue: RowIssue) => void
): 'blank' | 'note' | 'bad' | 'ok' {
	let lastFilled = -1;
	for (let i = fields.length - 1; i >= 0; i--) {
		if (fields[i]!.trim() !== '') {
			lastFilled = i;
			break;
		}
	}
	if (lastFilled < 0) return 'blank';
	const first = fields.find((f) => f.trim() !== '')!.trim();
	if (FOOTNOTE.test(first)) {
		warn(rowIssue(line, null, rowText(fields), 'footnote_row', '脚注行未导入', 'Footnote row not imported'));
		return 'note';
	}
	// Every total word is short; folding (NFKC) each row's indicator cell would cost more than the test.
	if (first.length <= 8 && isTotalWord(first)) {
		warn(rowIssue(line, null, rowText(fields), 'total_row', '合计行未导入(合计由系统计算)', 'Total row not imported (totals are computed)'));
		return 'note';
	}
	// Excel pads short rows with empty cells; trailing empties beyond the header are harmless.
	if (lastFilled >= width || fields.length < width) {
		const cells = lastFilled >= width ? lastFilled + 1 : fields.length;
		error(rowIssue(line, null, rowText(fields), 'ragged_row', `此行有 ${cells} 个单元格,表头有 ${width} 列`, `This row has ${cells} cells but the header has ${width} columns`));
		return 'bad';
	}
	return 'ok';
}

export function cell(fields: string[], map: ColumnMap, field: string): { raw: string; index: number } | null {
	const index = map.fields.get(field);
	if (index === undefined) return null;
	return { raw: fields[index] ?? '', index };
}

/** The row's unit cell, when there is one and it is filled. */
function unitOf(fields: string[], map: ColumnMap): string | null {
	const c = cell(fields, map, 'unit');
	return c && !isBlankMarker(c.raw) ? c.raw.trim() : null;
}

export function text(ctx: RowContext, line: number, c: { raw: string; index: number } | null): string {
	if (!c) return '';
	let t = c.raw.trim();
	// Our CSV export protects formula-looking text with an apostrophe; reading it back removes it again.
	if (t.charCodeAt(0) === 39 && /^'[=+\-@\t\r]/.test(t)) t = t.slice(1);
	if (t.length > MAX_TEXT) {
		ctx.issue(line, c.index, t.slice(0, 100), 'bad_value', `文字过长(最多 ${MAX_TEXT} 字)`, `Text too long (at most ${MAX_TEXT} characters)`);
		return '';
	}
	return t;
}

export function required(ctx: RowContext, line: number, c: { raw: string; index: number } | null): string | null {
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

/** 同比 as stated: a percentage (37.5%, 37.5, or 个百分点 for a rate); `5万` or `5元` is no growth rate. */
function readYoy(ctx: RowContext, line: number, c: { raw: string; index: number } | null): { value: number; decimals: number } | null {
	if (!c || isBlankMarker(c.raw)) return null;
	const y = parseNumber(c.raw);
	if (!y.ok) {
		ctx.issue(line, c.index, c.raw, y.code, y.zh, y.en);
		return null;
	}
	const { value, unit, scaled, decimals } = y.value;
	if (scaled || (unit !== null && unit !== '%' && unit !== '个百分点')) {
		ctx.issue(line, c.index, c.raw, 'bad_number', '同比应写成百分比,如 37.5%', 'YoY must be a percentage such as 37.5%');
		return null;
	}
	return { value, decimals };
}

// Maps, not object literals: a cell reading `constructor` must not find Object.prototype.constructor.
const PROVENANCE_WORDS = new Map<string, Provenance>([
	...PROVENANCES.map((p) => [p, p] as const),
	['报告', 'reported'], ['公布', 'reported'], ['推算', 'derived'], ['派生', 'derived'], ['演示', 'demo'], ['示例', 'demo']
]);

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
	// A unit cell speaks for the whole row; else a header's bracketed unit, and the value's also for the target.
	const rowUnit = unitOf(fields, map);
	const valueUnit = rowUnit ?? map.units.get('value') ?? null;
	const targetUnit = rowUnit ?? map.units.get('target') ?? map.units.get('value') ?? null;
	const value = required(ctx, line, valueCell) === null ? null : readQuantity(ctx, line, valueCell, indicator, valueUnit);
	const target = optionalQuantity(ctx, line, cell(fields, map, 'target'), indicator, targetUnit);

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

	const yoy = readYoy(ctx, line, cell(fields, map, 'yoy'));
	let provenance: Provenance = 'reported';
	const pc = cell(fields, map, 'provenance');
	if (pc && !isBlankMarker(pc.raw)) {
		const found = PROVENANCE_WORDS.get(foldName(pc.raw));
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
		yoyReported: yoy?.value ?? null,
		yoyDecimals: yoy?.decimals ?? null,
		source,
		note,
		target: target?.value ?? null,
		targetQualifier: target?.qualifier ?? null
	};
}

const BASIS_WORDS = new Map([['rectification', '整改方案'], ['rectification plan', '整改方案'], ['annual', '年度计划'], ['annual plan', '年度计划'], ['工作要点', '年度计划']]);

export function readTargetRow(ctx: RowContext, cache: PeriodCache, fields: string[], line: number, map: ColumnMap): TargetRecord | null {
	const indicator = resolveIndicator(ctx, line, cell(fields, map, 'indicator'));
	const period = readPeriod(ctx, cache, line, cell(fields, map, 'period'));
	const unitText = unitOf(fields, map) ?? map.units.get('target') ?? null;
	const tc = cell(fields, map, 'target')!;
	const value = required(ctx, line, tc) === null ? null : readQuantity(ctx, line, tc, indicator, unitText);
	const basisRaw = text(ctx, line, cell(fields, map, 'basis'));
	const rec = {
		basis: BASIS_WORDS.get(foldName(basisRaw)) ?? basisRaw,
		owner: text(ctx, line, cell(fields, map, 'owner')),
		department: text(ctx, line, cell(fields, map, 'department')),
		deadline: text(ctx, line, cell(fields, map, 'deadline')),
		source: text(ctx, line, cell(fields, map, 'source')),
		note: text(ctx, line, cell(fields, map, 'note'))
	};
	if (!indicator || !period || !value) return null;
	return conforms(ctx, line, targetSchema, { line, indicator: indicator.code, period: period.key, value: value.value, qualifier: value.qualifier, ...rec });
}

/**
 * The domain's zod schema as the last word on a definition or target row (lengths, enums, ranges), so
 * the browser preview and the server commit share one rulebook. Observation rows skip it: their cells are
 * already typed by the parsers above, and a schema pass per row costs ~0.5 s per million rows.
 */
export function conforms<T extends { line: number }>(ctx: RowContext, line: number, schema: z.ZodType, rec: T): T | null {
	const r = schema.safeParse(rec);
	if (r.success) return rec;
	for (const i of r.error.issues)
		ctx.issue(line, null, String(i.path.join('.')), 'bad_value', `字段“${i.path.join('.')}”不合要求:${i.message}`, `Field "${i.path.join('.')}" is invalid: ${i.message}`);
	return null;
}
