// Revision history for pages and the API: one revision with its changes, and reverting one.
import { randomUUID } from 'node:crypto';
import { revertOutcome, type RevertOutcome, type RevisionChange } from '../ingest/diff';
import { actorName, audit, type Who } from './auth/audit';
import { StoreError, type RevertResult, type Revision, type Store } from './db/store';
import { refreshDerived } from './derived';
import { definitions } from './db/common/derived';
import { indicatorNames, type IndicatorNames } from '../format/changes';

/** Changes listed per table on a revision's page; the revision's own counts stay exact beyond it. */
export const CHANGES_LIMIT = 1000;

export interface RevisionDetail {
	revision: Revision;
	/** Names and units of the indicators its changes name. */
	names: IndicatorNames;
	changes: (RevisionChange & { onRevert: RevertOutcome })[];
	truncated: boolean;
	/** Why it cannot be reverted (already reverted), or null. */
	blocked: string | null;
}

export async function revisionDetail(store: Store, id: number): Promise<RevisionDetail | null> {
	const revision = await store.revision(id);
	if (!revision) return null;
	const all = await store.revisionChanges(id, CHANGES_LIMIT + 1);
	const tables = ['indicators', 'observations', 'targets'] as const;
	const kept = tables.flatMap((t) => all.filter((c) => c.table === t).slice(0, CHANGES_LIMIT));
	// Names of just the indicators listed (a page never needs the whole catalog).
	const codes = [...new Set(kept.map((c) => c.indicator))];
	return {
		revision,
		names: indicatorNames((await definitions(store.sql, codes)).map((d) => d.indicator)),
		changes: kept.map((c) => ({ ...c, onRevert: revertOutcome(c) })),
		truncated: kept.length < all.length,
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
