// Labels learned from analysts' corrections, on both backends (SQLite always; PostgreSQL when TEST_DATABASE_URL
// names a server): a committed correction is remembered and audited, the next text maps that label, a later
// correction replaces it, claims that no committed row backs are ignored, and forgetting undoes it.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/lib/server/db/index';
import type { Store } from '../src/lib/server/db/store';
import * as learned from '../src/lib/server/db/common/synonyms';
import { extractText } from '../src/lib/server/extract';
import { forgetSynonym, rememberCorrections, type Row } from '../src/lib/server/extract-review';
import { seedIfEmpty } from '../src/lib/server/seed';
import { ROOT, tempDir } from './helpers/env';
import { describePostgres, freshDatabase } from './helpers/postgres';

const TEXT = '2024年6月15日\n一季度,全市文旅消费总额达到3.2亿元,同比增长12%。';
const who = { actor: 'cli:ana' };

function contract(fresh: () => Promise<{ url: string; drop: () => Promise<void> }>) {
	let store: Store;
	let drop: () => Promise<void>;
	beforeAll(async () => {
		const db = await fresh();
		drop = db.drop;
		store = await openStore(db.url);
		await seedIfEmpty(store, join(ROOT, 'data'), true);
	}, 60_000);
	afterAll(async () => {
		await store?.close();
		await drop?.();
	});

	const read = async () => {
		const out = await extractText(store, { text: TEXT });
		if (!out.ok) throw new Error(out.problem.message);
		return out.result.candidates[0]!;
	};

	it('maps a label the next time once a committed correction taught it, and audits the lesson', async () => {
		const first = await read();
		expect(first).toMatchObject({ label: '文旅消费总额', indicator: null, value: 320000000 });
		const committed = [{ ...first, indicator: 'tourism-revenue' } as Row];
		// A claim no committed row backs (another label, another indicator) is ignored.
		const n = await rememberCorrections(store, who, [{ term: '文旅消费总额', indicator: 'tourism-revenue' }, { term: '游客', indicator: 'key-events' }, { term: '文旅消费总额', indicator: 'key-events' }], committed);
		expect(n).toBe(1);
		expect((await learned.list(store.sql)).map((l) => [l.term, l.indicator, l.createdBy])).toEqual([['文旅消费总额', 'tourism-revenue', 'cli:ana']]);
		expect((await read()).indicator).toBe('tourism-revenue');
		// Remembering the same mapping again changes nothing and writes no second audit entry.
		expect(await rememberCorrections(store, who, [{ term: '文旅消费总额', indicator: 'tourism-revenue' }], committed)).toBe(0);
		const entries = (await store.audit.list({ limit: 50 })).filter((e) => e.action === 'synonym_learn');
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({ actor: 'cli:ana', target: '文旅消费总额' });
		expect(JSON.parse(entries[0]!.detail)).toEqual({ indicator: 'tourism-revenue', before: null });
	});

	it('a later correction of the same label replaces the earlier one; forgetting undoes it', async () => {
		const row = { ...(await read()), indicator: 'culture-deliveries' } as Row;
		expect(await rememberCorrections(store, who, [{ term: '文旅消费总额', indicator: 'culture-deliveries' }], [row])).toBe(1);
		expect((await learned.get(store.sql, '文旅消费总额'))?.indicator).toBe('culture-deliveries');
		// 场次 is not 元: the learned label does not force a figure onto an indicator of another unit.
		expect((await read()).indicator).toBe(null);
		expect(await forgetSynonym(store, who, '文旅消费总额')).toBe(true);
		expect(await forgetSynonym(store, who, '文旅消费总额')).toBe(false);
		expect(await learned.list(store.sql)).toEqual([]);
		expect((await read()).indicator).toBe(null);
		const actions = (await store.audit.list({ limit: 50 })).map((e) => e.action);
		expect(actions.filter((a) => a === 'synonym_learn')).toHaveLength(2);
		expect(actions.filter((a) => a === 'synonym_forget')).toHaveLength(1);
	});
}

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => (tmp = tempDir('ob-synonyms-')));
afterAll(() => tmp.cleanup());

describe('Learned synonyms: SQLite', () => contract(async () => ({ url: `file:${join(tmp.dir, 'store.db')}`, drop: async () => undefined })));
describePostgres('Learned synonyms: PostgreSQL', () => contract(() => freshDatabase()));
