import { fail, redirect } from '@sveltejs/kit';
import { createHash } from 'node:crypto';
import { fieldChoices, FILE_KINDS } from '$lib/ingest/columns';
import { TEMPLATES } from '$lib/ingest/templates';
import { getConfig, getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import { bodyLimitBytes } from '$lib/server/config';
import { ENCODINGS, ingestUpload, readUploadRequest, uploadFields } from '$lib/server/uploads';
import { indicatorNames } from '$lib/format/changes';
import type { Actions, PageServerLoad } from './$types';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export const load = (async (event) => {
	requireRole(event, 'analyst');
	const indicators = await getStore().indicators();
	return {
		indicators,
		names: indicatorNames(indicators),
		templates: TEMPLATES.map(({ id, zh, en }) => ({ id, zh, en })),
		fields: Object.fromEntries(FILE_KINDS.map((k) => [k, fieldChoices(k)])),
		encodings: ENCODINGS
	};
}) satisfies PageServerLoad;

export const actions = {
	/** Without JavaScript: the server reads the file, reports and diffs it, and hands back a confirm form. */
	preview: async (event) => {
		requireRole(event, 'analyst');
		const read = await readUploadRequest(event.request, bodyLimitBytes(getConfig().BODY_SIZE_LIMIT));
		if (!read.ok) return fail(read.problem.status, { problem: read.problem.message });
		const report = await ingestUpload(getStore(), read.file, { ...read.fields, dryRun: true }, event);
		const { mapping, ...fields } = read.fields;
		return {
			report: { ok: report.ok, dryRun: true, ...report.files[0]! },
			// The confirm form sends the very bytes back; the server checks they are the ones previewed.
			pending: {
				name: read.file.name,
				content: Buffer.from(read.file.bytes).toString('base64'),
				sha256: sha256(read.file.bytes),
				kind: fields.kind ?? '',
				encoding: fields.encoding ?? '',
				separator: fields.separator === '\t' ? 'tab' : (fields.separator ?? ''),
				mapping: mapping ? JSON.stringify(mapping) : ''
			}
		};
	},
	commit: async (event) => {
		requireRole(event, 'analyst');
		const form = Object.fromEntries(await event.request.formData());
		const name = typeof form.name === 'string' ? form.name : 'upload.csv';
		const bytes = typeof form.content === 'string' ? new Uint8Array(Buffer.from(form.content, 'base64')) : null;
		if (!bytes || form.sha256 !== sha256(bytes)) return fail(400, { problem: '确认的文件与预览的文件不一致，请重新上传。 / The confirmed file differs from the previewed one; upload it again.' });
		const fields = uploadFields.safeParse({ kind: form.kind, encoding: form.encoding, separator: form.separator, mapping: form.mapping });
		if (!fields.success) return fail(400, { problem: '字段取值无效 / Invalid field value' });
		const report = await ingestUpload(getStore(), { name, bytes }, { ...fields.data, dryRun: false }, event);
		const file = report.files[0]!;
		if (!report.ok) return fail(422, { report: { ok: false, dryRun: false, ...file } });
		if (file.revision !== null) redirect(303, `/revisions/${file.revision}`);
		return { report: { ok: true, dryRun: false, ...file } };
	}
} satisfies Actions;
