// The PostgreSQL implementation of Store: a pool of connections shared by reads, and write transactions
// that each hold one connection and the advisory write lock, so writers from every app instance on the
// same database take turns (and within one instance they queue, so they do not tie up the pool waiting).
// Reads run on whichever pooled connection is free and see only committed data (READ COMMITTED). A lost
// connection rolls its transaction back on the server; the caller gets StoreError('unavailable').
import type pg from 'pg';
import type { Store, Tx } from '../store';
import * as embedLinks from './embed-links';
import * as flags from './indicator-flags';
import * as indicators from './indicators';
import * as observations from './observations';
import { createPool, inTransaction, LOCK_WRITE, migrate, translate } from './open';
import { revert } from './revert';
import * as revisions from './revisions';
import * as secrets from './secrets';
import { createStage } from './stage';
import * as targets from './targets';

function txOn(client: pg.PoolClient): Tx {
	return {
		currentIndicators: () => indicators.listCurrent(client),
		stage: async () => createStage(client),
		createRevision: (r) => revisions.create(client, r),
		currentValue: (indicator, period) => observations.currentValue(client, indicator, period),
		revert: (id, user, batch) => revert(client, id, user, batch)
	};
}

/** Opens the pool and runs the migrations; rejects with StoreError('unavailable') when the server cannot be reached. */
export async function createPostgresStore(url: string, poolSize = 10): Promise<Store> {
	const pool = createPool(url, poolSize);
	try {
		await migrate(pool);
	} catch (e) {
		await pool.end().catch(() => undefined);
		throw e;
	}
	let queue: Promise<unknown> = Promise.resolve();

	/** Outside transactions: any connection-level failure becomes StoreError('unavailable') (a 503 for the app). */
	const read = async <T>(fn: (db: pg.Pool) => Promise<T>): Promise<T> => {
		try {
			return await fn(pool);
		} catch (e) {
			throw translate(e);
		}
	};

	const run = <T>(fn: (tx: Tx) => Promise<T>, rollback: () => boolean): Promise<T> =>
		inTransaction(pool, LOCK_WRITE, (client) => fn(txOn(client)), () => !rollback());

	return {
		backend: 'postgres',
		transaction(fn, options) {
			const next = queue.then(() => run(fn, options?.rollback ?? (() => false)));
			queue = next.catch(() => undefined);
			return next;
		},
		indicators: () => read((db) => indicators.listCurrent(db)),
		observations: (filter) => read((db) => observations.listCurrent(db, filter?.indicators)),
		targets: (filter) => read((db) => targets.listCurrent(db, filter?.indicators)),
		revisions: () => read((db) => revisions.list(db)),
		revision: (id) => read((db) => revisions.get(db, id)),
		revisionContent: (id) => read((db) => revisions.content(db, id)),
		dataVersion: () => read((db) => revisions.latestId(db)),
		// Small writes outside uploads: one statement each (autocommit), atomic on their own.
		secret: (name, generate) => read((db) => secrets.getOrCreate(db, name, generate)),
		createEmbedLink: (link) => read((db) => embedLinks.create(db, link)),
		embedLink: (id) => read((db) => embedLinks.get(db, id)),
		embedLinks: (filter) => read((db) => embedLinks.list(db, filter?.indicator)),
		revokeEmbedLink: (id, user) => read((db) => embedLinks.revoke(db, id, user)),
		publicIndicators: () => read((db) => flags.publicCodes(db)),
		isIndicatorPublic: (code) => read((db) => flags.isPublic(db, code)),
		setIndicatorPublic: (code, isPublic, user) => read((db) => flags.setPublic(db, code, isPublic, user)),
		async close() {
			await queue;
			await pool.end();
		}
	};
}
