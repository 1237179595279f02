// First-start seed: the report's figures (and, unless SEED_DEMO=0, labelled demo history) through the normal ingest path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from './db/store';
import { ingestFiles, type IngestReport } from './ingest';

/** In dependency order: indicators before the values and targets that name them. */
export const SEED_FILES = ['indicators.csv', 'targets.csv', 'observations.csv', 'observations-derived.csv'];
export const DEMO_FILES = ['demo-observations.csv'];

export async function seedIfEmpty(store: Store, dir: string, demo: boolean): Promise<IngestReport | null> {
	if ((await store.dataVersion()) > 0) return null;
	const names = demo ? [...SEED_FILES, ...DEMO_FILES] : SEED_FILES;
	const files = names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
	const report = await ingestFiles(store, files, { user: 'seed' });
	if (!report.ok) {
		const first = report.files.flatMap((f) => f.errors.map((e) => `${f.file}:${e.line} ${e.code} ${e.en}`)).slice(0, 10);
		throw new Error(`种子数据有误 / Seed data has errors:\n${first.join('\n')}`);
	}
	return report;
}
