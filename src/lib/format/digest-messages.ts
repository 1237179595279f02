// Messages of following indicators and of digests (zh-CN first); merged into messages.ts.
export const digestMessages = {
	'follow.follow': { 'zh-CN': '关注', en: 'Follow' },
	'follow.unfollow': { 'zh-CN': '取消关注', en: 'Unfollow' },
	'follow.followed': { 'zh-CN': '已关注', en: 'Followed' },
	'follow.followedOnly': { 'zh-CN': '只看关注', en: 'Followed only' },
	'follow.all': { 'zh-CN': '全部指标', en: 'All indicators' },
	'follow.group': { 'zh-CN': '我的关注', en: 'Followed' },
	'follow.none': { 'zh-CN': '尚未关注任何指标:点击指标卡片上的☆关注。', en: 'You follow no indicator yet: use the ☆ on a card to follow one.' },
	'digest.subject': { 'zh-CN': '整改成效摘要 · {date}', en: 'Outcome digest · {date}' },
	'digest.behind': { 'zh-CN': '低于序时进度', en: 'Behind time progress' },
	'digest.newlyBehind': { 'zh-CN': '新近落后', en: 'newly behind' },
	'digest.newFigures': { 'zh-CN': '新数据', en: 'New figures' },
	'digest.yoyMismatch': { 'zh-CN': '同比口径不一致', en: 'Stated vs computed YoY' },
	'digest.deadlines': { 'zh-CN': '时间节点', en: 'Deadlines' },
	'digest.behindLine': {
		'zh-CN': '{name}{period}累计完成{value},完成年度目标的{completion},低于序时进度{gap}个百分点',
		en: '{name}: {value} year-to-date in {period}, {completion} of the annual target, {gap} points behind time progress'
	},
	'digest.figureLine': { 'zh-CN': '{name}{period}{value}{yoy}', en: '{name}, {period}: {value}{yoy}' },
	'digest.yoyLine': {
		'zh-CN': '{name}{period}:报告同比{stated},按数据计算为{computed}',
		en: '{name}, {period}: stated YoY {stated}, computed from the data {computed}'
	},
	'digest.deadlineSoon': { 'zh-CN': '{name}:目标{target}的时间节点为{deadline}(还有{days}天)', en: '{name}: target {target} due {deadline} (in {days} days)' },
	'digest.deadlinePassed': { 'zh-CN': '{name}:目标{target}的时间节点{deadline}已过,尚未完成', en: '{name}: target {target} was due {deadline} and is not met' },
	'digest.demo': { 'zh-CN': '演示数据', en: 'demo data' },
	'digest.derived': { 'zh-CN': '推算值', en: 'derived' },
	'digest.open': { 'zh-CN': '查看图表', en: 'Open chart' },
	'digest.more': { 'zh-CN': '…以及另外{n}项', en: '…and {n} more' },
	'digest.scopeFollowed': { 'zh-CN': '范围:关注的{n}项指标', en: 'Scope: {n} followed indicators' },
	'digest.scopeAll': { 'zh-CN': '范围:全部指标', en: 'Scope: all indicators' },
	'user.emailSet': { 'zh-CN': '已设置 {name} 的邮箱:{email}', en: 'E-mail address of {name} set to {email}' },
	'user.badEmail': { 'zh-CN': '邮箱地址无效:{email}', en: 'Not a valid e-mail address: {email}' }
} as const;
