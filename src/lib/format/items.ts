// The rectification items as a reader sees them: numbered (一)…(十一) in Chinese, as the report numbers them, and
// (1)…(11) in English, where a Chinese numeral says nothing to the reader.
import type { RECTIFICATION_ITEMS } from '../domain/model';
import type { Lang } from './messages';

type Item = (typeof RECTIFICATION_ITEMS)[number];

/** (六) · (6) */
export function itemNumber(item: Item, lang: Lang): string {
	return `(${lang === 'en' ? item.item : item.numeral})`;
}

/** (六) 推进全域旅游统筹谋划不够 · (6) All-for-one tourism; `zhMax` shortens the Chinese title (a select's option). */
export function itemTitle(item: Item, lang: Lang, zhMax?: number): string {
	return `${itemNumber(item, lang)} ${lang === 'en' ? item.en : item.zh.slice(0, zhMax)}`;
}
