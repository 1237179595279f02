// One uploaded file → its kind, encoding, every row issue, and validated records: the same code in browser and server.
import { rowIssue, type IssueCode, type RowIssue } from '../domain/issues';
import { parsePeriod, type Period } from '../domain/period';
import type { Catalog } from './catalog';
import { detectKind, foldName, isIndicatorHeader, mapColumns, type ColumnMap, type FileKind } from './columns';
import { readDelimited, type Separator } from './csv';
import { decodeBytes, type Encoding } from './decode';
import {
	PeriodCache,
	readIndicatorRow,
	readObservationCells,
	readPeriod,
	readTargetRow,
	resolveIndicator,
	rowShape,
	type IngestRecord,
	type RowContext
} from './validate';

export interface ReadOptions {
	kind?: FileKind;
	encoding?: Encoding;
	separator?: Separator;
	catalog: Catalog;
	/** Receives each valid record; without it records are collected in `records`. */
	onRecord?: (r: IngestRecord) => void;
	/** Keep at most this many errors (the count stays exact). */
	maxIssues?: number;
}

export interface ParsedFile {
	file: string;
	kind: FileKind | null;
	layout: 'tidy' | 'wide' | null;
	encoding: Encoding | 'xlsx' | null;
	separator: Separator | null;
	/** Data rows read (cells, for the wide layout). */
	rows: number;
	accepted: number;
	errors: RowIssue[];
	errorCount: number;
	warnings: RowIssue[];
	/** Each header as written and the field it was mapped to (null: not used). */
	columns: { name: string; field: string | null }[];
	records: IngestRecord[];
}

const HEADER_SEARCH_ROWS = 10;

/** Finds what a header row is: a known kind, the wide layout, or nothing. */
function classifyHeader(fields: string[], forced: FileKind | undefined): { kind: FileKind; wide: boolean } | null {
	const cells = fields.map((f) => f.trim());
	const kind = forced ?? detectKind(cells);
	if (kind && (forced ? mapColumns(kind, cells, 1).issues.every((i) => i.code !== 'missing_column') : true))
		return { kind, wide: false };
	if ((forced === undefined || forced === 'observations') && cells.length > 1 && isIndicatorHeader(cells[0]!)) {
		if (cells.slice(1).some((c) => c !== '' && parsePeriod(c).ok)) return { kind: 'observations', wide: true };
	}
	return null;
}

class FileReader {
	readonly result: ParsedFile;
	#ctx: RowContext;
	#periods = new PeriodCache();
	#seen = new Map<string, { line: number; sig: string }>();
	#map: ColumnMap | null = null;
	#wide: { index: number; period: Period }[] = [];
	#headerLine = 0;
	#pending: { fields: string[]; line: number }[] = [];
	#rowErrors = 0;

	constructor(
		name: string,
		private opts: ReadOptions
	) {
		this.result = {
			file: name,
			kind: null,
			layout: null,
			encoding: null,
			separator: null,
			rows: 0,
			accepted: 0,
			errors: [],
			errorCount: 0,
			warnings: [],
			columns: [],
			records: []
		};
		const headers: string[] = [];
		this.#ctx = {
			headers,
			catalog: opts.catalog,
			issue: (line, column, value, code, zh, en) => {
				this.#rowErrors++;
				this.error(rowIssue(line, column === null ? null : (headers[column] ?? null), value, code, zh, en));
			}
		};
	}

	error(issue: RowIssue) {
		this.result.errorCount++;
		if (this.result.errors.length < (this.opts.maxIssues ?? 10_000)) this.result.errors.push(issue);
	}

	warn(issue: RowIssue) {
		if (this.result.warnings.length < (this.opts.maxIssues ?? 10_000)) this.result.warnings.push(issue);
	}

	#emit(r: IngestRecord) {
		this.result.accepted++;
		if (this.opts.onRecord) this.opts.onRecord(r);
		else this.result.records.push(r);
	}

	/** In-file duplicates: the later line is the error, naming the first; identical repeats are harmless. */
	#duplicate(key: string, sig: string, line: number, what: string): boolean {
		const first = this.#seen.get(key);
		if (!first) {
			this.#seen.set(key, { line, sig });
			return false;
		}
		if (first.sig !== sig)
			this.error(rowIssue(line, null, what, 'duplicate_row', `与第 ${first.line} 行重复(同一指标和期间),但数值不同`, `Duplicates line ${first.line} (same indicator and period) with a different value`));
		return true;
	}

	row = (fields: string[], line: number) => {
		if (!this.#map) return this.#findHeader(fields, line);
		const shape = rowShape(fields, line, this.#ctx.headers.length, (w) => this.warn(w), (e) => this.error(e));
		if (shape === 'blank') return;
		this.result.rows += this.#wide.length && shape === 'ok' ? 0 : 1;
		if (shape !== 'ok') return;
		this.#rowErrors = 0;
		if (this.#wide.length) return this.#wideRow(fields, line);
		const map = this.#map;
		if (map.kind === 'observations') {
			const indicator = resolveIndicator(this.#ctx, line, { raw: fields[map.fields.get('indicator')!]!, index: map.fields.get('indicator')! });
			const periodIndex = map.fields.get('period')!;
			const period = readPeriod(this.#ctx, this.#periods, line, { raw: fields[periodIndex]!, index: periodIndex });
			const vi = map.fields.get('value')!;
			const rec = readObservationCells(this.#ctx, this.#periods, fields, line, map, indicator, period, { raw: fields[vi]!, index: vi });
			if (rec && this.#rowErrors === 0) {
				const sig = `${rec.value}|${rec.qualifier}|${rec.target}|${rec.yoyReported}|${rec.provenance}|${rec.source}|${rec.note}`;
				if (!this.#duplicate(`${rec.indicator}\t${rec.period}`, sig, line, `${rec.indicator} ${rec.period}`))
					this.#emit({ kind: 'observations', record: rec });
			}
		} else if (map.kind === 'indicators') {
			const rec = readIndicatorRow(this.#ctx, fields, line, map);
			if (rec && this.#rowErrors === 0) {
				const { line: _l, ...def } = rec;
				const sig = JSON.stringify(def);
				const nameOwner = this.#seen.get(`name\t${foldName(rec.nameZh)}`);
				if (nameOwner && !this.#seen.get(`code\t${rec.code}`))
					this.error(rowIssue(line, null, rec.nameZh, 'conflicting_definition', `名称“${rec.nameZh}”已被第 ${nameOwner.line} 行的另一指标使用`, `Name "${rec.nameZh}" is already used by another indicator on line ${nameOwner.line}`));
				else if (!this.#duplicate(`code\t${rec.code}`, sig, line, rec.code)) {
					this.#seen.set(`name\t${foldName(rec.nameZh)}`, { line, sig: rec.code });
					this.opts.catalog.add(def);
					this.#emit({ kind: 'indicators', record: rec });
				}
			}
		} else {
			const rec = readTargetRow(this.#ctx, this.#periods, fields, line, map);
			if (rec && this.#rowErrors === 0) {
				const sig = `${rec.value}|${rec.qualifier}|${rec.basis}|${rec.owner}|${rec.department}|${rec.deadline}|${rec.source}|${rec.note}`;
				if (!this.#duplicate(`${rec.indicator}\t${rec.period}`, sig, line, `${rec.indicator} ${rec.period}`))
					this.#emit({ kind: 'targets', record: rec });
			}
		}
	};

	#wideRow(fields: string[], line: number) {
		const map = this.#map!;
		const ii = map.fields.get('indicator')!;
		const indicator = resolveIndicator(this.#ctx, line, { raw: fields[ii]!, index: ii });
		for (const { index, period } of this.#wide) {
			const raw = fields[index] ?? '';
			if (raw.trim() === '') continue; // an empty cell in the wide layout is "no value"
			this.result.rows++;
			const before = this.#rowErrors;
			const rec = readObservationCells(this.#ctx, this.#periods, fields, line, map, indicator, period, { raw, index });
			if (rec && this.#rowErrors === before) {
				if (!this.#duplicate(`${rec.indicator}\t${rec.period}`, `${rec.value}|${rec.qualifier}`, line, `${rec.indicator} ${rec.period}`))
					this.#emit({ kind: 'observations', record: rec });
			}
		}
	}

	#findHeader(fields: string[], line: number) {
		if (fields.every((f) => f.trim() === '')) return;
		this.#pending.push({ fields, line });
		const found = classifyHeader(fields, this.opts.kind);
		if (!found) {
			if (this.#pending.length >= HEADER_SEARCH_ROWS) this.#noHeader();
			return;
		}
		for (const p of this.#pending.slice(0, -1))
			this.warn(rowIssue(p.line, null, p.fields.join(',').slice(0, 200), 'title_row', '表头之前的标题行未导入', 'Title row above the header not imported'));
		this.#pending = [];
		this.#headerLine = line;
		const headers = fields.map((f) => f.trim());
		this.#ctx.headers.push(...headers);
		this.result.kind = found.kind;
		this.result.layout = found.wide ? 'wide' : 'tidy';
		if (found.wide) return this.#wideHeader(headers, line);
		const { map, issues } = mapColumns(found.kind, headers, line);
		for (const i of issues) this.error(i);
		this.#setMap(map, headers);
	}

	#wideHeader(headers: string[], line: number) {
		const fields = new Map<string, number>([['indicator', 0]]);
		headers.forEach((h, index) => {
			if (index === 0 || h === '') return;
			if (['unit', '单位'].includes(foldName(h))) return void fields.set('unit', index);
			const p = parsePeriod(h);
			if (p.ok) this.#wide.push({ index, period: p.value });
			else this.error(rowIssue(line, h, h, 'bad_period', `列名“${h}”不是期间:${p.ok ? '' : p.zh}`, `Column "${h}" is not a period: ${p.ok ? '' : p.en}`));
		});
		const seen = new Map<string, string>();
		for (const w of this.#wide) {
			const other = seen.get(w.period.key);
			if (other !== undefined)
				this.error(rowIssue(line, headers[w.index]!, headers[w.index]!, 'duplicate_column', `列“${headers[w.index]}”与列“${other}”是同一期间`, `Column "${headers[w.index]}" is the same period as "${other}"`));
			seen.set(w.period.key, headers[w.index]!);
		}
		this.#setMap({ kind: 'observations', fields, headerUnit: null, unknown: [] }, headers);
	}

	#setMap(map: ColumnMap, headers: string[]) {
		this.#map = map;
		const byIndex = new Map([...map.fields].map(([f, i]) => [i, f]));
		const wide = new Map(this.#wide.map((w) => [w.index, w.period.key]));
		this.result.columns = headers.map((name, i) => ({ name, field: byIndex.get(i) ?? (wide.has(i) ? `period:${wide.get(i)}` : null) }));
		for (const u of map.unknown)
			if (u.name !== '')
				this.warn(rowIssue(this.#headerLine, u.name, u.name, 'unknown_column', `未识别的列“${u.name}”未导入`, `Unrecognised column "${u.name}" not imported`));
	}

	#noHeader() {
		const first = this.#pending[0]!;
		this.#pending = [];
		this.#map = { kind: this.opts.kind ?? 'observations', fields: new Map(), headerUnit: null, unknown: [] };
		this.#ctx.headers.push(...first.fields);
		this.error(
			rowIssue(first.line, null, first.fields.join(',').slice(0, 200), 'missing_column', '找不到表头:需要“指标、期间、数值”等列(见上传格式说明)', 'No header row found: expected columns such as indicator, period, value (see the upload format)')
		);
		this.#map = null;
		this.#ignoreRest = true;
	}

	#ignoreRest = false;
	get ignoring() {
		return this.#ignoreRest;
	}

	finish() {
		if (!this.#map && !this.#ignoreRest) {
			if (this.#pending.length) this.#noHeader();
			else this.error(rowIssue(1, null, null, 'empty_file', '文件是空的', 'The file is empty'));
		}
		return this.result;
	}
}

function issueOnly(name: string, code: IssueCode, line: number, zh: string, en: string, encoding: ParsedFile['encoding'] = null): ParsedFile {
	const r = new FileReader(name, { catalog: null as unknown as Catalog }).result;
	r.encoding = encoding;
	r.errors.push(rowIssue(line, null, null, code, zh, en));
	r.errorCount = 1;
	return r;
}

/** Reads delimited text (already decoded). */
export function readText(name: string, text: string, opts: ReadOptions): Omit<ParsedFile, 'encoding'> {
	const reader = new FileReader(name, opts);
	const { separator, issues } = readDelimited(text, (f, l) => (reader.ignoring ? undefined : reader.row(f, l)), opts.separator);
	for (const i of issues) reader.error(i);
	reader.result.separator = separator;
	return reader.finish();
}

/** Reads rows that are already split (an .xlsx sheet): row i is physical line i + 1. */
export function readRows(name: string, rows: string[][], opts: ReadOptions): ParsedFile {
	const reader = new FileReader(name, opts);
	rows.forEach((r, i) => (reader.ignoring ? undefined : reader.row(r, i + 1)));
	const result = reader.finish();
	result.encoding = 'xlsx';
	return result;
}

export function isXlsx(bytes: Uint8Array, name: string): boolean {
	// A ZIP signature: CSV text never starts with "PK\x03\x04".
	return /\.xlsx$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04);
}

/** Any supported upload: CSV/TSV/TXT in any accepted encoding, or .xlsx (first sheet). */
export async function readUpload(name: string, bytes: Uint8Array, opts: ReadOptions): Promise<ParsedFile> {
	if (isXlsx(bytes, name)) {
		const { readXlsxRows } = await import('./xlsx');
		const rows = await readXlsxRows(bytes);
		if (!rows.ok) return issueOnly(name, rows.code, 1, rows.zh, rows.en, 'xlsx');
		return readRows(name, rows.value, opts);
	}
	return readBytes(name, bytes, opts);
}

export function readBytes(name: string, bytes: Uint8Array, opts: ReadOptions): ParsedFile {
	const decoded = decodeBytes(bytes, opts.encoding);
	if (!decoded.ok) return issueOnly(name, decoded.code, decoded.line ?? 1, decoded.zh, decoded.en);
	const result = readText(name, decoded.value.text, opts) as ParsedFile;
	result.encoding = decoded.value.encoding;
	return result;
}
