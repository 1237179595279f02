// Temp folders, the CLI and the built server, for integration tests over real files and real HTTP.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

export function tempDir(prefix = 'ob-test-'): { dir: string; cleanup: () => void } {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface CliResult {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Runs `npm run <script>`'s entry directly (same thing, without npm's banner on stdout). */
export function cli(script: 'ingest' | 'export' | 'extract' | 'digest' | 'revert' | 'user' | 'backup' | 'migrate-store', args: string[], env: Record<string, string>, input?: string): CliResult {
	const r = spawnSync(TSX, [join(ROOT, 'src', 'cli', `${script}.ts`), ...args], {
		cwd: ROOT,
		input,
		env: { ...process.env, ...env },
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024
	});
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** As cli(), without blocking this process: for commands that talk to a server the test itself runs (a robot receiver). */
export function cliAsync(script: Parameters<typeof cli>[0], args: string[], env: Record<string, string>): Promise<CliResult> {
	return new Promise((resolve) => {
		const child = spawn(TSX, [join(ROOT, 'src', 'cli', `${script}.ts`), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (c) => (stdout += c));
		child.stderr.on('data', (c) => (stderr += c));
		child.on('close', (status) => resolve({ status, stdout, stderr }));
	});
}

export function ingestJson(files: string[], env: Record<string, string>, flags: string[] = []) {
	const r = cli('ingest', ['--json', ...flags, ...files], env);
	return { ...r, report: r.stdout.trim() ? JSON.parse(r.stdout) : null };
}

export async function freePort(): Promise<number> {
	return new Promise((res, rej) => {
		const s = createServer();
		s.listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => res(port));
		});
		s.on('error', rej);
	});
}

/** fetch that retries once when the server had already closed an idle keep-alive connection (the
 * event loop was blocked by a synchronous CLI call, so undici could not notice in time). The request
 * never reached the server in that case, so sending it again is safe. */
export async function fetchOnce(url: string, init?: RequestInit): Promise<Response> {
	try {
		return await fetch(url, init);
	} catch (e) {
		const cause = (e as { cause?: { code?: string; message?: string } }).cause;
		if ((cause?.code === 'UND_ERR_SOCKET' && /other side closed/.test(cause.message ?? '')) || cause?.code === 'ECONNRESET') return fetch(url, init);
		throw e;
	}
}

export interface RunningServer {
	url: string;
	/** Sent as the `cookie` header by `fetch` (set it with signInAs from helpers/auth.ts). */
	cookie: string | null;
	/** fetch(url + path) with the server's cookie. */
	fetch: (path: string, init?: RequestInit) => Promise<Response>;
	output: () => string;
	/** The server process's id (for looking at its memory in /proc). */
	pid: number;
	stop: () => Promise<void>;
	exited: Promise<number | null>;
}

/**
 * Starts build/index.js on a free port; resolves once it answers HTTP (or rejects if it exits first).
 * `ready` says which answer counts as started (default: any status below 500).
 */
export async function startServer(env: Record<string, string>, ready: (status: number) => boolean = (s) => s < 500): Promise<RunningServer> {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [join(ROOT, 'build', 'index.js')], {
		cwd: ROOT,
		env: { ...process.env, SEED_DIR: join(ROOT, 'data'), ORIGIN: url, ...env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	child.stdout.on('data', (d) => (log += d));
	child.stderr.on('data', (d) => (log += d));
	const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
	const deadline = Date.now() + 30_000;
	let dead = false;
	exited.then(() => (dead = true));
	while (Date.now() < deadline && !dead) {
		try {
			const r = await fetch(url + '/login');
			if (ready(r.status)) break;
		} catch {
			/* not listening yet */
		}
		await new Promise((r) => setTimeout(r, 150));
	}
	if (dead) throw Object.assign(new Error(`server exited: ${log}`), { log, code: await exited });
	const running: RunningServer = {
		url,
		cookie: null,
		fetch: (path, init = {}) => {
			const headers = new Headers(init.headers);
			if (running.cookie && !headers.has('cookie')) headers.set('cookie', running.cookie);
			return fetchOnce(url + path, { ...init, headers });
		},
		output: () => log,
		pid: child.pid!,
		exited,
		stop: async () => {
			if (!dead) {
				child.kill('SIGTERM');
				await exited;
			}
		}
	};
	return running;
}
