// A revision's uploaded file as a download: exactly the bytes received (what its SHA-256 covers), sent
// as a stream and, when stored gzipped, gunzipped as a stream, so the uploaded size is never held whole.
import type { Store } from './db/store';
import { gunzipped, iterableStream } from './streams';

export async function revisionFileResponse(store: Store, id: number): Promise<Response | null> {
	const [revision, file] = await Promise.all([store.revision(id), store.revisionFile(id)]);
	if (!revision || !file) return null;
	const body = iterableStream(file.compression === 'gzip' ? gunzipped(file.chunks) : file.chunks);
	const name = revision.fileName ?? `revision-${id}`;
	return new Response(body, {
		headers: {
			'content-type': 'application/octet-stream',
			'content-disposition': `attachment; filename="revision-${id}${/\.[a-z]+$/i.exec(name)?.[0] ?? ''}"; filename*=UTF-8''${encodeURIComponent(name)}`,
			'x-content-sha256': revision.sha256 ?? ''
		}
	});
}
