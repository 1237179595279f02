// Stated changes the reader missed in rounds forty-five and forty-six's blind fixtures (653–680):
// [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// A. Changes stated before their figures: a list then 分别为/分别有 the figures in order; a bare fall then ,为 its figure;
	// a lone 同比 clause right before its figure's clause (659, 680).
	['同比增加A及B,分别为X及Y: in order', '2015-02-25', '新加坡及马来西亚旅客人均消费则同比增加10.2%及5.1%，分别为1977元及1718元。', [
		{ value: 1977, yoy_reported: 10.2 }, { value: 1718, yoy_reported: 5.1 }
	]],
	['同比录得A及B跌幅,…,分别有X及Y: falls, never levels', '2015-02-25', '内地留宿及不过夜旅客人均消费虽然同比录得26.1%及14.1%跌幅，但仍是各地旅客中最高的，分别有3587元及815元。', [
		{ value: 3587, yoy_reported: -26.1 }, { value: 815, yoy_reported: -14.1 }
	]],
	['按年分别下降A和B,分别为X和Y (own words)', '2024-03-01', '团体及散客人均消费按年分别下降3%和4.5%，分别为820元和1260元。', [
		{ value: 820, yoy_reported: -3 }, { value: 1260, yoy_reported: -4.5 }
	]],
	['同比增加A及B with one figure after 分别为: no pairing', '2015-02-25', '新加坡及马来西亚旅客人均消费则同比增加10.2%及5.1%，其中新加坡为1977元。', [{ value: 1977, yoy_reported: null }]],
	['则减少8.9%,为679元: the fall of the figure after', '2015-02-25', '当季留宿旅客人均消费3082元，同比下跌逾一成八；不过夜旅客消费则减少8.9%，为679元。', [
		{ value: 3082, yoy_reported: -18, qualifier: null }, { value: 679, yoy_reported: -8.9 }
	]],
	['收入则增长6%,达2.4亿元 (own words)', '2024-03-01', '全市过夜游客收入则增长6%，达2.4亿元。', [{ value: 240000000, yoy_reported: 6 }]],
	// (A year before it is the figure's time, not a figure: 2023年…增长5%,为120万人次 is the change of 120万人次, as 681's
	// 截至11月,2011年…增长1.16%,达12372.23万人. A real figure before it still stops it: extract-open-causes.test.ts.)
	['2023年旅客人数增长5%,为…: a year before it names the time, the change is the figure\'s', '2024-03-01', '2023年入境旅客人数增长5%，为120万人次。', [{ value: 1200000, yoy_reported: 5 }]],
	['增速最快,同比上升9.58%,票房收入73.79亿元: the 同比 of the figure after', '2020-01-10', '从票房贡献看，旅游演出增速最快，同比上升9.58%，票房收入73.79亿元，直逼剧场的84.03亿元。', [
		{ value: 7379000000, yoy_reported: 9.58 }, { value: 8403000000, yoy_reported: null }
	]],
	['乡村游最热,同比增长12%,接待游客300万人次 (own words)', '2024-03-01', '从业态看，乡村游最热，同比增长12%，接待游客300万人次。', [{ value: 3000000, yoy_reported: 12 }]],
	['增幅超过15%,分别接待A、B: a bare bound before a list, no 同比', '2016-10-08', '部分景区增长较快，增幅超过15%，分别接待游客5.05万人次、4.19万人次。', [
		{ value: 50500, yoy_reported: null }, { value: 41900, yoy_reported: null }
	]],
	// B. 减幅为x% · x%跌幅: a fall of the figure before, never a level (659).
	['同比减幅为27.3%: a fall', '2015-02-25', '去年第四季度来澳的内地旅客人均消费2038元，同比减幅为27.3%。', [{ value: 2038, yoy_reported: -27.3 }]],
	['按年减幅为4%: a fall (own words)', '2024-03-01', '酒店住客人均消费1500元，按年减幅为4%。', [{ value: 1500, yoy_reported: -4 }]],
	['录得3%跌幅 after a bracketed figure: a fall', '2024-03-01', '韩国(2,726人次)旅客则录得3%跌幅。', [{ value: 2726, yoy_reported: -3 }]],
	// C. N成M is N×10+M percent; a qualifier on the change is not kept (659).
	['同比下跌逾一成八: −18', '2015-02-25', '当季留宿旅客人均消费3082元，同比下跌逾一成八。', [{ value: 3082, yoy_reported: -18, qualifier: null }]],
	['按年上升两成五: 25 (own words)', '2024-03-01', '过夜旅客人均消费2100元，按年上升两成五。', [{ value: 2100, yoy_reported: 25 }]],
	['减少一成: still 10', '2015-02-25', '个人游内地旅客消费为2618元，减少一成。', [{ value: 2618, yoy_reported: -10 }]],
	// D. Year-on-year without 同比: 比前年还 (a report on last year), a Republic-calendar year before the figures' (比104年),
	// 大增 after a share in brackets, 比去年1至3月 (658, 662).
	['去年…比前年還成長了2.4%: 同比 of last year', '2017-02-10', '去年來台旅客達1069萬人次，創下歷史新高，比前年還成長了2.4%。', [{ value: 10690000, period: '2016', yoy_reported: 2.4 }]],
	['去年…比104年減少了16.1%: 104 is 2015, the year before', '2017-02-10', '去年來台旅客人次最多的仍是中國，旅客人次為351萬人，不過比104年減少了16.1%。', [{ value: 3510000, period: '2016', yoy_reported: -16.1 }]],
	['2016年…较103年增加5%: 2014 is no 同比 (own words)', '2017-02-10', '2016年來台日本旅客190萬人次，較103年增加5%。', [{ value: 1900000, period: '2016', yoy_reported: null, change: { kind: 'base_growth', base: '2014', value: 5 } }]],
	['南韓88萬人次（占8.3%）,大增34.3%: the share does not cut it off', '2017-02-10', '去年南韓88萬人次（占8.3%），大增34.3%。', [{ value: 880000, yoy_reported: 34.3 }, { value: 8.3, unit: '%', yoy_reported: null }]],
	['大减 after a figure (own words)', '2024-03-01', '2023年泰国旅客12万人次，大减8%。', [{ value: 120000, yoy_reported: -8 }]],
	['比去年1至3月大幅成長72.3%', '2012-05-01', '今年首季俄羅斯旅客雖然只有5萬961人，但比去年1至3月大幅成長72.3%。', [{ value: 50961, yoy_reported: 72.3 }]],
	['较去年1-6月增长4% (own words)', '2024-08-01', '今年上半年全市接待游客350万人次，较去年1-6月增长4%。', [{ value: 3500000, yoy_reported: 4 }]],
	// E. 比2013年场次上升A,票房收入上升B: a comparison naming its measure between the year and the verb opens the clauses after
	// it; each change goes to the figure its label names (665).
	['比2013年场次上升A,票房收入上升B in 2014: 同比 of each by label', '2015-03-01', '2014年专业剧场演出8.20万场，票房收入66.09亿元，比2013年场次上升10.36%，票房收入上升1.10%。', [
		{ value: 82000, period: '2014', yoy_reported: 10.36 }, { value: 6609000000, period: '2014', yoy_reported: 1.1 }
	]],
	['比2013年场次略有上升,票房收入上升C: the figureless change does not block', '2015-03-01', '2014年大型演唱会演出0.14万场，票房收入25.69亿元，比2013年场次略有上升，票房收入上升20.27%。', [
		{ value: 1400, yoy_reported: null }, { value: 2569000000, yoy_reported: 20.27 }
	]],
	['较2019年人次增长A,收入下降B in 2024 (own words): growth over 2019 by label', '2025-01-10', '2024年全市接待游客800万人次，旅游收入90亿元，较2019年人次增长12%，收入下降3%。', [
		{ value: 8000000, change: { kind: 'base_growth', base: '2019', value: 12 } }, { value: 9000000000, change: { kind: 'base_growth', base: '2019', value: -3 } }
	]],
	['比2013年增长A with no label: the figure before, as before', '2015-03-01', '2014年票房收入66.09亿元，比2013年增长1.1%。', [{ value: 6609000000, yoy_reported: 1.1 }]],
	// F. A sentence that is only a 同比 is of the figure just before it (656).
	['…12.13萬人次。同比增長21.7%。', '2011-10-04', '布達拉宮接待7.11萬人次，同比增長30.5%；遵義共接待遊客12.13萬人次。同比增長21.7%。', [
		{ value: 71100, yoy_reported: 30.5 }, { value: 121300, yoy_reported: 21.7 }
	]],
	['…收入2.1亿元。同比下降3%。 (own words)', '2024-03-01', '全县实现旅游收入2.1亿元。同比下降3%。', [{ value: 210000000, yoy_reported: -3 }]],
	['一个同比 sentence after a share: the rate keeps no change', '2024-03-01', '过夜游客占比为35%。同比下降3%。', [{ value: 35, unit: '%', yoy_reported: null }]],
	// G. A bare 增长 after 比年初 in its paragraph continues that comparison, no 同比 (653).
	['比年初增长…;其中…增长23.6%: no 同比', '2012-04-01', '2011年末全市金融机构本外币各项存款余额1107.30亿元，比年初增长23.6%。其中人民币各项存款余额1106.06亿元，增长23.6%；人民币各项贷款余额315.75亿元，增长47.7%。', [
		{ value: 110730000000, yoy_reported: null }, { value: 110606000000, yoy_reported: null }, { value: 31575000000, yoy_reported: null }
	]],
	['较上月增长…,增长 (own words): no 同比', '2024-05-01', '4月末全市住户存款余额820亿元，较上月增长1.2%，其中定期存款610亿元，增长0.8%。', [
		{ value: 82000000000, yoy_reported: null }, { value: 61000000000, yoy_reported: null }
	]],
	['同比增长…;其中…增长: still 同比', '2012-04-01', '2011年末全市金融机构存款余额1107.30亿元，同比增长23.6%；其中人民币存款余额1106.06亿元，增长23.5%。', [
		{ value: 110730000000, yoy_reported: 23.6 }, { value: 110606000000, yoy_reported: 23.5 }
	]],
	['比年初 in an earlier paragraph: the bare rise stays 同比', '2012-04-01', '2011年末存款余额1107.30亿元，比年初增长23.6%。\n全年接待游客120万人次，增长8%。', [
		{ value: 110730000000, yoy_reported: null }, { value: 1200000, yoy_reported: 8 }
	]],
	// H. A % after 增幅/增速 (the place ranked by it, a topic of growth rates, a growth's average in brackets) is a change,
	// never a level (657, 661, 674).
	['增幅最低的是北京,为14.2%: no level', '2012-06-25', '贵州接待游客总人数同比增幅最高，为33.2%；旅游总收入同比增幅最低的是北京，为14.2%。', []],
	['增幅最高的是新疆,达96.69%: no level', '2023-05-04', '接待游客总量较2019年同期增幅最高的是新疆，达96.69%（恢复至2019年同期的196.69%）。', []],
	['增速最慢的是西宁,是3.1% (own words)', '2024-03-01', '各市州中游客人数增速最慢的是西宁，是3.1%。', []],
	['占比最高的是上海,为14.2%: a share stays a level', '2024-03-01', '入境游客占比最高的是上海，为14.2%。', [{ value: 14.2, unit: '%' }]],
	['增速方面,…平均水平(14.4%),分别为…: all changes', '2016-10-08', '在旅遊總收入增速方面，只有北京、天津和上海低於全國平均水平（14.4%），分別為1.10%、12.80%和13.20%。', []],
	['同比增长8%,高于全省平均水平(6.5%) (own words): the average is a change', '2024-03-01', '全市旅游收入120亿元，同比增长8%，高于全省平均水平（6.5%）。', [{ value: 12000000000, yoy_reported: 8 }]],
	['入住率低于全省平均水平(60%): no growth named, a level', '2024-03-01', '全市酒店入住率低于全省平均水平（60%）。', [{ value: 60, unit: '%' }]],
	// I. 以增幅来看,SUBJECT成长x%: each change goes to the figure its subject named before the paragraph (672).
	['以增幅來看,香港澳門成長A最高;中國大陸成長B: by subject', '2019-06-04', '2019年4月其中中國大陸307,354人次最多，其次是香港澳門183,353人次。\n若以增幅來看，香港澳門成長49.57%最高；中國大陸成長34.95%居次。', [
		{ value: 307354, yoy_reported: 34.95 }, { value: 183353, yoy_reported: 49.57 }
	]],
	['从增速看,西宁下降A (own words)', '2024-03-01', '2023年西宁接待游客120万人次，海东接待游客80万人次。\n从增速看，海东增长15%，西宁下降2%。', [
		{ value: 1200000, yoy_reported: -2 }, { value: 800000, yoy_reported: 15 }
	]],
	['a subject in the ranking with no figure before: nothing', '2024-03-01', '2023年西宁接待游客120万人次。\n从增速看，海东增长15%。', [{ value: 1200000, yoy_reported: null }]],
];

describe('extract: stated changes of rounds forty-five and forty-six', () => readsAs(CASES));
