// The product's nouns: indicators, observations and targets as zod schemas (pure; shared by browser and server).
import { z } from 'zod';

export const INDICATOR_KINDS = ['flow', 'stock', 'rate'] as const;
export const DIRECTIONS = ['up', 'down'] as const;
export const PROVENANCES = ['reported', 'derived', 'demo'] as const;
export const TARGET_BASES = ['整改方案', '年度计划'] as const;
export const QUALIFIERS = ['近', '约', '超', '逾', '余'] as const;

export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Provenance = (typeof PROVENANCES)[number];

/** Indicator codes are URL-safe so that /indicators/[code] needs no escaping. */
export const INDICATOR_CODE = /^[a-z][a-z0-9_-]{0,63}$/;

export const indicatorSchema = z.object({
	code: z.string().regex(INDICATOR_CODE),
	nameZh: z.string().min(1).max(200),
	nameEn: z.string().max(200),
	/** Base unit (人次, 元, 个, %): values are stored in it; scales like 万/亿 are for display only. */
	unit: z.string().max(20),
	kind: z.enum(INDICATOR_KINDS),
	direction: z.enum(DIRECTIONS),
	category: z.string().max(50),
	/** Rectification item 1–11 (一…十一), or null. */
	item: z.number().int().min(1).max(11).nullable(),
	description: z.string().max(2000)
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const observationSchema = z.object({
	indicator: z.string(),
	period: z.string(),
	value: z.number().finite(),
	qualifier: z.enum(QUALIFIERS).nullable(),
	provenance: z.enum(PROVENANCES),
	/** YoY growth as the source states it, in percent (37.5 for 37.5%), with its written decimals. */
	yoyReported: z.number().finite().nullable(),
	yoyDecimals: z.number().int().min(0).max(10).nullable(),
	source: z.string().max(4000),
	note: z.string().max(4000)
});
export type Observation = z.infer<typeof observationSchema>;

export const targetSchema = z.object({
	indicator: z.string(),
	period: z.string(),
	value: z.number().finite(),
	qualifier: z.enum(QUALIFIERS).nullable(),
	basis: z.string().max(50),
	owner: z.string().max(200),
	department: z.string().max(200),
	deadline: z.string().max(50),
	source: z.string().max(4000),
	note: z.string().max(4000)
});
export type Target = z.infer<typeof targetSchema>;

export const RECTIFICATION_ITEMS: ReadonlyArray<{ item: number; numeral: string; zh: string; en: string }> = [
	{ item: 1, numeral: '一', zh: '学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神不够到位', en: 'Theory study' },
	{ item: 2, numeral: '二', zh: '贯彻落实上级重大决策部署仍有差距', en: 'Implementing higher-level decisions' },
	{ item: 3, numeral: '三', zh: '以新发展理念推进高质量发展力度欠缺', en: 'High-quality development' },
	{ item: 4, numeral: '四', zh: '履行全面从严治党主体责任不够严实', en: 'Strict party governance' },
	{ item: 5, numeral: '五', zh: '推动基本公共文化服务标准化、均等化水平不足', en: 'Public cultural services' },
	{ item: 6, numeral: '六', zh: '推进全域旅游统筹谋划不够', en: 'All-for-one tourism' },
	{ item: 7, numeral: '七', zh: '推动体育事业产业蓬勃发展乏力乏策', en: 'Sports' },
	{ item: 8, numeral: '八', zh: '党建引领作用发挥不够充分', en: 'Party building' },
	{ item: 9, numeral: '九', zh: '选人用人工作不够科学规范', en: 'Personnel' },
	{ item: 10, numeral: '十', zh: '内部管理和制度执行不够严格', en: 'Internal management' },
	{ item: 11, numeral: '十一', zh: '推动巡察整改落实落细还不到位', en: 'Follow-through' }
];
