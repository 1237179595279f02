// Pins "shapes": separators, line ends, quoting, and the physical line each row starts on.
import { describe, expect, it } from 'vitest';
import type { RowIssue } from '../domain/issues';
import { readDelimited, readDelimitedPieces, type Separator } from './csv';

function parse(text: string, forced?: Separator): { rows: [number, string[]][]; issues: RowIssue[]; separator: Separator } {
	const rows: [number, string[]][] = [];
	const r = readDelimited(text, (fields, line) => rows.push([line, fields]), forced);
	return { rows, issues: r.issues, separator: r.separator };
}
/** Rows that hold something: blank lines reach the sink as [''] and the reader skips them. */
const filled = (rows: [number, string[]][]) => rows.filter(([, f]) => f.some((c) => c !== ''));

describe('separators', () => {
	it.each<[string, Separator]>([
		['comma', ','],
		['semicolon', ';'],
		['tab', '\t']
	])('%s is detected', (_label, sep) => {
		const text = ['指标', '期间', '数值'].join(sep) + '\n' + ['tourist-arrivals', '2024Q1', '210万'].join(sep) + '\n';
		const r = parse(text);
		expect(r.separator).toBe(sep);
		expect(filled(r.rows)).toEqual([
			[1, ['指标', '期间', '数值']],
			[2, ['tourist-arrivals', '2024Q1', '210万']]
		]);
	});

	it('a title row without separators does not decide the separator', () => {
		const r = parse('2024年一季度旅游数据\n指标;期间;数值\na;2024Q1;"1,5"\nb;2024Q2;2\n');
		expect(r.separator).toBe(';');
		expect(filled(r.rows)[2]).toEqual([3, ['a', '2024Q1', '1,5']]);
	});

	it('tab wins over commas inside unquoted numbers', () => {
		const r = parse('指标\t期间\t数值\na\t2024Q1\t2,100,000\nb\t2024Q2\t3,000\n');
		expect(r.separator).toBe('\t');
		expect(filled(r.rows)[1]![1]).toEqual(['a', '2024Q1', '2,100,000']);
	});

	it('a forced separator is used as given', () => {
		const r = parse('a,b;c\n1,2;3\n', ';');
		expect(filled(r.rows)).toEqual([
			[1, ['a,b', 'c']],
			[2, ['1,2', '3']]
		]);
	});
});

describe('line ends', () => {
	it.each([
		['CRLF', '\r\n'],
		['LF', '\n'],
		['CR', '\r']
	])('%s: rows and their lines', (_label, eol) => {
		const r = parse(['h1,h2', 'a,1', 'b,2', ''].join(eol));
		expect(filled(r.rows)).toEqual([
			[1, ['h1', 'h2']],
			[2, ['a', '1']],
			[3, ['b', '2']]
		]);
		expect(r.issues).toEqual([]);
	});

	it('a file that mixes line ends is never silently merged: the stray break stays in a cell, so the row is ragged', () => {
		// papaparse picks one line ending per file; a hand-edited file mixing them must not lose rows quietly.
		const r = parse('h1,h2\r\na,1\nb,2\r\nc,3\r\n');
		expect(filled(r.rows)[0]).toEqual([1, ['h1', 'h2']]);
		expect(filled(r.rows).some(([, f]) => f.length !== 2)).toBe(true);
	});

	it('blank lines and a trailing empty line produce no filled rows but keep counting lines', () => {
		const r = parse('\nh1,h2\n\na,1\n,\n\n');
		expect(filled(r.rows)).toEqual([
			[2, ['h1', 'h2']],
			[4, ['a', '1']]
		]);
	});
});

describe('quoted fields', () => {
	it.each<[string, string, string[]]>([
		['embedded comma', 'a,"2,100,000",c', ['a', '2,100,000', 'c']],
		['doubled quotes', 'a,"say ""hi""",c', ['a', 'say "hi"', 'c']],
		['empty quoted field', 'a,"",c', ['a', '', 'c']],
		['only a doubled quote', 'a,"""",c', ['a', '"', 'c']],
		['quote inside an unquoted field is literal', 'a,5"x,c', ['a', '5"x', 'c']],
		['separator-like text of another separator', 'a,"x;y\tz",c', ['a', 'x;y\tz', 'c']]
	])('%s', (_label, line, fields) => {
		const r = parse(`h1,h2,h3\n${line}\n`);
		expect(r.issues).toEqual([]);
		expect(filled(r.rows)[1]).toEqual([2, fields]);
	});

	it.each([
		['LF', '\n'],
		['CRLF', '\r\n'],
		['CR', '\r']
	])('a multi-line quoted field (%s) keeps its line breaks and the next row its physical line', (_label, eol) => {
		const text = ['h1,h2,h3', `a,"first${eol}second${eol}third",1`, 'b,x,2', ''].join(eol);
		const r = parse(text);
		expect(r.issues).toEqual([]);
		expect(filled(r.rows)).toEqual([
			[1, ['h1', 'h2', 'h3']],
			[2, ['a', `first${eol}second${eol}third`, '1']],
			[5, ['b', 'x', '2']]
		]);
	});

	it('Excel style: CRLF between rows, LF inside a cell', () => {
		const r = parse('h1,h2\r\na,"x\ny"\r\nb,2\r\n');
		expect(filled(r.rows)).toEqual([
			[1, ['h1', 'h2']],
			[2, ['a', 'x\ny']],
			[4, ['b', '2']]
		]);
	});
});

describe('bad quotes', () => {
	it('an unterminated quote is one bad_quote at the line where its row starts', () => {
		const r = parse('h1,h2\na,1\nb,"oops\nc,3\nd,4\n');
		expect(r.issues).toHaveLength(1);
		expect(r.issues[0]).toMatchObject({ code: 'bad_quote', line: 3, column: null });
		expect(r.issues[0]!.value).toMatch(/^b,"oops/);
		expect(r.issues[0]!.zh).toMatch(/引号/);
		expect(r.issues[0]!.en).toMatch(/quote/i);
		expect(filled(r.rows).map(([l]) => l)).toEqual([1, 2]);
	});

	it('a malformed quote is a bad_quote on its row, and the rows after it are still read', () => {
		const r = parse('h1,h2,h3\na,"x"y,1\nb,2,3\nc,"4",5\n');
		expect(r.issues).toMatchObject([{ code: 'bad_quote', line: 2, value: 'a,"x"y,1' }]);
		expect(filled(r.rows)).toEqual([
			[1, ['h1', 'h2', 'h3']],
			[3, ['b', '2', '3']],
			[4, ['c', '4', '5']]
		]);
	});

	it('a malformed quote after a multi-line field points at the row start, and reading resumes after it', () => {
		const r = parse('h1,h2\na,"line1\nline2"x\nb,2\n');
		expect(r.issues).toMatchObject([{ code: 'bad_quote', line: 2 }]);
		expect(filled(r.rows)).toEqual([
			[1, ['h1', 'h2']],
			[4, ['b', '2']]
		]);
	});

	it('spaces after a closing quote are tolerated', () => {
		const r = parse('h1,h2\na,"x" \nb,"y"  ,\n');
		expect(r.issues).toEqual([]);
		expect(filled(r.rows).slice(1)).toEqual([
			[2, ['a', 'x']],
			[3, ['b', 'y', '']]
		]);
	});
});

describe('text in pieces (a large file decoded a few MB at a time)', () => {
	const samples: [string, string][] = [
		['plain rows, LF', '指标,期间,数值\na,2024Q1,1\nb,2024Q2,2\nc,2024Q3,3\n'],
		['multi-line quoted fields, CRLF', '指标,备注,数值\r\na,"第一行\r\n第二行",1\r\nb,"x ""y"" z",2\r\nc,"",3'],
		['mixed line ends and blank lines', 'a,b\r\n\r\nc,d\re,f\n\ng,"h\ni"\n'],
		['a malformed quote, then good rows', 'a,b\nc,"d"x,e\nf,g\nh,"i\nj"k\nl,m\n'],
		['an unterminated quote', 'a,b\nc,d\ne,"f\ng,h\ni,j\n'],
		['a malformed quote whose field runs over several lines', 'a,b\nc,"d\ne"x\nf"g,h\ni,j\n"k"l,m\nn,o']
	];
	function collect(read: (sink: (f: string[], l: number) => void) => { issues: RowIssue[]; separator: Separator }) {
		const rows: [number, string[]][] = [];
		const r = read((f, l) => rows.push([l, f]));
		return { rows, issues: r.issues, separator: r.separator };
	}

	it.each(samples)('%s: every split point gives the rows, lines and issues of the whole text', (_label, text) => {
		// A 16-character span decides the line end, so that pieces end before, at and after the decision.
		const whole = collect((sink) => readDelimitedPieces([text], sink, undefined, undefined, 16));
		expect(whole).toEqual(collect((sink) => readDelimited(text, sink)));
		for (let i = 0; i <= text.length; i++) {
			for (const j of [i, Math.min(text.length, i + 1), Math.min(text.length, i + 5)]) {
				const pieces = [text.slice(0, i), text.slice(i, j), text.slice(j)];
				expect(collect((sink) => readDelimitedPieces(pieces, sink, undefined, undefined, 16)), `split at ${i}/${j}`).toEqual(whole);
			}
		}
	});
});
