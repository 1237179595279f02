import type { ParamMatcher } from '@sveltejs/kit';

/** A revision id: a positive integer without leading zeros. */
export const match = ((param: string) => /^[1-9]\d{0,14}$/.test(param)) satisfies ParamMatcher;
