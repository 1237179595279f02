import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePng, pngSize } from '../../../tests/helpers/png';
import { zipEntries } from '../../../tests/helpers/zip';
import { briefingDate, briefingTitle, buildBriefing, parseBriefingQuery } from './briefing';
import { briefingDocx } from './briefing-docx';
import { createSqliteStore } from './db/sqlite/store';
import type { Store } from './db/store';
import { ingestFiles } from './ingest';
import { seedIfEmpty } from './seed';

let store: Store;
const EVIL = '</text><script>alert(1)</script>恶意';

beforeAll(async () => {
	store = createSqliteStore(':memory:');
	await seedIfEmpty(store, 'data', true);
	const enc = new TextEncoder();
	const r = await ingestFiles(store, [
		{ name: 'indicators.csv', bytes: enc.encode(`代码,名称,英文名称,单位,类型,方向,类别\nevil-name,"${EVIL}",x,人次,flow,up,tourism\n`) },
		{ name: 'observations.csv', bytes: enc.encode(`指标,期间,数值,数据性质,来源\nevil-name,2024年一季度,120,demo,"<w:p>inject</w:p>"\n`) }
	]);
	expect(r.ok).toBe(true);
});
afterAll(() => store.close());

const query = (s: string) => {
	const q = parseBriefingQuery(new URLSearchParams(s));
	if (!q.ok) throw new Error(q.error);
	return q.value;
};

describe('briefing model', () => {
	it('holds, per chosen indicator, the report-style sentence, the chart, the key figures and the sources', async () => {
		const b = await buildBriefing(store, query('i=tourist-arrivals&i=tourism-revenue&i=no-such&year=2024'), 'zh-CN');
		expect(b.items.map((i) => i.code)).toEqual(['tourist-arrivals', 'tourism-revenue']);
		const arrivals = b.items[0]!;
		expect(arrivals.narrative.join('')).toContain('210万人次');
		expect(arrivals.charts[0]!.svg).toContain('一季度');
		expect(arrivals.figures.rows.some((r) => r.value === '210万人次')).toBe(true);
		expect(arrivals.sources.some((s) => s.source.includes('2024-06-15'))).toBe(true);
		expect(briefingTitle('zh-CN', 2024)).toBe('整改成效简报(2024)');
		expect(briefingDate('zh-CN', new Date('2024-06-15T02:00:00Z'))).toBe('2024年6月15日');
		expect(parseBriefingQuery(new URLSearchParams(Array.from({ length: 21 }, (_, i) => `i=x${i}`).join('&'))).ok).toBe(false);
	});
});

describe('briefing .docx', () => {
	it('unzips to a Word document holding the narrative, Chinese fonts for East Asian text and the charts as PNG', async () => {
		const b = await buildBriefing(store, query('i=tourist-arrivals&i=tourism-revenue&i=culture-deliveries&year=2024&kind=both'), 'zh-CN');
		const docx = await briefingDocx(b, 'zh-CN', briefingTitle('zh-CN', 2024), briefingDate('zh-CN'));
		const files = zipEntries(docx);
		const xml = files.get('word/document.xml')!.toString('utf8');
		for (const item of b.items) for (const s of item.narrative) expect(xml).toContain(s);
		expect(xml).toContain('整改成效简报(2024)');
		const styles = files.get('word/styles.xml')!.toString('utf8');
		expect(styles).toMatch(/w:eastAsia="宋体"/);
		expect(styles).toMatch(/w:eastAsia="黑体"/);
		const pngs = [...files.keys()].filter((k) => k.startsWith('word/media/') && k.endsWith('.png'));
		expect(pngs.length).toBe(6);
		for (const p of pngs) expect(pngSize(files.get(p)!)).toEqual({ width: 1280, height: 640 });
		// A picture of a chart, not a blank: plenty of non-white pixels.
		const px = decodePng(files.get(pngs[0]!)!);
		let ink = 0;
		for (let i = 0; i < px.data.length; i += 4) if (px.data[i]! < 200) ink++;
		expect(ink).toBeGreaterThan(5000);
	}, 60_000);

	it('keeps markup in names and sources as text', async () => {
		const b = await buildBriefing(store, query('i=evil-name&year=2024'), 'zh-CN');
		const xml = zipEntries(await briefingDocx(b, 'zh-CN', 'x', 'y')).get('word/document.xml')!.toString('utf8');
		expect(xml).not.toContain('<script');
		expect(xml).not.toContain('<w:p>inject');
		expect(xml).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;恶意');
	}, 60_000);
});
