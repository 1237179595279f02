// The PostgreSQL implementation of Store: a pool of connections shared by reads, and write transactions
// that each hold one connection and the advisory write lock, so writers from every app instance on the
// same database take turns (and within one instance they queue, so they do not tie up the pool waiting).
// Reads run on whichever pooled connection is free and see only committed data (READ COMMITTED). A lost
// connection rolls its transaction back on the server; the caller gets StoreError('unavailable').
import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import * as audit from '../common/audit';
import * as embedLinks from '../common/embed-links';
import * as flags from '../common/indicator-flags';
import * as secrets from '../common/secrets';
import * as sessions from '../common/sessions';
import * as throttle from '../common/throttle';
import * as users from '../common/users';
import * as follows from '../common/follows';
import { pgSql, type Sql } from '../sql';
import * as indicators from '../common/indicators';
import * as observations from '../common/observations';
import { revert } from '../common/revert';
import * as revisions from '../common/revisions';
import { ReservedRevisions } from './reserved-revision';
import * as targets from '../common/targets';
import type { Store, Tx } from '../store';
import { exportCursor } from './export-cursor';
import { createPool, inTransaction, LOCK_WRITE, migrate, translate } from './open';
import { touch } from '../common/derived';
import { revisionChangesPage } from '../revision-changes-page';
import { revisionFile } from './revision-file';
import { createStage } from './stage';

function txOn(client: pg.PoolClient): Tx & { reserved: ReservedRevisions; end(): void } {
	const sql = pgSql(client, translate);
	const reserved = new ReservedRevisions(client, sql);
	let open = true;
	return {
		sql,
		reserved,
		end: () => void (open = false),
		currentIndicators: () => indicators.listCurrent(sql),
		stage: () => createStage(client, { reserve: () => reserved.reserve(), open: () => open }),
		createRevision: (r) => reserved.create(r),
		currentValue: (indicator, period) => observations.currentValue(sql, indicator, period),
		async revert(id, user, batch) {
			const result = await revert(sql, id, user, batch);
			await touch(sql, result.revision.id); // the indicators it changed are derived again
			return result;
		}
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

	/** The connection of the write transaction the current code runs in, if any. */
	const insideTx = new AsyncLocalStorage<pg.PoolClient>();

	/** Outside transactions: any connection-level failure becomes StoreError('unavailable') (a 503 for the app). */
	const read = async <T>(fn: (db: pg.Pool) => Promise<T>): Promise<T> => {
		try {
			return await fn(pool);
		} catch (e) {
			throw translate(e);
		}
	};
	/** The shared repositories (common/) outside transactions: any pooled connection. */
	const poolSql = pgSql(pool, translate);
	const query = <T>(fn: (db: Sql) => Promise<T>): Promise<T> => read(() => fn(poolSql));
	/**
	 * A small write (sessions, audit, throttle, links…): one autocommitted statement, or, when called from a
	 * write transaction's own code, part of that transaction on its connection (an upload's audit entry
	 * commits or rolls back with the upload), as in the SQLite store.
	 */
	const write = <T>(fn: (db: Sql) => Promise<T>): Promise<T> => {
		const client = insideTx.getStore();
		return client ? fn(pgSql(client, translate)) : query(fn);
	};

	const run = <T>(fn: (tx: Tx) => Promise<T>, rollback: () => boolean): Promise<T> =>
		inTransaction(
			pool,
			LOCK_WRITE,
			(client) =>
				insideTx.run(client, async () => {
					const tx = txOn(client);
					try {
						const result = await fn(tx);
						if (!rollback()) tx.reserved.check();
						return result;
					} finally {
						// Before COMMIT or ROLLBACK is sent: a stage's statements still queued are not sent after it.
						tx.end();
					}
				}),
			() => !rollback()
		);

	return {
		backend: 'postgres',
		sql: poolSql,
		transaction(fn, options) {
			const next = queue.then(() => run(fn, options?.rollback ?? (() => false)));
			queue = next.catch(() => undefined);
			return next;
		},
		indicators: () => query((db) => indicators.listCurrent(db)),
		observations: (filter) => query((db) => observations.listCurrent(db, filter?.indicators)),
		targets: (filter) => query((db) => targets.listCurrent(db, filter?.indicators)),
		revisions: () => query((db) => revisions.list(db)),
		revision: (id) => query((db) => revisions.get(db, id)),
		revisionContent: (id) => query((db) => revisions.content(db, id)),
		revisionChanges: (id, limit) => query((db) => revisions.changes(db, id, limit)),
		dataVersion: () => query((db) => revisions.latestId(db)),
		secret: (name, generate) => write((db) => secrets.getOrCreate(db, name, generate)),
		createEmbedLink: (link) => write((db) => embedLinks.create(db, link)),
		embedLink: (id) => query((db) => embedLinks.get(db, id)),
		embedLinks: (filter) => query((db) => embedLinks.list(db, filter?.indicator)),
		revokeEmbedLink: (id, user) => write((db) => embedLinks.revoke(db, id, user)),
		publicIndicators: () => query((db) => flags.publicCodes(db)),
		isIndicatorPublic: (code) => query((db) => flags.isPublic(db, code)),
		setIndicatorPublic: (code, isPublic, user) => write((db) => flags.setPublic(db, code, isPublic, user)),
		users: {
			count: () => query((db) => users.count(db)),
			list: () => query((db) => users.list(db)),
			byName: (name) => query((db) => users.byName(db, name)),
			byId: (id) => query((db) => users.byId(db, id)),
			create: (u) => write((db) => users.create(db, u)),
			update: (id, patch) => write((db) => users.update(db, id, patch))
		},
		follows: {
			follow: (userId, code) => write((db) => follows.follow(db, userId, code)),
			unfollow: (userId, code) => write((db) => follows.unfollow(db, userId, code)),
			list: (userId) => query((db) => follows.list(db, userId)),
			isFollowing: (userId, code) => query((db) => follows.isFollowing(db, userId, code))
		},
		sessions: {
			create: (hash, userId, now, expiresAt) => write((db) => sessions.create(db, hash, userId, now, expiresAt)),
			find: (hash) => query((db) => sessions.find(db, hash)),
			extend: (hash, expiresAt) => write((db) => sessions.extend(db, hash, expiresAt)),
			delete: (hash) => write((db) => sessions.remove(db, hash)),
			deleteForUser: (userId) => write((db) => sessions.removeForUser(db, userId)),
			purgeExpired: (now) => write((db) => sessions.purgeExpired(db, now))
		},
		audit: {
			add: (e) => write((db) => audit.add(db, e)),
			list: (q) => query((db) => audit.list(db, q))
		},
		throttle: {
			get: (key) => query((db) => throttle.get(db, key)),
			fail: (key, now, windowMs) => write((db) => throttle.fail(db, key, now, windowMs)),
			clear: (key) => write((db) => throttle.clear(db, key))
		},
		exportRows: (filter) => exportCursor(pool, filter),
		revisionChangesPage: (id, offset, limit) => query((db) => revisionChangesPage(db, id, offset, limit)),
		revisionFile: (id, chunkSize) => read((db) => revisionFile(db, id, chunkSize)),
		async close() {
			await queue;
			await pool.end();
		}
	};
}
