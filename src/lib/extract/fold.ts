// Folds report text for reading (traditional → simplified, full-width → ASCII) without moving any character,
// so every offset found in the folded text is an offset into the text as given.
import { Converter } from 'opencc-js/t2cn';

let t2s: ((s: string) => string) | null = null;

function toSimplified(s: string): string {
	t2s ??= Converter({ from: 'tw', to: 'cn' });
	const out = t2s(s);
	if (out.length === s.length) return out;
	// A phrase conversion changed the length: convert one character at a time instead, keeping positions.
	let r = '';
	for (const ch of s) {
		const c = t2s(ch);
		r += c.length === ch.length ? c : ch;
	}
	return r;
}

/** Same length as `text`: each UTF-16 unit is replaced by its one-unit NFKC form when there is one. */
export function foldForReading(text: string): string {
	// ASCII and the unified ideographs are their own NFKC forms: only the other units are looked up, one call each.
	const r = text.replace(/[^\x00-\x7f\u4e00-\u9fff]/g, (c) => {
		const n = c.normalize('NFKC');
		return n.length === 1 ? n : c;
	});
	const out = /[\u3400-\u9fff]/.test(r) ? toSimplified(r) : r;
	// 二○一九年 · 二千四百二十六点○八万: a white circle (○) typed for the numeral zero (〇) among Chinese numerals.
	const zeroes = out.includes('○') ? out.replace(/○(?=[○〇零一二三四五六七八九十百千万亿])|(?<=[〇零一二三四五六七八九十百千万亿点])○/g, '〇') : out;
	// 1─5月份: a box-drawing line (─) typed for the dash of a range between numbers is read as the dash (—) it stands for.
	return zeroes.includes('─') ? zeroes.replace(/(?<=[\d〇零一二三四五六七八九十])─(?=[\d〇零一二三四五六七八九十])/g, '—') : zeroes;
}
