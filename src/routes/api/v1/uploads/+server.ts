import { json } from '@sveltejs/kit';
import { getConfig, getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import { bodyLimitBytes } from '$lib/server/config';
import { ingestUpload, readUploadRequest } from '$lib/server/uploads';
import type { RequestHandler } from './$types';

/**
 * multipart `file`, optional `kind`, `dryRun=1`, `encoding`, `separator`, `mapping`, `page` → the csv-format.md
 * report for that file, with page `page` of its diff (exact counts, `pages`) and the names that page shows.
 */
export const POST: RequestHandler = async (event) => {
	requireRole(event, 'analyst');
	const read = await readUploadRequest(event.request, bodyLimitBytes(getConfig().BODY_SIZE_LIMIT));
	if (!read.ok) return json({ error: read.problem }, { status: read.problem.status });
	const report = await ingestUpload(getStore(), read.file, read.fields, event);
	// One file per request: the body is that file's report, with the run's outcome beside it.
	return json(report, { status: report.ok ? 200 : 422 });
};
