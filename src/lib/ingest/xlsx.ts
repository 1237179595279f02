// .xlsx → rows of cell text (first sheet), through read-excel-file, which runs in browsers and Node alike.
import { readSheet } from 'read-excel-file/universal';
import { fail, ok, type Result } from '../domain/issues';

export async function readXlsxRows(bytes: Uint8Array, sheet?: string | number): Promise<Result<string[][]>> {
	try {
		const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
		// Keep numbers as the text Excel stored, so `210万` rules and decimals apply exactly as in CSV.
		const data = await readSheet<string>(buf, sheet ?? 1, { parseNumber: (s: string) => s } as never);
		return ok(
			data.map((row) =>
				row.map((c) => (c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c)))
			)
		);
	} catch (e) {
		return fail('bad_encoding', `无法读取 Excel 文件:${(e as Error).message}`, `Cannot read the Excel file: ${(e as Error).message}`);
	}
}
