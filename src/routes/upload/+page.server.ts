import { fail, redirect } from '@sveltejs/kit';
import { fieldChoices, FILE_KINDS } from '$lib/ingest/columns';
import { TEMPLATES } from '$lib/ingest/templates';
import { getConfig, getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import { bodyLimitBytes } from '$lib/server/config';
import { pageParam } from '$lib/server/revisions';
import { dropPreview, keepPreview, keptPreview } from '$lib/server/upload-preview';
import { bilingual } from '$lib/format/messages';
import { ENCODINGS, ingestUpload, readUploadRequest, uploadFields } from '$lib/server/uploads';
import type { Actions, PageServerLoad } from './$types';

const GONE = bilingual('upload.previewGone');

// The page no longer carries the indicator catalog (megabytes at 9,000 indicators): the browser's parser asks
// /upload/indicators for just the indicators a file names, and every report brings the names it shows.
export const load = (async (event) => {
	const user = requireRole(event, 'analyst');
	const base = {
		templates: TEMPLATES.map(({ id, zh, en }) => ({ id, zh, en })),
		fields: Object.fromEntries(FILE_KINDS.map((k) => [k, fieldChoices(k)])),
		encodings: ENCODINGS
	};
	// Without JavaScript a preview is a URL (`?preview=ID&page=N`): its diff pages by link.
	const id = event.url.searchParams.get('preview');
	if (id === null) return { ...base, preview: null };
	const store = getStore();
	const kept = await keptPreview(store, user.id, id);
	if (!kept) return { ...base, preview: { id, gone: GONE, report: null } };
	const fields = uploadFields.safeParse(kept.fields);
	const report = await ingestUpload(store, kept.file, { ...(fields.success ? fields.data : {}), dryRun: true, page: pageParam(event.url.searchParams.get('page')) }, event);
	return { ...base, preview: { id, gone: null, report } };
}) satisfies PageServerLoad;

export const actions = {
	/** Without JavaScript: the server keeps the file and shows its preview at a URL of its own. */
	preview: async (event) => {
		const user = requireRole(event, 'analyst');
		const read = await readUploadRequest(event.request, bodyLimitBytes(getConfig().BODY_SIZE_LIMIT));
		if (!read.ok) return fail(read.problem.status, { problem: read.problem.message });
		const { dryRun: _dryRun, page: _page, ...fields } = read.fields;
		const id = await keepPreview(getStore(), user.id, read.file, fields);
		redirect(303, `/upload?preview=${id}`);
	},
	/** Commits the kept file of a preview (the very bytes previewed: they never left the server). */
	commit: async (event) => {
		const user = requireRole(event, 'analyst');
		const form = await event.request.formData();
		const id = form.get('preview');
		const store = getStore();
		const kept = typeof id === 'string' ? await keptPreview(store, user.id, id) : null;
		if (!kept) return fail(400, { problem: GONE });
		const fields = uploadFields.safeParse(kept.fields);
		if (!fields.success) return fail(400, { problem: '字段取值无效 / Invalid field value' });
		const report = await ingestUpload(store, kept.file, { ...fields.data, dryRun: false, page: 1 }, event);
		if (!report.ok) return fail(422, { report });
		await dropPreview(store, user.id, id as string);
		if (report.revision !== null) redirect(303, `/revisions/${report.revision}`);
		return { report };
	}
} satisfies Actions;
