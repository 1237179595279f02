// Builds the production server when any source is newer than the last build (used by npm start and the tests).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Newest modification time below the given paths (files or folders).
 * @param {string[]} paths
 * @returns {number}
 */
function newest(paths) {
	let max = 0;
	for (const p of paths) {
		if (!existsSync(p)) continue;
		const st = statSync(p);
		if (st.isDirectory()) max = Math.max(max, newest(readdirSync(p).map((e) => join(p, e))));
		else max = Math.max(max, st.mtimeMs);
	}
	return max;
}

/**
 * @param {string} root the project folder
 * @returns {string} the path of the built server entry
 */
export function buildIfNeeded(root) {
	const output = join(root, 'build', 'index.js');
	const sources = ['src', 'svelte.config.js', 'vite.config.ts', 'package.json', 'package-lock.json'].map((p) => join(root, p));
	if (!existsSync(output) || newest(sources) > statSync(output).mtimeMs) {
		console.log('构建中 / Building the app…');
		// Always a production build: under vitest NODE_ENV is `test`, and Vite would then compile Svelte in
		// dev mode (element checks and source locations on every render, about twice the cost per page).
		const build = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
			stdio: 'inherit',
			cwd: root,
			env: { ...process.env, NODE_ENV: 'production' }
		});
		if (build.status !== 0) throw new Error(`vite build failed with exit code ${build.status}`);
	}
	return output;
}
