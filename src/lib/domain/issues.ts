// Stable issue codes and their zh-CN / en messages: the one vocabulary for every row error and warning.
// Codes are a public contract (csv-format.md): add new ones, never rename one.

export const ISSUE_CODES = [
	'missing_column',
	'missing_value',
	'bad_number',
	'bad_period',
	'unknown_indicator',
	'unit_mismatch',
	'duplicate_row',
	'ragged_row',
	'bad_quote',
	'bad_encoding',
	'bad_header',
	'duplicate_column',
	'footnote_row',
	'total_row',
	'bad_value',
	'unknown_kind',
	'empty_file',
	'yoy_mismatch',
	'conflicting_definition',
	'title_row',
	'unknown_column',
	'already_reverted',
	'too_large'
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

/** Outcome of a pure parse: either a value or a coded problem with a bilingual explanation. */
export type Result<T> = { ok: true; value: T } | { ok: false; code: IssueCode; zh: string; en: string };

export function ok<T>(value: T): Result<T> {
	return { ok: true, value };
}

export function fail<T = never>(code: IssueCode, zh: string, en: string): Result<T> {
	return { ok: false, code, zh, en };
}

/** One problem found in an uploaded file, located as the analyst sees it in Excel. */
export interface RowIssue {
	/** Physical line in the file, header = 1 (multi-line quoted fields counted). */
	line: number;
	/** The column as written in the file's header, or null for a whole-row problem. */
	column: string | null;
	/** The raw cell text (or the row's text for whole-row problems). */
	value: string | null;
	code: IssueCode;
	/** "zh / en" joined, for plain displays; the parts are kept too. */
	message: string;
	zh: string;
	en: string;
}

export function rowIssue(
	line: number,
	column: string | null,
	value: string | null,
	code: IssueCode,
	zh: string,
	en: string
): RowIssue {
	return { line, column, value, code, message: `${zh} / ${en}`, zh, en };
}
