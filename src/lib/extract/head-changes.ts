// A list whose head names its columns as a measure and its change, pair by pair (排行榜前六位(旅游总收入,同比;接待游客总数,
// 同比):), gives each figure of its rows its 同比 as a bare percentage right after it (530.42亿元,10%;6785.8万人次,9.6%):
// the percentage is that figure's change, no figure of its own (fixture 747).
import type { RawFigure } from './figures';
import { firstFrom } from './scan';

// The head: in brackets, pairs of a measure's name and a change word, set apart by ; or 、, ending the line or before a colon.
const PAIR = '[\\u4e00-\\u9fff]{2,12},(?:同比(?:增长|增幅)?|增长|增速|增幅)';
const HEAD_RE = new RegExp(`\\(${PAIR}(?:[;、]${PAIR})*\\):?[ \\t]*(?=\\n|$)`, 'g');
// A row's bare percentage: only a comma between it and the figure, and it ends the item.
const BARE_RE = /^,[ \t]*([-−]?\d+(?:\.\d+)?)%(?=[;。,\s]|$)/;

export interface HeadChange {
	value: number;
	end: number;
}

/** The figures left once the bare percentages of such a list are taken as changes, and those changes by figure. */
export function headChanges(text: string, figures: RawFigure[]): { figures: RawFigure[]; changes: Map<RawFigure, HeadChange> } {
	const changes = new Map<RawFigure, HeadChange>();
	const taken = new Uint8Array(text.length + 1);
	for (const m of text.matchAll(HEAD_RE)) {
		// The rows are the lines after the head, up to the first line without such a pair.
		let at = m.index + m[0].length;
		while (at < text.length) {
			const lineStart = at + 1;
			const lineEnd = text.indexOf('\n', lineStart) < 0 ? text.length : text.indexOf('\n', lineStart);
			let found = false;
			for (let k = firstFrom(figures, lineStart); k < figures.length && figures[k]!.start < lineEnd; k++) {
				const f = figures[k]!;
				if (f.unit === '%') continue;
				const bare = BARE_RE.exec(text.slice(f.end, Math.min(lineEnd, f.end + 16)));
				if (!bare) continue;
				changes.set(f, { value: +bare[1]!.replace('−', '-'), end: f.end + bare[0].length });
				taken.fill(1, f.end, f.end + bare[0].length);
				found = true;
			}
			if (!found) break;
			at = lineEnd;
		}
	}
	if (!changes.size) return { figures, changes };
	return { figures: figures.filter((f) => taken[f.start] !== 1), changes };
}
