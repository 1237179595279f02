// Indicator-definition rows (指标表): cells → an Indicator, and the file-level rules of one code per
// definition and one indicator per name, so names keep resolving to exactly one indicator.
import { rowIssue, type RowIssue } from '../domain/issues';
import { DIRECTIONS, INDICATOR_CODE, INDICATOR_KINDS, indicatorSchema, type Indicator } from '../domain/model';
import { parseUnit } from '../domain/quantity';
import type { Catalog } from './catalog';
import { foldName, type ColumnMap } from './columns';
import { cell, conforms, required, text, type IndicatorRecord, type RowContext } from './validate';

// Maps, not object literals: a cell reading `constructor` must not find Object.prototype.constructor.
const KINDS = new Map<string, Indicator['kind']>([
	...INDICATOR_KINDS.map((k) => [k, k] as const),
	['流量', 'flow'], ['累计型', 'flow'], ['存量', 'stock'], ['时点', 'stock'], ['比率', 'rate'], ['比例', 'rate'], ['率', 'rate']
]);
const DIRECTION_WORDS = new Map<string, Indicator['direction']>([
	...DIRECTIONS.map((d) => [d, d] as const),
	['正向', 'up'], ['越高越好', 'up'], ['逆向', 'down'], ['越低越好', 'down']
]);
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];

/** Rectification item: 1–11, 一…十一, optionally in brackets; null when empty, undefined when invalid. */
function readItem(raw: string): number | null | undefined {
	const t = raw.normalize('NFKC').trim().replace(/^[(（]|[)）]$/g, '');
	if (t === '') return null;
	if (/^\d+$/.test(t)) return Number(t) >= 1 && Number(t) <= 11 ? Number(t) : undefined;
	const i = NUMERALS.indexOf(t);
	return i >= 0 ? i + 1 : undefined;
}

/** A required cell looked up in a word list; a bad word is a bad_value naming the choices. */
function choice<T>(ctx: RowContext, line: number, c: { raw: string; index: number } | null, words: Map<string, T>, zh: string, en: string): T | null {
	const raw = required(ctx, line, c);
	if (raw === null) return null;
	const found = words.get(foldName(raw));
	if (found === undefined) ctx.issue(line, c!.index, raw, 'bad_value', zh, en);
	return found ?? null;
}

export function readIndicatorRow(ctx: RowContext, fields: string[], line: number, map: ColumnMap): IndicatorRecord | null {
	const codeCell = cell(fields, map, 'code');
	const code = required(ctx, line, codeCell);
	if (code !== null && !INDICATOR_CODE.test(code))
		ctx.issue(line, codeCell!.index, code, 'bad_value', '代码只能用小写字母、数字、- 和 _,并以字母开头', 'Codes use lowercase letters, digits, - and _, starting with a letter');
	const nameZh = required(ctx, line, cell(fields, map, 'nameZh'));
	const unitRaw = required(ctx, line, cell(fields, map, 'unit'));
	const unit = unitRaw === null ? null : parseUnit(unitRaw).base;
	const kind = choice(ctx, line, cell(fields, map, 'kind'), KINDS, '类型应为 flow(流量)、stock(存量)或 rate(比率)', 'Kind must be flow, stock or rate');
	const direction = choice(ctx, line, cell(fields, map, 'direction'), DIRECTION_WORDS, '方向应为 up(越高越好)或 down(越低越好)', 'Direction must be up or down');
	const itemCell = cell(fields, map, 'item');
	const item = itemCell ? readItem(itemCell.raw) : null;
	if (item === undefined)
		ctx.issue(line, itemCell!.index, itemCell!.raw, 'bad_value', '整改事项应为 1–11 或 (一)…(十一)', 'Rectification item must be 1–11 or (一)…(十一)');
	const nameEn = text(ctx, line, cell(fields, map, 'nameEn'));
	const category = text(ctx, line, cell(fields, map, 'category'));
	const description = text(ctx, line, cell(fields, map, 'description'));
	if (code === null || !INDICATOR_CODE.test(code) || !nameZh || unit === null || !kind || !direction || item === undefined) return null;
	return conforms(ctx, line, indicatorSchema, { line, code, nameZh, nameEn, unit, kind, direction, category, item, description });
}

/** One indicators file's rules across rows: a code is defined once, and a name belongs to one code. */
export class DefinitionCheck {
	#codes = new Map<string, { line: number; sig: string }>();
	#names = new Map<string, { line: number; code: string }>();

	constructor(private catalog: Catalog) {}

	/** null: a new definition to add; 'repeat': identical to an earlier row (harmless); else the issue. */
	check(rec: IndicatorRecord): RowIssue | 'repeat' | null {
		const { line: _line, ...def } = rec;
		const sig = JSON.stringify(def);
		const first = this.#codes.get(rec.code);
		if (first) {
			if (first.sig === sig) return 'repeat';
			return rowIssue(rec.line, null, rec.code, 'duplicate_row', `代码“${rec.code}”与第 ${first.line} 行重复,但定义不同`, `Code "${rec.code}" repeats line ${first.line} with a different definition`);
		}
		for (const name of [rec.nameZh, rec.nameEn].filter((n) => n !== '')) {
			const clash = this.#nameClash(rec, name);
			if (clash) return clash;
		}
		this.#codes.set(rec.code, { line: rec.line, sig });
		for (const name of [rec.nameZh, rec.nameEn]) if (name !== '') this.#names.set(foldName(name), { line: rec.line, code: rec.code });
		return null;
	}

	/** Observations find indicators by name, so two codes sharing one would make that name ambiguous. */
	#nameClash(rec: IndicatorRecord, name: string): RowIssue | null {
		const inFile = this.#names.get(foldName(name));
		if (inFile && inFile.code !== rec.code)
			return rowIssue(rec.line, null, name, 'conflicting_definition', `名称“${name}”已被第 ${inFile.line} 行的另一指标使用`, `Name "${name}" is already used by another indicator on line ${inFile.line}`);
		const known = this.catalog.resolve(name);
		if (known && known.code !== rec.code)
			return rowIssue(rec.line, null, name, 'conflicting_definition', `名称“${name}”已是指标“${known.code}”的名称`, `Name "${name}" already belongs to indicator "${known.code}"`);
		return null;
	}
}
