// npm run user -- add NAME --role admin|analyst|viewer [--password-stdin] [--must-change]
//                 passwd NAME [--password-stdin] [--must-change] | role NAME ROLE | disable NAME | enable NAME | email NAME ADDRESS | list
// Passwords come from a prompt that does not echo, or from standard input; never from an argument
// (arguments end up in shell history and in `ps`).
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { bilingual, type MessageKey } from '../lib/format/messages';
import { StoreError, type Store } from '../lib/server/db/store';
import { addUser, changeRole, checkNewUser, findUser, resetPassword, setDisabled, setEmail, type UserAnswer, type UserError } from '../lib/server/users';
import { EXIT_DATA, EXIT_OK, EXIT_USAGE, fatal, withStore } from './common';

const USAGE = `usage:
  npm run user -- add NAME --role admin|analyst|viewer [--password-stdin] [--must-change]
  npm run user -- passwd NAME [--password-stdin] [--must-change]
  npm run user -- role NAME admin|analyst|viewer
  npm run user -- disable NAME | enable NAME
  npm run user -- email NAME ADDRESS
  npm run user -- list`;

const OPTIONS = {
	role: { type: 'string' },
	'password-stdin': { type: 'boolean' },
	'must-change': { type: 'boolean' },
	help: { type: 'boolean', short: 'h' }
} as const;

function parse() {
	try {
		return parseArgs({ allowPositionals: true, options: OPTIONS });
	} catch (e) {
		fatal(`${(e as Error).message}\n${USAGE}`);
	}
}
const args = parse();
if (args.values.help) {
	process.stdout.write(`${USAGE}\n`);
	process.exit(EXIT_OK);
}
const [command, name, extra] = args.positionals;
const actor = { actor: `cli:${userInfo().username}` };

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const c of process.stdin) chunks.push(c as Buffer);
	return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
	const stdin = process.stdin;
	if (!stdin.isTTY) fatal(bilingual('user.noTerminal'));
	process.stderr.write(question);
	stdin.setRawMode(true);
	stdin.resume();
	stdin.setEncoding('utf8');
	return new Promise((resolve) => {
		let value = '';
		const onData = (chunk: string) => {
			for (const ch of chunk) {
				if (ch === '\r' || ch === '\n') {
					stdin.setRawMode(false);
					stdin.pause();
					stdin.off('data', onData);
					process.stderr.write('\n');
					resolve(value);
					return;
				}
				if (ch === '\u0003') {
					process.stderr.write('\n');
					process.exit(130);
				}
				if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
				else value += ch;
			}
		};
		stdin.on('data', onData);
	});
}

async function newPassword(username: string): Promise<string> {
	let password: string;
	if (args.values['password-stdin']) {
		password = await readStdin();
		// `printf 'pw\npw\n' |` (typed twice, as at the prompt) would otherwise set a password with a line break
		// in it, which no sign-in form can type.
		if (/[\r\n]/.test(password)) fatal(bilingual('user.stdinOneLine'), EXIT_DATA);
	} else {
		password = await promptHidden(`${bilingual('user.newPassword', { name: username })}: `);
		const again = await promptHidden(`${bilingual('user.repeatPassword')}: `);
		if (again !== password) fatal(bilingual('user.entriesDiffer'), EXIT_DATA);
	}
	// The rules themselves are checked where the password is set (lib/server/users); here only what the terminal adds.
	return password;
}

/** Prints a refused change and exits: usage (2) for a bad role, refused (1) for the rest; nothing was changed. */
function refuse(e: UserError): never {
	if (e.code === 'bad_role') fatal(`${e.message}\n${USAGE}`, EXIT_USAGE);
	fatal(e.message, EXIT_DATA);
}

function done(a: UserAnswer, key: MessageKey, params: Record<string, string> = {}): string {
	if (!a.ok) refuse(a);
	return bilingual(key, { name: a.user.username, role: a.user.role, ...params });
}

/** The named user (or exit), before a password is asked for. */
async function existing(store: Store, username: string | undefined) {
	if (!username) fatal(USAGE);
	const found = await findUser(store, { username });
	if (!found.ok) refuse(found);
	return found.user;
}

const mustChange = !!args.values['must-change'];

const commands: Record<string, (store: Store) => Promise<string>> = {
	async add(store) {
		if (!name) fatal(USAGE);
		const checked = await checkNewUser(store, { username: name, role: args.values.role });
		if (!checked.ok) refuse(checked);
		const password = await newPassword(checked.username);
		return done(await addUser(store, actor, { ...checked, password, mustChangePassword: mustChange }), 'user.created');
	},
	async passwd(store) {
		const user = await existing(store, name);
		const password = await newPassword(user.username);
		return done(await resetPassword(store, actor, { id: user.id }, { password, mustChangePassword: mustChange }), 'user.passwordSet');
	},
	async role(store) {
		if (!name) fatal(USAGE);
		const a = await changeRole(store, actor, { username: name }, extra);
		return done(a, 'user.roleChanged', a.ok ? { from: a.before!.role, to: a.user.role } : {});
	},
	async disable(store) {
		if (!name) fatal(USAGE);
		return done(await setDisabled(store, actor, { username: name }, true), 'user.disabled');
	},
	async enable(store) {
		if (!name) fatal(USAGE);
		return done(await setDisabled(store, actor, { username: name }, false), 'user.enabled');
	},
	async email(store) {
		if (!name || !extra) fatal(USAGE);
		return done(await setEmail(store, actor, { username: name }, extra), 'user.emailSet', { email: extra.trim() });
	},
	async list(store) {
		const users = await store.users.list();
		if (users.length === 0) return bilingual('user.none');
		return users.map((u) => `${u.username}\t${u.role}${u.disabled ? '\tdisabled' : ''}${u.mustChangePassword ? '\tmust-change-password' : ''}`).join('\n');
	}
};

const run = command ? commands[command] : undefined;
if (!run) fatal(USAGE);
try {
	process.stdout.write(`${await withStore(run)}\n`);
} catch (e) {
	if (e instanceof StoreError) fatal(e.message, EXIT_DATA);
	throw e;
}
