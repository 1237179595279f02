// Reviewing figures read from a report's text before they are committed: the rows as the review form
// carries them (validated again on every post), the indicator choices per row, and the confirmed rows as
// the same observations/targets files `npm run extract -- --csv / --targets-csv` writes.
import { z } from 'zod';
import type { Indicator } from '../domain/model';
import { indicatorNames, type IndicatorNames } from '../format/changes';
import { parseNumber } from '../domain/quantity';
import type { Candidate } from '../extract/index';
import type { Lang } from '../format/messages';
import { actorName, audit, type Who } from './auth/audit';
import * as learned from './db/common/synonyms';
import type { Store } from './db/store';
import { namesOf } from './dashboard';
import { observationsCsv, targetsCsv } from './extract';
import type { IngestFile } from './ingest';

export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
/** Indicators offered per row beside the mapped one: the catalog can be large (any code can still be typed). */
const CHOICES = 12;
/** A catalog this small is offered whole in every row's picker. */
const WHOLE_CATALOG = 60;

/** One candidate as the review form carries it (hidden JSON) and as the commit form carries the confirmed ones. */
export const row = z.object({
	line: z.number().int().min(0),
	start: z.number().int().min(0),
	end: z.number().int().min(0),
	quote: z.string().max(2000),
	label: z.string().max(500),
	indicator: z.string().max(200).nullable(),
	period: z.string().max(100).nullable(),
	value: z.number().finite(),
	unit: z.string().max(40).nullable(),
	qualifier: z.string().max(10).nullable(),
	role: z.enum(['actual', 'target']),
	yoy_reported: z.number().finite().nullable(),
	yoy_points: z.number().finite().nullable().default(null),
	change: z.unknown().nullable().default(null),
	flag: z.enum(['scope', 'conflict']).nullable().default(null)
});
export type Row = z.infer<typeof row>;
export const meta = z.object({
	title: z.string().trim().min(1).max(200),
	date: z.string().regex(DATE_RE),
	text: z.string().max(5_000_000).default('')
});

export interface ReviewRow extends Row {
	/** The text as highlighted: [start, end) of the text as given. */
	written: string;
	choices: { code: string; name: string }[];
	decision: 'confirm' | 'reject' | '';
	problems: ('unmapped' | 'conflict' | 'scope' | 'noPeriod')[];
	/** The candidate as read, posted back with the row and validated again. */
	original: string;
}

function problems(r: Row, original: Row): ReviewRow['problems'] {
	const out: ReviewRow['problems'] = [];
	if (r.indicator === null) out.push(original.flag ?? 'unmapped');
	if (r.period === null) out.push('noPeriod');
	return out;
}

function choices(r: Row, catalog: readonly Indicator[], lang: Lang): ReviewRow['choices'] {
	const name = (i: Indicator) => (lang === 'en' ? i.nameEn || i.nameZh : i.nameZh);
	const label = r.label.toLowerCase();
	const match = (i: Indicator) => {
		const names = [i.nameZh, i.nameEn].filter((n) => n).map((n) => n.toLowerCase());
		return names.some((n) => label.includes(n) || n.includes(label));
	};
	const out: Indicator[] = [];
	const mapped = catalog.find((i) => i.code === r.indicator);
	if (mapped) out.push(mapped);
	if (catalog.length <= WHOLE_CATALOG) out.push(...catalog.filter((i) => i !== mapped));
	else for (const i of catalog) if (out.length < CHOICES && i !== mapped && match(i)) out.push(i);
	return out.map((i) => ({ code: i.code, name: name(i) }));
}

export function review(text: string, rows: { row: Row; original: Row; decision: ReviewRow['decision'] }[], catalog: readonly Indicator[], lang: Lang): ReviewRow[] {
	return rows.map(({ row: r, original, decision }) => ({
		...r,
		written: text.slice(r.start, r.end),
		choices: choices(r, catalog, lang),
		decision,
		problems: problems(r, original),
		original: JSON.stringify(original)
	}));
}

/** The confirmed rows → the files `npm run extract -- --csv / --targets-csv` writes; header-only files are left out. */
export function files(rows: Row[], title: string, date: string): IngestFile[] {
	const result = { date, candidates: rows as Candidate[] };
	const out: IngestFile[] = [];
	const obs = observationsCsv(result, title);
	const tgt = targetsCsv(result, title);
	const enc = new TextEncoder();
	if (obs.trim().includes('\n')) out.push({ name: 'observations.csv', bytes: enc.encode(obs) });
	if (tgt.trim().includes('\n')) out.push({ name: 'targets.csv', bytes: enc.encode(tgt) });
	return out;
}

export function parseJson(v: FormDataEntryValue | null): unknown {
	if (typeof v !== 'string') return undefined;
	try {
		return JSON.parse(v);
	} catch {
		return undefined;
	}
}

/**
 * A value the analyst typed over the one read: plain or as the report writes it (`149.71万`, `38.2亿元`), in the
 * row's base unit; null when blank (keep the value read) and 'bad' when it does not read as a number of that unit.
 */
export function typedValue(raw: FormDataEntryValue | null, unit: string | null): number | null | 'bad' {
	if (typeof raw !== 'string' || raw.trim() === '') return null;
	const p = parseNumber(raw.trim());
	if (!p.ok || (p.value.unit !== null && p.value.unit !== unit)) return 'bad';
	return p.value.value;
}

/** A label as the synonym list keeps it (data/extract-synonyms.csv lower-cases too). */
export const termOf = (label: string): string => label.trim().toLowerCase();
export const correction = z.object({ term: z.string().min(2).max(60), indicator: z.string().min(1).max(200) });
export type Correction = z.infer<typeof correction>;

/**
 * The labels to remember from a review: confirmed rows the analyst mapped to another indicator than the reader
 * did (or to one where it found none). A label mapped two ways in one text teaches nothing and is left out.
 */
export function corrections(posted: { row: Row; original: Row; decision: ReviewRow['decision'] }[]): Correction[] {
	const by = new Map<string, string | null>();
	for (const { row: r, original, decision } of posted) {
		if (decision !== 'confirm' || r.indicator === null || r.indicator === original.indicator) continue;
		const term = termOf(r.label);
		if (!correction.safeParse({ term, indicator: r.indicator }).success) continue;
		const had = by.get(term);
		by.set(term, had === undefined || had === r.indicator ? r.indicator : null);
	}
	return [...by].flatMap(([term, indicator]) => (indicator === null ? [] : [{ term, indicator }]));
}

/**
 * After a commit: remembers each correction that names a committed row's label and indicator (anything else the
 * form claims is ignored), in one transaction, each new or changed label audited. Returns how many changed.
 */
export async function rememberCorrections(store: Store, who: Who, claimed: Correction[], committed: Row[]): Promise<number> {
	const valid = claimed.filter((c) => committed.some((r) => r.indicator === c.indicator && termOf(r.label) === c.term));
	if (valid.length === 0) return 0;
	const createdAt = new Date().toISOString();
	const createdBy = actorName(who);
	const changed = await store.transaction(async (tx) => {
		const out: { c: Correction; before: string | null }[] = [];
		for (const c of valid) {
			const before = (await learned.get(tx.sql, c.term))?.indicator ?? null;
			if (before === c.indicator) continue;
			await learned.remember(tx.sql, { ...c, createdBy, createdAt });
			out.push({ c, before });
		}
		return out;
	});
	for (const { c, before } of changed) await audit(store, who, 'synonym_learn', c.term, { indicator: c.indicator, before });
	return changed.length;
}

/** Forgets a learned label (audited); false when there was none. */
export async function forgetSynonym(store: Store, who: Who, term: string): Promise<boolean> {
	const gone = await store.transaction(async (tx) => {
		const before = await learned.get(tx.sql, term);
		return before && (await learned.forget(tx.sql, term)) ? before : null;
	});
	if (gone) await audit(store, who, 'synonym_forget', term, { indicator: gone.indicator });
	return gone !== null;
}

/** Names of just the indicators a report's rows use (the catalog can hold thousands). */
export function namesFor(catalog: Indicator[], rows: Row[]): IndicatorNames {
	const used = new Set(rows.map((r) => r.indicator));
	return indicatorNames(catalog.filter((i) => used.has(i.code)));
}

/** Learned labels listed on the start page, newest first; more are counted, not listed. */
const LEARNED_SHOWN = 200;

export async function learnedLabels(store: Store, lang: Lang) {
	const all = await learned.list(store.sql);
	const shown = all.slice(0, LEARNED_SHOWN);
	const names = new Map((await namesOf(store, [...new Set(shown.map((l) => l.indicator))])).map((n) => [n.code, lang === 'en' ? n.nameEn || n.nameZh : n.nameZh]));
	return { learned: shown.map((l) => ({ ...l, name: names.get(l.indicator) ?? null })), learnedTotal: all.length };
}
