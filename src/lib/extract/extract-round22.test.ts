// Patterns the reader missed in round twenty-two's blind fixtures (331–344): [description, report date, text, expected].
import { describe, expect, it } from 'vitest';
import { type Candidate } from './index';
import { read } from '../../../tests/helpers/extract-catalog';

const CASES: [string, string, string, Partial<Candidate>[]][] = [
	// 1. A span of days with no month opening a clause, after a holiday was named: the days in the holiday's month.
	['a span of days without its month (19日至21日) opening a clause is a span in the month of the holiday named before it', '2013-09-23', '中秋假日,全市接待游客88万人次。\n据统计,19日至21日,全市共接待游客90万人次,收入3.83亿元。\n分景区看,南湖接待游客1370人次', [
		{ value: 880000, period: '2013-mid-autumn' }, { value: 900000, period: '2013-09-19/2013-09-21' }, { value: 383000000, period: '2013-09-19/2013-09-21' }, { value: 1370, period: '2013-09-19/2013-09-21' }
	]],
	['a span of days without its month and no holiday before it is in the report\'s month (or the one before when its days are still to come)', '2024-06-15', '3日至9日,全市接待游客5万人次。\n20日至22日,全县接待游客2万人次', [
		{ value: 50000, period: '2024-06-03/2024-06-09' }, { value: 20000, period: '2024-05-20/2024-05-22' }
	]],
	['a span of days inside a clause (于3日至5日举办) is no period', '2024-06-15', '2024年活动于3日至5日举办,接待游客5万人次', [{ value: 50000, period: '2024' }]],
	// 2. Days of the first lunar month written bare (初四当天, 初五) in a text about the Spring Festival.
	['初四当天 and 初五 written bare in a Spring Festival text are days of the first lunar month (除夕 on 22 January 2012)', '2012-01-30', '春节期间,全县旅游效益稳中有升。\n正月初四、初五是高峰期,初四当天接待游客10.5万人次,初五接待游客13.5万人次。', [
		{ value: 105000, period: '2012-01-26/2012-01-26' }, { value: 135000, period: '2012-01-27/2012-01-27' }
	]],
	['初一 · 初步 · 初期 in a text of no Spring Festival are no days', '2024-06-15', '初步统计,初期全市接待游客5万人次', [{ value: 50000, period: '2024' }]],
];

describe('round twenty-two patterns', () => {
	it.each(CASES)('%s', (_name, date, text, expected) => {
		const got = read(text, date);
		expect(got).toHaveLength(expected.length);
		expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
	});
});
