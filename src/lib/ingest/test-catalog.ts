// Test fixture shared by the ingest tests: a catalog of three indicators (a count, money, a rate).
import type { Indicator } from '../domain/model';
import { Catalog } from './catalog';

export function indicator(code: string, nameZh: string, nameEn: string, unit: string, kind: Indicator['kind']): Indicator {
	return { code, nameZh, nameEn, unit, kind, direction: 'up', category: 'tourism', item: 6, description: '' };
}

export function catalog(): Catalog {
	return new Catalog([
		indicator('tourist-arrivals', '游客接待量', 'Tourist arrivals', '人次', 'flow'),
		indicator('tourism-revenue', '旅游收入', 'Tourism revenue', '元', 'flow'),
		indicator('resource-integration-rate', '资源整合率', 'Resource integration rate', '%', 'rate')
	]);
}
