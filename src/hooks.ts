// Universal hooks. reroute: /embed/CODE?interactive=1 is served by the hydrated variant of the embed
// page (its own route, because whether a page ships JavaScript is fixed per route), under the same URL,
// so a signed link covers one path whichever variant it asks for.
import type { Reroute } from '@sveltejs/kit';

export const reroute: Reroute = ({ url }) => {
	if (url.searchParams.get('interactive') !== '1') return;
	const m = /^\/embed\/([^/]+)\/?$/.exec(url.pathname);
	if (m) return `/embed/${m[1]}/live`;
};
