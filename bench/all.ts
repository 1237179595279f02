// npm run bench: every bench in turn, each in a process of its own. A bench that fails a budget (or cannot measure)
// does not stop the ones after it: all print their figures, then one line says which failed, and the exit code is 1
// if any did.
import { spawnSync } from 'node:child_process';

const BENCHES = ['ingest', 'dashboard', 'embed', 'load', 'upload', 'scale', 'extract'];

const failed: string[] = [];
for (const name of BENCHES) {
	const run = spawnSync(process.execPath, ['--import', 'tsx', `bench/${name}-bench.ts`], { stdio: 'inherit' });
	if (run.status !== 0) failed.push(`${name} (exit ${run.status ?? run.signal})`);
}
console.log(`\nnpm run bench: ${failed.length ? `FAIL in ${failed.join(', ')}` : 'every bench PASS'}`);
process.exit(failed.length ? 1 : 0);
