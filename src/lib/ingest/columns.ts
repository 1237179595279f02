// Header aliases (English and Chinese) → canonical fields, and file-kind detection from the header row.
import { rowIssue, type RowIssue } from '../domain/issues';
import { parsePeriod, type Period } from '../domain/period';

export type FileKind = 'observations' | 'indicators' | 'targets';
export const FILE_KINDS: readonly FileKind[] = ['observations', 'indicators', 'targets'];

/** NFKC folding, trimming, Latin case folding and dropping inner spaces and underscores: `（验收）` = `(验收)`. */
export function foldName(s: string): string {
	return s.normalize('NFKC').trim().toLowerCase();
}

function foldHeader(s: string): string {
	return foldName(s).replace(/[\s_-]+/g, '');
}

const ALIASES = {
	observations: {
		indicator: ['indicator', '指标', '指标代码', '指标名称'],
		period: ['period', '期间', '统计期', '时间'],
		value: ['value', '数值', '本期值', '实际值'],
		unit: ['unit', '单位'],
		target: ['target', '目标值', '目标'],
		yoy: ['yoy', 'yoy_reported', '同比', '同比增长', '同比增速'],
		qualifier: ['qualifier', '限定词', '修饰'],
		provenance: ['provenance', '数据性质', '来源类型'],
		source: ['source', '来源', '数据来源'],
		note: ['note', '备注'],
		// Written by our own export; accepted so that export → re-import round-trips, then ignored.
		yoyComputed: ['yoy_computed', '同比(计算)'],
		revision: ['revision', '修订']
	},
	indicators: {
		code: ['code', '代码', '指标代码'],
		nameZh: ['name_zh', 'name', '名称', '指标名称', '中文名称'],
		nameEn: ['name_en', '英文名称'],
		unit: ['unit', '单位'],
		kind: ['kind', '类型'],
		direction: ['direction', '方向'],
		category: ['category', '类别'],
		item: ['item', '整改事项'],
		description: ['description', '说明']
	},
	targets: {
		indicator: ['indicator', '指标', '指标代码', '指标名称'],
		period: ['period', '期间', '统计期', '时间'],
		target: ['target', '目标值', '目标'],
		unit: ['unit', '单位'],
		basis: ['basis', '依据'],
		owner: ['owner', '牵头领导'],
		department: ['department', '牵头部门'],
		deadline: ['deadline', '时间节点'],
		source: ['source', '来源', '数据来源'],
		note: ['note', '备注']
	}
} as const;

export type FieldOf<K extends FileKind> = keyof (typeof ALIASES)[K];
export type ObservationField = FieldOf<'observations'>;
export type IndicatorField = FieldOf<'indicators'>;
export type TargetField = FieldOf<'targets'>;

const REQUIRED: { [K in FileKind]: readonly FieldOf<K>[] } = {
	observations: ['indicator', 'period', 'value'],
	indicators: ['code', 'nameZh', 'unit', 'kind', 'direction'],
	targets: ['indicator', 'period', 'target']
};

const LOOKUP: { [K in FileKind]: Map<string, FieldOf<K>> } = {
	observations: new Map(),
	indicators: new Map(),
	targets: new Map()
};
for (const kind of FILE_KINDS) {
	for (const [field, names] of Object.entries(ALIASES[kind])) {
		for (const n of names as readonly string[]) (LOOKUP[kind] as Map<string, string>).set(foldHeader(n), field);
	}
}

/** A header like `数值(万人次)` names the value column and says its unit. */
const UNIT_IN_HEADER = /^(.*?)[(]([^()]+)[)]$/;

export interface ColumnMap {
	kind: FileKind;
	/** field → column index */
	fields: Map<string, number>;
	/**
	 * Unit written in a header's brackets (`数值(万人次)`), per field. It belongs to that column only:
	 * `同比(%)` must not turn every value into a percentage, nor `目标值(万人次)` scale the values.
	 */
	units: Map<string, string>;
	/** Columns that map to no field (reported as warnings so that nothing is dropped silently). */
	unknown: { index: number; name: string }[];
}

function lookupField(kind: FileKind, header: string): { field: string | undefined; unit: string | null } {
	const folded = foldHeader(header);
	const direct = (LOOKUP[kind] as Map<string, string>).get(folded);
	if (direct) return { field: direct, unit: null };
	const m = UNIT_IN_HEADER.exec(folded);
	if (m) {
		const field = (LOOKUP[kind] as Map<string, string>).get(m[1]!);
		if (field) return { field, unit: m[2]!.trim() };
	}
	return { field: undefined, unit: null };
}

function score(kind: FileKind, headers: string[]): number {
	const found = new Set(headers.map((h) => lookupField(kind, h).field).filter(Boolean));
	const required = REQUIRED[kind] as readonly string[];
	const hits = required.filter((f) => found.has(f)).length;
	return hits === required.length ? 100 + found.size : hits;
}

/** The kind whose required columns the header holds best; ties favour observations, the common case. */
export function detectKind(headers: string[]): FileKind | null {
	let best: FileKind | null = null;
	let bestScore = 0;
	for (const kind of FILE_KINDS) {
		const s = score(kind, headers);
		if (s >= 100 && s > bestScore) {
			best = kind;
			bestScore = s;
		}
	}
	return best;
}

export function isIndicatorHeader(header: string): boolean {
	return lookupField('observations', header).field === 'indicator';
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Maps a header row for a known kind; every structural problem is returned, not just the first. */
export function mapColumns(kind: FileKind, headers: string[], line: number): { map: ColumnMap; issues: RowIssue[] } {
	const issues: RowIssue[] = [];
	const fields = new Map<string, number>();
	const unknown: { index: number; name: string }[] = [];
	const units = new Map<string, string>();
	headers.forEach((raw, index) => {
		const name = raw.trim();
		if (FORBIDDEN.has(foldName(name))) {
			issues.push(rowIssue(line, raw, raw, 'bad_header', `列名“${name}”不允许使用`, `Column name "${name}" is not allowed`));
			return;
		}
		if (name === '') {
			unknown.push({ index, name });
			return;
		}
		const { field, unit } = lookupField(kind, name);
		if (!field) {
			unknown.push({ index, name });
			return;
		}
		if (fields.has(field)) {
			const first = headers[fields.get(field)!]!;
			issues.push(
				rowIssue(line, raw, raw, 'duplicate_column', `列“${name}”与列“${first}”重复`, `Column "${name}" repeats column "${first}"`)
			);
			return;
		}
		fields.set(field, index);
		if (unit && field !== 'unit') units.set(field, unit);
	});
	for (const f of REQUIRED[kind] as readonly string[]) {
		if (!fields.has(f)) {
			const { zh, en } = displayName(kind, f);
			issues.push(rowIssue(line, null, null, 'missing_column', `缺少必需的列“${zh}”`, `Missing required column "${en}"`));
		}
	}
	return { map: { kind, fields, units, unknown }, issues };
}

/** A field's name for messages: its first Chinese alias (`name_zh` → 名称, not `name`) and its English one. */
function displayName(kind: FileKind, field: string): { zh: string; en: string } {
	const names = (ALIASES[kind] as Record<string, readonly string[]>)[field]!;
	return { zh: names.find((n) => /[\u4e00-\u9fff]/.test(n)) ?? names[0]!, en: names[0]! };
}

/** The required columns of a kind, for "no header found" messages. */
export function requiredNames(kind: FileKind): { zh: string[]; en: string[] } {
	const names = (REQUIRED[kind] as readonly string[]).map((f) => displayName(kind, f));
	return { zh: names.map((n) => n.zh), en: names.map((n) => n.en) };
}

/**
 * Among rows that did not qualify as a header, the one that names most fields of a kind (at least two,
 * so a title row never counts): the analyst meant it as the header and should hear which columns it lacks.
 */
export function closestHeader<R extends { fields: string[] }>(rows: R[], forced?: FileKind): { kind: FileKind; row: R } | null {
	let best: { kind: FileKind; row: R } | null = null;
	let bestHits = 1;
	for (const row of rows) {
		for (const kind of forced ? [forced] : FILE_KINDS) {
			const hits = new Set(row.fields.map((h) => lookupField(kind, h.trim()).field).filter(Boolean)).size;
			if (hits > bestHits) {
				best = { kind, row };
				bestHits = hits;
			}
		}
	}
	return best;
}

/** The wide layout's header: indicator first, then periods (and optionally a unit column). */
export function mapWideColumns(headers: string[], line: number): { map: ColumnMap; periods: { index: number; period: Period }[]; issues: RowIssue[] } {
	const fields = new Map<string, number>([['indicator', 0]]);
	const periods: { index: number; period: Period }[] = [];
	const issues: RowIssue[] = [];
	const seen = new Map<string, string>();
	headers.forEach((h, index) => {
		if (index === 0 || h === '') return;
		if (lookupField('observations', h).field === 'unit') return void fields.set('unit', index);
		const p = parsePeriod(h);
		if (!p.ok) return void issues.push(rowIssue(line, h, h, 'bad_period', `列名“${h}”不是期间:${p.zh}`, `Column "${h}" is not a period: ${p.en}`));
		const other = seen.get(p.value.key);
		// The duplicate column's cells are left out: the header error already blocks the file, and a
		// duplicate_row for every cell under it would bury that one cause.
		if (other !== undefined)
			return void issues.push(rowIssue(line, h, h, 'duplicate_column', `列“${h}”与列“${other}”是同一期间`, `Column "${h}" is the same period as "${other}"`));
		seen.set(p.value.key, h);
		periods.push({ index, period: p.value });
	});
	return { map: { kind: 'observations', fields, units: new Map(), unknown: [] }, periods, issues };
}

/** The fields of a kind an unrecognised column can be mapped to, with their display names (upload preview). */
export function fieldChoices(kind: FileKind): { field: string; zh: string; en: string; required: boolean }[] {
	const required = REQUIRED[kind] as readonly string[];
	return Object.keys(ALIASES[kind])
		.filter((f) => f !== 'yoyComputed' && f !== 'revision')
		.map((field) => ({ field, ...displayName(kind, field), required: required.includes(field) }));
}

/** Header names the analyst can use, for templates and error messages. */
export function aliasesOf(kind: FileKind): Record<string, readonly string[]> {
	return ALIASES[kind] as Record<string, readonly string[]>;
}
