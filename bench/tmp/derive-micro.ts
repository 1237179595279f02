import { deriveIndicator } from '../../src/lib/server/derived';
const obs = (code: string) => { const o = []; for (let y = 2015; y < 2025; y++) for (let m = 1; m <= 12; m++) o.push({ indicator: code, period: `${y}-${String(m).padStart(2, '0')}`, value: 100 + m, qualifier: null, provenance: 'reported' as const, yoyReported: null, yoyDecimals: null, source: '', note: '', revision: 1 }); return o; };
const tg = (code: string) => { const o = []; for (let y = 2015; y < 2025; y++) for (let m = 1; m <= 12; m++) if (m % 10 < 7) o.push({ indicator: code, period: `${y}-${String(m).padStart(2, '0')}`, value: 1000, qualifier: null, basis: '', owner: '', department: '', deadline: '', source: '', note: '', revision: 1 }); return o; };
const ind = (code: string) => ({ code, nameZh: '指标' + code, nameEn: 'x', unit: '人次', kind: 'flow' as const, direction: 'up' as const, category: 'tourism', item: null, description: '' });
const data = Array.from({ length: 1000 }, (_, i) => ({ i: ind('m' + i), o: obs('m' + i), t: tg('m' + i) }));
for (let round = 0; round < 3; round++) {
	const t0 = performance.now();
	for (const d of data) deriveIndicator(d.i, 1, 1, d.o, d.t);
	console.log('1000 indicators × 120 values:', Math.round(performance.now() - t0), 'ms');
}
