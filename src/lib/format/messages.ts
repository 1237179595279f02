// User-facing strings by message key, zh-CN first and English second.
export const messages = {
	'app.title': { 'zh-CN': '整改成效看板', en: 'Outcome Board' },
	'app.subtitle': { 'zh-CN': '太仓市文体广旅局 · 巡察整改指标', en: 'Taicang Culture, Sports & Tourism Bureau · rectification indicators' },
	'overview.heading': { 'zh-CN': '指标一览', en: 'Indicators' },
	'overview.latest': { 'zh-CN': '最新一期', en: 'Latest period' },
	'overview.value': { 'zh-CN': '数值', en: 'Value' },
	'overview.yoy': { 'zh-CN': '同比', en: 'YoY' },
	'overview.source': { 'zh-CN': '来源', en: 'Source' },
	'overview.noData': { 'zh-CN': '暂无实际数', en: 'No actual figure yet' },
	'overview.target': { 'zh-CN': '目标', en: 'Target' },
	'overview.item': { 'zh-CN': '整改事项', en: 'Rectification item' },
	'provenance.reported': { 'zh-CN': '通报数', en: 'Reported' },
	'provenance.derived': { 'zh-CN': '推算', en: 'Derived' },
	'provenance.demo': { 'zh-CN': '演示数据', en: 'Demo data' },
	'yoy.up': { 'zh-CN': '同比增长', en: 'up' },
	'yoy.down': { 'zh-CN': '同比下降', en: 'down' },
	'yoy.flat': { 'zh-CN': '同比持平', en: 'flat' },
	'lang.switch': { 'zh-CN': 'English', en: '中文' },
	'category.tourism': { 'zh-CN': '旅游', en: 'Tourism' },
	'category.culture': { 'zh-CN': '文化', en: 'Culture' },
	'category.sports': { 'zh-CN': '体育', en: 'Sports' },
	'category.industry': { 'zh-CN': '产业与人才', en: 'Industry & talent' },
	'category.governance': { 'zh-CN': '党建与治理', en: 'Party building & governance' }
} as const;

export type MessageKey = keyof typeof messages;
export type Lang = 'zh-CN' | 'en';

export function t(key: MessageKey, lang: Lang): string {
	return messages[key][lang];
}

export function categoryLabel(category: string, lang: Lang): string {
	const key = `category.${category}` as MessageKey;
	return key in messages ? t(key, lang) : category;
}
