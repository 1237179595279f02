// The sink writes while a file is still being read; a failed write must stop the rest and surface at the
// end of the file (so the transaction rolls back), never as a rejection nobody awaits (that would end the
// server process).
import { describe, expect, it } from 'vitest';
import type { Sql } from './db/sql';
import type { Prederived } from './derive-inputs';
import { DerivedSink } from './derive-sink';

function prederived(code: string): Prederived {
	return {
		item: {
			indicator: { code, nameZh: code, nameEn: code, unit: '人次', kind: 'flow', direction: 'up', category: '', item: null, description: '' },
			version: 0,
			ord: 0,
			categoryRank: 0,
			search: code,
			spark: null,
			cards: []
		},
		values: 1,
		targets: 0
	};
}

describe('DerivedSink', () => {
	it('stops writing after a failed write and reports it when the file is settled', async () => {
		let statements = 0;
		const down: Sql = {
			dialect: 'sqlite',
			all: async () => {
				statements++;
				throw new Error('database went away');
			},
			get: async () => undefined,
			run: async () => {
				statements++;
				return 0;
			}
		};
		const sink = new DerivedSink(down, () => true);
		// Two full batches and some, arriving over several turns of the event loop as a worker's messages do.
		for (let i = 0; i < 1200; i++) {
			sink.set(`c${i}`, prederived(`c${i}`));
			if (i % 400 === 0) await new Promise((resolve) => setImmediate(resolve));
		}
		await expect(sink.settle(7)).rejects.toThrow('database went away');
		expect(statements).toBe(1); // the first batch's first statement, and nothing after it
		await expect(sink.drop()).resolves.toBeUndefined();
	});

	it('holds what it cannot tell is new, and forgets an indicator named again', async () => {
		const sql: Sql = { dialect: 'sqlite', all: async () => [], get: async () => undefined, run: async () => 0 };
		const sink = new DerivedSink(sql, (code) => (code === 'unknown' ? undefined : code === 'old' ? false : true));
		sink.set('unknown', prederived('unknown'));
		sink.set('old', prederived('old'));
		sink.set('old', null);
		expect([...sink.held.keys()]).toEqual(['unknown']);
		expect(await sink.settle(3)).toBe(0);
	});

	it('asks the reader to wait while more than one write is queued behind a slow database, and lets it go on once they are done', async () => {
		// A database that answers only when told to, as PostgreSQL does while a COPY is ahead on the connection.
		const waiting: (() => void)[] = [];
		const later = <T>(v: T) => new Promise<T>((resolve) => waiting.push(() => resolve(v)));
		const slow: Sql = { dialect: 'postgres', all: () => later([]), get: () => later(undefined), run: () => later(0) };
		const sink = new DerivedSink(slow, () => true);
		for (let i = 0; i < 500; i++) sink.set(`a${i}`, prederived(`a${i}`));
		expect(sink.ready(), 'one write queued').toBeUndefined();
		for (let i = 0; i < 500; i++) sink.set(`b${i}`, prederived(`b${i}`));
		const wait = sink.ready();
		expect(wait, 'two writes queued').toBeInstanceOf(Promise);
		let done = false;
		void wait!.then(() => (done = true));
		const turn = () => new Promise((resolve) => setImmediate(resolve));
		for (await turn(); waiting.length; await turn()) waiting.shift()!();
		expect(done).toBe(true);
		expect(sink.ready()).toBeUndefined();
	});
});
