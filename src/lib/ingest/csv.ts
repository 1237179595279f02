// Delimited text → rows with their physical line numbers (papaparse), so every error can point at an Excel row.
import Papa from 'papaparse';
import { rowIssue, type RowIssue } from '../domain/issues';

export type Separator = ',' | ';' | '\t';
export const SEPARATORS: readonly Separator[] = [',', ';', '\t'];

export interface RowSink {
	/** `line` is the physical line the row starts on (header = 1 when the header is the first line). */
	(fields: string[], line: number): void;
}

export interface CsvResult {
	separator: Separator;
	/** Structural problems (unterminated or malformed quotes), one per affected row. */
	issues: RowIssue[];
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Counts line breaks (CRLF, LF or a lone CR each count once) in text[from, to). */
export function countBreaks(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c === LF) n++;
		else if (c === CR && text.charCodeAt(i + 1) !== LF) n++;
	}
	return n;
}

function guessSeparator(text: string): Separator {
	// Look at the first lines only; a title row without separators must not decide.
	const head = text.slice(0, 8192).split(/\r\n|\n|\r/).slice(0, 20);
	let best: Separator = ',';
	let bestScore = 0;
	for (const sep of SEPARATORS) {
		const counts = head.map((l) => l.split(sep).length - 1).filter((c) => c > 0);
		if (counts.length === 0) continue;
		// The separator that appears most consistently across lines wins.
		const mode = counts.sort((a, b) => counts.filter((x) => x === b).length - counts.filter((x) => x === a).length)[0]!;
		const score = counts.filter((c) => c === mode).length * 1000 + mode;
		if (score > bestScore) {
			bestScore = score;
			best = sep;
		}
	}
	return best;
}

type QuoteError = 'unterminated' | 'malformed';

function quoteIssue(text: string, from: number, to: number, line: number, error: QuoteError): RowIssue {
	const raw = text.slice(from, Math.min(to, from + 200)).replace(/[\r\n]+$/, '');
	return error === 'unterminated'
		? rowIssue(line, null, raw, 'bad_quote', '引号未闭合:从此行起的内容被当作一个单元格', 'Unterminated quote: everything from this line on would fall into one cell')
		: rowIssue(line, null, raw, 'bad_quote', '引号位置不正确(引号内的引号应写成两个 "")', 'Malformed quotes (a quote inside a quoted field must be doubled: "")');
}

/** Position of the closing quote that is followed by neither a separator nor a line end. */
function strayQuote(text: string, open: number, sep: number): number {
	let j = open + 1;
	for (;;) {
		const q = text.indexOf('"', j);
		if (q < 0) return open;
		const next = text.charCodeAt(q + 1);
		if (next === QUOTE) j = q + 2;
		else if (next === sep || next === LF || next === CR || q + 1 >= text.length) j = text.indexOf('"', q + 1) < 0 ? text.length : q + 1;
		else return q;
		if (j >= text.length) return open;
	}
}

/** Index just after the first line break at or after `from` (the start of the next physical line). */
function nextLineStart(text: string, from: number): number {
	for (let i = from; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === LF) return i + 1;
		if (c === CR) return text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
	}
	return text.length;
}

/**
 * Streams rows to `onRow` without building a row array, so a million-row file costs no more
 * than its text. Quoted fields may hold separators, quotes ("") and line breaks; CRLF, LF and CR
 * line ends may be mixed in one file. Quote problems go to `onIssue` when given, else into the result.
 */
export function readDelimited(text: string, onRow: RowSink, forced?: Separator, onIssue?: (issue: RowIssue) => void): CsvResult {
	return readDelimitedPieces([text], onRow, forced, onIssue);
}

/**
 * The same over text that arrives in pieces (a large file decoded a few MB at a time, so its whole text
 * never exists at once). A piece may end anywhere, even inside a quoted field: the last row of every
 * piece but the final one is held back and read again with the next piece, so each run of papaparse
 * starts at a row start exactly as a resumed run does after a quote problem. Rows, lines and issues are
 * the same as for the joined text.
 */
const GUESS_SPAN = 1024 * 1024;

export function readDelimitedPieces(
	pieces: Iterable<string>,
	onRow: RowSink,
	forced?: Separator,
	onIssue?: (issue: RowIssue) => void,
	/** How much text decides the line end (papaparse's own span; smaller only in tests). */
	guessSpan = GUESS_SPAN
): CsvResult {
	const issues: RowIssue[] = [];
	const report = (issue: RowIssue) => (onIssue ? onIssue(issue) : issues.push(issue));
	let separator: Separator | null = forced ?? null;
	// papaparse guesses the line end from the first MB of its input; guessed once per file (from the same
	// first MB a whole-text run sees), it stays the same for every run, whatever size the pieces are.
	let newline: string | null = null;
	let line = 1;
	let carry = '';
	const iterator = pieces[Symbol.iterator]();
	let next = iterator.next();
	while (!next.done) {
		const text = carry + next.value;
		next = iterator.next();
		const final = next.done === true;
		carry = '';
		if (newline === null) {
			if (!final && text.length < guessSpan) {
				carry = text;
				continue;
			}
			separator ??= guessSeparator(text);
			newline = Papa.parse(text.slice(0, guessSpan), { delimiter: separator, preview: 1 }).meta.linebreak;
		}
		const sep = separator!;
		const nl = newline;
		let offset = 0; // where the current papaparse run starts in `text`
		while (offset < text.length) {
			let resumeAt = -1;
			let cursor = 0; // relative to `offset`
			const part = offset === 0 ? text : text.slice(offset);
			Papa.parse<string[]>(part, {
				delimiter: sep,
				newline: nl as Papa.ParseConfig['newline'],
				skipEmptyLines: false,
				step(results, p) {
					const rowLine = line;
					const start = cursor;
					// papaparse's cursor sits after the row's own line break, so breaks inside quotes count too.
					cursor = results.meta.cursor;
					if (!final && cursor >= part.length) {
						// The piece ends in this row (maybe inside a quoted field): read it again with the next piece.
						carry = part.slice(start);
						return p.abort();
					}
					line += countBreaks(part, start, cursor);
					const quote = results.errors.find((e) => e.type === 'Quotes');
					if (!quote) return onRow(results.data, rowLine);
					const unterminated = quote.code === 'MissingQuotes';
					// Resume on the line after the stray closing quote (the field may span several lines).
					const end = unterminated ? part.length : nextLineStart(part, strayQuote(part, quote.index ?? start, sep.charCodeAt(0)));
					if (!final && end >= part.length) {
						// Where this broken row ends is beyond the piece: decide with the next piece.
						line = rowLine;
						carry = part.slice(start);
						return p.abort();
					}
					report(quoteIssue(part, start, end, rowLine, unterminated ? 'unterminated' : 'malformed'));
					if (!unterminated) {
						// The rest of that physical line is unreadable; every later line is read again, fresh.
						resumeAt = offset + end;
						line = rowLine + countBreaks(part, start, end);
						p.abort();
					}
				}
			});
			if (resumeAt < 0) break;
			offset = resumeAt;
		}
	}
	return { separator: separator ?? forced ?? ',', issues };
}

// A text cell that a spreadsheet would run as a formula gets a leading apostrophe; plain signed numbers
// and percentages (-3.5, -3.5%) are left alone so that numbers stay numbers.
const FORMULA = /^(?![-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?%?$)[=+\-@\t\r]/;

/** CSV for Excel: UTF-8 with a BOM (so Excel reads Chinese), CRLF line ends, formula-looking text neutralised. */
export function writeCsv(fields: string[], data: (string | number)[][]): string {
	return '\uFEFF' + Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: FORMULA });
}

/**
 * More rows for a file that writeCsv started with at least one row, written exactly as writeCsv writes
 * rows: `writeCsv(f, [...a, ...b]) === writeCsv(f, a) + csvRows(b)` for non-empty a and b (with no rows at
 * all, writeCsv ends the header with a line break). So a long file can be written in pieces.
 */
export function csvRows(data: (string | number)[][]): string {
	return data.length === 0 ? '' : '\r\n' + Papa.unparse(data, { newline: '\r\n', escapeFormulae: FORMULA });
}
