// What an upload changes, a page at a time with exact counts, however large the file: and uploads previewed
// without JavaScript, kept so that their diff pages by URL and they commit by id.
//
// The ingest (ingest.ts) stages the file, creates its revision and applies it inside one transaction, which a
// preview rolls back. Inside that transaction the revision-to-be can be paged exactly as a committed one is
// (db/revision-changes-page.ts): so the store is watched while ingestFiles runs, and the page is read at the
// end of its transaction, before the rollback. Memory per request: the page, plus 12 bytes per record for
// the line each value came from.
import { randomBytes } from 'node:crypto';
import { withImpliedYoy, type DiffRow, type StagedChange } from '../ingest/diff';
import type { IngestRecord } from '../ingest/validate';
import { indicatorNames, type IndicatorNames } from '../format/changes';
import { definitions } from './db/common/derived';
import * as previews from './db/common/upload-previews';
import { revisionChangesPage, type ChangeTable } from './db/revision-changes-page';
import type { Stage, Store, Tx } from './db/store';
import type { IngestFile, IngestReport } from './ingest';

/**
 * Changed rows per page of a preview. The change table renders 200 rows before its "show more" button
 * (which needs JavaScript), so without JavaScript every row of every page is on screen.
 */
export const PREVIEW_PAGE = 200;

/** One page of an upload's diff (FileReport.diff, extended): exact counts whatever the page shows. */
export interface DiffPage {
	rows: DiffRow[];
	/** More changes than this page lists. */
	truncated: boolean;
	counts: Record<ChangeTable, number>;
	total: number;
	/** 1-based; `pages` is at least 1. */
	page: number;
	pages: number;
	pageSize: number;
}

/** The line each staged value came from, as 53-bit hashes of its key in typed arrays (not a Map of strings). */
class LineIndex {
	#keys = new Float64Array(1024);
	#lines = new Int32Array(1024);
	#n = 0;

	add(r: IngestRecord): void {
		const key = r.kind === 'indicators' ? keyHash(r.record.code, '') : keyHash(r.record.indicator, r.record.period);
		if (this.#n === this.#keys.length) {
			const keys = new Float64Array(this.#n * 2);
			const lines = new Int32Array(this.#n * 2);
			keys.set(this.#keys);
			lines.set(this.#lines);
			[this.#keys, this.#lines] = [keys, lines];
		}
		this.#keys[this.#n] = key;
		this.#lines[this.#n++] = r.record.line;
	}

	/** The first line of each key, 0 when the file has no such key. One pass over the index. */
	linesOf(keys: [string, string][]): number[] {
		const wanted = new Map<number, number[]>();
		keys.forEach(([a, b], i) => {
			const h = keyHash(a, b);
			const at = wanted.get(h);
			if (at) at.push(i);
			else wanted.set(h, [i]);
		});
		const out = keys.map(() => 0);
		for (let i = 0; i < this.#n && wanted.size > 0; i++) {
			const at = wanted.get(this.#keys[i]!);
			if (!at) continue;
			for (const j of at) out[j] = this.#lines[i]!;
			wanted.delete(this.#keys[i]!);
		}
		return out;
	}
}

/** Two independent 32-bit chains over both texts, as one 53-bit number (collisions ~1 in 10^16 per pair). */
function keyHash(a: string, b: string): number {
	let h1 = 0x811c9dc5;
	let h2 = 0x2545f491;
	const text = `${a}\u0000${b}`;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 0x01000193);
		h2 = Math.imul(h2 ^ c, 0x5bd1e995);
		h2 ^= h2 >>> 15;
	}
	return (h1 >>> 0) * 0x200000 + (h2 >>> 11);
}

const emptyPage = (page: number): DiffPage => ({ rows: [], truncated: false, counts: { indicators: 0, observations: 0, targets: 0 }, total: 0, page, pages: 1, pageSize: PREVIEW_PAGE });

/** Page `page` of what revision `revision` does, read inside its transaction, as the upload preview lists it. */
async function pageOf(tx: Tx, revision: number | null, page: number, index: LineIndex): Promise<{ diff: DiffPage; names: IndicatorNames }> {
	if (revision === null) return { diff: emptyPage(page), names: {} };
	const { counts, changes } = await revisionChangesPage(tx.sql, revision, (page - 1) * PREVIEW_PAGE, PREVIEW_PAGE);
	const total = counts.indicators + counts.observations + counts.targets;
	const lines = index.linesOf(changes.map((c) => [c.indicator, c.period ?? '']));
	// An upload only writes: every change adds a value (nothing before) or updates one.
	const staged = changes.map(({ current: _current, ...c }, i) => ({ ...c, line: lines[i]!, state: c.before === null ? 'added' : 'updated' }) as StagedChange);
	const rows = await withImpliedYoy(staged, (indicator, period) => tx.currentValue(indicator, period));
	const codes = [...new Set(changes.filter((c) => c.table !== 'indicators').map((c) => c.indicator))];
	const names = indicatorNames((await definitions(tx.sql, codes)).map((d) => d.indicator));
	return { diff: { rows, truncated: changes.length < total, counts, total, page, pages: Math.max(1, Math.ceil(total / PREVIEW_PAGE)), pageSize: PREVIEW_PAGE }, names };
}

/**
 * Runs one file's ingest (`run`: ingestAs on the store it is given, dry run or commit, audited the same) and
 * lists page `page` (1-based) of the values it changes, in the order its revision page will list them, with
 * the line each came from. The report's `diff` is that page.
 */
export async function withDiffPage(
	store: Store,
	page: number,
	run: (store: Store) => Promise<IngestReport>
): Promise<{ report: IngestReport; diff: DiffPage; names: IndicatorNames }> {
	let result = { diff: emptyPage(page), names: {} as IndicatorNames };
	const index = new LineIndex();
	let watched = false;
	// The store as ingestFiles sees it: its (first) transaction notes the revision and each staged record's line.
	const watching: Store = Object.create(store, {
		transaction: {
			value<T>(fn: (tx: Tx) => Promise<T>, opts?: { rollback?: () => boolean }): Promise<T> {
				if (watched) return store.transaction(fn, opts);
				watched = true;
				return store.transaction(async (tx) => {
					let revision: number | null = null;
					const seen: Tx = Object.create(tx, {
						createRevision: { value: async (r: Parameters<Tx['createRevision']>[0]) => (revision = await tx.createRevision(r)) },
						stage: {
							value: async (): Promise<Stage> => {
								const stage = await tx.stage();
								return Object.create(stage, { add: { value: (r: IngestRecord) => (index.add(r), stage.add(r)) } });
							}
						}
					});
					const out = await fn(seen);
					result = await pageOf(tx, revision, page, index);
					return out;
				}, opts);
			}
		}
	});
	const report = await run(watching);
	for (const f of report.files) f.diff = result.diff;
	return { report, ...result };
}

/** How long a preview made without JavaScript can be paged and committed, and how many a user keeps. */
export const PREVIEW_TTL_MS = 24 * 3600_000;
const PREVIEWS_KEPT = 3;

const notBefore = (now: number) => new Date(now - PREVIEW_TTL_MS).toISOString();

/** Keeps an uploaded file for paging its preview and committing it; returns its id (random, URL-safe). */
export async function keepPreview(store: Store, userId: number, file: IngestFile, fields: Record<string, unknown>, now = Date.now()): Promise<string> {
	const id = randomBytes(18).toString('base64url');
	await store.transaction((tx) =>
		previews.save(tx.sql, { id, userId, fileName: file.name, fields: JSON.stringify(fields), content: file.bytes, createdAt: new Date(now).toISOString() }, notBefore(now), PREVIEWS_KEPT)
	);
	return id;
}

/** The user's kept preview: its file and fields (as stored; the caller validates them again). */
export async function keptPreview(store: Store, userId: number, id: string, now = Date.now()): Promise<{ file: IngestFile; fields: unknown } | null> {
	if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
	const p = await previews.get(store.sql, id, userId, notBefore(now));
	if (!p) return null;
	let fields: unknown = {};
	try {
		fields = JSON.parse(p.fields);
	} catch {
		// stored by this module, so always JSON; an edited row just loses its overrides
	}
	return { file: { name: p.fileName, bytes: p.content }, fields };
}

export async function dropPreview(store: Store, userId: number, id: string): Promise<void> {
	await store.transaction((tx) => previews.remove(tx.sql, id, userId));
}
