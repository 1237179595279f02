// The indicators an upload names, for the browser's own check of a file: it asks for the codes and names it
// met instead of the page carrying the whole catalog (megabytes at 9,000 indicators).
import { z } from 'zod';
import type { Indicator } from '../domain/model';
import { Catalog } from '../ingest/catalog';
import type { Store } from './db/store';

/** At most this many texts a request (a file naming more distinct indicators gets the rest as unknown). */
export const LOOKUP_MAX = 20_000;

export const lookupBody = z.object({ texts: z.array(z.string().max(500)).max(LOOKUP_MAX) });

/**
 * The current indicators these texts name, each found as the upload's reader finds one (code, or folded
 * Chinese or English name: ingest/catalog.ts), once each.
 */
export async function lookupIndicators(store: Store, texts: string[]): Promise<Indicator[]> {
	if (texts.length === 0) return [];
	const catalog = new Catalog(await store.indicators());
	const found = new Map<string, Indicator>();
	for (const t of texts) {
		const i = catalog.resolve(t);
		if (i) found.set(i.code, i);
	}
	return [...found.values()];
}
