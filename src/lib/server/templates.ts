// Template files to download: the pure definitions (ingest/templates.ts) as UTF-8-with-BOM CSV or .xlsx.
import writeExcelFile from 'write-excel-file/node';
import { writeCsv } from '../ingest/csv';
import { templateById } from '../ingest/templates';

export interface TemplateFile {
	body: Uint8Array;
	type: string;
	filename: string;
}

/** `observations.csv`, `targets.xlsx`, … → the file, or null for an unknown name. */
export async function templateFile(name: string): Promise<TemplateFile | null> {
	const m = /^([a-z-]+)\.(csv|xlsx)$/.exec(name);
	const t = m ? templateById(m[1]!) : undefined;
	if (!m || !t) return null;
	const filename = `template-${t.id}.${m[2]}`;
	if (m[2] === 'csv') return { body: new TextEncoder().encode(writeCsv(t.header, [t.example])), type: 'text/csv; charset=utf-8', filename };
	// Every cell as text, so the example reads exactly like the CSV (`2024年` stays a period, `6` an item number).
	const data = [t.header, t.example].map((row) => row.map((value) => ({ value, type: String })));
	const buffer = await writeExcelFile(data as never, { sheet: t.zh.replace(/[:\\/?*[\]]/g, '').slice(0, 31) } as never).toBuffer();
	return { body: new Uint8Array(buffer), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename };
}
