// The one use case behind `npm run extract` and POST /api/v1/extract: bytes or text → text → figures → indicators.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBytes } from '../ingest/decode';
import { extractFigures, type Candidate, type Extraction } from '../extract/index';
import { parseSynonyms, type Synonym } from '../extract/map';
import { bilingual, fill, type MessageKey } from '../format/messages';
import * as learned from './db/common/synonyms';
import type { Store } from './db/store';
import type { Indicator } from '../domain/model';

export interface ExtractProblem {
	code: 'empty' | 'binary' | 'scanned_pdf' | 'bad_docx' | 'bad_pdf' | 'bad_encoding';
	zh: string;
	en: string;
	message: string;
}

function problem(code: ExtractProblem['code'], key: MessageKey): ExtractProblem {
	return { code, zh: fill(key, 'zh-CN'), en: fill(key, 'en'), message: bilingual(key) };
}

/** data/extract-synonyms.csv, found from this module upwards (source tree, built server) or the working directory. */
let synonyms: Synonym[] | null = null;
export function loadSynonyms(): Synonym[] {
	if (synonyms) return synonyms;
	let dir = dirname(fileURLToPath(import.meta.url));
	for (let k = 0; k < 6; k++, dir = dirname(dir)) {
		const f = join(dir, 'data', 'extract-synonyms.csv');
		if (existsSync(f)) return (synonyms = parseSynonyms(readFileSync(f, 'utf8')));
	}
	const f = join(process.cwd(), 'data', 'extract-synonyms.csv');
	return (synonyms = existsSync(f) ? parseSynonyms(readFileSync(f, 'utf8')) : []);
}

const isPdf = (b: Uint8Array): boolean => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46; // %PDF
const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

async function pdfText(bytes: Uint8Array): Promise<string> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
	const pages: string[] = [];
	for (let p = 1; p <= doc.numPages; p++) {
		const content = await (await doc.getPage(p)).getTextContent();
		let line = '';
		for (const item of content.items) {
			if (!('str' in item)) continue;
			line += item.str;
			if (item.hasEOL) line += '\n';
		}
		pages.push(line);
	}
	await doc.destroy();
	return pages.join('\n');
}

/** A file's text: .docx through mammoth, .pdf through its text layer, anything else decoded like a CSV (UTF-8, GB18030, UTF-16). */
/**
 * The file a form's `file` field carries when one was chosen, empty or not (a form with no file chosen sends a
 * nameless empty one): an empty file is then read and said to be empty, not taken for "no input".
 */
export function chosenFile(value: FormDataEntryValue | null): File | null {
	return value instanceof File && (value.size > 0 || value.name !== '') ? value : null;
}

export async function fileText(name: string, bytes: Uint8Array): Promise<{ ok: true; text: string } | { ok: false; problem: ExtractProblem }> {
	let text: string;
	if (isPdf(bytes)) {
		try {
			text = await pdfText(bytes);
		} catch {
			return { ok: false, problem: problem('bad_pdf', 'extract.badPdf') };
		}
		if (text.replace(/\s/g, '') === '') return { ok: false, problem: problem('scanned_pdf', 'extract.scannedPdf') };
	} else if (isZip(bytes)) {
		// Any other zip (an .xlsx, a .pptx) is not a report text.
		if (name !== '' && !/\.docx$/i.test(name)) return { ok: false, problem: problem('binary', 'extract.binary') };
		try {
			const mammoth = await import('mammoth');
			text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
		} catch {
			return { ok: false, problem: problem('bad_docx', 'extract.badDocx') };
		}
	} else {
		// NUL bytes outside UTF-16 mean an image, an old .doc or an archive: not text.
		const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
		if (!utf16 && bytes.subarray(0, 8192).includes(0)) return { ok: false, problem: problem('binary', 'extract.binary') };
		const d = decodeBytes(bytes);
		if (!d.ok) return { ok: false, problem: problem('binary', 'extract.binary') };
		text = d.value.text;
	}
	return { ok: true, text };
}

export interface ExtractRequest {
	text: string;
	/** ISO report date; else found in the text, else today. */
	date?: string | null;
}

/**
 * The synonyms a text is mapped with: labels analysts mapped while reviewing (newest correction of a label
 * wins) before data/extract-synonyms.csv, so a correction beats a shipped term of the same length.
 */
export async function allSynonyms(store: Store): Promise<Synonym[]> {
	const mine = (await learned.list(store.sql)).map((l) => ({ term: l.term, indicator: l.indicator, headline: false }));
	return [...mine, ...loadSynonyms()];
}

/** Figures of one text mapped against the store's catalog (returned too: callers need it for their choices). */
export async function extractText(
	store: Store,
	req: ExtractRequest
): Promise<{ ok: true; result: Extraction; catalog: Indicator[] } | { ok: false; problem: ExtractProblem }> {
	if (req.text.trim() === '') return { ok: false, problem: problem('empty', 'extract.empty') };
	const catalog = await store.indicators();
	const today = new Date().toISOString().slice(0, 10);
	return { ok: true, catalog, result: extractFigures(req.text, { date: req.date ?? null, today, catalog, synonyms: await allSynonyms(store) }) };
}

/** The report's title for a source note: its first line when that reads as a headline, else the file name. */
export function reportTitle(text: string, fallback: string): string {
	const first = text.split(/\r?\n/).map((l) => l.trim()).find((l) => l !== '') ?? '';
	return first !== '' && first.length <= 60 && !/[。；;]/.test(first) ? first : fallback;
}

function csvCell(s: string): string {
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function written(c: Candidate): string {
	return `${c.qualifier && c.qualifier !== '余' ? c.qualifier : ''}${c.value}${c.qualifier === '余' ? '余' : ''}`;
}

/**
 * The observations file `npm run ingest` accepts, for actual figures with an indicator and a period; a target the text
 * states for the same indicator and period goes in its target column. `来源` = title (date): “quote”.
 */
export function observationsCsv(result: Extraction, title: string): string {
	const rows = ['指标,期间,数值,单位,目标,同比,来源'];
	const mapped = result.candidates.filter((c) => c.indicator !== null && c.period !== null);
	const targets = new Map(mapped.filter((c) => c.role === 'target').map((c) => [`${c.indicator}|${c.period}`, c]));
	for (const c of mapped.filter((c) => c.role === 'actual')) {
		const t = targets.get(`${c.indicator}|${c.period}`);
		rows.push([c.indicator!, c.period!, written(c), c.unit ?? '', t ? written(t) : '', c.yoy_reported === null ? '' : `${c.yoy_reported}%`, `${title} (${result.date}): “${c.quote}”`].map(csvCell).join(','));
	}
	return rows.join('\n') + '\n';
}

/** The targets file `npm run ingest` accepts, for the targets with an indicator and a period. */
export function targetsCsv(result: Extraction, title: string): string {
	const rows = ['指标,期间,目标值,单位,来源'];
	for (const c of result.candidates.filter((c) => c.indicator !== null && c.period !== null && c.role === 'target'))
		rows.push([c.indicator!, c.period!, written(c), c.unit ?? '', `${title} (${result.date}): “${c.quote}”`].map(csvCell).join(','));
	return rows.join('\n') + '\n';
}
