// .xlsx → rows of cell text (first sheet, or a named one), through read-excel-file, which runs in browsers and Node alike.
import { readSheet } from 'read-excel-file/universal';
import { fail, ok, type Result } from '../domain/issues';

/**
 * A numeric cell as Excel shows it and writes it to CSV: at most 15 significant digits. The XML keeps up
 * to 17 (`38.200000000000003`, `0.30000000000000004` from a formula), which would read as a different
 * number of decimals than the CSV export of the same sheet and upset the YoY rounding check.
 */
function excelNumberText(raw: string): string {
	const n = Number(raw);
	return Number.isFinite(n) ? String(Number(n.toPrecision(15))) : raw;
}

function cellText(c: unknown): string {
	if (c === null || c === undefined) return '';
	return c instanceof Date ? c.toISOString().slice(0, 10) : String(c);
}

export async function readXlsxRows(bytes: Uint8Array, sheet?: string | number): Promise<Result<string[][]>> {
	try {
		const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
		// Numbers come back as text, so `210万` rules and decimals apply exactly as in CSV.
		const data = await readSheet<string>(buf, sheet ?? 1, { parseNumber: excelNumberText } as never);
		return ok(data.map((row) => row.map(cellText)));
	} catch (e) {
		return fail('bad_encoding', `无法读取 Excel 文件:${(e as Error).message}`, `Cannot read the Excel file: ${(e as Error).message}`);
	}
}
