// The upload and revision HTTP API against the built server: who may call it, what it answers.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, tempDir, type RunningServer } from './helpers/env';

let tmp: ReturnType<typeof tempDir>;
let server: RunningServer;

beforeAll(async () => {
	tmp = tempDir();
	// adapter-node assumes https unless told: as behind a proxy, the protocol comes from a header, so that
	// SvelteKit's CSRF check sees our http Origin as same-origin.
	server = await startServer({ DATABASE_URL: `file:${join(tmp.dir, 'app.db')}`, BODY_SIZE_LIMIT: '1M', PROTOCOL_HEADER: 'x-forwarded-proto' });
});
afterAll(async () => {
	await server?.stop();
	tmp?.cleanup();
});

function csvForm(text: string, fields: Record<string, string> = {}): FormData {
	const form = new FormData();
	form.set('file', new File([text], 'q.csv', { type: 'text/csv' }));
	for (const [k, v] of Object.entries(fields)) form.set(k, v);
	return form;
}

describe('without signing in', () => {
	it('refuses every upload and revision route (401), and sends a page visit to /login', async () => {
		const calls: [string, string, BodyInit | undefined][] = [
			['POST', '/api/v1/uploads', csvForm('指标,期间,数值\ntourist-arrivals,2024Q2,1\n')],
			['GET', '/api/v1/revisions', undefined],
			['GET', '/api/v1/revisions/1', undefined],
			['POST', '/api/v1/revisions/1/revert', undefined],
			['GET', '/revisions/1/file', undefined],
			['GET', '/upload/templates/observations.csv', undefined]
		];
		for (const [method, path, body] of calls) {
			const res = await fetch(server.url + path, { method, body, headers: { origin: server.url, 'x-forwarded-proto': 'http', accept: 'application/json' } });
			expect(res.status, `${method} ${path}`).toBe(401);
		}
		for (const path of ['/upload', '/revisions', '/revisions/1', '/revisions/1/revert']) {
			const res = await fetch(server.url + path, { redirect: 'manual', headers: { accept: 'text/html' } });
			expect(res.status, path).toBe(303);
			expect(res.headers.get('location')).toBe(`/login?next=${encodeURIComponent(path)}`);
		}
		// Nothing was written by the refused upload.
		const exported = await (await fetch(server.url + '/api/v1/export.json')).json();
		expect(exported.some((r: { period: string; value: number }) => r.period === '2024-Q2' && r.value === 1)).toBe(false);
	});
});
