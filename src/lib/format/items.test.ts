import { describe, expect, it } from 'vitest';
import { RECTIFICATION_ITEMS } from '../domain/model';
import { itemNumber, itemTitle } from './items';
import { fill } from './messages';

describe('rectification items as a reader sees them', () => {
	const six = RECTIFICATION_ITEMS[5]!;
	const eleven = RECTIFICATION_ITEMS[10]!;
	it.each([
		['Chinese numbers the items as the report does', itemNumber(six, 'zh-CN'), '(六)'],
		['English numbers them in digits', itemNumber(six, 'en'), '(6)'],
		['a two-character numeral', itemNumber(eleven, 'zh-CN'), '(十一)'],
		['the English title', itemTitle(six, 'en'), '(6) All-for-one tourism'],
		['the Chinese title in full', itemTitle(six, 'zh-CN'), '(六) 推进全域旅游统筹谋划不够'],
		['the Chinese title shortened for a select', itemTitle(six, 'zh-CN', 4), '(六) 推进全域'],
		['English is never shortened', itemTitle(six, 'en', 4), '(6) All-for-one tourism'],
		// A card's item line: a space before the number in English, none in Chinese (整改事项(六)).
		['the English item line of a card', fill('overview.item', 'en', { n: itemNumber(six, 'en') }), 'Rectification item (6)'],
		['the Chinese item line of a card', fill('overview.item', 'zh-CN', { n: itemNumber(six, 'zh-CN') }), '整改事项(六)']
	])('%s', (_what, got, want) => expect(got).toBe(want));
});
