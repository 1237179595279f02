// Patterns the reader missed in round thirty-six's blind fixtures (527–540): [description, report date, text, expected].
import { describe } from 'vitest';
import { readsAs, type DatedCase } from '../../../tests/helpers/extract-catalog';

const CASES: DatedCase[] = [
	// C. A bound several named places passed is no figure, and never takes the place of a bracketed value beside it (528, 532).
	['其中湖北和贵州的平均房价超过了200元/间夜: a bound', '2020-06-15', '一星級飯店平均房價為121.45元/間夜，其中湖北和貴州的平均房價超過了200元/間夜。', [{ value: 121.45, unit: '元' }]],
	['其中北京和上海超过了300元: 超过了 is 超过, a bound two names passed', '2020-06-15', '二星級飯店平均房價為203.11元/間夜，其中北京和上海超過了300元/間夜。', [{ value: 203.11, unit: '元' }]],
	['其中东城、西城和海淀的客房收入均超过了1亿元: own wording', '2024-06-15', '上半年全市客房收入为18.6亿元，其中东城、西城和海淀的客房收入均超过了1亿元。', [{ value: 1860000000, unit: '元' }]],
	['其中国内游客的人数超过了100万人次: one subject, a figure (near miss)', '2024-06-15', '上半年全县接待游客120万人次，其中国内游客的人数超过了100万人次。', [
		{ value: 1200000, unit: '人次' }, { value: 1000000, unit: '人次', qualifier: '超' }
	]],
	['四川(4365.87万人)…和河南(3400.68万人)接待游客均超过3000万人次: the bracketed values, no bound', '2021-02-18', '游客人数方面，四川（4365.87万人）、广东（3964.3万人）和河南（3400.68万人）接待游客均超过3000万人次。', [
		{ value: 43658700, unit: '人' }, { value: 39643000, unit: '人' }, { value: 34006800, unit: '人' }
	]],
	['甲镇(12.5亿元)和乙镇(10.2亿元)旅游收入都超过10亿元: own wording', '2024-06-15', '上半年甲鎮（12.5億元）和乙鎮（10.2億元）旅遊收入都超過10億元。', [
		{ value: 1250000000, unit: '元' }, { value: 1020000000, unit: '元' }
	]],
	// A. A 同比 in a later sentence naming a label, with no figure of its own, goes to the nearest figure of that label (527).
	['平均房价为338.45元/间夜,平均出租率为42.22%。其中平均房价同比增长2.25%,…: each its own', '2022-03-04', '平均房價為338.45元/間夜，平均出租率為42.22%。其中平均房價同比增長2.25%，平均出租率同比下降15.23%。', [
		{ value: 338.45, unit: '元', yoy_reported: 2.25 }, { value: 42.22, unit: '%', yoy_reported: -15.23 }
	]],
	['门票收入…;人均花费…。人均花费同比下降3%: the label, not the last figure', '2024-06-15', '上半年景区门票收入为1.2亿元，游客人均花费为356元。游客人均花费同比下降3%。', [
		{ value: 120000000, yoy_reported: null }, { value: 356, unit: '元', yoy_reported: -3 }
	]],
	['床位数同比增长5%: a label no figure has, no change given (near miss)', '2024-06-15', '上半年平均房价为338元，出租率为52%。床位数同比增长5%。', [
		{ value: 338, yoy_reported: null }, { value: 52, yoy_reported: null }
	]],
	// D. 持平 and a level kept at last year's are a change of 0; 均 gives it to each figure before it (529, 537; 118, 117).
	['平均逗留时间为1.2日,维持去年同期水平;不过夜旅客(0.2日)则持平: 0 each', '2018-07-20', '旅客平均逗留时间为1.2日，维持去年同期水平；其中留宿旅客(2.2日)增加0.1日，不过夜旅客(0.2日)则持平。', [
		{ value: 1.2, unit: '日', yoy_reported: 0 }, { value: 2.2, unit: '日', yoy_reported: null }, { value: 0.2, unit: '日', yoy_reported: 0 }
	]],
	['平均房价为412元,保持在去年同期的水平: own wording', '2024-06-15', '上半年全市酒店平均房价为412元，保持在去年同期的水平。', [{ value: 412, yoy_reported: 0 }]],
	['计算机22.58万台,其中…终端14.57万台,均与上年基本持平: 0 to both', '2020-06-20', '計算機22.58萬台，其中供讀者使用的電子閱覽終端14.57萬台，均與上年基本持平。', [
		{ value: 225800, unit: '台', yoy_reported: 0 }, { value: 145700, unit: '台', yoy_reported: 0 }
	]],
	['座席3.2万个,终端1.1万台,都和去年同期持平: own wording', '2024-06-15', '全市图书馆座席3.2万个，电子终端1.1万台，都和去年同期持平。', [
		{ value: 32000, yoy_reported: 0 }, { value: 11000, yoy_reported: 0 }
	]],
	['座席3.2万个,终端1.1万台,与上年持平: without 均 only the last (near miss)', '2024-06-15', '全市图书馆座席3.2万个，电子终端1.1万台，与上年持平。', [
		{ value: 32000, yoy_reported: null }, { value: 11000, yoy_reported: 0 }
	]],
	['游客量为120万人次,基本持平: no bracket, no comparison named, no change (near miss)', '2024-06-15', '上半年游客量为120万人次，基本持平。', [{ value: 1200000, yoy_reported: null }]],
	// I. A level and its rate of growth given 分别 are one figure and its change; a rate slowed to, and what one measure
	// exceeds another by, are no figures (538).
	['规模和增速分别为2815万人次和8.3%: one figure, its 同比', '2017-06-01', '同年外國人入境市場的規模和增速分別為2815萬人次和8.3%。', [{ value: 28150000, unit: '人次', yoy_reported: 8.3 }]],
	['收入和增幅分别是5.6亿元和-2.1%: own wording', '2024-06-15', '上半年乡村旅游收入和增幅分别是5.6亿元和-2.1%。', [{ value: 560000000, unit: '元', yoy_reported: -2.1 }]],
	['人数和占比分别为120万人次和35%: a share is a figure of its own (near miss)', '2024-06-15', '上半年入境游客人数和占比分别为120万人次和35%。', [
		{ value: 1200000, yoy_reported: null }, { value: 35, unit: '%' }
	]],
	['增幅进一步放缓至4.3%: a change, no figure', '2017-06-01', '當年出境旅遊人數增幅進一步放緩至4.3%。', []],
	['增速继续回落到6%: own wording', '2024-06-15', '上半年国内旅游收入增速继续回落到6%。', []],
	['入境游客数量超过出境游客数量1640万人次: a gap, no figure', '2017-06-01', '入境遊客數量超過出境遊客數量1640萬人次。', []],
	['国内游客收入高出入境游客收入3亿元: a gap too', '2024-06-15', '上半年国内游客收入高出入境游客收入3亿元。', []],
	['接待游客超过1640万人次: a bound word before the figure stays a figure (near miss)', '2024-06-15', '上半年全市接待游客超过1640万人次。', [{ value: 16400000, qualifier: '超' }]],
	// G. 截至<a day inside the holiday><an hour as 15:00> with 共接待 counts from the holiday's first day; 两项分别增长A、B
	// in the next sentence gives one change to each of the two figures before it, against last year or another year (533).
	['截至2月16日15:00…共接待…。与2023年…两项分别增长A、B;与2019年…分别增长C、D', '2024-02-16', '春節假期進入尾聲\n2024年2月16日\n截至2月16日15:00，四川省納入統計的833家A級旅遊景區共接待遊客537.6萬人次，實現門票收入6253.18萬元。與2023年同期同口徑相比，兩項分別增長25.74%、32.63%；與2019年同期同口徑相比，分別增長14.61%、30.86%。', [
		{ value: 5376000, period: '2024-02-10/2024-02-16', yoy_reported: 25.74, change: { kind: 'base_growth', base: '2019', value: 14.61 } },
		{ value: 62531800, period: '2024-02-10/2024-02-16', yoy_reported: 32.63, change: { kind: 'base_growth', base: '2019', value: 30.86 } }
	]],
	['国庆假期…截至10月5日16:30…累计接待…。二者分别增长A和B: own wording', '2023-10-05', '国庆假期旅游市场火热\n2023年10月5日\n截至10月5日16:30，全市累计接待游客320万人次，实现旅游收入25亿元。与去年同期相比，二者分别增长12%和15%。', [
		{ value: 3200000, period: '2023-09-29/2023-10-05', yoy_reported: 12 }, { value: 2500000000, period: '2023-09-29/2023-10-05', yoy_reported: 15 }
	]],
	['三项分别增长 after two figures: counts differ, no change (near miss)', '2023-10-05', '全市接待游客320万人次，实现旅游收入25亿元。与去年同期相比，三项分别增长12%、15%和9%。', [
		{ value: 3200000, yoy_reported: null }, { value: 2500000000, yoy_reported: null }
	]],
	// F. A share of a whole in words after a bound word, and an amount before 票房, are figures (530; 497).
	['演出12217场,接近总演出场次的一半: 50% 近', '2019-03-01', '全年戲劇類演出12217場，接近總演出場次的一半，吸引觀眾467.7萬人次。', [
		{ value: 12217, unit: '场' }, { value: 50, unit: '%', qualifier: '近' }, { value: 4677000, unit: '人次' }
	]],
	['过夜游客8.2万人次,超过全部游客的三成: own wording, 30% 超', '2024-06-15', '上半年过夜游客8.2万人次，超过全部游客的三成。', [
		{ value: 82000, unit: '人次' }, { value: 30, unit: '%', qualifier: '超' }
	]],
	['游客量接近去年同期的一半: a level against a year, no share (near miss)', '2024-06-15', '上半年全市接待游客52万人次，接近去年同期的一半。', [{ value: 520000, unit: '人次' }]],
	['贡献4.78亿票房: money', '2019-03-01', '其中話劇、兒童劇共演出8738場，貢獻4.78億票房。', [{ value: 8738, unit: '场' }, { value: 478000000, unit: '元' }]],
	['春节档拿下12.3亿的票房: own wording', '2024-06-15', '春节档全市影院拿下12.3亿的票房。', [{ value: 1230000000, unit: '元' }]],
	// E. A figure told again with other words naming it (another subject or measure) is a row of its own, each with its
	// own change; the same words merge, traditional text too (530; 517, 432).
	['共演出24684场…。截至12月底…营业性演出24684场,同比增长0.5%: two rows', '2019-01-17', '2018年北京演出市場共演出24684場，觀眾人數達1120.2萬人次。\n截至2018年12月底，北京共舉辦營業性演出24684場，同比增長0.5%。', [
		{ value: 24684, yoy_reported: null }, { value: 11202000, yoy_reported: null }, { value: 24684, yoy_reported: 0.5 }
	]],
	['全年接待游客…。接待过夜游客…同比: other words, two rows (own wording, traditional)', '2024-06-15', '上半年全縣共接待遊客85.6萬人次。\n據統計，上半年全縣接待過夜遊客85.6萬人次，同比增長3%。', [
		{ value: 856000, yoy_reported: null }, { value: 856000, yoy_reported: 3 }
	]],
	['實現旅遊收入5769萬元…。實現旅遊總收入5769萬元,同比下降: one measure, one row (near miss, 517)', '2012-03-03', '2012年藏曆新年期間，全區累計接待遊客83552人次，實現旅遊收入5769萬元。\n據統計，藏曆年期間西藏全區累計接待遊客83552人次，比去年同期下降0.4%；實現旅遊總收入5769萬元，同比下降1.5%。', [
		{ value: 83552, yoy_reported: -0.4 }, { value: 57690000, yoy_reported: -1.5 }
	]],
	// B. A bare number in brackets after each name of a list takes the unit bracketed after the list's label (527).
	['平均房价(元/间夜)…依次为上海(638.05)、北京(542.41): in 元', '2022-03-04', '分地區看，平均房價（元/間夜）最高的三個地區依次為上海（638.05）、北京（542.41）和海南（487.86）。', [
		{ value: 638.05, unit: '元' }, { value: 542.41, unit: '元' }, { value: 487.86, unit: '元' }
	]],
	['客房出租率(%)居前的城市是三亚(71.2)和丽江(65.4): own wording, in %', '2024-06-15', '上半年客房出租率（%）居前的城市是三亞（71.2）和麗江（65.4）。', [
		{ value: 71.2, unit: '%' }, { value: 65.4, unit: '%' }
	]],
	['接待游客(万人次)…上海(12.5): the scale of the bracket too', '2024-06-15', '上半年接待游客（万人次）居前的景区有甲景区（12.5）、乙景区（9.8）。', [
		{ value: 125000, unit: '人次' }, { value: 98000, unit: '人次' }
	]],
	['一个名字后的(2019)只有一项: no list, no figure (near miss)', '2024-06-15', '平均房价（元/间夜）最高的是上海（2019）。', []],
	['这3个省份…都超过了500亿大关: the count restates places named, no figure (287)', '2019-10-08', '江苏之后是山东、四川和河南，这3个省份的国庆假期旅游收入都超过了500亿大关。', []]
];

describe('round thirty-six: patterns the blind fixtures 527–540 found', () => {
	readsAs(CASES);
});
