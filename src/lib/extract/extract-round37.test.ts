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
	]]
];

describe('round thirty-seven blind patterns', () => readsAs(CASES));
