// npm run ingest: runs a command-line tool (src/cli/NAME.ts) from a bundle of it, built by esbuild when
// any of its sources changed since the last bundle and kept under node_modules/.cache. The command then
// starts in plain Node instead of compiling the app's TypeScript in the process with tsx: about a second
// and 25 MB less for every ingest, and the ingest's reader thread loads its own chunk (ingest-worker-*.js)
// instead of bundling itself at run time.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [name, ...args] = process.argv.slice(2);
if (!name || !/^[a-z-]+$/.test(name) || !existsSync(join(root, 'src', 'cli', `${name}.ts`))) {
	process.stderr.write(`usage: node src/cli/run.js COMMAND [ARGS…] (a file src/cli/COMMAND.ts)\n`);
	process.exit(2);
}
const cache = join(root, 'node_modules', '.cache', 'outcome-board-cli', name);
const pointer = join(cache, 'current.json');

/**
 * The bundle to run, when it is newer than every source it was built from (current.json: dir, inputs, builtAt).
 * @returns {string | null}
 */
function current() {
	try {
		const { dir, inputs, builtAt } = JSON.parse(readFileSync(pointer, 'utf8'));
		for (const f of [...inputs, 'package-lock.json']) if (statSync(join(root, f)).mtimeMs > builtAt) return null;
		const entry = join(cache, dir, `${name}.js`);
		return existsSync(entry) ? entry : null;
	} catch {
		return null; // no bundle yet, or a source was removed
	}
}

/** Builds a new bundle in a folder of its own and points at it; a process still running an older one keeps it. */
async function build() {
	const { build } = await import('esbuild');
	const builtAt = Date.now();
	const dir = `${builtAt}-${process.pid}`;
	const result = await build({
		absWorkingDir: root,
		entryPoints: [join('src', 'cli', `${name}.ts`)],
		bundle: true,
		splitting: true, // dynamic imports (the ingest worker, xlsx) stay chunks of their own
		platform: 'node',
		format: 'esm',
		target: 'node20',
		packages: 'external',
		outdir: join(cache, dir),
		metafile: true,
		logLevel: 'error',
		// Not the project's tsconfig: it extends .svelte-kit/tsconfig.json, which a fresh clone does not have yet.
		tsconfigRaw: { compilerOptions: { target: 'es2022' } }
	});
	const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules'));
	const next = `${pointer}.${process.pid}`;
	writeFileSync(next, JSON.stringify({ dir, inputs, builtAt }));
	renameSync(next, pointer);
	// Bundles older than a day: no run lasts that long.
	for (const old of readdirSync(cache))
		if (/^\d+-\d+$/.test(old) && old !== dir && Number(old.split('-')[0]) < builtAt - 86_400_000) rmSync(join(cache, old), { recursive: true, force: true });
	return join(cache, dir, `${name}.js`);
}

mkdirSync(cache, { recursive: true });
const entry = current() ?? (await build());
process.argv = [process.execPath, entry, ...args];
await import(pathToFileURL(entry).href);
