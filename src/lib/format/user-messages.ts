// Messages of user administration (the admin page and `npm run user`), zh-CN first; merged into messages.ts.
// `{name}`-style placeholders are filled by `fill` / `bilingual` in messages.ts.
export const userMessages = {
	'user.badId': { 'zh-CN': '用户无效', en: 'Invalid user' },
	'user.badRole': { 'zh-CN': '角色无效,须为 {roles}', en: 'Invalid role: use {roles}' },
	'user.badName': {
		'zh-CN': '用户名须为 2–64 个字母、数字、点、下划线或连字符',
		en: 'A user name is 2–64 letters, digits, dots, underscores or hyphens'
	},
	'user.passwordShort': { 'zh-CN': '密码至少 {min} 个字符', en: 'The password needs at least {min} characters' },
	'user.passwordLong': { 'zh-CN': '密码最多 {max} 个字符', en: 'The password may have at most {max} characters' },
	'user.passwordIsName': { 'zh-CN': '密码不能与用户名相同', en: 'The password must differ from the user name' },
	'user.notFound': { 'zh-CN': '没有该用户:{name}', en: 'No such user: {name}' },
	'user.taken': { 'zh-CN': '用户名已存在:{name}', en: 'User name already taken: {name}' },
	'user.selfRole': { 'zh-CN': '不能修改自己的角色', en: 'You cannot change your own role' },
	'user.selfDisable': { 'zh-CN': '不能停用自己', en: 'You cannot disable yourself' },
	'user.lastAdmin': {
		'zh-CN': '至少需要保留一名启用的管理员:{name} 是最后一名,不能停用或改为其他角色',
		en: 'At least one active administrator must remain: {name} is the last one and cannot be disabled or given another role'
	},
	'user.created': { 'zh-CN': '已创建用户 {name}({role})', en: 'Created user {name} ({role})' },
	'user.passwordSet': { 'zh-CN': '已设置 {name} 的密码,其登录会话已失效', en: 'Password set for {name}; their sessions were ended' },
	'user.roleChanged': { 'zh-CN': '{name}:{from} → {to},其登录会话已失效', en: '{name}: {from} → {to}; their sessions were ended' },
	'user.disabled': { 'zh-CN': '已停用 {name},其登录会话已失效', en: 'Disabled {name}; their sessions were ended' },
	'user.enabled': { 'zh-CN': '已启用 {name}', en: 'Enabled {name}' },
	'user.none': { 'zh-CN': '尚无用户', en: 'No users yet' },
	'user.newPassword': { 'zh-CN': '新密码', en: 'New password for {name}' },
	'user.repeatPassword': { 'zh-CN': '再次输入', en: 'Repeat it' },
	'user.entriesDiffer': { 'zh-CN': '两次输入不一致', en: 'The two entries differ' },
	'user.noTerminal': { 'zh-CN': '没有终端可输入密码,请使用 --password-stdin', en: 'No terminal to type a password in: use --password-stdin' },
	'user.stdinOneLine': { 'zh-CN': '--password-stdin 只接受一行密码', en: '--password-stdin takes the password on one line' }
} as const;
