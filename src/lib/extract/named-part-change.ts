// 泸西阿庐古洞、元谋土林等景区…分别接待游客5.05万人次、4.19万人次…,其中泸西阿庐古洞景区的同比增幅为全省最高,达117.60%:
// the 同比 of one named part, said in a clause of its own after the figures, is the change of that part's figure (its
// place in the list of names before 分别), not a level of its own.
import type { Slots } from './changes';
import type { RawFigure } from './figures';
import { backTo } from './scan';

const PART_CHANGE_RE = /其中([^,;。!?、\d]{2,20}?)的?同比(?:增幅|增长率?|增速|涨幅)[^;。!?\d]{0,14}?(?:达到|达|为)$/;
const SUFFIX_RE = /(?:景区|景点|市|县|区|州|镇|村)$/;

/** Gives each such change to its part's figure; returns the indices of the % figures that were changes, not levels. */
export function namedPartChanges(s: string, figures: readonly RawFigure[], assigned: Map<number, Slots>): Set<number> {
	const used = new Set<number>();
	figures.forEach((f, i) => {
		if (f.unit !== '%' || f.qualifier !== null) return;
		const sentStart = backTo(s, f.start, /[。!?;\n\r]/, 0);
		const m = PART_CHANGE_RE.exec(s.slice(sentStart, f.start));
		if (!m) return;
		const name = m[1]!.replace(SUFFIX_RE, '');
		const partAt = sentStart + m.index;
		const before = s.slice(sentStart, partAt);
		const at = before.indexOf(name);
		if (name.length < 2 || at < 0) return;
		// The list of names holding it (A、B、C等…) and the figures after the 分别 that follows it.
		const listStart = backTo(before, at, /[,;:]/, 0);
		const listEnd = before.slice(at).search(/[,;:]|等|和/) + at;
		const names = before.slice(listStart, listEnd < at ? before.length : listEnd).split('、');
		const k = names.findIndex((x) => x.includes(name));
		const each = before.indexOf('分别', listEnd);
		let target = -1;
		if (k >= 0 && names.length > 1 && each >= 0) {
			const listed = figures.map((g, j) => j).filter((j) => figures[j]!.start > sentStart + each && figures[j]!.end <= partAt);
			target = listed[k] ?? -1;
		} else {
			// 泸西阿庐古洞景区接待游客5.05万人次,…,其中泸西阿庐古洞景区的同比增幅…: the figure of the clause naming it.
			target = figures.findIndex((g) => g.start > sentStart + at && g.end <= partAt && !/[,;]/.test(s.slice(sentStart + at, g.start)));
		}
		if (target < 0 || assigned.get(target)?.yoy) return;
		assigned.set(target, { ...(assigned.get(target) ?? {}), yoy: { kind: 'yoy', value: f.value, base: null, end: f.end } });
		used.add(i);
	});
	return used;
}
