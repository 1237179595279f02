import { cardFor, toCardView } from '$lib/domain/cards';
import { RECTIFICATION_ITEMS } from '$lib/domain/model';
import { periodLabel } from '$lib/domain/period';
import { getStore } from '$lib/server/app';
import { requireRole } from '$lib/server/auth/guard';
import { itemSeries } from '$lib/server/dashboard';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	requireRole(event, 'viewer');
	const series = await itemSeries(getStore());
	const items = RECTIFICATION_ITEMS.map((meta) => {
		const mine = series.filter((s) => s.indicator.item === meta.item);
		const cards = mine.map((s) => toCardView(cardFor(s, null), null));
		const targets = mine.flatMap((s) =>
			s.targets.map((tg) => ({
				code: s.indicator.code,
				nameZh: s.indicator.nameZh,
				nameEn: s.indicator.nameEn,
				unit: s.indicator.unit,
				period: { zh: periodLabel(tg.period, 'zh-CN'), en: periodLabel(tg.period, 'en') },
				value: tg.value,
				basis: tg.basis,
				owner: tg.owner,
				department: tg.department,
				deadline: tg.deadline
			}))
		);
		const counts = { achieved: 0, 'on-schedule': 0, behind: 0, 'no-target': 0, 'no-data': 0 };
		for (const c of cards) counts[c.status]++;
		return { ...meta, cards, targets, counts };
	});
	return { items };
}) satisfies PageServerLoad;

// Static content: no JavaScript needed.
export const csr = false;
