// 端午第一天是出游最高峰,占比高达59.8% (fixture 746): a day said to be the peak, with the share it took right after, is the
// subject of the sentence, not its period: the share is of the whole holiday's trips, and so are the figures that follow.
import type { PeriodMention } from './periods';

const PEAK_SHARE_RE = /^是[^,;。!?\n\r]{0,10}?高峰(?:日|期)?,(?:其)?(?:占比|占)/;
const DAY_KEY_RE = /^(\d{4}-\d{2}-\d{2})\/\1$/;

/** The mention is a single day named as the peak of a share that follows it. */
export function peakDay(s: string, p: PeriodMention): boolean {
	return p.key !== null && DAY_KEY_RE.test(p.key) && PEAK_SHARE_RE.test(s.slice(p.end, p.end + 20));
}
