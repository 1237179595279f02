// Following indicators, once for the overview's and the indicator page's form actions: parses the form,
// checks the indicator exists, stores the choice, and says where to go back to.
import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { getStore } from './app';
import { requireRole, safeNext } from './auth/guard';
import * as derived from './db/common/derived';
import type { Store } from './db/store';

const followSchema = z.object({
	indicator: z.string().min(1).max(100),
	follow: z.enum(['1', '0']),
	back: z.string().max(2000).optional()
});

/** Applies a follow form; null when the form or the indicator is not valid. */
export async function applyFollowForm(store: Store, userId: number, form: FormData): Promise<{ back: string } | null> {
	const parsed = followSchema.safeParse(Object.fromEntries(form));
	if (!parsed.success) return null;
	const { indicator, follow, back } = parsed.data;
	if ((await derived.definition(store.sql, indicator)) === null) return null;
	if (follow === '1') await store.follows.follow(userId, indicator);
	else await store.follows.unfollow(userId, indicator);
	return { back: safeNext(back) };
}

/** The `follow` form action of the overview and the indicator page: any signed-in user; back where the form said. */
export async function followAction(event: { locals: App.Locals; url: URL; request: Request }): Promise<never> {
	const user = requireRole(event, 'viewer');
	const done = await applyFollowForm(getStore(), user.id, await event.request.formData());
	if (!done) error(400, '无效的关注请求 / Invalid follow request');
	redirect(303, done.back);
}
