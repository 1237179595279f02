// One uploaded file → its kind, encoding, every row issue, and validated records: the same code in browser and server.
import { rowIssue, type IssueCode, type RowIssue } from '../domain/issues';
import { parsePeriod, type Period } from '../domain/period';
import type { Catalog } from './catalog';
import { closestHeader, detectKind, isIndicatorHeader, mapColumns, mapWideColumns, requiredNames, type ColumnMap, type FileKind } from './columns';
import { readDelimitedPieces, type Separator } from './csv';
import { decodeBytes, textPieces, type Encoding } from './decode';
import { DefinitionCheck, readIndicatorRow } from './indicators';
import { KeySlots } from './key-slots';
import {
	PeriodCache,
	readObservationCells,
	readPeriod,
	readTargetRow,
	resolveIndicator,
	rowShape,
	type IngestRecord,
	type ObservationRecord,
	type RowContext,
	type TargetRecord
} from './validate';

export interface ReadOptions {
	kind?: FileKind;
	encoding?: Encoding;
	separator?: Separator;
	/** .xlsx only: the sheet to read, by name; the first sheet by default. */
	sheet?: string;
	catalog: Catalog;
	/** Receives each valid record; without it records are collected in `records`. */
	onRecord?: (r: IngestRecord) => void;
	/** Keep at most this many errors (the count stays exact). */
	maxIssues?: number;
	/**
	 * A fast UTF-8 validity check that builds no text (the server passes node:buffer's isUtf8). With it, a
	 * file in any encoding is checked first, then decoded and read ~48 KB at a time instead of as one string.
	 */
	isUtf8?: (bytes: Uint8Array) => boolean;
	/**
	 * The analyst's own mapping for headers the aliases do not know: header as written → field
	 * (`value`, `period`, `nameZh`, …; see `fieldChoices`). Mapped headers count as that field everywhere.
	 */
	mapping?: Record<string, string>;
	/** Sees every physical row as split (header, title and data rows alike), e.g. for a preview table. */
	onRow?: (fields: string[], line: number) => void;
}

export interface ParsedFile {
	file: string;
	kind: FileKind | null;
	layout: 'tidy' | 'wide' | null;
	encoding: Encoding | 'xlsx' | null;
	separator: Separator | null;
	/** Data rows read (cells, for the wide layout); blank, title, footnote and total rows are not data. */
	rows: number;
	accepted: number;
	errors: RowIssue[];
	errorCount: number;
	/** The first MAX_ISSUES warnings (or `maxIssues`); warningCount counts them all. */
	warnings: RowIssue[];
	warningCount: number;
	/** Each header as written and the field it was mapped to (null: not used). */
	columns: { name: string; field: string | null }[];
	records: IngestRecord[];
}

/** Errors (and, separately, warnings) kept in a report: a bad large file has one per row; the counts stay exact. */
export const MAX_ISSUES = 10_000;

const HEADER_SEARCH_ROWS = 10;
const MAX_ECHO = 200;

/**
 * A 1 MB cell must not come back in the report once as `value` and again inside each message:
 * the raw text is cut to MAX_ECHO characters wherever it appears, and any message stays bounded.
 */
function clipped(line: number, column: string | null, value: string | null, code: IssueCode, zh: string, en: string): RowIssue {
	if (value !== null && value.length > MAX_ECHO) {
		const short = value.slice(0, MAX_ECHO) + '…';
		[zh, en] = [zh.replaceAll(value, short), en.replaceAll(value, short)];
		value = short;
	}
	const cap = (s: string) => (s.length > 4 * MAX_ECHO ? s.slice(0, 4 * MAX_ECHO) + '…' : s);
	return rowIssue(line, column, value, code, cap(zh), cap(en));
}

/**
 * What a repeated indicator+period is compared on: every field the row says, folded into a 53-bit hash.
 * Keeping a number per pair instead of the first record keeps a million-row file's memory near its text.
 * Two different rows hash alike with odds of about 1 in 10^16, so a differing repeat is always reported.
 */
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
/** Folds one field into one of the signature's two hash chains (`second` picks the chain). */
function mix(h: number, v: string | number | null, second: boolean): number {
	if (v === null) return Math.imul(h ^ 0x9e3779b9, 0x01000193);
	if (typeof v === 'number') {
		F64[0] = v === 0 ? 0 : v; // -0 and 0 are the same value
		h = Math.imul(h ^ U32[0]!, 0x01000193);
		return Math.imul(h ^ U32[1]!, 0x01000193);
	}
	const t = textHash(v);
	return Math.imul(h ^ (second ? t % 0x200000 : Math.floor(t / 0x200000)), 0x01000193);
}
/**
 * A text's 53-bit hash (two independent 32-bit FNV-style chains), remembered: rows repeat the same
 * source, unit and note, and the engine hashes a Map key natively, far faster than this loop.
 */
const TEXT_HASHES = new Map<string, number>();
function textHash(v: string): number {
	let t = TEXT_HASHES.get(v);
	if (t !== undefined) return t;
	let a = Math.imul(0x811c9dc5 ^ (v.length + 0x5bd1e995), 0x01000193);
	let b = Math.imul(0x2545f491 ^ v.length, 0x5bd1e995);
	for (let i = 0; i < v.length; i++) {
		const c = v.charCodeAt(i);
		a = Math.imul(a ^ c, 0x01000193);
		b = Math.imul(b ^ c, 0x5bd1e995);
		b ^= b >>> 15;
	}
	t = (a >>> 0) * 0x200000 + (b >>> 11);
	if (TEXT_HASHES.size >= 50_000) TEXT_HASHES.clear();
	if (v.length <= 4000) TEXT_HASHES.set(v, t);
	return t;
}
function signature(fields: (string | number | null)[]): number {
	let a = 0x811c9dc5;
	let b = 0x2545f491;
	for (const f of fields) {
		a = mix(a, f, false);
		b = mix(b ^ 0x7f4a7c15, f, true);
	}
	return (a >>> 0) * 0x200000 + (b >>> 11);
}
const observationSignature = (r: ObservationRecord) =>
	signature([r.value, r.qualifier, r.target, r.targetQualifier, r.yoyReported, r.provenance, r.source, r.note]);
const targetSignature = (r: TargetRecord) =>
	signature([r.value, r.qualifier, r.basis, r.owner, r.department, r.deadline, r.source, r.note]);

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
	// First row per indicator and period: a slot (key-slots.ts) holding its line and the signature of what it
	// says, all in typed arrays, so memory grows by ~28 bytes per row, not a record or a Map entry.
	#seen = new KeySlots();
	#firstLine = new Int32Array(1024);
	#firstSig = new Float64Array(1024);
	#definitions: DefinitionCheck;
	#map: ColumnMap | null = null;
	#wide: { index: number; period: Period }[] = [];
	#pending: { fields: string[]; line: number }[] = [];
	#rowErrors = 0;
	ignoring = false;

	constructor(
		name: string,
		private opts: ReadOptions
	) {
		this.result = { file: name, kind: null, layout: null, encoding: null, separator: null, rows: 0, accepted: 0, errors: [], errorCount: 0, warnings: [], warningCount: 0, columns: [], records: [] };
		this.#definitions = new DefinitionCheck(opts.catalog);
		const headers: string[] = [];
		this.#ctx = {
			headers,
			catalog: opts.catalog,
			issue: (line, column, value, code, zh, en) => {
				this.#rowErrors++;
				this.error(clipped(line, column === null ? null : (headers[column] ?? null), value, code, zh, en));
			}
		};
	}

	error = (issue: RowIssue) => {
		this.result.errorCount++;
		if (this.result.errors.length < (this.opts.maxIssues ?? MAX_ISSUES)) this.result.errors.push(issue);
	};

	warn = (issue: RowIssue) => {
		this.result.warningCount++;
		if (this.result.warnings.length < (this.opts.maxIssues ?? MAX_ISSUES)) this.result.warnings.push(issue);
	};

	#emit(r: IngestRecord) {
		this.result.accepted++;
		if (this.opts.onRecord) this.opts.onRecord(r);
		else this.result.records.push(r);
	}

	/** Emits a record unless its indicator+period came earlier; a different repeat is an error on the later line. */
	#once(r: { kind: 'observations'; record: ObservationRecord } | { kind: 'targets'; record: TargetRecord }) {
		const rec = r.record;
		const sig = r.kind === 'observations' ? observationSignature(r.record) : targetSignature(r.record);
		const fresh = this.#seen.size;
		const slot = this.#seen.slot(rec.indicator, rec.period);
		if (slot === fresh) {
			if (slot === this.#firstLine.length) {
				const lines = new Int32Array(slot * 2);
				const sigs = new Float64Array(slot * 2);
				lines.set(this.#firstLine);
				sigs.set(this.#firstSig);
				[this.#firstLine, this.#firstSig] = [lines, sigs];
			}
			this.#firstLine[slot] = rec.line;
			this.#firstSig[slot] = sig;
			return this.#emit(r);
		}
		const firstLine = this.#firstLine[slot]!;
		if (this.#firstSig[slot] !== sig)
			this.error(rowIssue(rec.line, null, `${rec.indicator} ${rec.period}`, 'duplicate_row', `与第 ${firstLine} 行重复(同一指标和期间),但数值不同`, `Duplicates line ${firstLine} (same indicator and period) with a different value`));
	}

	row = (fields: string[], line: number) => {
		if (!this.#map) return this.#findHeader(fields, line);
		const shape = rowShape(fields, line, this.#ctx.headers.length, this.warn, this.error);
		if (shape === 'blank' || shape === 'note') return;
		if (shape === 'bad' || !this.#wide.length) this.result.rows++; // a wide row counts its cells instead
		if (shape === 'bad') return;
		this.#rowErrors = 0;
		if (this.#wide.length) return this.#wideRow(fields, line);
		if (this.#map.kind === 'observations') this.#observationRow(fields, line, this.#map);
		else if (this.#map.kind === 'indicators') this.#indicatorRow(fields, line, this.#map);
		else {
			const record = readTargetRow(this.#ctx, this.#periods, fields, line, this.#map);
			if (record && this.#rowErrors === 0) this.#once({ kind: 'targets', record });
		}
	};

	#observationRow(fields: string[], line: number, map: ColumnMap) {
		// Plain objects, no per-row closure: this runs once per row of files with millions of rows.
		const ii = map.fields.get('indicator')!;
		const pi = map.fields.get('period')!;
		const vi = map.fields.get('value')!;
		const indicator = resolveIndicator(this.#ctx, line, { raw: fields[ii]!, index: ii });
		const period = readPeriod(this.#ctx, this.#periods, line, { raw: fields[pi]!, index: pi });
		const record = readObservationCells(this.#ctx, this.#periods, fields, line, map, indicator, period, { raw: fields[vi]!, index: vi });
		if (record && this.#rowErrors === 0) this.#once({ kind: 'observations', record });
	}

	#indicatorRow(fields: string[], line: number, map: ColumnMap) {
		const record = readIndicatorRow(this.#ctx, fields, line, map);
		if (!record || this.#rowErrors > 0) return;
		const verdict = this.#definitions.check(record);
		if (verdict === 'repeat') return;
		if (verdict) return this.error(verdict);
		// Added at once, so that later rows and later files of the same batch can refer to it.
		const { line: _line, ...indicator } = record;
		this.opts.catalog.add(indicator);
		this.#emit({ kind: 'indicators', record });
	}

	#wideRow(fields: string[], line: number) {
		const map = this.#map!;
		const indicator = resolveIndicator(this.#ctx, line, { raw: fields[0]!, index: 0 });
		for (const { index, period } of this.#wide) {
			const raw = fields[index] ?? '';
			if (raw.trim() === '') continue; // an empty cell in the wide layout is "no value"
			this.result.rows++;
			const before = this.#rowErrors;
			const record = readObservationCells(this.#ctx, this.#periods, fields, line, map, indicator, period, { raw, index });
			if (record && this.#rowErrors === before) this.#once({ kind: 'observations', record });
		}
	}

	/** A header row as the aliases should see it: cells the analyst mapped by hand read as their field. */
	#mapped(fields: string[]): string[] {
		const mapping = this.opts.mapping;
		if (!mapping) return fields;
		return fields.map((f) => (Object.hasOwn(mapping, f.trim()) && mapping[f.trim()] ? mapping[f.trim()]! : f));
	}

	#findHeader(fields: string[], line: number) {
		if (fields.every((f) => f.trim() === '')) return;
		this.#pending.push({ fields, line });
		const found = classifyHeader(this.#mapped(fields), this.opts.kind);
		if (!found) {
			if (this.#pending.length >= HEADER_SEARCH_ROWS) this.#noHeader();
			return;
		}
		for (const p of this.#pending.slice(0, -1))
			this.warn(rowIssue(p.line, null, p.fields.join(',').slice(0, MAX_ECHO), 'title_row', '表头之前的标题行未导入', 'Title row above the header not imported'));
		this.#pending = [];
		const headers = fields.map((f) => f.trim());
		const asFields = this.#mapped(headers);
		this.#ctx.headers.push(...headers);
		this.result.kind = found.kind;
		this.result.layout = found.wide ? 'wide' : 'tidy';
		const mapped = found.wide ? mapWideColumns(asFields, line) : { ...mapColumns(found.kind, asFields, line), periods: [] };
		for (const i of mapped.issues) this.error(i);
		this.#wide = mapped.periods;
		this.#setMap(mapped.map, headers, line);
	}

	#setMap(map: ColumnMap, headers: string[], line: number) {
		this.#map = map;
		const byIndex = new Map([...map.fields].map(([f, i]) => [i, f]));
		for (const w of this.#wide) byIndex.set(w.index, `period:${w.period.key}`);
		this.result.columns = headers.map((name, i) => ({ name, field: byIndex.get(i) ?? null }));
		for (const u of map.unknown)
			if (u.name !== '') this.warn(rowIssue(line, u.name, u.name, 'unknown_column', `未识别的列“${u.name}”未导入`, `Unrecognised column "${u.name}" not imported`));
	}

	/** No row qualified as a header: say which columns the closest candidate lacks, then ignore the file. */
	#noHeader() {
		const near = closestHeader(this.#pending.map((p) => ({ ...p, fields: this.#mapped(p.fields) })), this.opts.kind);
		if (near) {
			for (const i of mapColumns(near.kind, near.row.fields.map((f) => f.trim()), near.row.line).issues) this.error(i);
		} else {
			const first = this.#pending[0]!;
			const { zh, en } = requiredNames(this.opts.kind ?? 'observations');
			this.error(
				rowIssue(first.line, null, first.fields.join(',').slice(0, MAX_ECHO), 'missing_column', `找不到表头:需要“${zh.join('、')}”等列(见上传格式说明)`, `No header row found: expected columns such as ${en.join(', ')} (see the upload format)`)
			);
		}
		this.#pending = [];
		this.ignoring = true;
	}

	finish() {
		if (!this.#map && !this.ignoring) {
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
	return readPieces(name, [text], opts);
}

/** Reads delimited text that arrives in pieces (see readDelimitedPieces): the same rows, lines and issues. */
function readPieces(name: string, pieces: Iterable<string>, opts: ReadOptions): Omit<ParsedFile, 'encoding'> {
	const reader = new FileReader(name, opts);
	const tap = opts.onRow;
	const onRow = (f: string[], l: number) => {
		tap?.(f, l);
		if (!reader.ignoring) reader.row(f, l);
	};
	reader.result.separator = readDelimitedPieces(pieces, onRow, opts.separator, reader.error).separator;
	return reader.finish();
}

/** Reads the text of a file that arrives in pieces (decode.ts decodeChunks): what readBytes makes of the same bytes. */
export function readDecodedPieces(name: string, pieces: Iterable<string>, encoding: Encoding, opts: ReadOptions): ParsedFile {
	const result = readPieces(name, pieces, opts) as ParsedFile;
	result.encoding = encoding;
	return result;
}

/** Reads rows that are already split (an .xlsx sheet): row i is physical line i + 1. */
export function readRows(name: string, rows: string[][], opts: ReadOptions): ParsedFile {
	const reader = new FileReader(name, opts);
	rows.forEach((r, i) => {
		opts.onRow?.(r, i + 1);
		if (!reader.ignoring) reader.row(r, i + 1);
	});
	const result = reader.finish();
	result.encoding = 'xlsx';
	return result;
}

export function isXlsx(bytes: Uint8Array, name: string): boolean {
	// A ZIP signature: CSV text never starts with "PK\x03\x04".
	return /\.xlsx$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04);
}

/** Any supported upload: CSV/TSV/TXT in any accepted encoding, or .xlsx (first sheet, or `opts.sheet`). */
export async function readUpload(name: string, bytes: Uint8Array, opts: ReadOptions): Promise<ParsedFile> {
	if (isXlsx(bytes, name)) {
		const { readXlsxRows } = await import('./xlsx');
		const rows = await readXlsxRows(bytes, opts.sheet);
		if (!rows.ok) return issueOnly(name, rows.code, 1, rows.zh, rows.en, 'xlsx');
		return readRows(name, rows.value, opts);
	}
	return readBytes(name, bytes, opts);
}

export function readBytes(name: string, bytes: Uint8Array, opts: ReadOptions): ParsedFile {
	const streamed = opts.isUtf8 ? textPieces(bytes, opts.encoding, opts.isUtf8) : null;
	if (streamed) return readDecodedPieces(name, streamed.pieces, streamed.encoding, opts);
	const decoded = decodeBytes(bytes, opts.encoding);
	if (!decoded.ok) return issueOnly(name, decoded.code, decoded.line ?? 1, decoded.zh, decoded.en);
	const result = readText(name, decoded.value.text, opts) as ParsedFile;
	result.encoding = decoded.value.encoding;
	return result;
}
