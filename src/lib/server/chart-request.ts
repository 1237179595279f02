// The query of every chart picture URL (/charts/CODE.svg, /charts/CODE.png, /embed/CODE): parsed once
// here so the three accept the same parameters, and the ETag that makes an unchanged picture a 304.
import { z } from 'zod';
import { CHART_SIZE, type ChartKind } from '../charts/index';
import { parseLang } from '../format/lang';
import type { Lang } from '../format/messages';
import type { PngScale } from './chart-png';
import type { SvgSize } from './charts';

const year = z.coerce.number().int().min(1900).max(2100).nullable().catch(null);
const flag = z.enum(['0', '1']).nullable().catch(null);

const schema = z.object({
	kind: z.enum(['yoy', 'cumulative', 'sparkline']).catch('yoy'),
	year,
	overlay: year,
	theme: z.enum(['light', 'dark']).catch('light'),
	// Bounds keep one request from asking the server for a poster-sized render.
	width: z.coerce.number().int().min(120).max(1600).nullable().catch(null),
	height: z.coerce.number().int().min(32).max(1200).nullable().catch(null),
	scale: z.coerce.number().int().min(1).max(3).catch(2),
	title: flag,
	interactive: flag
});

export interface ChartQuery {
	kind: ChartKind;
	lang: Lang;
	year: number | null;
	overlay: number | null;
	theme: 'light' | 'dark';
	size: SvgSize;
	scale: PngScale;
	/** null: the endpoint's default (pictures for documents carry their title; page charts do not). */
	title: boolean | null;
	interactive: boolean;
}

/** Bad values fall back to their defaults (a picture URL in a document should not break over a typo). */
export function parseChartQuery(q: URLSearchParams, fallbackLang: Lang): ChartQuery {
	const get = (k: string) => q.get(k) || null;
	const p = schema.parse({
		kind: get('kind') ?? 'yoy',
		year: get('year'),
		overlay: get('overlay'),
		theme: get('theme') ?? 'light',
		width: get('width'),
		height: get('height'),
		scale: get('scale') ?? 2,
		title: get('title'),
		interactive: get('interactive')
	});
	const base = CHART_SIZE[p.kind];
	return {
		kind: p.kind,
		lang: parseLang(q.get('lang')) ?? fallbackLang,
		year: p.year,
		overlay: p.overlay,
		theme: p.theme,
		size: { width: p.width ?? base.width, height: p.height ?? base.height },
		scale: p.scale as PngScale,
		title: p.title === null ? null : p.title === '1',
		interactive: p.interactive === '1'
	};
}

/** Every input that changes the bytes, and the data version: a new upload or revert changes the tag. */
export function chartEtag(version: number, q: ChartQuery, format: 'svg' | 'png' | 'html', title: boolean): string {
	const parts = [`v${version}`, q.kind, q.lang, q.year ?? '', q.overlay ?? '', q.theme, `${q.size.width}x${q.size.height}`, title ? 't' : ''];
	if (format === 'png') parts.push(`@${q.scale}`);
	if (format === 'html') parts.push(q.interactive ? 'i' : '');
	return `"${parts.join('-')}.${format}"`;
}

/** True when the request's If-None-Match names this tag (a list, or *, as RFC 9110 allows). */
export function notModified(request: Request, etag: string): boolean {
	const header = request.headers.get('if-none-match');
	if (!header) return false;
	return header.trim() === '*' || header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}
