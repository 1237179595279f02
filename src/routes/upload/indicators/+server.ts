import { error, json } from '@sveltejs/kit';
import { getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import { lookupBody, lookupIndicators } from '$lib/server/upload-catalog';
import type { RequestHandler } from './$types';

/** `{ texts: [code or name, …] }` → `{ indicators: [...] }`: the ones the upload page's parser met in a file. */
export const POST: RequestHandler = async (event) => {
	requireRole(event, 'analyst');
	const body = lookupBody.safeParse(await event.request.json().catch(() => null));
	if (!body.success) error(400, '请求无效 / Invalid request');
	return json({ indicators: await lookupIndicators(getStore(), body.data.texts) });
};
