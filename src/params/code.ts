import type { ParamMatcher } from '@sveltejs/kit';
import { INDICATOR_CODE } from '$lib/domain/model';

export const match = ((param: string): param is string => INDICATOR_CODE.test(param)) satisfies ParamMatcher;
