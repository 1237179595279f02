// What round fifty's blind fixtures (723–736) found the reader missing or misreading: a bulletin of one holiday day, tables
// with units only in their header, weekday spans, roles and numbers that are no figures: [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// A. A title naming a holiday and closing on one of its days in brackets is that day's bulletin: every figure, and the
	// holiday named again in the body (节日里, 春节大庙会), is of that day (725).
	['2015年春节旅游市场信息（2月18日）: the bulletin of 除夕', '2015-02-20', '2015年春节旅游市场信息（2月18日）\n2015年2月20日\n除夕到了，家家团聚。\n北京：全市重点监测的130家景区累计接待游客39.83万人次。\n哈尔滨：节日里冰雪主题景区吸引了大批游客，其中太阳岛风景区接待游客0.43万人次。\n深圳：锦绣中华民俗村举办春节大庙会，安排了20多项活动。', [
		{ value: 398300, unit: '人次', period: '2015-02-18/2015-02-18' }, { value: 4300, unit: '人次', period: '2015-02-18/2015-02-18' },
		{ value: 20, unit: '项', period: '2015-02-18/2015-02-18', qualifier: '余' }
	]],
	['own wording: 2019年国庆假日旅游简报（10月3日）', '2019-10-04', '2019年国庆假日旅游简报（10月3日）\n全市纳入监测的景区共接待游客52.6万人次，同比增长8.1%。', [
		{ value: 526000, unit: '人次', period: '2019-10-03/2019-10-03', yoy_reported: 8.1 }
	]],
	['near miss: a dateline on its own line under the holiday\'s title stays the publication date', '2015-02-18', '2015年春节旅游市场信息\n2015年2月18日\n北京：全市重点景区累计接待游客39.83万人次。', [
		{ value: 398300, unit: '人次', period: '2015-spring-festival' }
	]],
];

describe('round fifty: bulletins of a day, header units, weekday spans, roles and non-figures', () => {
	readsAs(CASES);
});
