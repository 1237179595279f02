import { json } from '@sveltejs/kit';
import { getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import { revertRevision } from '$lib/server/revisions';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
	requireRole(event, 'analyst');
	const answer = await revertRevision(getStore(), Number(event.params.id), event);
	if (!answer.ok) return json({ error: { code: answer.code, message: answer.message } }, { status: answer.status });
	return json(answer.result);
};
