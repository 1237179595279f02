// Patterns the reader missed in round thirty-three's blind fixtures (485–498): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// E. 批次 is a unit of its own, as 人次 and 场次 are (490).
	['提供社会教育服务共计1380批次、47478人次: 批次, not 批', '2023-05-18', '全年提供社會教育服務共計1380批次、47478人次。', [
		{ value: 1380, unit: '批次' }, { value: 47478, unit: '人次' }
	]],
	['接待研学团队260批次: 批次 after a count of groups', '2024-06-15', '上半年全馆共接待研学团队260批次。', [{ value: 260, unit: '批次', period: '2024-H1' }]],
	['第二批3个项目 · 推出两批: 批 alone stays 批', '2024-06-15', '今年已推出两批共40个重点村。', [{ value: 2, unit: '批' }, { value: 40, unit: '个' }]]
];

describe('round thirty-three blind patterns', () => readsAs(CASES));
