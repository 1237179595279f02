// Seeded-like series for chart tests, built through buildSeries exactly as the app builds them.
import type { Indicator, Observation, Target } from '../domain/model';
import { buildSeries, type IndicatorSeries } from '../domain/series';

function indicator(code: string, nameZh: string, nameEn: string, unit: string, kind: Indicator['kind'] = 'flow'): Indicator {
	return { code, nameZh, nameEn, unit, kind, direction: 'up', category: 'tourism', item: 6, description: '' };
}

function obs(indicatorCode: string, period: string, value: number, provenance: Observation['provenance'], extra: Partial<Observation> = {}): Observation {
	return { indicator: indicatorCode, period, value, qualifier: null, provenance, yoyReported: null, yoyDecimals: null, source: 's', note: '', ...extra };
}

function target(indicatorCode: string, period: string, value: number): Target {
	return { indicator: indicatorCode, period, value, qualifier: null, basis: '年度计划', owner: '', department: '', deadline: '', source: 's', note: '' };
}

/** tourist-arrivals as seeded: 2024 Q1 reported (+37.5%), 2023 Q1 derived, 2023 Q2–Q4 and 2022 demo, a holiday aside. */
export function arrivals(name = '旅游接待人次', nameEn = 'Tourist arrivals'): IndicatorSeries {
	const c = 'tourist-arrivals';
	return buildSeries(
		indicator(c, name, nameEn, '人次'),
		[
			obs(c, '2022-Q1', 1_180_000, 'demo'),
			obs(c, '2022-Q2', 1_350_000, 'demo'),
			obs(c, '2022-Q3', 1_600_000, 'demo'),
			obs(c, '2022-Q4', 1_420_000, 'demo'),
			obs(c, '2023-Q1', 1_527_273, 'derived'),
			obs(c, '2023-Q2', 1_850_000, 'demo'),
			obs(c, '2023-Q3', 2_200_000, 'demo'),
			obs(c, '2023-Q4', 1_960_000, 'demo'),
			obs(c, '2023-spring-festival', 760_000, 'demo'),
			obs(c, '2024-Q1', 2_100_000, 'reported', { yoyReported: 37.5, yoyDecimals: 1 }),
			obs(c, '2024-spring-festival', 1_000_000, 'reported', { qualifier: '近' })
		],
		[]
	);
}

/** culture-deliveries: monthly demo 2023 and 2024-01..05, annual 2024 target 3500. */
export function deliveries(withTarget = true, drop: string[] = []): IndicatorSeries {
	const c = 'culture-deliveries';
	const y2023 = [180, 200, 290, 280, 300, 310, 330, 300, 320, 340, 300, 250];
	const y2024 = [210, 260, 320, 300, 340];
	return buildSeries(
		indicator(c, '公共文化资源配送', 'Public-culture resource deliveries', '场次'),
		[
			...y2023.map((v, i) => obs(c, `2023-${String(i + 1).padStart(2, '0')}`, v, 'demo')),
			...y2024.map((v, i) => obs(c, `2024-${String(i + 1).padStart(2, '0')}`, v, 'demo'))
		].filter((o) => !drop.includes(o.period)),
		withTarget ? [target(c, '2024', 3500)] : []
	);
}

/** A stock indicator with quarterly levels and an annual target. */
export function followers(): IndicatorSeries {
	const c = 'wechat-followers';
	return buildSeries(
		indicator(c, '公众号粉丝数', 'WeChat followers', '人', 'stock'),
		[obs(c, '2024-Q1', 21_000, 'demo'), obs(c, '2024-Q2', 25_000, 'reported', { qualifier: '超' })],
		[target(c, '2024', 30_000)]
	);
}

/** Yearly figures only (e.g. new enterprises per year), one year missing. */
export function yearly(): IndicatorSeries {
	const c = 'new-enterprises';
	return buildSeries(
		indicator(c, '规上文化企业新增', 'New cultural enterprises', '家', 'flow'),
		[obs(c, '2021', 12, 'demo'), obs(c, '2023', 16, 'reported')],
		[]
	);
}

/** An indicator with nothing reported yet. */
export function empty(): IndicatorSeries {
	return buildSeries(indicator('nothing', '暂无', 'Nothing yet', '个'), [], []);
}
