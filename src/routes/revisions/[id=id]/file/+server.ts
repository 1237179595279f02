import { error } from '@sveltejs/kit';
import { getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import { revisionFileResponse } from '$lib/server/revision-file';
import type { RequestHandler } from './$types';

/** The uploaded file exactly as it was received (its bytes are what the revision's SHA-256 covers), streamed. */
export const GET: RequestHandler = async (event) => {
	requireRole(event, 'analyst');
	const id = Number(event.params.id);
	const response = await revisionFileResponse(getStore(), id);
	if (!response) error(404, `修订 ${id} 没有原始文件 / Revision ${id} has no original file`);
	return response;
};
