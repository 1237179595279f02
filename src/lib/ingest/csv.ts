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
	const separator = forced ?? guessSeparator(text);
	const issues: RowIssue[] = [];
	const report = (issue: RowIssue) => (onIssue ? onIssue(issue) : issues.push(issue));
	let line = 1;
	let offset = 0; // where the current papaparse run starts in `text`
	while (offset < text.length) {
		let resumeAt = -1;
		let cursor = 0; // relative to `offset`
		const part = offset === 0 ? text : text.slice(offset);
		const parser = Papa.parse<string[]>(part, {
			delimiter: separator,
			skipEmptyLines: false,
			step(results, p) {
				const rowLine = line;
				const start = cursor;
				// papaparse's cursor sits after the row's own line break, so breaks inside quotes count too.
				cursor = results.meta.cursor;
				line += countBreaks(part, start, cursor);
				const quote = results.errors.find((e) => e.type === 'Quotes');
				if (!quote) return onRow(results.data, rowLine);
				const unterminated = quote.code === 'MissingQuotes';
				// Resume on the line after the stray closing quote (the field may span several lines).
				const end = unterminated ? part.length : nextLineStart(part, strayQuote(part, quote.index ?? start, separator.charCodeAt(0)));
				report(quoteIssue(part, start, end, rowLine, unterminated ? 'unterminated' : 'malformed'));
				if (!unterminated) {
					// The rest of that physical line is unreadable; every later line is read again, fresh.
					resumeAt = offset + end;
					line = rowLine + countBreaks(part, start, end);
					p.abort();
				}
			}
		});
		void parser;
		if (resumeAt < 0) break;
		offset = resumeAt;
	}
	return { separator, issues };
}
