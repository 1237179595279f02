// Report files to text: .txt/.md decoded like CSV, .docx through mammoth, .pdf through its text layer; refusals in zh/en.
import iconv from 'iconv-lite';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { fileText } from './extract';

const LINE = '一季度全市接待游客210万人次,同比增长37.5%';

/** A one-page PDF whose text layer holds `text` (ASCII), or none at all. */
function pdf(text: string | null): Uint8Array {
	const stream = text === null ? '' : `BT /F1 12 Tf 20 100 Td (${text}) Tj ET`;
	const objs = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
		`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
	];
	let out = '%PDF-1.4\n';
	const offsets: number[] = [];
	objs.forEach((o, i) => {
		offsets.push(out.length);
		out += `${i + 1} 0 obj\n${o}\nendobj\n`;
	});
	const xref = out.length;
	out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
	out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return new TextEncoder().encode(out);
}

describe('report files to text', () => {
	it.each([
		['UTF-8', new TextEncoder().encode(LINE)],
		['GB18030', new Uint8Array(iconv.encode(LINE, 'gb18030'))],
		['UTF-16 with BOM', new Uint8Array(iconv.encode(LINE, 'utf16-le', { addBOM: true }))]
	])('decodes %s text', async (_n, bytes) => {
		const r = await fileText('r.txt', bytes);
		expect(r.ok && r.text.replace(/^\uFEFF/, '')).toBe(LINE);
	});

	it('reads a .docx', async () => {
		const doc = new Document({ sections: [{ children: [new Paragraph('某市通报'), new Paragraph(LINE)] }] });
		const bytes = new Uint8Array(await Packer.toBuffer(doc));
		const r = await fileText('r.docx', bytes);
		expect(r.ok && r.text).toContain(LINE);
	});

	it('reads a PDF text layer and refuses a PDF without one (a scan)', async () => {
		const r = await fileText('r.pdf', pdf('Q1 2024: 2100000'));
		expect(r.ok && r.text).toContain('2100000');
		const scan = await fileText('s.pdf', pdf(null));
		expect(scan.ok).toBe(false);
		if (!scan.ok) expect(scan.problem).toMatchObject({ code: 'scanned_pdf', zh: expect.stringContaining('扫描'), en: expect.stringContaining('scan') });
	});

	it('refuses a binary file and another zip with a clear message', async () => {
		const png = await fileText('x.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
		expect(!png.ok && png.problem.code).toBe('binary');
		const xlsx = await fileText('x.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
		expect(!xlsx.ok && xlsx.problem.message).toMatch(/无法读取.* \/ Cannot read/);
	});
});
