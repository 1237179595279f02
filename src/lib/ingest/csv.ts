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
	/** Structural problems papaparse found (unterminated or malformed quotes). */
	issues: RowIssue[];
}

/** Counts line breaks (CRLF, LF or a lone CR each count once) in text[from, to). */
function countBreaks(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) n++;
		else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
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

/**
 * Streams rows to `onRow` without building a row array, so a million-row file costs no more
 * than its text. Quoted fields may hold separators, quotes ("") and line breaks.
 */
export function readDelimited(text: string, onRow: RowSink, forced?: Separator): CsvResult {
	const separator = forced ?? guessSeparator(text);
	const issues: RowIssue[] = [];
	let line = 1;
	let cursor = 0;
	Papa.parse<string[]>(text, {
		delimiter: separator,
		skipEmptyLines: false,
		step(results) {
			const rowLine = line;
			const start = cursor;
			// papaparse's cursor sits after the row's own line break, so breaks inside quotes count too.
			cursor = results.meta.cursor;
			line += countBreaks(text, start, cursor);
			const quoteError = results.errors.find((e) => e.type === 'Quotes');
			if (quoteError) {
				const unterminated = quoteError.code === 'MissingQuotes';
				issues.push(
					rowIssue(
						rowLine,
						null,
						text.slice(start, Math.min(cursor, start + 200)),
						'bad_quote',
						unterminated ? '引号未闭合:从此行起的内容被当作一个单元格' : '引号位置不正确(引号内的引号应写成两个 "")',
						unterminated
							? 'Unterminated quote: everything from this line on would fall into one cell'
							: 'Malformed quotes (a quote inside a quoted field must be doubled: "")'
					)
				);
				return;
			}
			onRow(results.data, rowLine);
		}
	});
	return { separator, issues };
}
