// Creating, listing and revoking signed embed links: what the indicator page's actions and any API call.
import { z } from 'zod';
import type { Store } from './db/store';
import { createSignedLink, hrefOf, MAX_LINK_DAYS } from './signed-links';

export const newLinkSchema = z.object({
	kind: z.enum(['yoy', 'cumulative']),
	year: z.union([z.literal(''), z.coerce.number().int().min(1900).max(2100)]).optional(),
	lang: z.enum(['zh-CN', 'en']),
	theme: z.enum(['light', 'dark']).default('light'),
	interactive: z.enum(['0', '1']).default('0'),
	days: z.coerce.number().int().min(1).max(MAX_LINK_DAYS),
	note: z.string().trim().max(200).default('')
});
export type NewLinkForm = z.infer<typeof newLinkSchema>;

export interface LinkView {
	id: string;
	indicator: string;
	href: string;
	expiresAt: string;
	createdBy: string | null;
	createdAt: string;
	note: string;
	state: 'active' | 'expired' | 'revoked';
}

/** A signed /embed/CODE link for the form's chart; returns the path+query (the caller adds its origin). */
export async function createEmbedLink(store: Store, code: string, f: NewLinkForm, user: string | null, now = Date.now()): Promise<string> {
	const params = new URLSearchParams({ kind: f.kind, lang: f.lang, theme: f.theme });
	if (f.year) params.set('year', String(f.year));
	if (f.interactive === '1') params.set('interactive', '1');
	const { href } = await createSignedLink(store, {
		indicator: code,
		path: `/embed/${code}`,
		params,
		expiresAt: new Date(now + f.days * 86_400_000),
		user,
		note: f.note
	});
	return href;
}

/** One indicator's links, or every link when `code` is null (the admin's list). Newest first. */
export async function listEmbedLinks(store: Store, code: string | null, now = Date.now()): Promise<LinkView[]> {
	const links = await store.embedLinks(code === null ? {} : { indicator: code });
	return Promise.all(
		links.map(async (l) => ({
			id: l.id,
			indicator: l.indicator,
			href: await hrefOf(store, l),
			expiresAt: l.expiresAt,
			createdBy: l.createdBy,
			createdAt: l.createdAt,
			note: l.note,
			state: l.revokedAt ? 'revoked' : Date.parse(l.expiresAt) <= now ? 'expired' : 'active'
		}))
	);
}
