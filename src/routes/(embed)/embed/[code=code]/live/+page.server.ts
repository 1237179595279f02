// The interactive variant of /embed/CODE (reached as /embed/CODE?interactive=1, see src/hooks.ts):
// the same data plus the series, so the browser builds the live chart with the page's own builder.
import { loadEmbed } from '$lib/server/embed';
import type { PageServerLoad } from './$types';

export const load = (async (event) => loadEmbed(event, true)) satisfies PageServerLoad;
