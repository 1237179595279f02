// Holiday and day periods the reader missed in rounds forty-two to forty-four (611–652): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const SPAN_HOURS: DatedCase[] = [
	// E. A span with a part of the day and an hour on both ends is the span of days (613).
	['9月29日上午8时至10月5日上午8时: the days from the 29th to the 5th', '2012-10-11', '全国假日办数据显示，9月29日上午8时至10月5日上午8时，上海主要高速公路道口进沪客车83.59万辆次。', [
		{ value: 835900, period: '2012-09-29/2012-10-05' }
	]],
	['10月1日晚8时至10月3日下午6时: evening and afternoon hours are hours too', '2024-10-04', '10月1日晚8时至10月3日下午6时，全市地铁运送乘客215万人次。', [
		{ value: 2150000, period: '2024-10-01/2024-10-03' }
	]],
	['10月1日晚,…: a day with the part of the day alone is still that day', '2024-10-04', '10月1日晚，全市地铁运送乘客71万人次。', [
		{ value: 710000, period: '2024-10-01/2024-10-01' }
	]]
];

const SPELLED_HOLIDAY: DatedCase[] = [
	// C. The days that open the body spell the holiday out for the whole report: a bare 假期 opening a clause in a later
	// paragraph is those days (636, 614).
	['5月1日至5日“五一”假期…\\n假期里,…: the spelled-out days', '2020-05-06', '據統計，5月1日至5日“五一”假期，湖北省共接待遊客735.86萬人次。\n假期里，全省22個已開放的重點景區共接待遊客83.47萬人次。', [
		{ value: 7358600, period: '2020-05-01/2020-05-05' }, { value: 834700, period: '2020-05-01/2020-05-05' }
	]],
	['10月1日至7日,…\\n…城市,假期共接待…: the spelled-out days', '2024-10-09', '2024年国庆假期全省接待游客4280万人次\n2024年10月9日\n据统计，10月1日至7日，全省共接待游客4280万人次。\n纳入监测的重点城市，假期共接待游客1330万人次。', [
		{ value: 42800000, period: '2024-10-01/2024-10-07' }, { value: 13300000, period: '2024-10-01/2024-10-07' }
	]],
	['…\\n其他…乐园假期累计接待…: after another subject, that subject\'s holiday', '2019-02-12', '春节冰雪游升温 崇礼雪场假期客流增长\n2019年2月12日\n2月4日至10日春节期间，崇礼全区共接待游客174946人次。\n其他冰雪目的地同样热闹。哈尔滨融创冰雪乐园假期累计接待游客1.7万人次。', [
		{ value: 174946, period: '2019-02-04/2019-02-10' }, { value: 17000, period: '2019-spring-festival' }
	]],
	['国庆假期…\n…10月1日至3日,…\n…,假期共接待…: days that do not open the body stay their paragraph\'s', '2023-10-09', '国庆假期全市共接待游客4280万人次。\n其中，10月1日至3日，全市共接待游客2100万人次。\n纳入监测的重点景区，假期共接待游客1330万人次。', [
		{ value: 42800000, period: '2023-national-day' }, { value: 21000000, period: '2023-10-01/2023-10-03' }, { value: 13300000, period: '2023-national-day' }
	]]
];

describe('holiday and day periods (rounds forty-two to forty-four)', () => {
	describe('spans with hours on both ends', () => readsAs(SPAN_HOURS));
	describe('a holiday spelled out by the days that open the body', () => readsAs(SPELLED_HOLIDAY));
});
