import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, usernameRule, verifyPassword } from './password';

// scrypt at OWASP cost is deliberately slow (~0.2 s per hash, more on a busy machine).
describe('password hashing', { timeout: 60_000 }, () => {
	it('verifies the right password and refuses a wrong one; salts differ', async () => {
		const a = await hashPassword('correct horse battery');
		const b = await hashPassword('correct horse battery');
		expect(a).toMatch(/^scrypt\$131072\$8\$1\$/);
		expect(a).not.toBe(b);
		expect(await verifyPassword('correct horse battery', a)).toBe(true);
		expect(await verifyPassword('correct horse batterY', a)).toBe(false);
		expect(await verifyPassword('correct horse battery', 'garbage')).toBe(false);
	});
	it('normalises Unicode so the same typed password always matches', async () => {
		const h = await hashPassword('密码Cafe\u0301-123');
		expect(await verifyPassword('密码Caf\u00e9-123', h)).toBe(true);
	});
});

describe('password and user name rules', () => {
	it.each([
		['short', 'abc', 'u', /至少/],
		['same as the name', 'Administrator', 'administrator', /不能与用户名相同/],
		['the name in another case and width', 'ＡＤＭＩＮＩＳＴＲＡＴＯＲ', 'administrator', /不能与用户名相同/],
		['the name in Unicode upper case', 'ÄRGERLICHKEIT', 'Ärgerlichkeit', /不能与用户名相同/],
		['too long', 'x'.repeat(300), 'u', /最多/],
		['fine', '一二三四五六七八九十', 'u', null]
	] as const)('%s', (_, pw, user, problem) => {
		const p = passwordProblem(pw, user);
		if (problem === null) expect(p).toBeNull();
		else expect(p).toMatch(problem);
	});
	it.each([
		['admin', true],
		['王小明', true],
		['a', false],
		['has space', false],
		['<script>', false]
	] as const)('user name %s', (name, ok) => {
		expect(usernameRule(name) === null).toBe(ok);
	});
});
