// The SQLite implementation of Store: one writer connection for transactions, one reader for queries
// (WAL lets the reader see only committed data, so a dry run never leaks into a page).
import type { Store, Tx } from '../store';
import * as indicators from './indicators';
import * as observations from './observations';
import { openReader, openWriter, type DB } from './open';
import { revert } from './revert';
import * as revisions from './revisions';
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
		async close() {
			await queue;
			if (reader !== writer) reader.close();
			writer.close();
		}
	};
}
