// The SQLite implementation of Store: one writer connection for transactions, one reader for queries
// (WAL lets the reader see only committed data, so a dry run never leaks into a page).
import type { Store, Tx } from '../store';
import * as embedLinks from './embed-links';
import * as flags from './indicator-flags';
import * as indicators from './indicators';
import * as observations from './observations';
import { openReader, openWriter, type DB } from './open';
import { revert } from './revert';
import * as revisions from './revisions';
import * as secrets from './secrets';
import { createStage } from './stage';
import * as targets from './targets';

export function createSqliteStore(path: string): Store {
	const { db: writer } = openWriter(path);
	const reader: DB = path === ':memory:' ? writer : openReader(path);
	let queue: Promise<unknown> = Promise.resolve();

	const tx: Tx & { drop: string[] } = {
		drop: [],
		async currentIndicators() {
			return indicators.listCurrent(writer);
		},
		async stage() {
			return createStage(writer, tx.drop);
		},
		async createRevision(r) {
			return revisions.create(writer, r);
		},
		async currentValue(indicator, period) {
			return observations.currentValue(writer, indicator, period);
		},
		async revert(id, user, batch) {
			return revert(writer, id, user, batch);
		}
	};

	async function run<T>(fn: (tx: Tx) => Promise<T>, rollback: () => boolean): Promise<T> {
		writer.exec('BEGIN IMMEDIATE');
		try {
			const result = await fn(tx);
			writer.exec(rollback() ? 'ROLLBACK' : 'COMMIT');
			return result;
		} catch (e) {
			if (writer.inTransaction) writer.exec('ROLLBACK');
			throw e;
		} finally {
			for (const t of tx.drop.splice(0)) writer.exec(`DROP TABLE IF EXISTS ${t}`);
		}
	}

	/**
	 * A small write outside any upload: it waits its turn in the same queue, because an open transaction
	 * on the writer connection would otherwise swallow it (and roll it back with a dry run).
	 */
	function write<T>(fn: () => T): Promise<T> {
		const next = queue.then(fn);
		queue = next.catch(() => undefined);
		return next;
	}

	return {
		backend: 'sqlite',
		transaction(fn, options) {
			// One transaction at a time on the writer connection; others wait their turn.
			const next = queue.then(() => run(fn, options?.rollback ?? (() => false)));
			queue = next.catch(() => undefined);
			return next;
		},
		async indicators() {
			return indicators.listCurrent(reader);
		},
		async observations(filter) {
			return observations.listCurrent(reader, filter?.indicators);
		},
		async targets(filter) {
			return targets.listCurrent(reader, filter?.indicators);
		},
		async revisions() {
			return revisions.list(reader);
		},
		async revision(id) {
			return revisions.get(reader, id);
		},
		async revisionContent(id) {
			return revisions.content(reader, id);
		},
		async dataVersion() {
			return revisions.latestId(reader);
		},
		secret(name, generate) {
			return write(() => secrets.getOrCreate(writer, name, generate));
		},
		createEmbedLink(link) {
			return write(() => embedLinks.create(writer, link));
		},
		async embedLink(id) {
			return embedLinks.get(reader, id);
		},
		async embedLinks(filter) {
			return embedLinks.list(reader, filter?.indicator);
		},
		revokeEmbedLink(id, user) {
			return write(() => embedLinks.revoke(writer, id, user));
		},
		async publicIndicators() {
			return flags.publicCodes(reader);
		},
		async isIndicatorPublic(code) {
			return flags.isPublic(reader, code);
		},
		setIndicatorPublic(code, isPublic, user) {
			return write(() => flags.setPublic(writer, code, isPublic, user));
		},
		async close() {
			await queue;
			if (reader !== writer) reader.close();
			writer.close();
		}
	};
}
