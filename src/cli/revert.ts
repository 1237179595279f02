// npm run revert -- REVISION [--json]: restores what a revision superseded; the revert is itself a revision.
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { StoreError } from '../lib/server/db/store';
import { revertRevision } from '../lib/server/revisions';
import { EXIT_DATA, EXIT_OK, fatal, withStore } from './common';

const USAGE = 'usage: npm run revert -- REVISION [--json]';
let args;
try {
	args = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
} catch (e) {
	fatal(`${(e as Error).message}\n${USAGE}`);
}
if (args.values.help) {
	process.stdout.write(`${USAGE}\n`);
	process.exit(EXIT_OK);
}
const id = Number(args.positionals[0]);
if (args.positionals.length !== 1 || !Number.isInteger(id) || id < 1) fatal(USAGE);

// The same use case as the revisions page and the API: the revert is audited like theirs.
const answer = await withStore((store) => revertRevision(store, id, { actor: `cli:${userInfo().username}` })).catch((e: unknown) => {
	if (e instanceof StoreError) fatal(e.message, EXIT_DATA);
	throw e;
});
if (!answer.ok) fatal(answer.message, EXIT_DATA);
const result = answer.result;
process.stdout.write(
	args.values.json
		? `${JSON.stringify(result)}\n`
		: `已撤销修订 ${id}(新修订 ${result.revision.id}):恢复 ${result.restored} 条,撤回 ${result.withdrawn} 条,保留后续修改 ${result.keptLater} 条\n` +
				`Reverted revision ${id} as revision ${result.revision.id}: ${result.restored} restored, ${result.withdrawn} withdrawn, ${result.keptLater} changed later and kept\n`
);
