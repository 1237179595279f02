// The digest, built once for every channel (e-mail, 企业微信, 钉钉, 飞书) and the CLI: for a moment `at` and a
// scope of indicators, what is behind 序时进度, which figures came in since the previous digest, where a
// stated 同比 disagrees with the data, and which target deadlines are near or passed unmet. Every figure
// comes from the same derived series the pages use (buildSeries), and every sentence from the same
// narrative code, so a digest cannot disagree with the chart it links to.
import { checkStatedYoy, type Status } from '../domain/metrics';
import type { Indicator, Provenance } from '../domain/model';
import { periodEnd, periodLabel, type Period } from '../domain/period';
import { buildSeries, type IndicatorSeries, type SeriesRow } from '../domain/series';
import { fill, t, type Lang } from '../format/messages';
import { narrate } from '../format/narrative';
import { formatGrowth, formatQuantity } from '../format/number';
import * as derived from './db/common/derived';
import type { Store } from './db/store';
import { ensureDerived } from './derived';
import { createSignedLink } from './signed-links';

export type DigestSection = 'behind' | 'figure' | 'yoy' | 'deadline';

export interface DigestItem {
	section: DigestSection;
	indicator: string;
	name: string;
	/** The status of the row the item speaks of (the overview's words). */
	status: Status;
	period: string | null;
	/** One sentence in the report's style, demo and derived figures marked in it. */
	text: string;
	/** Anything short of 'reported' is marked wherever the item is shown. */
	provenance: Provenance;
	/** Absolute, signed, expiring link to the indicator's page. */
	href: string;
	/** behind: fell behind since the previous digest. */
	newlyBehind?: boolean;
	completion?: number;
	timeProgress?: number;
	/** behind: percentage points behind 序时进度 (0.8 for 40.9% against 41.7%). */
	gapPoints?: number;
	/** deadline: ISO date, and whether it has passed unmet. */
	deadline?: string;
	overdue?: boolean;
}

export interface Digest {
	at: string;
	since: string | null;
	lang: Lang;
	/** 'followed': the recipient's followed indicators; 'all': they follow none (or a CLI target). */
	scope: 'followed' | 'all';
	subject: string;
	/** In section order: behind (newly behind first, then by gap), new figures, 同比 disagreements, deadlines. */
	items: DigestItem[];
	/** The overview's address, for "…and N more". */
	overviewHref: string;
}

export interface DigestOptions {
	at: Date;
	/** The previous digest's time: what is "new" and "newly behind" is measured from it. */
	since?: Date | null;
	/** Followed indicator codes; empty or absent: every indicator. */
	followed?: string[];
	lang: Lang;
	/** The site's origin (ORIGIN), for absolute links. */
	origin: string;
	/** Life of each signed link. */
	linkDays?: number;
	/**
	 * 'plain': links are the indicator pages' own addresses, for a reader who is signed in already (the preview
	 * on /account): showing a preview must not mint a signed link per item on every page view.
	 */
	links?: 'signed' | 'plain';
	/** Indicators read per batch: the series of a large catalog are never all in memory at once. */
	batchSize?: number;
}

const DAY = 86_400_000;
const DEADLINE_WINDOW_DAYS = 30;
/** Reports are dated in China's time. */
const TZ = '+08:00';

const pad = (n: number) => String(n).padStart(2, '0');

/** The last instant of a period (holidays, whose dates move: the start of their year, known once reported). */
export function periodEndsAt(p: Period): number {
	const end = periodEnd(p);
	if (!end) return Date.parse(`${p.year}-01-01T00:00:00${TZ}`);
	const year = p.kind === 'interval' ? Number(p.end!.slice(0, 4)) : p.year;
	return Date.parse(`${year}-${pad(end.month)}-${pad(end.day)}T23:59:59.999${TZ}`);
}

/** A target's 时间节点 as written ("2024年12月底", "2024年6月30日", "2024-06-30") → its last day (ISO), or null. */
export function parseDeadline(text: string): string | null {
	const m = /^\s*(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*(?:月)?\s*(?:[\-/.]?\s*(\d{1,2})\s*日?)?\s*(?:底|末)?\s*(?:前)?\s*$/.exec(text);
	if (!m) return null;
	const year = Number(m[1]);
	const month = Number(m[2]);
	if (month < 1 || month > 12) return null;
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	const day = m[3] ? Number(m[3]) : last;
	if (day < 1 || day > last) return null;
	return `${year}-${pad(month)}-${pad(day)}`;
}

/** The newest row whose period had ended by `at` (among those that can be judged against a target). */
function rowAt(series: IndicatorSeries, at: number): SeriesRow | null {
	let found: SeriesRow | null = null;
	for (const r of series.rows) if (r.period.kind !== 'holiday' && periodEndsAt(r.period) <= at) found = r;
	return found;
}

function nameOf(i: Indicator, lang: Lang): string {
	return lang === 'en' && i.nameEn.trim() ? i.nameEn : i.nameZh;
}

/** "公共文化资源配送(2024年5月)累计完成1430场次,完成年度目标的40.9%,低于序时进度0.8个百分点(演示数据)。" */
function behindText(series: IndicatorSeries, row: SeriesRow, lang: Lang): string {
	const sentences = narrate(series, lang, row);
	const pace = sentences[1] ?? sentences[0]!;
	const period = periodLabel(row.period, lang);
	const name = nameOf(series.indicator, lang);
	return lang === 'en' ? `${name} (${period}): ${pace}` : `${name}(${period})${pace}`;
}

function yoyText(series: IndicatorSeries, row: SeriesRow, stated: number, computed: number, lang: Lang): string {
	return fill('digest.yoyLine', lang, {
		name: nameOf(series.indicator, lang),
		period: periodLabel(row.period, lang),
		stated: formatGrowth(stated / 100, lang),
		computed: formatGrowth(computed / 100, lang)
	}) + (row.provenance === 'reported' ? '' : lang === 'en' ? ` (${t(`digest.${row.provenance}`, lang)})` : `(${t(`digest.${row.provenance}`, lang)})`);
}

interface Draft extends Omit<DigestItem, 'href'> {
	rank: number;
}

/** What one indicator's series contributes. */
function itemsOf(series: IndicatorSeries, at: number, since: number | null, revisionTimes: Map<number, number>, lang: Lang): Draft[] {
	const out: Draft[] = [];
	const code = series.indicator.code;
	const name = nameOf(series.indicator, lang);
	const now = rowAt(series, at);

	if (now && now.status === 'behind' && now.completion !== null && now.timeProgress !== null) {
		const before = since === null ? null : rowAt(series, since);
		const newly = since !== null && before?.status !== 'behind';
		const gap = Math.round((now.timeProgress - now.completion) * 1000) / 10;
		out.push({
			section: 'behind',
			indicator: code,
			name,
			status: now.status,
			period: now.period.key,
			text: behindText(series, now, lang),
			provenance: now.provenance,
			newlyBehind: newly,
			completion: now.completion,
			timeProgress: now.timeProgress,
			gapPoints: gap,
			rank: (newly ? 0 : 1000) - gap
		});
	}

	for (const r of series.rows) {
		const committed = r.revision === null ? undefined : revisionTimes.get(r.revision);
		if (since !== null && committed !== undefined && committed > since && committed <= at) {
			out.push({ section: 'figure', indicator: code, name, status: r.status, period: r.period.key, text: narrate(series, lang, r)[0]!, provenance: r.provenance, rank: -committed });
		}
	}

	// Stated 同比 that the data contradicts, among the figures of this year and last known by `at`.
	const year = new Date(at).getUTCFullYear();
	for (const r of series.rows) {
		if (r.yoyReported === null || r.period.year < year - 1 || periodEndsAt(r.period) > at) continue;
		const decimals = (String(r.yoyReported).split('.')[1] ?? '').length;
		const check = checkStatedYoy(r.yoyReported, decimals, r.yoy);
		if (check.verdict !== 'disagrees') continue;
		out.push({ section: 'yoy', indicator: code, name, status: r.status, period: r.period.key, text: yoyText(series, r, r.yoyReported, check.computedPercent!, lang), provenance: r.provenance, rank: 0 });
	}

	// Deadlines within the next 30 days, and those passed (within the past year) with the target unmet.
	for (const target of series.targets) {
		const due = parseDeadline(target.deadline);
		if (!due) continue;
		const dueAt = Date.parse(`${due}T23:59:59.999${TZ}`);
		const days = Math.ceil((dueAt - at) / DAY);
		const row = [...series.rows].reverse().find((r) => r.target === target.value && r.period.year === target.period.year && periodEndsAt(r.period) <= at);
		const met = row?.status === 'achieved';
		const targetText = `${periodLabel(target.period, lang)} ${formatQuantity(target.value, series.indicator.unit, target.qualifier, lang)}`;
		const base = { section: 'deadline' as const, indicator: code, name, status: row?.status ?? ('no-target' as const), period: target.period.key, provenance: 'reported' as const, deadline: due };
		if (dueAt >= at && days <= DEADLINE_WINDOW_DAYS && !met) {
			out.push({ ...base, text: fill('digest.deadlineSoon', lang, { name, target: targetText, deadline: due, days }), overdue: false, rank: days });
		} else if (dueAt < at && at - dueAt <= 365 * DAY && !met) {
			out.push({ ...base, text: fill('digest.deadlinePassed', lang, { name, target: targetText, deadline: due }), overdue: true, rank: -1000 + days });
		}
	}
	return out;
}

const SECTION_ORDER: DigestSection[] = ['behind', 'figure', 'yoy', 'deadline'];

/** Every item of the scope's indicators, read in batches (never every series at once), unsorted and without links. */
async function collect(store: Store, o: Pick<DigestOptions, 'at' | 'since' | 'followed' | 'lang' | 'batchSize'>): Promise<Draft[]> {
	const at = o.at.getTime();
	const since = o.since ? o.since.getTime() : null;
	await ensureDerived(store);
	const followed = [...new Set(o.followed ?? [])];
	const codes = followed.length > 0 ? followed : (await derived.names(store.sql)).map((n) => n.code);
	const revisionTimes = new Map((await store.revisions()).map((r) => [r.id, Date.parse(r.createdAt)]));
	const drafts: Draft[] = [];
	const batch = o.batchSize ?? 200;
	for (let i = 0; i < codes.length; i += batch) {
		const part = codes.slice(i, i + batch);
		const [defs, observations, targets] = await Promise.all([
			derived.definitions(store.sql, part),
			store.observations({ indicators: part }),
			store.targets({ indicators: part })
		]);
		const byCode = <T extends { indicator: string }>(rows: T[]) => {
			const m = new Map<string, T[]>();
			for (const r of rows) (m.get(r.indicator) ?? m.set(r.indicator, []).get(r.indicator)!).push(r);
			return m;
		};
		const obs = byCode(observations);
		const tgs = byCode(targets);
		for (const { indicator } of defs) {
			const series = buildSeries(indicator, obs.get(indicator.code) ?? [], tgs.get(indicator.code) ?? []);
			drafts.push(...itemsOf(series, at, since, revisionTimes, o.lang));
		}
	}
	return drafts;
}

/** Codes of the scope's indicators behind 序时进度 at `at`, sorted (what a "tell me when one falls behind" subscription watches). */
export async function behindAt(store: Store, at: Date, followed?: string[]): Promise<string[]> {
	const drafts = await collect(store, { at, followed, lang: 'zh-CN' });
	return [...new Set(drafts.filter((d) => d.section === 'behind').map((d) => d.indicator))].sort();
}

/**
 * Builds one recipient's digest. Reads the scope's indicators in batches (never every series at once)
 * and makes one signed link per indicator it mentions. A digest with nothing to say has no items:
 * callers do not send it.
 */
export async function buildDigest(store: Store, o: DigestOptions): Promise<Digest> {
	const at = o.at.getTime();
	const followed = [...new Set(o.followed ?? [])];
	const drafts = await collect(store, o);
	drafts.sort((a, b) => SECTION_ORDER.indexOf(a.section) - SECTION_ORDER.indexOf(b.section) || a.rank - b.rank);

	const origin = o.origin.replace(/\/$/, '');
	const links = new Map<string, string>();
	const expiresAt = new Date(Date.now() + (o.linkDays ?? 30) * DAY);
	const items: DigestItem[] = [];
	for (const { rank: _, ...d } of drafts) {
		let href = links.get(d.indicator);
		if (!href && o.links === 'plain') links.set(d.indicator, (href = `${origin}/indicators/${d.indicator}?lang=${o.lang}`));
		if (!href) {
			const signed = await createSignedLink(store, {
				indicator: d.indicator,
				path: `/indicators/${d.indicator}`,
				params: new URLSearchParams({ lang: o.lang }),
				expiresAt,
				user: 'digest',
				note: 'digest'
			});
			links.set(d.indicator, (href = origin + signed.href));
		}
		items.push({ ...d, href });
	}
	const date = new Date(at + 8 * 3_600_000).toISOString().slice(0, 10);
	return {
		at: o.at.toISOString(),
		since: o.since ? o.since.toISOString() : null,
		lang: o.lang,
		scope: followed.length > 0 ? 'followed' : 'all',
		subject: fill('digest.subject', o.lang, { date }),
		items,
		overviewHref: `${origin}/`
	};
}

/** Section headings in order, with their items (empty sections left out): what every channel renders. */
export function digestSections(d: Digest): { section: DigestSection; title: string; items: DigestItem[] }[] {
	const titles: Record<DigestSection, string> = {
		behind: t('digest.behind', d.lang),
		figure: t('digest.newFigures', d.lang),
		yoy: t('digest.yoyMismatch', d.lang),
		deadline: t('digest.deadlines', d.lang)
	};
	return SECTION_ORDER.map((section) => ({ section, title: titles[section], items: d.items.filter((i) => i.section === section) })).filter((s) => s.items.length > 0);
}

/** "(演示数据)" / " (demo data)" after an item that is not a reported figure and does not say so yet. */
export function provenanceMark(item: DigestItem, lang: Lang): string {
	if (item.provenance === 'reported') return '';
	const word = t(`digest.${item.provenance}`, lang);
	if (item.text.includes(word)) return '';
	return lang === 'en' ? ` (${word})` : `(${word})`;
}

