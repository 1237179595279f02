// The "rejects" file: every row that has an error, as written, with its line and the reasons, so the
// analyst can fix them in Excel and upload again (UTF-8 with BOM, like every CSV we write).
import type { RowIssue } from '../domain/issues';
import { writeCsv } from './csv';

export const REJECTS_LINE = '行号 / Line';
export const REJECTS_REASON = '错误原因 / Reason';

function reason(i: RowIssue): string {
	return `${i.column ? `[${i.column}] ` : ''}${i.zh} / ${i.en}`;
}

/**
 * One row per line with errors, in line order: the line number, the row's cells as read (or, when the row
 * could not be split, the raw text the issue quotes), and every reason for that line joined by "; ".
 */
export function rejectsCsv(header: string[], rowAt: (line: number) => string[] | undefined, errors: RowIssue[]): string {
	const byLine = new Map<number, RowIssue[]>();
	for (const e of errors) {
		const list = byLine.get(e.line);
		if (list) list.push(e);
		else byLine.set(e.line, [e]);
	}
	const lines = [...byLine.keys()].sort((a, b) => a - b);
	const rows = lines.map((line) => {
		const issues = byLine.get(line)!;
		const cells = rowAt(line) ?? [issues.find((i) => i.value !== null)?.value ?? ''];
		return { line, cells, reasons: issues.map(reason).join('; ') };
	});
	const width = Math.max(header.length, ...rows.map((r) => r.cells.length));
	const columns = Array.from({ length: width }, (_, i) => header[i] ?? `(${i + 1})`);
	const data = rows.map((r) => [r.line, ...Array.from({ length: width }, (_, i) => r.cells[i] ?? ''), r.reasons]);
	return writeCsv([REJECTS_LINE, ...columns, REJECTS_REASON], data);
}
