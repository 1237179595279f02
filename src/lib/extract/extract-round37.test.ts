// Patterns the reader missed in round thirty-seven's blind fixtures (541–554): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// C. 套 (sets) and 轮 (rounds) are count units; a count right before a second count is read too (549, 543).
	['资源共享设备150套: 套', '2010-06-30', '2009年,全县配送书柜320个、资源共享设备150套。', [
		{ value: 320, unit: '个', period: '2009' }, { value: 150, unit: '套', period: '2009' }
	]],
	['先后开展2轮17批次专题研究: both counts', '2025-12-25', '领导小组先后开展2轮17批次专题研究。', [
		{ value: 2, unit: '轮' }, { value: 17, unit: '批次' }
	]],
	['组织3轮集中检查、配发执法记录仪40套: own variant', '2024-06-15', '今年共组织3轮集中检查,配发执法记录仪40套。', [
		{ value: 3, unit: '轮' }, { value: 40, unit: '套' }
	]],
	['新一轮整治 · 第二轮巡视 · 三轮车 · 成套设备: no count of rounds or sets', '2024-06-15', '开展新一轮整治,第二轮巡视发现问题5个,更新三轮车12辆、成套设备8台。', [
		{ value: 5, unit: '个' }, { value: 12, unit: '辆' }, { value: 8, unit: '台' }
	]],
	// I. A count of divisions, a note in brackets on them, then the villages in them: both counts (552).
	['在全县13个乡镇（街道办事处）189个行政村全面展开: both', '2015-11-02', '今年,全县公益电影放映活动在全县13个乡镇（街道办事处）189个行政村全面展开。', [
		{ value: 13, unit: '个', period: '2015' }, { value: 189, unit: '个', period: '2015' }
	]],
	['覆盖全市9个县区（含开发区）126个社区: own variant', '2024-06-15', '今年流动图书车已覆盖全市9个县区（含开发区）126个社区。', [
		{ value: 9, unit: '个' }, { value: 126, unit: '个' }
	]],
	['全市6个县市区（含高新区）开展检查: divisions that acted still name who, no figure', '2024-06-15', '全市6个县市区（含高新区）开展联合检查,查处违规经营5起。', [{ value: 5, unit: '起' }]],
	// G. 计划 inside a clause describing the things counted (完成…计划…的项目) makes no plan of the count (545).
	['1—7月份完成全年计划投资额的项目有6个: actual', '2015-08-26', '今年这批项目计划投资45.43亿元,1—7月份完成全年计划投资额的项目有6个。', [
		{ value: 4543000000, role: 'target' }, { value: 6, unit: '个', period: '2015-YTD07', role: 'actual' }
	]],
	['上半年提前完成年度计划任务的景区达到12家: own variant', '2024-06-15', '上半年提前完成年度计划任务的景区达到12家。', [{ value: 12, unit: '家', role: 'actual' }]],
	['全年计划新开工项目10个: a plan of the count stays a target', '2024-06-15', '全年计划新开工项目10个。', [{ value: 10, unit: '个', role: 'target' }]],
	// H. A count summing a named list (等N个…项目) right before that year's 计划投资 names the projects (544, as fixture 281).
	['喇叭河景区提升等9个文化旅游项目,2022年计划投资20.18亿元: only the investment', '2022-06-15', '蒙顶山景区提升改造、喇叭河景区提升等9个“分工负责、分线作战”文化旅游项目,2022年计划投资20.18亿元。', [
		{ value: 2018000000, unit: '元', period: '2022', role: 'target' }
	]],
	['古镇修缮等5个重点项目,今年计划总投资3.6亿元: own variant', '2024-06-15', '滨江步道、古镇修缮等5个重点项目,2024年计划总投资3.6亿元。', [
		{ value: 360000000, unit: '元', role: 'target' }
	]],
	['新签约项目12个,计划总投资: a count with no list before it stays', '2024-06-15', '上半年新签约项目12个,计划总投资56亿元。', [
		{ value: 12, unit: '个' }, { value: 5600000000, unit: '元', role: 'target' }
	]]
];

describe('round thirty-seven blind patterns', () => readsAs(CASES));
