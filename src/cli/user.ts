// npm run user -- add NAME --role admin|analyst|viewer [--password-stdin] [--must-change]
//                 passwd NAME [--password-stdin] [--must-change] | role NAME ROLE | disable NAME | enable NAME | list
// Passwords come from a prompt that does not echo, or from standard input; never from an argument
// (arguments end up in shell history and in `ps`).
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { audit } from '../lib/server/auth/audit';
import { hashPassword, passwordProblem, usernameProblem } from '../lib/server/auth/password';
import { ROLES, type Role } from '../lib/server/auth/roles';
import { StoreError, type Store } from '../lib/server/db/store';
import { EXIT_DATA, EXIT_OK, fatal, withStore } from './common';

const USAGE = `usage:
  npm run user -- add NAME --role admin|analyst|viewer [--password-stdin] [--must-change]
  npm run user -- passwd NAME [--password-stdin] [--must-change]
  npm run user -- role NAME admin|analyst|viewer
  npm run user -- disable NAME | enable NAME
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
	if (!stdin.isTTY) fatal('没有终端可输入密码,请使用 --password-stdin / No terminal to type a password in: use --password-stdin');
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
		if (/[\r\n]/.test(password)) fatal('--password-stdin 只接受一行密码 / --password-stdin takes the password on one line', EXIT_DATA);
	} else {
		password = await promptHidden(`新密码 / New password for ${username}: `);
		const again = await promptHidden('再次输入 / Repeat it: ');
		if (again !== password) fatal('两次输入不一致 / The two entries differ', EXIT_DATA);
	}
	const problem = passwordProblem(password, username);
	if (problem) fatal(problem, EXIT_DATA);
	return password;
}

function role(value: string | undefined): Role {
	if (!value || !(ROLES as readonly string[]).includes(value)) fatal(`角色须为 ${ROLES.join('|')} / --role must be one of ${ROLES.join('|')}\n${USAGE}`);
	return value as Role;
}

async function existing(store: Store, username: string | undefined) {
	if (!username) fatal(USAGE);
	const user = await store.users.byName(username);
	if (!user) fatal(`没有该用户:${username} / No such user: ${username}`, EXIT_DATA);
	return user;
}

const commands: Record<string, (store: Store) => Promise<string>> = {
	async add(store) {
		if (!name) fatal(USAGE);
		const problem = usernameProblem(name);
		if (problem) fatal(problem, EXIT_DATA);
		const r = role(args.values.role);
		if (await store.users.byName(name)) fatal(`用户名已存在:${name} / User name already taken: ${name}`, EXIT_DATA);
		const password = await newPassword(name);
		await store.users.create({ username: name, role: r, passwordHash: await hashPassword(password), mustChangePassword: !!args.values['must-change'] });
		await audit(store, actor, 'user_create', name, { role: r });
		return `已创建用户 ${name}(${r})/ Created user ${name} (${r})`;
	},
	async passwd(store) {
		const user = await existing(store, name);
		const password = await newPassword(user.username);
		await store.users.update(user.id, { passwordHash: await hashPassword(password), mustChangePassword: !!args.values['must-change'] });
		await store.sessions.deleteForUser(user.id);
		await audit(store, actor, 'password_reset', user.username);
		return `已设置 ${user.username} 的密码,其登录会话已失效 / Password set for ${user.username}; their sessions were ended`;
	},
	async role(store) {
		const user = await existing(store, name);
		const r = role(extra);
		await store.users.update(user.id, { role: r });
		await store.sessions.deleteForUser(user.id);
		await audit(store, actor, 'role_change', user.username, { from: user.role, to: r });
		return `${user.username}: ${user.role} → ${r}`;
	},
	async disable(store) {
		const user = await existing(store, name);
		await store.users.update(user.id, { disabled: true });
		await store.sessions.deleteForUser(user.id);
		await audit(store, actor, 'user_disable', user.username);
		return `已停用 ${user.username} / Disabled ${user.username}`;
	},
	async enable(store) {
		const user = await existing(store, name);
		await store.users.update(user.id, { disabled: false });
		await audit(store, actor, 'user_enable', user.username);
		return `已启用 ${user.username} / Enabled ${user.username}`;
	},
	async list(store) {
		const users = await store.users.list();
		if (users.length === 0) return '尚无用户 / No users yet';
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
