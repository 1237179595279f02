// Each template reads back as its kind with no error: the templates and the importer cannot drift apart.
import { describe, expect, it } from 'vitest';
import { Catalog } from './catalog';
import { writeCsv } from './csv';
import { readBytes } from './read';
import { indicator } from './test-catalog';
import { TEMPLATES, templateById } from './templates';

const catalog = () =>
	new Catalog([indicator('tourist-arrivals', '旅游接待人次', 'Tourist arrivals', '人次', 'flow'), indicator('key-events', '重点文旅活动', 'Key events', '项', 'flow')]);

describe('upload templates', () => {
	it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s: the downloaded CSV reads back as its kind, one record, no errors', (_id, t) => {
		// As downloaded: UTF-8 with BOM, quoted where a cell holds a comma.
		const bytes = new TextEncoder().encode(writeCsv(t.header, [t.example]));
		const result = readBytes(`${t.id}.csv`, bytes, { catalog: catalog() });
		expect(result.errors).toEqual([]);
		expect(result.kind).toBe(t.kind);
		expect(result.layout).toBe(t.id === 'observations-wide' ? 'wide' : 'tidy');
		expect(result.accepted).toBe(1);
		expect(result.columns.every((c) => c.field !== null)).toBe(true);
	});

	it('has Chinese headers and is found by id', () => {
		for (const t of TEMPLATES) expect(t.header[0]).toMatch(/[\u4e00-\u9fff]/);
		expect(templateById('targets')?.kind).toBe('targets');
		expect(templateById('nope')).toBeUndefined();
	});
});
