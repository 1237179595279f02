// Blank upload templates: Chinese headers (as csv-format.md names them) and one example row each.
import type { FileKind } from './columns';

export interface Template {
	id: 'observations' | 'observations-wide' | 'indicators' | 'targets';
	kind: FileKind;
	zh: string;
	en: string;
	header: string[];
	example: string[];
}

export const TEMPLATES: readonly Template[] = [
	{
		id: 'observations',
		kind: 'observations',
		zh: '数据(每行一个指标和期间)',
		en: 'Observations (one row per indicator and period)',
		header: ['指标', '期间', '数值', '单位', '目标值', '同比', '来源', '备注'],
		example: ['旅游接待人次', '2024年一季度', '210', '万人次', '', '37.5%', '巡察整改进展情况通报(2024-06-15)', '示例行,请替换']
	},
	{
		id: 'observations-wide',
		kind: 'observations',
		zh: '数据(宽表:每列一个期间)',
		en: 'Observations, wide (one column per period)',
		header: ['指标', '2024年一季度', '2024年二季度', '2024年三季度', '2024年四季度'],
		example: ['旅游接待人次', '210万', '', '', '']
	},
	{
		id: 'indicators',
		kind: 'indicators',
		zh: '指标表',
		en: 'Indicators',
		header: ['代码', '名称', '英文名称', '单位', '类型', '方向', '类别', '整改事项', '说明'],
		example: ['example-visitors', '示例指标', 'Example indicator', '人次', 'flow', 'up', 'tourism', '6', '示例行,请替换']
	},
	{
		id: 'targets',
		kind: 'targets',
		zh: '目标表',
		en: 'Targets',
		header: ['指标', '期间', '目标值', '依据', '牵头领导', '牵头部门', '时间节点', '来源'],
		example: ['重点文旅活动', '2024年', '56', '年度计划', '', '', '2024年12月底', '示例行,请替换']
	}
];

export function templateById(id: string): Template | undefined {
	return TEMPLATES.find((t) => t.id === id);
}
