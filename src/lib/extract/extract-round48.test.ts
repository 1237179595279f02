// Which numbers are figures, with which units, periods and changes: what round forty-eight's blind fixtures (695–708)
// found the reader missing or over-reading: [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// A. Rows of bare numbers under a note that gives the list's units take those units, by the cell's label or else by its
	// place in the row; the units the note names are no figures of one 亿 or one 万 (696, 700).
	['各省區市數據如下(旅遊總收入單位為億元,接待遊客總數單位為萬人次): 廣東:52.6,1069.6', '2020-06-28', '今年端午假期各地數據如下（旅遊總收入單位為億元，接待遊客總數單位為萬人次）：\n第1名 湖南：旅遊總收入80.83，接待遊客總數1152.68；\n第2名 廣東：52.6，1069.6；\n第12名 北京：約0.724（景區），135（景區）；\n第14名 重慶：收入未公布，226（景區）。', [
		{ value: 8083000000, unit: '元' }, { value: 11526800, unit: '人次' },
		{ value: 5260000000, unit: '元' }, { value: 10696000, unit: '人次' },
		{ value: 72400000, unit: '元', qualifier: '约' }, { value: 1350000, unit: '人次' },
		{ value: 2260000, unit: '人次' }
	]],
	['下表为各市数据(门票收入单位为万元,游客人数单位为万人次): 杭州:320.5,86.2', '2024-05-06', '五一假期各市数据如下(门票收入单位为万元,游客人数单位为万人次):\n杭州:320.5,86.2;\n宁波:150,40.3。', [
		{ value: 3205000, unit: '元' }, { value: 862000, unit: '人次' }, { value: 1500000, unit: '元' }, { value: 403000, unit: '人次' }
	]],
	['(收入单位为亿元,游客单位为万人次) over rows that write their units: each figure once, no 1亿元 (unchanged rows)', '2013-10-11', '下面列出各地数据（收入单位为亿元，游客单位为万人次）：\n1. 山东：收入309.90亿元；游客4208.30万人次。', [
		{ value: 30990000000, unit: '元' }, { value: 42083000, unit: '人次' }
	]],
	['各市数据如下: 杭州:320.5,86.2 with no note of units: no figures (unchanged)', '2024-05-06', '五一假期各市数据如下：\n杭州：320.5，86.2；\n宁波：150，40.3。', []]
];

describe('round forty-eight: figures', () => {
	readsAs(CASES);
});
