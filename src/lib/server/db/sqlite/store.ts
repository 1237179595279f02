// The SQLite implementation of Store: one writer connection for transactions, one reader for queries
// (WAL lets the reader see only committed data, so a dry run never leaks into a page).
import { AsyncLocalStorage } from 'node:async_hooks';
import * as audit from '../common/audit';
import * as embedLinks from '../common/embed-links';
import * as flags from '../common/indicator-flags';
import * as secrets from '../common/secrets';
import * as sessions from '../common/sessions';
import * as throttle from '../common/throttle';
import * as users from '../common/users';
import * as follows from '../common/follows';
import * as indicators from '../common/indicators';
import * as observations from '../common/observations';
import { revert } from '../common/revert';
import * as revisions from '../common/revisions';
import * as targets from '../common/targets';
import type { Store, StoredObservation, Tx } from '../store';
import { openReader, openWriter, type DB } from './open';
import { sqliteSql, type Sql } from '../sql';
import { touch } from '../common/derived';
import { exportCursor, exportPages } from './export-cursor';
import { revisionChangesPage } from '../revision-changes-page';
import { revisionFile } from './revision-file';
import { createStage } from './stage';

/** Rows per page of a whole-table read: ~10–20 ms of the event loop each. */
const PAGE = 2000;

/**
 * Every current value, read page by page with a pause between pages for other requests: after a large
 * upload the table holds hundreds of thousands of rows, and one query for all of them held the event
 * loop for seconds. The pages must form one snapshot, so if a commit landed while they were read (the
 * latest revision moved) the read starts again; after three tries it reads in one piece.
 */
async function allObservations(reader: Sql): Promise<StoredObservation[]> {
	for (let attempt = 0; attempt < 3; attempt++) {
		const version = await revisions.latestId(reader);
		const out: StoredObservation[] = [];
		for await (const page of observations.currentPages(reader, PAGE)) {
			for (const o of page) out.push(o);
			await new Promise((resolve) => setImmediate(resolve));
		}
		if ((await revisions.latestId(reader)) === version) return out;
	}
	return observations.listCurrent(reader);
}

export function createSqliteStore(path: string): Store {
	const insideTx = new AsyncLocalStorage<boolean>();
	const { db: writer } = openWriter(path);
	const reader: DB = path === ':memory:' ? writer : openReader(path);
	/** The shared repositories (common/) read through the reader and write through the writer. */
	const readSql = sqliteSql(reader);
	const writeSql = sqliteSql(writer);
	let queue: Promise<unknown> = Promise.resolve();

	// The transaction's repositories run on the writer: one connection, used by one transaction at a time
	// (the queue below), so awaiting between its statements keeps them inside that transaction.
	const tx: Tx & { drop: string[] } = {
		drop: [],
		sql: writeSql,
		currentIndicators: () => indicators.listCurrent(tx.sql),
		async stage() {
			return createStage(writer, tx.drop);
		},
		createRevision: (r) => revisions.create(tx.sql, r),
		currentValue: (indicator, period) => observations.currentValue(tx.sql, indicator, period),
		async revert(id, user, batch) {
			const result = await revert(tx.sql, id, user, batch);
			await touch(tx.sql, result.revision.id); // the indicators it changed are derived again
			return result;
		}
	};

	async function run<T>(fn: (tx: Tx) => Promise<T>, rollback: () => boolean): Promise<T> {
		writer.exec('BEGIN IMMEDIATE');
		try {
			const result = await insideTx.run(true, () => fn(tx));
			writer.exec(rollback() ? 'ROLLBACK' : 'COMMIT');
			return result;
		} catch (e) {
			if (writer.inTransaction) writer.exec('ROLLBACK');
			throw e;
		} finally {
			for (const t of tx.drop.splice(0)) writer.exec(`DROP TABLE IF EXISTS ${t}`);
		}
	}

	/** One transaction at a time on the writer connection; everything else waits its turn. */
	function enqueue<T>(job: () => Promise<T> | T): Promise<T> {
		const next = queue.then(job);
		queue = next.catch(() => undefined);
		return next;
	}
	/** A small write outside any data transaction (sessions, audit, throttle): queued, so it never
	 * lands inside another request's upload transaction (and is never rolled back with its dry run).
	 * Called from inside a transaction's own code, it runs in that transaction (an upload's audit entry
	 * commits or rolls back with the upload) instead of waiting for it, which would deadlock. */
	const write = <T>(job: () => Promise<T>): Promise<T> => (insideTx.getStore() ? job() : enqueue(job));

	return {
		backend: 'sqlite',
		sql: readSql,
		transaction(fn, options) {
			return enqueue(() => run(fn, options?.rollback ?? (() => false)));
		},
		users: {
			count: () => users.count(readSql),
			list: () => users.list(readSql),
			byName: (name) => users.byName(readSql, name),
			byId: (id) => users.byId(readSql, id),
			create: (u) => write(() => users.create(writeSql, u)),
			update: (id, patch) => write(() => users.update(writeSql, id, patch))
		},
		follows: {
			follow: (userId, code) => write(() => follows.follow(writeSql, userId, code)),
			unfollow: (userId, code) => write(() => follows.unfollow(writeSql, userId, code)),
			list: (userId) => follows.list(readSql, userId),
			isFollowing: (userId, code) => follows.isFollowing(readSql, userId, code)
		},
		sessions: {
			create: (hash, userId, now, expiresAt) => write(() => sessions.create(writeSql, hash, userId, now, expiresAt)),
			find: (hash) => sessions.find(readSql, hash),
			extend: (hash, expiresAt) => write(() => sessions.extend(writeSql, hash, expiresAt)),
			delete: (hash) => write(() => sessions.remove(writeSql, hash)),
			deleteForUser: (userId) => write(() => sessions.removeForUser(writeSql, userId)),
			purgeExpired: (now) => write(() => sessions.purgeExpired(writeSql, now))
		},
		audit: {
			add: (e) => write(() => audit.add(writeSql, e)),
			list: (q) => audit.list(readSql, q)
		},
		throttle: {
			get: (key) => throttle.get(readSql, key),
			fail: (key, now, windowMs) => write(() => throttle.fail(writeSql, key, now, windowMs)),
			clear: (key) => write(() => throttle.clear(writeSql, key))
		},
		indicators: () => indicators.listCurrent(readSql),
		async observations(filter) {
			if (filter?.indicators?.length) return observations.listCurrent(readSql, filter.indicators);
			// In memory the reader is the writer: between pages it could be inside a write transaction and
			// see rows that are not committed, so that one reads in one piece.
			return reader === writer ? observations.listCurrent(readSql) : allObservations(readSql);
		},
		targets: (filter) => targets.listCurrent(readSql, filter?.indicators),
		revisions: () => revisions.list(readSql),
		revision: (id) => revisions.get(readSql, id),
		revisionContent: (id) => revisions.content(readSql, id),
		revisionChanges: (id, limit) => revisions.changes(readSql, id, limit),
		dataVersion: () => revisions.latestId(readSql),
		secret: (name, generate) => write(() => secrets.getOrCreate(writeSql, name, generate)),
		createEmbedLink: (link) => write(() => embedLinks.create(writeSql, link)),
		embedLink: (id) => embedLinks.get(readSql, id),
		embedLinks: (filter) => embedLinks.list(readSql, filter?.indicator),
		revokeEmbedLink: (id, user) => write(() => embedLinks.revoke(writeSql, id, user)),
		publicIndicators: () => flags.publicCodes(readSql),
		isIndicatorPublic: (code) => flags.isPublic(readSql, code),
		setIndicatorPublic: (code, isPublic, user) => write(() => flags.setPublic(writeSql, code, isPublic, user)),
		async revisionFile(id, chunkSize) {
			return revisionFile(reader, id, chunkSize);
		},
		async revisionChangesPage(id, offset, limit) {
			return revisionChangesPage(readSql, id, offset, limit);
		},
		exportRows(filter) {
			return reader === writer ? exportPages(reader, filter) : exportCursor(path, filter);
		},
		async close() {
			await queue;
			if (reader !== writer) reader.close();
			writer.close();
		}
	};
}
