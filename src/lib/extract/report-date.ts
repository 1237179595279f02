// The report's date: the date of a title line, else of a signature line.
import { key } from './calendar';

const DATE_RE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;

/** The report's date: a date in the first (title) lines, else a signature line that is only a date, else null. */
export function findReportDate(text: string): string | null {
	const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '');
	const asIso = (m: RegExpExecArray | null): string | null => {
		if (!m) return null;
		if (m[1] === undefined) m = [m[0], m[4]!, m[5]!, m[6]!] as unknown as RegExpExecArray;
		const p = key(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}/${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
		return p ? p.slice(0, 10) : null;
	};
	for (const l of lines.slice(0, 3)) {
		const d = l.length <= 80 ? asIso(DATE_RE.exec(l)) : null;
		if (d) return d;
	}
	for (const l of lines.slice(-6).reverse()) {
		if (/^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|^\d{4}-\d{2}-\d{2}$/.test(l)) return asIso(DATE_RE.exec(l));
	}
	return null;
}
