// The downloadable templates read back through the real upload reader, as CSV and as .xlsx alike.
import { describe, expect, it } from 'vitest';
import { Catalog } from '../ingest/catalog';
import { readUpload } from '../ingest/read';
import { indicator } from '../ingest/test-catalog';
import { TEMPLATES } from '../ingest/templates';
import { templateFile } from './templates';

const catalog = () =>
	new Catalog([indicator('tourist-arrivals', '旅游接待人次', 'Tourist arrivals', '人次', 'flow'), indicator('key-events', '重点文旅活动', 'Key events', '项', 'flow')]);

describe('template files', () => {
	it.each(TEMPLATES.flatMap((t) => (['csv', 'xlsx'] as const).map((ext) => [`${t.id}.${ext}`, t.kind] as const)))('%s reads back as %s with its example row', async (name, kind) => {
		const file = (await templateFile(name))!;
		expect(file.filename).toBe(`template-${name}`);
		if (name.endsWith('.csv')) expect([...file.body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const parsed = await readUpload(name, file.body, { catalog: catalog() });
		expect(parsed.errors).toEqual([]);
		expect(parsed.kind).toBe(kind);
		expect(parsed.accepted).toBe(1);
	});

	it('knows no other name', async () => {
		expect(await templateFile('users.csv')).toBeNull();
		expect(await templateFile('observations.xls')).toBeNull();
	});
});
