// /embed/CODE: the chart for iframes, server-rendered, with no JavaScript at all. `?interactive=1` is
// routed (src/hooks.ts reroute) to ./live, the same page with the hydrated chart: SvelteKit's csr
// option is fixed per route, so the two variants are two routes behind one public URL.
import { loadEmbed } from '$lib/server/embed';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load = (async (event) => loadEmbed(event, false)) satisfies PageServerLoad;
