// Per-row diff of an upload (old → new, implied 同比) and a revision's changes with what a revert brings back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from './db/sqlite/store';
import type { Store } from './db/store';
import { ingestFiles } from './ingest';
import { revertRevision, revisionDetail } from './revisions';
import { ingestAs } from './uploads';

const TESTER = { locals: { user: { username: 'tester' } } };
const enc = (s: string) => new TextEncoder().encode(s);
const INDICATORS = '代码,名称,英文名称,单位,类型,方向,类别\ntourist-arrivals,旅游接待人次,Tourist arrivals,人次,flow,up,tourism\n';
const FIRST = '指标,期间,数值\ntourist-arrivals,2023Q1,100\ntourist-arrivals,2024Q1,120\n';

let store: Store;
beforeEach(async () => {
	store = createSqliteStore(':memory:');
	const r = await ingestFiles(store, [
		{ name: 'indicators.csv', bytes: enc(INDICATORS) },
		{ name: 'first.csv', bytes: enc(FIRST) }
	]);
	expect(r.ok).toBe(true);
});
afterEach(() => store.close());

describe('upload diff', () => {
	it('lists added and updated rows with the old value, the new one and the 同比 it implies; unchanged only counted', async () => {
		const file = '指标,期间,数值,目标值\ntourist-arrivals,2023Q1,100,\ntourist-arrivals,2024Q1,150,\ntourist-arrivals,2024Q2,90,200\n';
		const report = await ingestFiles(store, [{ name: 'q.csv', bytes: enc(file) }], { dryRun: true, diffLimit: 100 });
		const f = report.files[0]!;
		expect(f.changes).toEqual({ added: 1, updated: 1, unchanged: 1 });
		expect(f.affected).toEqual(['tourist-arrivals']);
		expect(f.diff!.truncated).toBe(false);
		expect(f.diff!.rows).toEqual([
			{ table: 'observations', line: 3, indicator: 'tourist-arrivals', period: '2024-Q1', state: 'updated', before: 120, after: 150, yoy: 0.5 },
			{ table: 'observations', line: 4, indicator: 'tourist-arrivals', period: '2024-Q2', state: 'added', before: null, after: 90, yoy: null },
			{ table: 'targets', line: 4, indicator: 'tourist-arrivals', period: '2024-Q2', state: 'added', before: null, after: 200 }
		]);
		// A dry run writes nothing.
		expect((await store.observations()).find((o) => o.period === '2024-Q1')!.value).toBe(120);
	});

	it('lists the rows of an indicator that had no values yet (written straight, not staged) with their lines', async () => {
		const defs = INDICATORS + 'key-events,重点文旅活动,Key events,项,flow,up,culture\n';
		await ingestFiles(store, [{ name: 'i.csv', bytes: enc(defs) }]);
		const file = '指标,期间,数值\nkey-events,2024Q1,5\ntourist-arrivals,2024Q1,130\nkey-events,2024Q2,7\n';
		const report = await ingestFiles(store, [{ name: 'e.csv', bytes: enc(file) }], { dryRun: true, diffLimit: 10 });
		expect(report.files[0]!.changes).toEqual({ added: 2, updated: 1, unchanged: 0 });
		expect(report.files[0]!.diff!.rows.map((r) => [r.line, r.indicator, r.period, r.state, r.before, r.after])).toEqual([
			[2, 'key-events', '2024-Q1', 'added', null, 5],
			[3, 'tourist-arrivals', '2024-Q1', 'updated', 120, 130],
			[4, 'key-events', '2024-Q2', 'added', null, 7]
		]);
	});

	it('marks the diff truncated beyond the limit while the counts stay exact', async () => {
		const rows = Array.from({ length: 12 }, (_, i) => `tourist-arrivals,2020-${String(i + 1).padStart(2, '0')},${i + 1}`);
		const report = await ingestFiles(store, [{ name: 'm.csv', bytes: enc(['指标,期间,数值', ...rows].join('\n')) }], { dryRun: true, diffLimit: 5 });
		expect(report.files[0]!.changes.added).toBe(12);
		expect(report.files[0]!.diff).toMatchObject({ truncated: true });
		expect(report.files[0]!.diff!.rows).toHaveLength(5);
	});

	it('shows a new indicator of an indicators file as added, with its definition', async () => {
		const file = INDICATORS + 'key-events,重点文旅活动,Key events,项,flow,up,culture\n';
		const report = await ingestFiles(store, [{ name: 'i.csv', bytes: enc(file) }], { dryRun: true, diffLimit: 10 });
		expect(report.files[0]!.diff!.rows).toMatchObject([{ table: 'indicators', indicator: 'key-events', line: 3, state: 'added', before: null, after: { nameZh: '重点文旅活动' } }]);
	});
});

describe('revision changes and revert', () => {
	it('lists what a revision changed and what reverting brings back, then the revert restores exactly that', async () => {
		const r = await ingestFiles(store, [{ name: 'fix.csv', bytes: enc('指标,期间,数值\ntourist-arrivals,2024Q1,150\ntourist-arrivals,2024Q2,90\n') }]);
		const id = r.files[0]!.revision!;
		const detail = (await revisionDetail(store, id))!;
		expect(detail.revision.fileName).toBe('fix.csv');
		expect(detail.blocked).toBeNull();
		expect(detail.changes).toEqual([
			{ table: 'observations', indicator: 'tourist-arrivals', period: '2024-Q1', before: 120, after: 150, current: true, onRevert: 'restored' },
			{ table: 'observations', indicator: 'tourist-arrivals', period: '2024-Q2', before: null, after: 90, current: true, onRevert: 'withdrawn' }
		]);
		const reverted = await revertRevision(store, id, TESTER);
		expect(reverted).toMatchObject({ ok: true, result: { restored: 1, withdrawn: 2, revision: { user: 'tester' } } });
		// Audited once, with who did it and what came back.
		expect(await store.audit.list({ limit: 5, action: 'revert' })).toMatchObject([{ actor: 'tester', target: `#${id}` }]);
		const values = await store.observations();
		expect(values.find((o) => o.period === '2024-Q1')!.value).toBe(120);
		expect(values.find((o) => o.period === '2024-Q2')).toBeUndefined();
		// The revert revision's own changes: the old value written back, the added one withdrawn.
		const back = (await revisionDetail(store, (reverted as { ok: true; result: { revision: { id: number } } }).result.revision.id))!;
		expect(back.changes.map((c) => [c.period, c.before, c.after])).toEqual([
			['2024-Q1', 150, 120],
			['2024-Q2', 90, null]
		]);
		expect((await revisionDetail(store, id))!.blocked).toMatch(/already reverted/i);
		expect(await revertRevision(store, id, TESTER)).toMatchObject({ ok: false, status: 409 });
		expect(await revertRevision(store, 999, TESTER)).toMatchObject({ ok: false, status: 404 });
	});

	it('authors and audits an upload and a revert as the command line’s actor, like a signed-in user’s; a dry run is not logged', async () => {
		const cli = { actor: 'cli:ops' };
		const file = { name: 'c.csv', bytes: enc('指标,期间,数值\ntourist-arrivals,2024Q1,170\n') };
		await ingestAs(store, [file], { dryRun: true }, cli);
		expect(await store.audit.list({ limit: 5 })).toEqual([]);
		const up = await ingestAs(store, [file], {}, cli);
		const id = up.files[0]!.revision!;
		expect((await store.revision(id))!.user).toBe('cli:ops');
		const reverted = await revertRevision(store, id, cli);
		expect(reverted).toMatchObject({ ok: true, result: { revision: { user: 'cli:ops' } } });
		expect((await store.audit.list({ limit: 5 })).map((e) => [e.actor, e.action, e.target, e.ip])).toEqual([
			['cli:ops', 'revert', `#${id}`, null],
			['cli:ops', 'upload', 'c.csv', null]
		]);
	});

	it('says a value changed again later stays when the earlier revision is reverted', async () => {
		const a = await ingestFiles(store, [{ name: 'a.csv', bytes: enc('指标,期间,数值\ntourist-arrivals,2024Q1,150\n') }]);
		await ingestFiles(store, [{ name: 'b.csv', bytes: enc('指标,期间,数值\ntourist-arrivals,2024Q1,160\n') }]);
		const detail = (await revisionDetail(store, a.files[0]!.revision!))!;
		expect(detail.changes).toMatchObject([{ period: '2024-Q1', before: 120, after: 150, current: false, onRevert: 'kept-later' }]);
	});
});
