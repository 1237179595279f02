// Messages of the store's errors and warnings (zh-CN first); merged into messages.ts. A `{name}` in a
// message is filled in by `bilingual`.
export const storeMessages = {
	'store.userTaken': { 'zh-CN': '用户名已存在:{name}', en: 'User name already taken: {name}' },
	'store.noSuchUser': { 'zh-CN': '用户不存在:{name}', en: 'No such user: {name}' },
	'store.nameKeyClash': {
		'zh-CN': '用户名“{name}”与较早的用户“{other}”按大小写不敏感规则相同;以该名称登录将进入较早的用户;请停用它,并以另一个用户名重新创建',
		en: 'User name "{name}" is the same as the older user "{other}" regardless of case; signing in with that name reaches the older user. Disable it and create the account again under another name'
	}
} as const;

export type StoreMessageKey = keyof typeof storeMessages;

/** "中文 / English", as the server's errors read everywhere (logs, API answers, form errors). */
export function bilingual(key: StoreMessageKey, vars: Record<string, string | number> = {}): string {
	const fill = (text: string) => text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
	return `${fill(storeMessages[key]['zh-CN'])} / ${fill(storeMessages[key].en)}`;
}
