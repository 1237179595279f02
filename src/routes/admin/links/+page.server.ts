// Admin: every signed embed link, whoever made it, with revoke.
import { fail } from '@sveltejs/kit';
import { getStore } from '$lib/server/app';
import { audit } from '$lib/server/auth/audit';
import { requireRole } from '$lib/server/auth/guard';
import { listEmbedLinks } from '$lib/server/embed-links';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	requireRole(event, 'admin');
	return { links: await listEmbedLinks(getStore(), null) };
}) satisfies PageServerLoad;

export const actions = {
	revoke: async (event) => {
		const user = requireRole(event, 'admin');
		const id = String((await event.request.formData()).get('id') ?? '');
		const store = getStore();
		const link = id ? await store.embedLink(id) : null;
		if (!link) return fail(400, { error: '没有该链接 / No such link' });
		await store.revokeEmbedLink(id, user.username);
		await audit(store, event, 'link_revoke', link.indicator, { link: id });
		return { done: id };
	}
} satisfies Actions;
