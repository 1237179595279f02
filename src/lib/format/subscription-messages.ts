// Messages of digest subscriptions, group robots, the scheduler and the delivery log (zh-CN first); merged into messages.ts.
export const subscriptionMessages = {
	'subscription.noUser': { 'zh-CN': '用户不存在', en: 'No such user' },
	'subscription.badSchedule': { 'zh-CN': '请选择发送频率:每周、每月或指标落后时', en: 'Choose how often: weekly, monthly, or when an indicator falls behind' },
	'subscription.badWeekday': { 'zh-CN': '请选择星期几(1 = 星期一 … 7 = 星期日)', en: 'Choose a weekday (1 = Monday … 7 = Sunday)' },
	'subscription.badDay': { 'zh-CN': '请选择每月的日期(1–28 日)', en: 'Choose a day of the month (1–28)' },
	'subscription.badHour': { 'zh-CN': '请选择发送时间(0–23 时)', en: 'Choose an hour (0–23)' },
	'subscription.badLang': { 'zh-CN': '语言应为 zh-CN 或 en', en: 'Language must be zh-CN or en' },
	'subscription.noChannel': { 'zh-CN': '请至少选择一个发送渠道(邮件或群机器人)', en: 'Choose at least one channel (e-mail or a group robot)' },
	'subscription.noEmail': { 'zh-CN': '尚未设置邮箱地址,无法通过邮件发送;请联系管理员设置', en: 'You have no e-mail address, so nothing can be e-mailed; ask an administrator to set one' },
	'subscription.badRobot': { 'zh-CN': '群机器人不存在或已被移除:{id}', en: 'No such group robot (or it was removed): {id}' },
	'robot.badKind': { 'zh-CN': '机器人类型应为企业微信、钉钉或飞书', en: 'The robot kind must be WeCom, DingTalk or Feishu' },
	'robot.badName': { 'zh-CN': '请填写机器人名称(1–60 个字符)', en: 'Give the robot a name (1–60 characters)' },
	'robot.badUrl': { 'zh-CN': '机器人地址不是有效网址', en: 'The robot address is not a valid URL' },
	'robot.notHttps': { 'zh-CN': '机器人地址必须以 https:// 开头', en: 'The robot address must start with https://' },
	'robot.wrongHost': { 'zh-CN': '该地址属于{actual},而不是{kind}', en: 'This address belongs to {actual}, not {kind}' },
	'robot.badSecret': { 'zh-CN': '加签密钥过长或含空白字符', en: 'The signing secret is too long or contains spaces' },
	'robot.taken': { 'zh-CN': '已有同名机器人:{name}', en: 'A robot called {name} already exists' },
	'robot.notFound': { 'zh-CN': '群机器人不存在', en: 'No such group robot' },
	'robot.alreadyRemoved': { 'zh-CN': '该群机器人已被移除', en: 'This group robot was already removed' },
	'robot.wecom': { 'zh-CN': '企业微信', en: 'WeCom' },
	'robot.dingtalk': { 'zh-CN': '钉钉', en: 'DingTalk' },
	'robot.feishu': { 'zh-CN': '飞书', en: 'Feishu' },
	'delivery.interrupted': {
		'zh-CN': '发送过程中服务中断,结果未知;为避免重复,不再重发',
		en: 'The server stopped mid-send; the outcome is unknown, and it is not sent again (to avoid a duplicate)'
	},
	'delivery.robotGone': { 'zh-CN': '群机器人已被移除或无法解密其地址', en: 'The group robot was removed or its address cannot be decrypted' }
} as const;
