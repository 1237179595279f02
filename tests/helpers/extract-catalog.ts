// The catalog and synonym list as tests and the bench read them (from data/), without a store.
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractFigures, type Candidate } from '../../src/lib/extract/index';
import { parseSynonyms, type CatalogEntry, type Synonym } from '../../src/lib/extract/map';

export function loadCatalogFromData(root = '.'): CatalogEntry[] {
	const lines = readFileSync(`${root}/data/indicators.csv`, 'utf8').split(/\r?\n/).slice(1).filter((l) => l.trim() !== '');
	return lines.map((l) => {
		const cells = l.match(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
		return { code: cells[0]!, nameZh: cells[1]!, nameEn: cells[2]!, unit: cells[3]!, kind: cells[4]! };
	});
}
export function loadSynonymsFromData(root = '.'): Synonym[] {
	return parseSynonyms(readFileSync(`${root}/data/extract-synonyms.csv`, 'utf8'));
}

/** What the reader's unit tests read with: the catalog and synonyms of data/, a report date of 2024-06-15. */
export const opts = { date: '2024-06-15', today: '2024-06-15', catalog: loadCatalogFromData(), synonyms: loadSynonymsFromData() };
/** The candidates the reader finds in `text`, dated `date`. */
export const read = (text: string, date: string = opts.date): Candidate[] => extractFigures(text, { ...opts, date }).candidates;

/** A row of the reader's table-driven tests: what it pins, the report date, the text, the candidates expected in order. */
export type DatedCase = [string, string, string, Partial<Candidate>[]];
/** One test per row: the reader finds exactly the expected candidates, in order, each matching what its row gives. */
export function readsAs(cases: DatedCase[]): void {
	it.each(cases)('%s', (_name, date, text, expected) => {
		const got = read(text, date);
		expect(got).toHaveLength(expected.length);
		expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
	});
}
