// Table-driven tests for the narrative: 同比 wording, qualifiers, targets against 序时进度, provenance marks, zh and en.
import { describe, expect, it } from 'vitest';
import type { Status } from '../domain/metrics';
import type { Indicator, Observation, Target } from '../domain/model';
import { parsePeriod } from '../domain/period';
import { buildSeries, type IndicatorSeries, type SeriesRow } from '../domain/series';
import { t } from './messages';
import { describeStatus, nameInSentenceEn, narrate } from './narrative';
import { formatPercent, formatQuantity } from './number';

// ---------------------------------------------------------------- fixtures (inline, as the seed defines them)

const base: Omit<Indicator, 'code' | 'nameZh' | 'nameEn' | 'unit' | 'kind'> = {
	direction: 'up',
	category: 'tourism',
	item: 6,
	description: ''
};
const IND = {
	arrivals: { ...base, code: 'tourist-arrivals', nameZh: '旅游接待人次', nameEn: 'Tourist arrivals', unit: '人次', kind: 'flow' },
	revenue: { ...base, code: 'tourism-revenue', nameZh: '旅游收入', nameEn: 'Tourism revenue', unit: '元', kind: 'flow' },
	deliveries: { ...base, code: 'culture-deliveries', nameZh: '公共文化资源配送', nameEn: 'Public-culture resource deliveries', unit: '场次', kind: 'flow', category: 'culture', item: 5 },
	projects: { ...base, code: 'key-projects', nameZh: '农文旅重点项目', nameEn: 'Key agriculture-culture-tourism projects', unit: '个', kind: 'stock', item: 2 },
	databases: { ...base, code: 'heritage-databases', nameZh: '非遗项目数据库', nameEn: 'Intangible-heritage databases', unit: '个', kind: 'flow', category: 'culture', item: 2 },
	followers: { ...base, code: 'wechat-followers', nameZh: '公众号粉丝数', nameEn: 'WeChat account followers', unit: '人', kind: 'stock' },
	talents: { ...base, code: 'composite-talents', nameZh: '复合型人才', nameEn: 'Composite tourism talents recruited', unit: '名', kind: 'flow', category: 'industry', item: 9 },
	kiosks: { ...base, code: 'info-kiosks', nameZh: '全域旅游咨询亭', nameEn: 'Tourist information kiosks', unit: '个', kind: 'flow' },
	study: { ...base, code: 'study-sessions', nameZh: '中心组学习', nameEn: 'Central-group study sessions', unit: '次', kind: 'flow', category: 'governance', item: 1 },
	rate: { ...base, code: 'resource-integration-rate', nameZh: '“醉美太仓”资源接入率', nameEn: '"Zuimei Taicang" resource integration rate', unit: '%', kind: 'rate', item: 4 },
	spending: { ...base, code: 'reception-spending', nameZh: '公务接待支出', nameEn: 'Official reception spending', unit: '元', kind: 'flow', direction: 'down', category: 'governance', item: 10 }
} satisfies Record<string, Indicator>;

type Code = keyof typeof IND;

/** Stored observations carry canonical period keys (the store writes them so); any spelling is accepted here. */
function obs(period: string, value: number, extra: Partial<Observation> = {}): Observation {
	const p = parsePeriod(period);
	if (!p.ok) throw new Error(`test period ${period}`);
	return { indicator: '', period: p.value.key, value, qualifier: null, provenance: 'reported', yoyReported: null, yoyDecimals: null, source: '', note: '', ...extra };
}
function tgt(period: string, value: number, extra: Partial<Target> = {}): Target {
	return { indicator: '', period, value, qualifier: null, basis: '年度计划', owner: '', department: '', deadline: '', source: '', note: '', ...extra };
}
function S(code: Code, observations: Observation[], targets: Target[] = []): IndicatorSeries {
	const ind = IND[code];
	return buildSeries(ind, observations.map((o) => ({ ...o, indicator: ind.code })), targets.map((x) => ({ ...x, indicator: ind.code })));
}
/** The row for one period (the narrative's optional argument). */
function rowOf(series: IndicatorSeries, key: string): SeriesRow {
	const r = series.rows.find((x) => x.period.key === key);
	if (!r) throw new Error(`no row ${key}`);
	return r;
}

interface Case {
	name: string;
	series: IndicatorSeries;
	/** Period key of the row to narrate; the series' latest when omitted. */
	at?: string;
	zh: string[];
	en: string[];
}

function run(c: Case, lang: 'zh-CN' | 'en'): string[] {
	return narrate(c.series, lang, c.at ? rowOf(c.series, c.at) : undefined);
}

// ---------------------------------------------------------------- the report's own figures, pinned

describe('seeded figures', () => {
	// The seed's arrivals: the reported quarter, its derived base, demo history and the Spring Festival window.
	const arrivals = S('arrivals', [
		obs('2022-Q1', 1_180_000, { provenance: 'demo' }),
		obs('2023-Q1', 1_527_273, { provenance: 'derived' }),
		obs('2023-Q2', 1_700_000, { provenance: 'demo' }),
		obs('2024-Q1', 2_100_000, { yoyReported: 37.5, yoyDecimals: 1 }),
		obs('2024年春节', 1_000_000, { qualifier: '近' })
	]);
	const revenue = S('revenue', [
		obs('2023-Q1', 3_251_063_830, { provenance: 'derived' }),
		obs('2024-Q1', 3_820_000_000, { yoyReported: 17.5, yoyDecimals: 1 })
	]);

	it('tourist arrivals 2024 Q1 (the latest regular row) reads as the report wrote it', () => {
		expect(narrate(arrivals, 'zh-CN')).toEqual(['2024年一季度,旅游接待人次210万人次,同比增长37.5%。']);
		expect(narrate(arrivals, 'en')).toEqual(['In Q1 2024, tourist arrivals reached 2.1M visits, up 37.5% year on year.']);
	});

	it('tourism revenue 2024 Q1 keeps 38.2亿元 and the stated 17.5%', () => {
		const [zh] = narrate(revenue, 'zh-CN');
		expect(zh).toContain('38.2亿元');
		expect(zh).toContain('同比增长17.5%');
		expect(zh).toBe('2024年一季度,旅游收入38.2亿元,同比增长17.5%。');
		expect(narrate(revenue, 'en')).toEqual(['In Q1 2024, tourism revenue reached 3.82B yuan, up 17.5% year on year.']);
	});

	it('the Spring Festival window keeps 近', () => {
		expect(narrate(arrivals, 'zh-CN', rowOf(arrivals, '2024-spring-festival'))).toEqual(['2024年春节,旅游接待人次近100万人次。']);
		expect(narrate(arrivals, 'en', rowOf(arrivals, '2024-spring-festival'))).toEqual([
			'During Spring Festival 2024, tourist arrivals reached nearly 1M visits.'
		]);
	});

	it('the derived base year says it is derived, and that its own 同比 rests on demo data', () => {
		expect(narrate(arrivals, 'zh-CN', rowOf(arrivals, '2023-Q1'))).toEqual([
			'2023年一季度,旅游接待人次152.7万人次,同比增长29.4%(推算值,同比基期为演示数据)。'
		]);
		expect(narrate(arrivals, 'en', rowOf(arrivals, '2023-Q1'))).toEqual([
			'In Q1 2023, tourist arrivals reached 1.527M visits, up 29.4% year on year (derived; YoY base is demo data).'
		]);
	});
});

// ---------------------------------------------------------------- value and 同比

const headlineCases: Case[] = [
	{
		name: 'increase, computed 同比',
		series: S('revenue', [obs('2023-Q1', 3_250_000_000), obs('2024-Q1', 3_820_000_000)]),
		zh: ['2024年一季度,旅游收入38.2亿元,同比增长17.5%。'],
		en: ['In Q1 2024, tourism revenue reached 3.82B yuan, up 17.5% year on year.']
	},
	{
		name: 'decrease, computed 同比',
		series: S('arrivals', [obs('2023-Q2', 2_000_000), obs('2024-Q2', 1_754_000)]),
		zh: ['2024年二季度,旅游接待人次175.4万人次,同比下降12.3%。'],
		en: ['In Q2 2024, tourist arrivals reached 1.754M visits, down 12.3% year on year.']
	},
	{
		name: 'decrease, stated 同比 without a base row',
		series: S('arrivals', [obs('2024-Q2', 1_754_000, { yoyReported: -12.3, yoyDecimals: 1 })]),
		zh: ['2024年二季度,旅游接待人次175.4万人次,同比下降12.3%。'],
		en: ['In Q2 2024, tourist arrivals reached 1.754M visits, down 12.3% year on year.']
	},
	{
		name: 'flat, exactly',
		series: S('arrivals', [obs('2023-03', 50_000), obs('2024-03', 50_000)]),
		zh: ['2024年3月,旅游接待人次5万人次,与上年同期持平。'],
		en: ['In Mar 2024, tourist arrivals reached 50K visits, unchanged year on year.']
	},
	{
		name: 'flat once rounded to one decimal (never "增长0%")',
		series: S('arrivals', [obs('2023-03', 99_990), obs('2024-03', 100_000)]),
		zh: ['2024年3月,旅游接待人次10万人次,与上年同期持平。'],
		en: ['In Mar 2024, tourist arrivals reached 100K visits, unchanged year on year.']
	},
	{
		name: 'flat, stated 0%',
		series: S('arrivals', [obs('2024-03', 100_000, { yoyReported: 0, yoyDecimals: 0 })]),
		zh: ['2024年3月,旅游接待人次10万人次,与上年同期持平。'],
		en: ['In Mar 2024, tourist arrivals reached 100K visits, unchanged year on year.']
	},
	{
		name: 'missing base: no 同比 clause',
		series: S('arrivals', [obs('2024-Q1', 2_100_000)]),
		zh: ['2024年一季度,旅游接待人次210万人次。'],
		en: ['In Q1 2024, tourist arrivals reached 2.1M visits.']
	},
	{
		name: 'zero base: no 同比 clause (growth from nothing is undefined)',
		series: S('kiosks', [obs('2023', 0), obs('2024', 2)]),
		zh: ['2024年,全域旅游咨询亭2个。'],
		en: ['In 2024, tourist information kiosks reached 2.']
	},
	{
		name: 'stated 同比 wins over the computed one',
		series: S('arrivals', [obs('2023-Q1', 1_500_000), obs('2024-Q1', 2_100_000, { yoyReported: 37.5, yoyDecimals: 1 })]),
		zh: ['2024年一季度,旅游接待人次210万人次,同比增长37.5%。'],
		en: ['In Q1 2024, tourist arrivals reached 2.1M visits, up 37.5% year on year.']
	},
	{
		name: 'stated 同比 keeps its written decimals',
		series: S('arrivals', [obs('2024-Q1', 2_100_000, { yoyReported: 12.25, yoyDecimals: 2 })]),
		zh: ['2024年一季度,旅游接待人次210万人次,同比增长12.25%。'],
		en: ['In Q1 2024, tourist arrivals reached 2.1M visits, up 12.25% year on year.']
	},
	{
		name: 'computed 同比 is rounded to one decimal',
		series: S('arrivals', [obs('2023-Q1', 1_527_273), obs('2024-Q1', 2_100_000)]),
		zh: ['2024年一季度,旅游接待人次210万人次,同比增长37.5%。'],
		en: ['In Q1 2024, tourist arrivals reached 2.1M visits, up 37.5% year on year.']
	},
	{
		name: 'qualifier 近',
		series: S('arrivals', [obs('2024年春节', 1_000_000, { qualifier: '近' })]),
		zh: ['2024年春节,旅游接待人次近100万人次。'],
		en: ['During Spring Festival 2024, tourist arrivals reached nearly 1M visits.']
	},
	{
		name: 'qualifier 超',
		series: S('followers', [obs('2024-06', 25_000, { qualifier: '超' })]),
		zh: ['2024年6月,公众号粉丝数超2.5万人。'],
		en: ['In Jun 2024, WeChat account followers reached over 25K people.']
	},
	{
		name: 'qualifier 余',
		series: S('talents', [obs('2024', 200, { qualifier: '余' })]),
		zh: ['2024年,复合型人才200余名。'],
		en: ['In 2024, composite tourism talents recruited reached over 200 people.']
	},
	{
		name: 'an interval ("今年以来")',
		series: S('study', [obs('2024-01-01/2024-06-15', 8)]),
		zh: ['2024年1月1日至6月15日,中心组学习8次。'],
		en: ['During 1 Jan – 15 Jun 2024, central-group study sessions reached 8 times.']
	},
	{
		name: 'a rate',
		series: S('rate', [obs('2024-06', 80)]),
		zh: ['2024年6月,“醉美太仓”资源接入率80%。'],
		en: ['In Jun 2024, "Zuimei Taicang" resource integration rate reached 80%.']
	}
];

describe('value and 同比', () => {
	it.each(headlineCases)('$name (zh)', (c) => expect(run(c, 'zh-CN')).toEqual(c.zh));
	it.each(headlineCases)('$name (en)', (c) => expect(run(c, 'en')).toEqual(c.en));
});

// ---------------------------------------------------------------- targets

const T3500 = [tgt('2024', 3500)];

const targetCases: Case[] = [
	{
		name: 'flow behind time progress (1-5月 against the year)',
		series: S('deliveries', [obs('2024年1-5月', 1430)], T3500),
		zh: ['2024年1-5月,公共文化资源配送1430场次。', '累计完成1430场次,完成年度目标的40.9%,低于序时进度0.8个百分点。'],
		en: [
			'In Jan–May 2024, public-culture resource deliveries reached 1.43K sessions.',
			'Year to date: 1.43K sessions, 40.9% of the annual target, 0.8 percentage points behind time progress (41.7%).'
		]
	},
	{
		name: 'flow ahead of time progress (累计 of two quarters)',
		series: S('deliveries', [obs('2024-Q1', 900), obs('2024-Q2', 1000)], T3500),
		zh: ['2024年二季度,公共文化资源配送1000场次。', '累计完成1900场次,完成年度目标的54.3%,高于序时进度4.3个百分点。'],
		en: [
			'In Q2 2024, public-culture resource deliveries reached 1K sessions.',
			'Year to date: 1.9K sessions, 54.3% of the annual target, 4.3 percentage points ahead of time progress (50%).'
		]
	},
	{
		name: 'flow exactly on time progress',
		series: S('deliveries', [obs('2024-Q1', 875)], T3500),
		zh: ['2024年一季度,公共文化资源配送875场次。', '累计完成875场次,完成年度目标的25%,与序时进度持平。'],
		en: [
			'In Q1 2024, public-culture resource deliveries reached 875 sessions.',
			'Year to date: 875 sessions, 25% of the annual target, in line with time progress (25%).'
		]
	},
	{
		name: 'flow a hair behind: says so rather than "持平" (agrees with the status)',
		series: S('deliveries', [obs('2024-Q1', 874.99)], T3500),
		zh: ['2024年一季度,公共文化资源配送875场次。', '累计完成875场次,完成年度目标的25%,低于序时进度不足0.1个百分点。'],
		en: [
			'In Q1 2024, public-culture resource deliveries reached 875 sessions.',
			'Year to date: 875 sessions, 25% of the annual target, less than 0.1 percentage points behind time progress (25%).'
		]
	},
	{
		name: 'flow, annual target achieved',
		series: S('deliveries', [obs('2024-Q1', 1200), obs('2024-Q2', 1200), obs('2024-Q3', 1200)], T3500),
		zh: ['2024年三季度,公共文化资源配送1200场次。', '累计完成3600场次,已完成年度目标(102.9%)。'],
		en: ['In Q3 2024, public-culture resource deliveries reached 1.2K sessions.', 'Year to date: 3.6K sessions, annual target achieved (102.9%).']
	},
	{
		name: 'flow whose 累计 cannot be formed: the target alone',
		series: S('deliveries', [obs('2024-Q2', 1000)], T3500),
		zh: ['2024年二季度,公共文化资源配送1000场次。', '年度目标为3500场次。'],
		en: ['In Q2 2024, public-culture resource deliveries reached 1K sessions.', 'Annual target: 3.5K sessions.']
	},
	{
		name: 'stock against its annual target',
		series: S('projects', [obs('2024-06', 40)], [tgt('2024', 53)]),
		zh: ['2024年6月,农文旅重点项目40个。', '年度目标为53个,完成75.5%。'],
		en: ['In Jun 2024, key agriculture-culture-tourism projects reached 40.', 'Annual target: 53, 75.5% reached.']
	},
	{
		name: 'stock, target achieved',
		series: S('projects', [obs('2024-06', 55)], [tgt('2024', 53)]),
		zh: ['2024年6月,农文旅重点项目55个。', '年度目标为53个,已完成(103.8%)。'],
		en: ['In Jun 2024, key agriculture-culture-tourism projects reached 55.', 'Annual target: 53, achieved (103.8%).']
	},
	{
		name: 'rate against its target',
		series: S('rate', [obs('2024-06', 80)], [tgt('2024', 90)]),
		zh: ['2024年6月,“醉美太仓”资源接入率80%。', '年度目标为90%,完成88.9%。'],
		en: ['In Jun 2024, "Zuimei Taicang" resource integration rate reached 80%.', 'Annual target: 90%, 88.9% reached.']
	},
	{
		name: 'a target for exactly that period, met',
		series: S('databases', [obs('2024-H2', 2)], [tgt('2024年下半年', 2, { basis: '整改方案' })]),
		zh: ['2024年下半年,非遗项目数据库2个。', '本期目标为2个,已完成(100%)。'],
		en: ['In H2 2024, intangible-heritage databases reached 2.', 'Target for the period: 2, achieved (100%).']
	},
	{
		name: 'a target for exactly that period, half done',
		series: S('databases', [obs('2024-H2', 1)], [tgt('2024年下半年', 2, { basis: '整改方案' })]),
		zh: ['2024年下半年,非遗项目数据库1个。', '本期目标为2个,完成50%。'],
		en: ['In H2 2024, intangible-heritage databases reached 1.', 'Target for the period: 2, 50% reached.']
	},
	{
		name: 'a year figure against its year target',
		series: S('deliveries', [obs('2024', 3000)], T3500),
		zh: ['2024年,公共文化资源配送3000场次。', '年度目标为3500场次,完成85.7%。'],
		en: ['In 2024, public-culture resource deliveries reached 3K sessions.', 'Annual target: 3.5K sessions, 85.7% reached.']
	},
	{
		name: 'target-only period: nothing reported yet (flow)',
		series: S('databases', [], [tgt('2024年下半年', 2, { basis: '整改方案' })]),
		zh: ['计划2024年下半年完成非遗项目数据库2个,暂无实际数。'],
		en: ['Intangible-heritage databases: target of 2 for H2 2024; no actual figure yet.']
	},
	{
		name: 'target-only period: nothing reported yet (stock)',
		series: S('projects', [], [tgt('2024', 53)]),
		zh: ['计划2024年农文旅重点项目达到53个,暂无实际数。'],
		en: ['Key agriculture-culture-tourism projects: target of 53 for 2024; no actual figure yet.']
	},
	{
		name: 'no data and no target',
		series: S('arrivals', []),
		zh: ['旅游接待人次暂无实际数。'],
		en: ['Tourist arrivals: no actual figure yet.']
	},
	{
		name: 'a holiday row says nothing about the annual target',
		series: S('arrivals', [obs('2024年春节', 1_000_000, { qualifier: '近' })], [tgt('2024', 8_000_000)]),
		zh: ['2024年春节,旅游接待人次近100万人次。'],
		en: ['During Spring Festival 2024, tourist arrivals reached nearly 1M visits.']
	},
	{
		name: 'a ceiling (direction down) is described without "ahead"',
		series: S('spending', [obs('2024-Q1', 300_000)], [tgt('2024', 1_000_000)]),
		zh: ['2024年一季度,公务接待支出30万元。', '累计30万元,为年度目标的30%,序时进度为25%。'],
		en: ['In Q1 2024, official reception spending reached 300K yuan.', 'Year to date: 300K yuan, 30% of the annual target (time progress 25%).']
	},
	{
		name: 'a target qualifier is kept',
		series: S('followers', [obs('2024-06', 25_000, { qualifier: '超' })], [tgt('2024', 30_000, { qualifier: '超' })]),
		zh: ['2024年6月,公众号粉丝数超2.5万人。', '年度目标为超3万人,完成83.3%。'],
		en: ['In Jun 2024, WeChat account followers reached over 25K people.', 'Annual target: over 30K people, 83.3% reached.']
	}
];

describe('targets', () => {
	it.each(targetCases)('$name (zh)', (c) => expect(run(c, 'zh-CN')).toEqual(c.zh));
	it.each(targetCases)('$name (en)', (c) => expect(run(c, 'en')).toEqual(c.en));
});

// ---------------------------------------------------------------- provenance marks

const provenanceCases: Case[] = [
	{
		name: 'a derived row',
		series: S('arrivals', [obs('2023-Q1', 1_527_273, { provenance: 'derived' })]),
		zh: ['2023年一季度,旅游接待人次152.7万人次(推算值)。'],
		en: ['In Q1 2023, tourist arrivals reached 1.527M visits (derived).']
	},
	{
		name: 'a demo row',
		series: S('arrivals', [obs('2022-Q1', 1_180_000, { provenance: 'demo' })]),
		zh: ['2022年一季度,旅游接待人次118万人次(演示数据)。'],
		en: ['In Q1 2022, tourist arrivals reached 1.18M visits (demo data).']
	},
	{
		name: 'a demo row against a demo base: one mark',
		series: S('arrivals', [obs('2022-Q1', 1_000_000, { provenance: 'demo' }), obs('2023-Q1', 1_200_000, { provenance: 'demo' })]),
		zh: ['2023年一季度,旅游接待人次120万人次,同比增长20%(演示数据)。'],
		en: ['In Q1 2023, tourist arrivals reached 1.2M visits, up 20% year on year (demo data).']
	},
	{
		name: 'a reported row whose computed 同比 rests on a demo base',
		series: S('arrivals', [obs('2023-Q2', 2_000_000, { provenance: 'demo' }), obs('2024-Q2', 2_500_000)]),
		zh: ['2024年二季度,旅游接待人次250万人次,同比增长25%(同比基期为演示数据)。'],
		en: ['In Q2 2024, tourist arrivals reached 2.5M visits, up 25% year on year (YoY base is demo data).']
	},
	{
		name: 'a stated 同比 is the source’s own, whatever the base row is',
		series: S('arrivals', [obs('2023-Q1', 1_527_273, { provenance: 'derived' }), obs('2024-Q1', 2_100_000, { yoyReported: 37.5 })]),
		zh: ['2024年一季度,旅游接待人次210万人次,同比增长37.5%。'],
		en: ['In Q1 2024, tourist arrivals reached 2.1M visits, up 37.5% year on year.']
	},
	{
		name: 'a 累计 that includes demo data',
		series: S('deliveries', [obs('2024-Q1', 900, { provenance: 'demo' }), obs('2024-Q2', 1000)], T3500),
		zh: ['2024年二季度,公共文化资源配送1000场次。', '累计完成1900场次,完成年度目标的54.3%,高于序时进度4.3个百分点(累计含演示数据)。'],
		en: [
			'In Q2 2024, public-culture resource deliveries reached 1K sessions.',
			'Year to date: 1.9K sessions, 54.3% of the annual target, 4.3 percentage points ahead of time progress (50%) (year to date includes demo data).'
		]
	},
	{
		name: 'a demo row against its target: both sentences marked',
		series: S('deliveries', [obs('2024-Q1', 875, { provenance: 'demo' })], T3500),
		zh: ['2024年一季度,公共文化资源配送875场次(演示数据)。', '累计完成875场次,完成年度目标的25%,与序时进度持平(演示数据)。'],
		en: [
			'In Q1 2024, public-culture resource deliveries reached 875 sessions (demo data).',
			'Year to date: 875 sessions, 25% of the annual target, in line with time progress (25%) (demo data).'
		]
	},
	{
		name: 'a derived stock against its target',
		series: S('projects', [obs('2024-06', 40, { provenance: 'derived' })], [tgt('2024', 53)]),
		zh: ['2024年6月,农文旅重点项目40个(推算值)。', '年度目标为53个,完成75.5%(推算值)。'],
		en: ['In Jun 2024, key agriculture-culture-tourism projects reached 40 (derived).', 'Annual target: 53, 75.5% reached (derived).']
	}
];

describe('provenance marks', () => {
	it.each(provenanceCases)('$name (zh)', (c) => expect(run(c, 'zh-CN')).toEqual(c.zh));
	it.each(provenanceCases)('$name (en)', (c) => expect(run(c, 'en')).toEqual(c.en));
});

// ---------------------------------------------------------------- one code path, text only

describe('consistency and safety', () => {
	const all = [...headlineCases, ...targetCases, ...provenanceCases];

	it.each(all)('$name: every sentence is one plain line, ended properly', (c) => {
		for (const s of run(c, 'zh-CN')) expect(s).toMatch(/^[^\n<>]+。$/);
		for (const s of run(c, 'en')) expect(s).toMatch(/^[^\n<>]+\.$/);
		expect(run(c, 'zh-CN').join('')).not.toContain('—');
	});

	it('figures are the derived row’s, through the shared formatters', () => {
		const series = S('deliveries', [obs('2024年1-5月', 1430)], T3500);
		const row = series.latest!;
		for (const lang of ['zh-CN', 'en'] as const) {
			const text = narrate(series, lang).join(' ');
			expect(text).toContain(formatQuantity(row.value, '场次', null, lang));
			expect(text).toContain(formatQuantity(row.ytd!.value, '场次', null, lang));
			expect(text).toContain(formatPercent(row.completion!, lang));
		}
		expect(narrate(series, 'en')[1]).toContain(formatPercent(row.timeProgress!, 'en'));
	});

	it('the pace verdict agrees with the row status', () => {
		for (const [value, status] of [[1430, 'behind'], [1500, 'on-schedule']] as const) {
			const series = S('deliveries', [obs('2024年1-5月', value)], T3500);
			expect(series.latest!.status).toBe(status);
			expect(narrate(series, 'zh-CN')[1]).toContain(status === 'behind' ? '低于序时进度' : '高于序时进度');
		}
	});

	it('names are passed through as text, never turned into markup', () => {
		const ind: Indicator = { ...IND.arrivals, nameZh: '<b>接待</b>', nameEn: '<b>Arrivals</b>' };
		const series = buildSeries(ind, [{ ...obs('2024-Q1', 2_100_000), indicator: ind.code }], []);
		expect(narrate(series, 'zh-CN')).toEqual(['2024年一季度,<b>接待</b>210万人次。']);
		expect(narrate(series, 'en')).toEqual(['In Q1 2024, <b>Arrivals</b> reached 2.1M visits.']);
	});

	it('an explicit row wins over the latest one', () => {
		const series = S('arrivals', [obs('2023-Q1', 1_500_000), obs('2024-Q1', 2_100_000)]);
		expect(narrate(series, 'zh-CN', rowOf(series, '2023-Q1'))).toEqual(['2023年一季度,旅游接待人次150万人次。']);
	});
});

describe('nameInSentenceEn', () => {
	it.each([
		['Tourist arrivals', 'tourist arrivals'],
		['Key agriculture-culture-tourism projects', 'key agriculture-culture-tourism projects'],
		['Central-group study sessions', 'central-group study sessions'],
		['A-level scenic spots with online smart guides', 'A-level scenic spots with online smart guides'],
		['WeChat account followers', 'WeChat account followers'],
		['"Zuimei Taicang" resource integration rate', '"Zuimei Taicang" resource integration rate'],
		['GDP', 'GDP']
	])('%s → %s', (name, want) => expect(nameInSentenceEn(name)).toBe(want));
});

describe('describeStatus', () => {
	const statuses: Status[] = ['achieved', 'on-schedule', 'behind', 'no-target'];
	it.each(statuses.flatMap((s) => (['zh-CN', 'en'] as const).map((lang) => ({ s, lang }))))('$s ($lang) uses the shared label', ({ s, lang }) => {
		const label = describeStatus(s, lang);
		expect(label).toBe(t(`status.${s}`, lang));
		expect(label.length).toBeGreaterThan(0);
	});
	it('English labels', () => {
		expect(statuses.map((s) => describeStatus(s, 'en'))).toEqual(['Achieved', 'On schedule', 'Behind schedule', 'No target']);
	});
	it('Chinese labels are distinct and mention 序时进度 where they judge pace', () => {
		const zh = statuses.map((s) => describeStatus(s, 'zh-CN'));
		expect(new Set(zh).size).toBe(4);
		expect(zh[0]).toBe('已完成');
		expect(zh[1]).toContain('序时进度');
		expect(zh[2]).toContain('序时进度');
		expect(zh[3]).toBe('无目标');
	});
});
