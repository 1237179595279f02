// The digest builder on the seed: what is behind 序时进度 at a moment, the followed scope, and silence.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from './db/index';
import type { Store } from './db/store';
import { buildDigest, parseDeadline } from './digest';
import { ingestFiles } from './ingest';
import { seedIfEmpty } from './seed';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const AT = new Date('2024-06-17T08:00:00+08:00');
let dir: string;
let store: Store;
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'ob-digest-'));
	store = await openStore(`file:${join(dir, 'db.sqlite')}`);
	await seedIfEmpty(store, join(process.cwd(), 'data'), true);
}, 60_000);
afterAll(async () => {
	await store.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('buildDigest', () => {
	it('lists 公共文化资源配送 as behind 序时进度 on the seed at 2024-06-17, with its gap, marked as demo data', async () => {
		const d = await buildDigest(store, { at: AT, lang: 'zh-CN', origin: 'https://board.example' });
		expect(d.scope).toBe('all');
		const item = d.items.find((i) => i.section === 'behind' && i.indicator === 'culture-deliveries');
		expect(item).toMatchObject({ status: 'behind', provenance: 'demo', period: '2024-05', gapPoints: 0.8 });
		expect(item!.completion).toBeCloseTo(1430 / 3500, 6);
		expect(item!.timeProgress).toBeCloseTo(5 / 12, 6);
		expect(item!.text).toContain('公共文化资源配送');
		expect(item!.text).toContain('累计完成1430场次,完成年度目标的40.9%,低于序时进度0.8个百分点');
		expect(item!.text).toContain('演示数据');
		expect(item!.href).toMatch(/^https:\/\/board\.example\/indicators\/culture-deliveries\?.*sig=/);
		const en = await buildDigest(store, { at: AT, lang: 'en', origin: 'https://board.example' });
		expect(en.items.find((i) => i.indicator === 'culture-deliveries')!.text).toMatch(/0\.8 percentage points behind time progress.*demo data/);
	});

	it('the signed link opens the indicator page for its indicator only', async () => {
		const { verifySignedUrl } = await import('./signed-links');
		const d = await buildDigest(store, { at: AT, lang: 'zh-CN', origin: 'https://board.example' });
		const verdict = await verifySignedUrl(store, new URL(d.items[0]!.href));
		expect(verdict).toMatchObject({ ok: true, link: { indicator: d.items[0]!.indicator } });
	});

	it('reads only the followed indicators when the recipient follows some', async () => {
		const d = await buildDigest(store, { at: AT, lang: 'zh-CN', origin: 'https://b', followed: ['tourist-arrivals', 'culture-deliveries'] });
		expect(d.scope).toBe('followed');
		expect(new Set(d.items.map((i) => i.indicator))).toEqual(new Set(['culture-deliveries']));
		const none = await buildDigest(store, { at: AT, lang: 'zh-CN', origin: 'https://b', followed: ['tourist-arrivals'] });
		expect(none.items).toEqual([]);
	});

	it('has nothing to say before any period ended', async () => {
		const d = await buildDigest(store, { at: new Date('2020-01-01T00:00:00+08:00'), lang: 'zh-CN', origin: 'https://b' });
		expect(d.items).toEqual([]);
	});

	it('puts first what fell behind since the previous digest, and lists figures committed since then', async () => {
		const scope = { lang: 'zh-CN' as const, origin: 'https://b', followed: ['culture-deliveries'] };
		// On 2024-01-15 the newest ended month was December 2023, which had no target: not behind then.
		const newly = await buildDigest(store, { ...scope, at: AT, since: new Date('2024-01-15T00:00:00+08:00') });
		expect(newly.items.find((i) => i.section === 'behind')).toMatchObject({ indicator: 'culture-deliveries', newlyBehind: true });
		// On 2024-03-01 February's 累计 (470 of 3500, 13.4% against 16.7%) was already behind.
		const still = await buildDigest(store, { ...scope, at: AT, since: new Date('2024-03-01T00:00:00+08:00') });
		expect(still.items.find((i) => i.section === 'behind')).toMatchObject({ indicator: 'culture-deliveries', newlyBehind: false });
		// The seed was committed just now: since yesterday, its values are new figures (at = now).
		const fresh = await buildDigest(store, { ...scope, at: new Date(), since: new Date(Date.now() - 86_400_000) });
		const figure = fresh.items.find((i) => i.section === 'figure' && i.period === '2024-05');
		expect(figure).toMatchObject({ indicator: 'culture-deliveries', provenance: 'demo' });
		expect(figure!.text).toContain('演示数据');
		expect(fresh.items.findIndex((i) => i.section === 'figure')).toBeGreaterThan(fresh.items.findIndex((i) => i.section === 'behind'));
	});

	it('names a 时间节点 due within 30 days, and one passed with the target unmet', async () => {
		const scope = { lang: 'zh-CN' as const, origin: 'https://b', followed: ['culture-deliveries'] };
		const soon = await buildDigest(store, { ...scope, at: new Date('2024-12-10T09:00:00+08:00') });
		expect(soon.items.find((i) => i.section === 'deadline')).toMatchObject({ indicator: 'culture-deliveries', deadline: '2024-12-31', overdue: false });
		expect(soon.items.find((i) => i.section === 'deadline')!.text).toContain('还有22天');
		const passed = await buildDigest(store, { ...scope, at: new Date('2025-01-15T09:00:00+08:00') });
		expect(passed.items.find((i) => i.section === 'deadline')).toMatchObject({ deadline: '2024-12-31', overdue: true });
		expect((await buildDigest(store, { ...scope, at: AT })).items.some((i) => i.section === 'deadline')).toBe(false);
	});

	it('names a stated 同比 that the data contradicts', async () => {
		const other = await openStore(`file:${join(dir, 'yoy.sqlite')}`);
		const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
		const r = await ingestFiles(other, [
			file('indicators.csv', '代码,名称,英文名称,单位,类型,方向,类别\nvisits,图书馆到馆人次,Library visits,人次,flow,up,culture\n'),
			file('observations.csv', '指标,期间,数值,同比,数据性质\nvisits,2023Q1,100,,reported\nvisits,2024Q1,120,37.5%,reported\n')
		]);
		expect(r.ok, JSON.stringify(r)).toBe(true);
		const d = await buildDigest(other, { at: AT, lang: 'zh-CN', origin: 'https://b' });
		const item = d.items.find((i) => i.section === 'yoy');
		expect(item).toMatchObject({ indicator: 'visits', period: '2024-Q1', provenance: 'reported' });
		expect(item!.text).toBe('图书馆到馆人次2024年一季度:报告同比+37.5%,按数据计算为+20%');
		await other.close();
	});

	it('reads 时间节点 as written in targets', () => {
		expect(parseDeadline('2024年12月底')).toBe('2024-12-31');
		expect(parseDeadline('2024年6月30日')).toBe('2024-06-30');
		expect(parseDeadline('2024-02-29')).toBe('2024-02-29');
		expect(parseDeadline('年底前')).toBe(null);
	});
});
