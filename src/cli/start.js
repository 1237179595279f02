// npm start: build the production server when sources are newer than the build, then serve it.
// The server creates, migrates and seeds the database on its first start (src/hooks.server.ts).
import { spawn } from 'node:child_process';
import { buildIfNeeded } from './build-if-needed.js';

let output;
try {
	output = buildIfNeeded(process.cwd());
} catch (e) {
	console.error(/** @type {Error} */ (e).message);
	process.exit(1);
}

// ORIGIN is the address users open; forms check requests against it (CSRF), so it is always set.
const origin = process.env.ORIGIN || `http://localhost:${process.env.PORT || '3000'}`;
const env = { ...process.env, ORIGIN: origin, BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? '50M' };
console.log(`整改成效看板 / Outcome Board: ${origin}`);
const server = spawn(process.execPath, [output], { stdio: 'inherit', env });
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
