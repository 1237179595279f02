// One upload request (API or form) → its file and options, within the body limit; then the one ingest path,
// audited the same for the upload page, the API and `npm run ingest`.
import { z } from 'zod';
import { FILE_KINDS } from '../ingest/columns';
import { SEPARATORS } from '../ingest/csv';
import type { Encoding } from '../ingest/decode';
import { actorName, audit, type Who } from './auth/audit';
import type { Store } from './db/store';
import { indicatorNames, type IndicatorNames } from '../format/changes';
import { definitions } from './db/common/derived';
import { ingestFiles, type DiskFile, type FileReport, type IngestFile, type IngestOptions, type IngestReport } from './ingest';
import { withDiffPage, type DiffPage } from './upload-preview';

/** Who asks: a request event (its signed-in user is the revision's author and the audit log's actor) or the CLI's actor. */
export type Requester = Who;

export const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'];
/** Changed rows listed per table by callers that list a diff whole (the report-text page); the counts stay exact beyond it. */
export const DIFF_LIMIT = 1000;

const flag = z.enum(['1', '0', 'true', 'false', 'on']).transform((v) => v === '1' || v === 'true' || v === 'on');
const blankIsAbsent = (v: unknown) => (v === '' || v === null ? undefined : v);

/** The form fields beside `file`; unknown fields (e.g. a browser's own parse) are ignored, never trusted. */
export const uploadFields = z.object({
	kind: z.preprocess(blankIsAbsent, z.enum(FILE_KINDS).optional()),
	dryRun: z.preprocess(blankIsAbsent, flag.optional()),
	encoding: z.preprocess(blankIsAbsent, z.enum(ENCODINGS as [Encoding, ...Encoding[]]).optional()),
	separator: z.preprocess((v) => (v === 'tab' ? '\t' : blankIsAbsent(v)), z.enum(SEPARATORS as [string, ...string[]]).optional()),
	/** JSON object: header as written → field. */
	/** The page of the diff to list (1-based; UploadReport.diff). */
	page: z.preprocess(blankIsAbsent, z.coerce.number().int().min(1).max(1_000_000_000).optional()),
	mapping: z.preprocess(
		(v) => {
			if (typeof v !== 'string' || v === '') return undefined;
			try {
				return JSON.parse(v);
			} catch {
				return v;
			}
		},
		z.record(z.string().max(200), z.string().max(40)).optional()
	)
});

export interface UploadProblem {
	status: 400 | 413;
	code: 'too_large' | 'bad_request';
	zh: string;
	en: string;
	message: string;
}

function problem(status: UploadProblem['status'], code: UploadProblem['code'], zh: string, en: string): UploadProblem {
	return { status, code, zh, en, message: `${zh} / ${en}` };
}

function sizeText(bytes: number): string {
	return bytes >= 1024 ** 2 ? `${Math.round((bytes / 1024 ** 2) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function tooLarge(limit: number): UploadProblem {
	return problem(
		413,
		'too_large',
		`文件太大：上传内容不能超过 ${sizeText(limit)}。请拆分文件后分别上传，未保存任何数据。`,
		`The upload is too large: at most ${sizeText(limit)} is accepted. Split the file and upload the parts; nothing was stored.`
	);
}

/** Reads a multipart upload within `limit` bytes: the body is refused before it is read when it says it is larger. */
export async function readUploadRequest(
	request: Request,
	limit: number
): Promise<{ ok: true; file: IngestFile; fields: z.infer<typeof uploadFields> } | { ok: false; problem: UploadProblem }> {
	const length = Number(request.headers.get('content-length'));
	if (Number.isFinite(length) && length > limit) return { ok: false, problem: tooLarge(limit) };
	let form: FormData;
	try {
		form = await request.formData();
	} catch (e) {
		// The server's reader stops a body that grows past the limit mid-stream with a 413 error.
		if ((e as { status?: number }).status === 413) return { ok: false, problem: tooLarge(limit) };
		return { ok: false, problem: problem(400, 'bad_request', '请求不是有效的 multipart/form-data 上传', 'The request is not a valid multipart/form-data upload') };
	}
	const file = form.get('file');
	if (!(file instanceof File))
		return { ok: false, problem: problem(400, 'bad_request', '缺少文件：请在字段 file 中上传一个文件', 'No file: send one file in the field "file"') };
	if (file.size > limit) return { ok: false, problem: tooLarge(limit) };
	const raw = Object.fromEntries([...form.entries()].filter(([k, v]) => k !== 'file' && typeof v === 'string'));
	const fields = uploadFields.safeParse(raw);
	if (!fields.success) {
		const which = [...new Set(fields.error.issues.map((i) => i.path.join('.')))].join(', ');
		return { ok: false, problem: problem(400, 'bad_request', `字段取值无效：${which}`, `Invalid value in: ${which}`) };
	}
	return { ok: true, file: { name: file.name || 'upload.csv', bytes: new Uint8Array(await file.arrayBuffer()) }, fields: fields.data };
}

/**
 * Ingests files as `who` (the revisions' author). Every commit attempt goes to the audit log with its
 * outcome, one entry a file; a dry run is a preview and is not logged.
 */
export async function ingestAs(store: Store, files: (IngestFile | DiskFile)[], options: Omit<IngestOptions, 'user'>, who: Requester): Promise<IngestReport> {
	const report = await ingestFiles(store, files, { ...options, user: actorName(who) });
	if (!options.dryRun)
		for (const f of report.files)
			await audit(store, who, 'upload', f.file, { ok: report.ok, revision: f.revision, kind: f.kind, added: f.changes.added, updated: f.changes.updated, errors: f.errorCount });
	return report;
}

/** One file's report as the upload page and the API answer it: the diff is one page, with exact counts. */
export type UploadReport = Omit<FileReport, 'diff'> & {
	ok: boolean;
	dryRun: boolean;
	diff: DiffPage;
	/** Names and units of the indicators the diff page and the first affected indicators name. */
	names: IndicatorNames;
};

/** Affected indicators named in a report (a file may touch thousands: the page lists the first ones). */
export const AFFECTED_SHOWN = 100;

/**
 * Validates from the raw bytes (never from a browser's parse) and commits, or with dryRun only reports;
 * either way it lists page `page` of what the file changes (see withDiffPage), never the whole diff.
 */
export async function ingestUpload(
	store: Store,
	file: IngestFile,
	fields: z.infer<typeof uploadFields>,
	who: Requester
): Promise<UploadReport> {
	const options = {
		dryRun: fields.dryRun ?? false,
		kind: fields.kind,
		encoding: fields.encoding,
		separator: fields.separator as IngestOptions['separator'],
		mapping: fields.mapping
	};
	const { report, diff, names } = await withDiffPage(store, fields.page ?? 1, (watched) => ingestAs(watched, [file], options, who));
	const { diff: _diff, ...rest } = report.files[0]!;
	const unnamed = rest.affected.slice(0, AFFECTED_SHOWN).filter((c) => !names[c]);
	const affectedNames = indicatorNames((await definitions(store.sql, unnamed)).map((d) => d.indicator));
	return { ok: report.ok, dryRun: report.dryRun, ...rest, diff, names: { ...affectedNames, ...names } };
}
