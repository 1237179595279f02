// Pins every number form from csv-format.md "Numbers" plus the nasty inputs analysts' Excel files produce.
import { describe, expect, it } from 'vitest';
import { isBlankMarker, parseNumber, parseUnit, toIndicatorValue, type ParsedNumber, type Qualifier } from './quantity';
import { shiftDecimal } from './units';

type Q = Qualifier | null;

function parsed(raw: string): ParsedNumber {
	const r = parseNumber(raw);
	if (!r.ok) throw new Error(`expected ${raw} to parse, got ${r.code}: ${r.en}`);
	return r.value;
}

describe('parseNumber: accepted forms', () => {
	// raw, value, qualifier, scaled, unit, decimals
	it.each<[string, number, Q, boolean, string | null, number]>([
		// plain and grouped
		['2100000', 2100000, null, false, null, 0],
		['2,100,000', 2100000, null, false, null, 0],
		['2，100，000', 2100000, null, false, null, 0],
		['1,234.50', 1234.5, null, false, null, 2],
		['１２，３４５．６', 12345.6, null, false, null, 1],
		['0', 0, null, false, null, 0],
		['007', 7, null, false, null, 0],
		['.5', 0.5, null, false, null, 1],
		['2100000.00', 2100000, null, false, null, 2],
		// signs
		['-3.5', -3.5, null, false, null, 1],
		['−3.5', -3.5, null, false, null, 1],
		['－3.5', -3.5, null, false, null, 1],
		['+12', 12, null, false, null, 0],
		['-0', 0, null, false, null, 0],
		['负三', -3, null, false, null, 0],
		// scientific
		['3.82e9', 3820000000, null, false, null, 2],
		['3.82E+9', 3820000000, null, false, null, 2],
		['1.5e-3', 0.0015, null, false, null, 1],
		// scales inside the value
		['210万', 2100000, null, true, null, 0],
		['２１０万', 2100000, null, true, null, 0],
		['210 万人次', 2100000, null, true, '人次', 0],
		['210万人次', 2100000, null, true, '人次', 0],
		['38.2亿', 3820000000, null, true, null, 1],
		['38.2亿元', 3820000000, null, true, '元', 1],
		['0.35万', 3500, null, true, null, 2],
		['1.5万', 15000, null, true, null, 1],
		['2.5万人', 25000, null, true, '人', 1],
		['3千', 3000, null, true, null, 0],
		['5百万', 5000000, null, true, null, 0],
		['1.2千万', 12000000, null, true, null, 1],
		['2万亿', 2e12, null, true, null, 0],
		['-1.5万', -15000, null, true, null, 1],
		// percent and percentage points
		['37.5%', 37.5, null, false, '%', 1],
		['37.5％', 37.5, null, false, '%', 1],
		['37.5 %', 37.5, null, false, '%', 1],
		['-2.5%', -2.5, null, false, '%', 1],
		['3.5个百分点', 3.5, null, false, '个百分点', 1],
		['3百分点', 3, null, false, '个百分点', 0],
		// qualifiers
		['近100万', 1000000, '近', true, null, 0],
		['约210万人次', 2100000, '约', true, '人次', 0],
		['超20', 20, '超', false, null, 0],
		['超2.5万人', 25000, '超', true, '人', 1],
		['逾3亿元', 300000000, '逾', true, '元', 0],
		['约 5', 5, '约', false, null, 0],
		['200余', 200, '余', false, null, 0],
		['200余人', 200, '余', false, '人', 0],
		['3万余人次', 30000, '余', true, '人次', 0],
		['200余万', 2000000, '余', true, null, 0],
		['三百余人', 300, '余', true, '人', 0],
		// Chinese numerals
		['近百万', 1000000, '近', true, null, 0],
		['两千', 2000, null, true, null, 0],
		['三千五百', 3500, null, true, null, 0],
		['三千五', 3500, null, true, null, 0],
		['一百二十', 120, null, true, null, 0],
		['一百二', 120, null, true, null, 0],
		['一百零五', 105, null, true, null, 0],
		['十五', 15, null, true, null, 0],
		['十', 10, null, true, null, 0],
		['一万二千', 12000, null, true, null, 0],
		['一万二', 12000, null, true, null, 0],
		['一万零二', 10002, null, true, null, 0],
		['五十三', 53, null, true, null, 0],
		['五十三个', 53, null, true, '个', 0],
		['八', 8, null, false, null, 0],
		['零', 0, null, false, null, 0],
		['〇', 0, null, false, null, 0],
		['近万', 10000, '近', true, null, 0],
		['近亿', 100000000, '近', true, null, 0],
		['一亿二', 120000000, null, true, null, 0],
		['三万亿', 3e12, null, true, null, 0],
		['二十万三', 203000, null, true, null, 0],
		['两千万人次', 20000000, null, true, '人次', 0],
		// whitespace
		['  2100000  ', 2100000, null, false, null, 0],
		['\u3000210万\u00a0', 2100000, null, true, null, 0],
		['\t12\t', 12, null, false, null, 0]
	])('%s', (raw, value, qualifier, scaled, unit, decimals) => {
		const r = parseNumber(raw);
		expect(r).toEqual({ ok: true, value: { value, qualifier, scaled, unit, decimals } });
		if (r.ok) expect(Object.is(r.value.value, -0)).toBe(false);
	});
});

describe('parseNumber: missing values', () => {
	it.each(['', '   ', '-', '--', '—', '——', '–', '/', 'N/A', 'NA', 'n/a', 'na', '无', '－', '／', ' - ', '\u3000'])(
		'%j is missing_value',
		(raw) => {
			const r = parseNumber(raw);
			expect(r.ok).toBe(false);
			if (!r.ok) {
				expect(r.code).toBe('missing_value');
				expect(r.zh).toContain('空');
				expect(r.en).toContain('empty');
			}
		}
	);
});

describe('parseNumber: rejected inputs', () => {
	it.each([
		'#DIV/0!',
		'#VALUE!',
		'#N/A',
		'#REF!',
		'#NAME?',
		'########',
		'abc',
		'1.2.3',
		'12abc',
		'1e',
		'1e+',
		'--3',
		'+-3',
		'-+3',
		'10万万',
		'1亿万',
		'%37',
		'37%%',
		'37.5%人',
		'NaN',
		'Infinity',
		'-Infinity',
		'1e999',
		'21,00,000',
		'1,2345',
		'2,100,00',
		',100',
		'100,',
		'5.',
		'.',
		'-.',
		'2 100 000',
		'12 km',
		'约',
		'近近100',
		'约200余',
		'200余余',
		'3.82e9万',
		'3万5千',
		'1亿2000万',
		'二三',
		'一零',
		'十百',
		'二十三百',
		'万万',
		'一亿二亿',
		'三5',
		'=A1',
		'(3.5)',
		'0x10',
		'1_000'
	])('%j is bad_number', (raw) => {
		const r = parseNumber(raw);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.code).toBe('bad_number');
			expect(r.zh).toContain(raw);
			expect(r.en).toContain(raw);
		}
	});

	it('explains spreadsheet errors as formula errors', () => {
		const r = parseNumber('#DIV/0!');
		expect(r.ok ? '' : r.en).toMatch(/formula/);
	});
	it('explains a misplaced thousands separator', () => {
		const r = parseNumber('21,00,000');
		expect(r.ok ? '' : r.en).toMatch(/thousands separator/);
	});
});

describe('isBlankMarker', () => {
	it.each<[string, boolean]>([
		['', true],
		['   ', true],
		['\u3000', true],
		['-', true],
		['--', true],
		['—', true],
		['–', true],
		['/', true],
		['N/A', true],
		['n/a', true],
		['Ｎ／Ａ', true],
		['NA', true],
		['无', true],
		['0', false],
		['-3', false],
		['#N/A', false],
		['无数据说明很长', false],
		['abc', false],
		['万', false],
		['万人次', false],
		['59.43', false],
		['无 ', true],
		[' 无', true],
		['\u2f46', true], // the Kangxi radical 无, which folds to 无
		['0.0', false]
	])('%j -> %s', (raw, expected) => {
		expect(isBlankMarker(raw)).toBe(expected);
	});
});

describe('parseUnit', () => {
	it.each<[string, string, number]>([
		['人次', '人次', 1],
		['万人次', '人次', 1e4],
		['亿元', '元', 1e8],
		['万元', '元', 1e4],
		['千万元', '元', 1e7],
		['百万人次', '人次', 1e6],
		['十万人次', '人次', 1e5],
		['万亿元', '元', 1e12],
		['千亿元', '元', 1e11],
		['万', '', 1e4],
		['亿', '', 1e8],
		['百', '', 100],
		['千', '', 1000],
		['%', '%', 1],
		['％', '%', 1],
		['个百分点', '个百分点', 1],
		['百分点', '个百分点', 1],
		['百分比', '%', 1],
		['  万人次 ', '人次', 1e4],
		['万 人次', '人次', 1e4],
		['', '', 1],
		['个', '个', 1],
		['十人', '十人', 1]
	])('%j -> %s × %d', (text, base, factor) => {
		expect(parseUnit(text)).toEqual({ base, factor });
	});
});

describe('toIndicatorValue: accepted', () => {
	// raw value, unit column, indicator unit, stored value, qualifier
	it.each<[string, string | null, string, number, Q]>([
		['210', '万人次', '人次', 2100000, null],
		['210万', null, '人次', 2100000, null],
		['210万人次', null, '人次', 2100000, null],
		['210万', '人次', '人次', 2100000, null],
		['2100000', null, '人次', 2100000, null],
		['2100000', '人次', '人次', 2100000, null],
		['2100000', '', '人次', 2100000, null],
		['2100000', '-', '人次', 2100000, null],
		['38.2亿元', null, '元', 3820000000, null],
		['38.2亿', null, '元', 3820000000, null],
		['38.2', '亿元', '元', 3820000000, null],
		['38.2', null, '亿元', 3820000000, null],
		['38.2亿元', null, '亿元', 3820000000, null],
		['38.2', '元', '亿元', 38.2, null],
		['3820000000', '元', '亿元', 3820000000, null],
		['0.35', '万', '人次', 3500, null],
		['0.35万', null, '人次', 3500, null],
		['1.005', '千元', '元', 1005, null],
		['210', '万', '人次', 2100000, null],
		['80%', null, '%', 80, null],
		['80', null, '%', 80, null],
		['80', '%', '%', 80, null],
		['37.5％', '％', '%', 37.5, null],
		['3.5个百分点', null, '个百分点', 3.5, null],
		['近百万', null, '人次', 1000000, '近'],
		['近百万', '人次', '人次', 1000000, '近'],
		['超2.5万人', null, '人', 25000, '超'],
		['3万余人次', null, '人次', 30000, '余'],
		['-3.5', '万元', '元', -35000, null],
		['53', '个', '个', 53, null],
		['五十三', null, '个', 53, null]
	])('%s + %j for %s -> %d', (raw, column, indicatorUnit, value, qualifier) => {
		expect(toIndicatorValue(parsed(raw), column, indicatorUnit)).toEqual({ ok: true, value: { value, qualifier } });
	});
});

describe('toIndicatorValue: unit_mismatch', () => {
	// raw value, unit column, indicator unit, a fragment the English message must contain
	it.each<[string, string | null, string, string]>([
		['210万', '万人次', '人次', 'scale'],
		['38.2亿', '亿元', '元', 'scale'],
		['两千', '万人次', '人次', 'scale'],
		['38.2亿元', null, '人次', "value unit 元 does not match the indicator's unit 人次"],
		['38.2', '亿元', '人次', "value unit 元 does not match the indicator's unit 人次"],
		['210万人次', '元', '人次', 'contradicts'],
		['80%', null, '人次', 'percentage'],
		['80', '%', '人次', 'percentage'],
		['3.5个百分点', null, '%', 'percentage points'],
		['3.5', '个百分点', '%', 'percentage points'],
		['80%', null, '个百分点', 'percentage'],
		['12', '个', '项', "value unit 个 does not match the indicator's unit 项"],
		['12人', null, '', 'indicator'],
		['12', '万人', '人次', 'does not match']
	])('%s + %j for %s', (raw, column, indicatorUnit, fragment) => {
		const r = toIndicatorValue(parsed(raw), column, indicatorUnit);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.code).toBe('unit_mismatch');
			expect(r.en).toContain(fragment);
			expect(r.zh.length).toBeGreaterThan(0);
		}
	});

	it('names both units in Chinese', () => {
		const r = toIndicatorValue(parsed('38.2亿元'), null, '人次');
		expect(r.ok ? '' : r.zh).toBe('数值单位“元”与指标单位“人次”不符');
	});
});

describe('exactness', () => {
	// Scaling must never leave float noise: the stored value is compared and exported verbatim.
	it.each<[string, number]>([
		['38.2亿', 3820000000],
		['0.35万', 3500],
		['1.1万', 11000],
		['0.07万', 700],
		['152.7万', 1527000],
		['4.35亿', 435000000],
		['1.005千', 1005],
		['0.1亿', 10000000]
	])('%s is exactly %d', (raw, value) => {
		expect(parsed(raw).value).toBe(value);
	});

	it('agrees with the engine parser of the decimal text for many mantissas and scales', () => {
		let seed = 42;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
		const scales: [string, number][] = [['万', 4], ['亿', 8], ['千', 3], ['万亿', 12], ['百万', 6]];
		for (let k = 0; k < 2000; k++) {
			const mantissa = `${next() % 100000}.${String(next() % 1000).padStart(3, '0')}`;
			const [scale, exp] = scales[k % scales.length]!;
			expect(parsed(`${mantissa}${scale}`).value).toBe(Number(`${mantissa}e${exp}`));
		}
	});

	it('keeps huge mantissas correctly rounded', () => {
		expect(parsed('12345678901234567890亿').value).toBe(Number('12345678901234567890e8'));
		expect(parsed('1.7976931348623157e308').value).toBe(Number.MAX_VALUE);
	});

	it.each<[string, string, number]>([
		['0.07', '万人次', 700],
		['4.35', '亿元', 435000000],
		['152.7', '万人次', 1527000],
		['0.29', '亿元', 29000000]
	])('%s %s is exactly %d', (raw, column, value) => {
		const indicatorUnit = parseUnit(column).base;
		expect(toIndicatorValue(parsed(raw), column, indicatorUnit)).toEqual({ ok: true, value: { value, qualifier: null } });
	});
});

describe('shiftDecimal: scaling a number as written by a power of ten', () => {
	// The fast path (digits after the point known) must give exactly what the string route gives, which is
	// the correctly rounded value of the decimal as written times 10^exp.
	const written = ['12345.6', '0.35', '38.2', '210', '99999.9', '0.0001', '123456789.123', '1.005', '7.7', '0.1', '3.3333333', '450000000000.5', '98765.4321'];
	it.each(written.flatMap((raw) => [-8, -4, -1, 1, 2, 4, 8, 12].map((exp) => [raw, exp] as const)))('%s × 10^%i', (raw, exp) => {
		const dot = raw.indexOf('.');
		const decimals = dot < 0 ? 0 : raw.length - dot - 1;
		const x = Number(raw);
		expect(shiftDecimal(x, exp, decimals)).toBe(Number(`${raw}e${exp}`));
		expect(shiftDecimal(x, exp)).toBe(Number(`${raw}e${exp}`));
	});
	it('falls back to the exact route when the digits given do not name the number (an exponent in the text)', () => {
		// "1.25e-1" has 2 digits after its point but is 0.125: m = 13 would be wrong; the way back catches it.
		expect(shiftDecimal(0.125, 4, 2)).toBe(1250);
		expect(shiftDecimal(1500, 4, 1)).toBe(15_000_000);
	});
	it('many random numbers as a spreadsheet writes them scale like the decimal text', () => {
		let seed = 7;
		const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
		for (let i = 0; i < 5000; i++) {
			const raw = (rnd() * 10 ** Math.floor(rnd() * 9)).toFixed(Math.floor(rnd() * 5));
			const decimals = raw.includes('.') ? raw.length - raw.indexOf('.') - 1 : 0;
			for (const exp of [4, 8, -2]) expect(shiftDecimal(Number(raw), exp, decimals)).toBe(Number(`${raw}e${exp}`));
		}
	});
});

describe('numbers written out in report prose', () => {
	it.each([
		['一千五百二十八点一七万人次', 15281700, '人次'],
		['五点五', 5.5, null],
		['百分之九十五点二九', 95.29, '%'],
		['百分之37.5', 37.5, '%']
	] as const)('%s', (raw, value, unit) => {
		const r = parseNumber(raw);
		expect(r.ok && r.value.value).toBe(value);
		expect(r.ok && r.value.unit).toBe(unit);
	});
	it('refuses 点 without digits after it', () => {
		expect(parseNumber('五点').ok).toBe(false);
	});
});
