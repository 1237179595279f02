// Revision history for pages and the API: one revision with its changes, and reverting one.
import { randomUUID } from 'node:crypto';
import { revertOutcome, type RevertOutcome, type RevisionChange } from '../ingest/diff';
import { actorName, audit, type Who } from './auth/audit';
import type { RevisionChangesPage } from './db/revision-changes-page';
import { StoreError, type RevertResult, type Revision, type Store } from './db/store';
import { refreshDerived } from './derived';
import { definitions } from './db/common/derived';
import { indicatorNames, type IndicatorNames } from '../format/changes';

/** Changes per page of a revision (indicators, then observations, then targets). */
export const CHANGES_PAGE = 1000;

export interface RevisionDetail {
	revision: Revision;
	/** Names and units of the indicators its changes name. */
	names: IndicatorNames;
	/** This page's changes. */
	changes: (RevisionChange & { onRevert: RevertOutcome })[];
	/** Exact number of changes per table and in all, however many pages they take. */
	counts: RevisionChangesPage['counts'];
	/** Exactly how many changes a revert would restore, withdraw, keep (changed later) or leave alone. */
	outcomes: RevisionChangesPage['outcomes'];
	total: number;
	/** 1-based; `pages` is at least 1. */
	page: number;
	pages: number;
	pageSize: number;
	/** More changes than this page lists. */
	truncated: boolean;
	/** Why it cannot be reverted (already reverted), or null. */
	blocked: string | null;
}

/** `page` as asked for in a URL (`?page=3`): a whole number from 1, anything else is page 1. */
export function pageParam(raw: string | null): number {
	const n = Number(raw);
	return Number.isSafeInteger(n) && n >= 1 ? n : 1;
}

/** The revision and one page of its changes (a page past the end lists none but keeps the counts). */
export async function revisionDetail(store: Store, id: number, page = 1): Promise<RevisionDetail | null> {
	const revision = await store.revision(id);
	if (!revision) return null;
	const { counts, outcomes, changes } = await store.revisionChangesPage(id, (page - 1) * CHANGES_PAGE, CHANGES_PAGE);
	const total = counts.indicators + counts.observations + counts.targets;
	// Names of just the indicators listed (a page never needs the whole catalog).
	const codes = [...new Set(changes.map((c) => c.indicator))];
	return {
		revision,
		names: indicatorNames((await definitions(store.sql, codes)).map((d) => d.indicator)),
		changes: changes.map((c) => ({ ...c, onRevert: revertOutcome(c) })),
		counts,
		outcomes,
		total,
		page,
		pages: Math.max(1, Math.ceil(total / CHANGES_PAGE)),
		pageSize: CHANGES_PAGE,
		truncated: changes.length < total,
		blocked: revision.revertedBy !== null ? `已被修订 ${revision.revertedBy} 撤销 / Already reverted by revision ${revision.revertedBy}` : null
	};
}

export type RevertAnswer = { ok: true; result: RevertResult } | { ok: false; status: 404 | 409; code: string; message: string };

/**
 * Reverts in one transaction (queued behind any upload in progress); a revert is itself a revision, and audited.
 * The pages, the API and `npm run revert` all come here.
 */
export async function revertRevision(store: Store, id: number, who: Who): Promise<RevertAnswer> {
	try {
		const result = await store.transaction((tx) => tx.revert(id, actorName(who), randomUUID()));
		await refreshDerived(store);
		await audit(store, who, 'revert', `#${id}`, { revision: result.revision.id, restored: result.restored, withdrawn: result.withdrawn, keptLater: result.keptLater });
		return { ok: true, result };
	} catch (e) {
		if (e instanceof StoreError && (e.code === 'not_found' || e.code === 'already_reverted'))
			return { ok: false, status: e.code === 'not_found' ? 404 : 409, code: e.code, message: e.message };
		throw e;
	}
}
