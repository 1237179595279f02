// What round fifty-three's blind fixtures (760–773) found the reader misreading: [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// A. 各 (each) before the verb of a change gives a list of changes to the figures before it in order, as 分别 does, and a
	// single change to every one of them, as 均 does; it was no word the change reader knew, so no change was kept (771).
	['春節期間…共接待海內外遊客1.53億人次，旅遊收入人民幣820.5億元，比去年同期各增加22.7%及27%', '2011-02-09', '春節期間中國大陸共接待海內外遊客1.53億人次，旅遊收入人民幣820.5億元，比去年同期各增加22.7%及27%。', [
		{ value: 153000000, unit: '人次', yoy_reported: 22.7 }, { value: 82050000000, unit: '元', yoy_reported: 27 }
	]],
	['own wording: 各比去年同期增长12.5%和9%, and 同比各增长10% said of both', '2024-01-10', '2023年全市接待游客120万人次，旅游收入8亿元，各比去年同期增长12.5%和9%。2022年全县接待游客60万人次，旅游收入3亿元，同比各增长10%。', [
		{ value: 1200000, yoy_reported: 12.5 }, { value: 800000000, yoy_reported: 9 }, { value: 600000, yoy_reported: 10 }, { value: 300000000, yoy_reported: 10 }
	]],
	['near miss: 各 naming the places (各景区) gives its change to its own clause only', '2024-01-10', '2023年全市接待游客120万人次，其中各景区接待游客80万人次，同比增长10%。', [
		{ value: 1200000, yoy_reported: null }, { value: 800000, yoy_reported: 10 }
	]],
	// B. A change against the same lunar day of last year's Spring Festival (较去年农历正月初三, 比去年大年初三) is a 同比 of that
	// day, as 较去年清明节当日 is; the lunar day was no occasion the comparison allowed, so no change was kept (765).
	['杭州18日大年初三各旅遊景區共接待遊客184萬人次，較去年農曆正月初三成長2.4%', '2018-02-19', '據統計，浙江杭州18日大年初三各旅遊景區共接待遊客184萬人次，較去年農曆正月初三成長2.4%。', [
		{ value: 1840000, period: '2018-02-18/2018-02-18', yoy_reported: 2.4 }
	]],
	['own wording: 比去年除夕当天增长15%', '2024-02-10', '2月9日除夕，全市接待游客52万人次，比去年除夕当天增长15%。', [
		{ value: 520000, yoy_reported: 15 }
	]],
	['near miss: a change against another day of this holiday (比除夕) is no 同比', '2024-02-13', '2月12日大年初三，全市接待游客52万人次，比除夕增长15%。', [
		{ value: 520000, yoy_reported: null }
	]],
	// C. 当天 in a paragraph opened by 其中 is the day named in the paragraph right before, which 其中 breaks down; a line
	// break between them dropped the day, and the figure fell back to the holiday of the paragraph before (765).
	['…18日大年初三各旅遊景區共接待遊客184萬人次…。\n其中，…公園景點當天共接待遊客逾59萬人次', '2018-02-19', '春節假期期間，大陸各熱門景區遊人如織。浙江杭州18日大年初三各旅遊景區共接待遊客184萬人次。\n其中，西湖風景名勝區管委會（市園文局）所屬的公園景點當天共接待遊客逾59萬人次。', [
		{ value: 1840000, period: '2018-02-18/2018-02-18' }, { value: 590000, period: '2018-02-18/2018-02-18', qualifier: '逾' }
	]],
	['own wording: 国庆假期期间…10月3日…。\n其中，主要景区当天共接待游客逾30万人次', '2024-10-05', '国庆假期期间，全市游人如织。10月3日，全市共接待游客52万人次。\n其中，主要景区当天共接待游客逾30万人次。', [
		{ value: 520000, period: '2024-10-03/2024-10-03' }, { value: 300000, period: '2024-10-03/2024-10-03', qualifier: '逾' }
	]],
	['near miss: a new paragraph not opened by 其中 keeps the holiday, as before', '2024-10-05', '国庆假期期间，全市游人如织。10月3日，全市共接待游客52万人次。\n主要景区当天共接待游客30万人次。', [
		{ value: 520000, period: '2024-10-03/2024-10-03' }, { value: 300000, period: '2024-national-day' }
	]],
	// D. A share in tenths (N成) of the people its clause counts is a figure in % (fixtures 24, 58, 69: 七成 is 70) also right
	// after the time that opens the clause, not only at its start; 清明期间近七成游客 was no figure (768).
	['清明期间近七成游客选择了周边短途游', '2014-04-09', '2014年清明小长假，山东省接待游客2217.6万人次。同程旅游的数据显示，清明期间近七成游客选择了周边短途游。', [
		{ value: 22176000, period: '2014-qingming' }, { value: 70, unit: '%', period: '2014-qingming', qualifier: '近' }
	]],
	['own wording: 假期期间超过六成游客选择自驾出行', '2024-10-08', '国庆假期，全市接待游客300万人次。假期期间超过六成游客选择自驾出行。', [
		{ value: 3000000, period: '2024-national-day' }, { value: 60, unit: '%', period: '2024-national-day', qualifier: '超' }
	]],
	['near miss: N成 of things that are not people (景区) after the time is no figure', '2024-10-08', '国庆假期，全市接待游客300万人次。假期期间近七成景区实行预约。', [
		{ value: 3000000, period: '2024-national-day' }
	]],
	// E. Not figures (SOURCES.md): a total restated as the whole its parts are taken from (在…接待的1.53亿人次中), also with no
	// noun between the unit and 中 (724 read so too); and a count summing a list (等) that only names the subject of the next
	// clause's figure, also with the land the list lies in between 等 and the count (等中国大陆39个重点旅游城市, 771).
	['在中國大陸接待的1.53億人次中… · 成都等中國大陸39個重點旅遊城市，共接待遊客6139萬人次', '2011-02-09', '春節期間中國大陸共接待海內外遊客1.53億人次。統計結果顯示，在中國大陸接待的1.53億人次中，過夜旅遊者為3563萬人次。北京、上海、南京、杭州、海口、成都等中國大陸39個重點旅遊城市，共接待遊客6139萬人次。', [
		{ value: 153000000 }, { value: 35630000 }, { value: 61390000 }
	]],
	['own wording: 在全省接待的1200万人次中 · 杭州、宁波等省内11个重点城市，共接待', '2024-02-18', '春节假期，全省共接待游客1200万人次。在全省接待的1200万人次中，过夜游客为300万人次。杭州、宁波等省内11个重点城市，共接待游客600万人次。', [
		{ value: 12000000 }, { value: 3000000 }, { value: 6000000 }
	]],
	['near miss: a whole not stated before (800万) and a count with no list before it (全省新建省内11个) stay figures', '2024-02-18', '春节假期，全省共接待游客1200万人次。在全省接待的800万人次中，过夜游客为300万人次。全省新建省内11个旅游集散中心，共投资6亿元。', [
		{ value: 12000000 }, { value: 8000000 }, { value: 3000000 }, { value: 11, unit: '个' }, { value: 600000000 }
	]]
];

describe('round fifty-three: 各 lists, lunar days, 当天, shares in 成 and restated subjects', () => {
	readsAs(CASES);
});
