// For tests of the streamed export: the export as it was written before it streamed (the reference its
// bytes must equal) and a data set that exercises every case of the file format.
import Database from 'better-sqlite3';
import { growth } from '../domain/metrics';
import { parsePeriod, sameLastYear } from '../domain/period';
import { writeCsv } from '../ingest/csv';
import type { Store } from './db/store';
import { EXPORT_FIELDS, exportPieces, type ExportRowWithDecimals } from './export';
import { ingestFiles, type IngestFile } from './ingest';

/**
 * The export as it was written before it streamed (every value, target and indicator read into arrays,
 * one string built), kept here verbatim as the reference the streamed bytes must equal.
 */
export async function referenceExport(store: Store, indicators?: string[]): Promise<{ csv: string; json: string }> {
	const [defs, observations, targets] = await Promise.all([store.indicators(), store.observations({ indicators }), store.targets({ indicators })]);
	const unit = new Map(defs.map((d) => [d.code, d.unit]));
	const value = new Map(observations.map((o) => [`${o.indicator}\t${o.period}`, o.value]));
	const target = new Map(targets.map((t) => [`${t.indicator}\t${t.period}`, t.value]));
	const rows: ExportRowWithDecimals[] = observations.map((o) => {
		const p = parsePeriod(o.period);
		const base = p.ok ? value.get(`${o.indicator}\t${sameLastYear(p.value).key}`) : undefined;
		const g = growth(o.value, base);
		return {
			indicator: o.indicator,
			period: o.period,
			value: o.value,
			unit: unit.get(o.indicator) ?? '',
			qualifier: o.qualifier,
			target: target.get(`${o.indicator}\t${o.period}`) ?? null,
			yoy_reported: o.yoyReported,
			yoy_computed: g === null ? null : Math.round(g * 1e6) / 1e4,
			provenance: o.provenance,
			source: o.source,
			note: o.note,
			revision: o.revision,
			yoyDecimals: o.yoyDecimals
		};
	});
	const data = rows.map((r) =>
		EXPORT_FIELDS.map((f) => {
			if (f === 'yoy_reported') return r.yoy_reported === null ? '' : `${r.yoy_reported.toFixed(r.yoyDecimals ?? 0)}%`;
			if (f === 'yoy_computed') return r.yoy_computed === null ? '' : `${r.yoy_computed}%`;
			const v = r[f];
			return v === null ? '' : v;
		})
	);
	return { csv: writeCsv(EXPORT_FIELDS, data), json: JSON.stringify(rows.map(({ yoyDecimals: _d, ...row }) => row)) };
}

export async function streamed(store: Store, format: 'csv' | 'json', indicators?: string[]): Promise<string> {
	let text = '';
	for await (const piece of await exportPieces(store, format, indicators)) text += piece;
	return text;
}

// Codes that sort differently byte-wise than by locale ('a-b' < 'a_b' < 'ab'), every kind of period,
// formula-looking and quoted text, written YoY decimals, qualifiers, a zero base, targets with and
// without a value, an update that supersedes, and an indicator whose definition is reverted away.
export const TRICKY_INDICATORS = `代码,名称,英文名称,单位,类型,方向,类别
ab,甲乙,AB,人次,flow,up,tourism
a_b,甲_乙,A_B,元,flow,up,tourism
a-b,甲-乙,A-B,%,rate,up,culture
z9,末尾,Last,个,stock,down,governance
`;
export const TRICKY_VALUES = `指标,期间,数值,同比,目标值,来源,备注
ab,2023年一季度,100万,,120万,=SUM(A1:A9),"+86 512 1234"
ab,2024年一季度,137.5万,37.50%,150万,@cmd,-abc
ab,2023年春节,约20万,,,"他说""好"",然后走了","两行
第二行"
ab,2024年春节,超25万,25.0%,,  leading space,trailing space  
ab,2023年1-5月,0,,,,
ab,2024年1-5月,5,,,,
a_b,2023-02-10/2023-02-17,38.2亿元,,,"a,b","-3.5"
a_b,2024-02-10/2024-02-17,-3.5,,40亿元,'quoted,=1+1
a-b,2023,80%,,90%,,
a-b,2024,72.5%,-9.375%,,+1,-
a-b,2024年上半年,近百万,,,,
z9,2024-03,200余,,,中文来源,备注
z9,2023-03,0,,,,
`;

const file = (name: string, text: string): IngestFile => ({ name, bytes: new TextEncoder().encode(text) });

async function commit(store: Store, files: IngestFile[]): Promise<number | null> {
	const r = await ingestFiles(store, files);
	if (!r.ok) throw new Error(JSON.stringify(r.files.map((f) => f.errors)));
	return r.files[0]!.revision;
}

/** Loads the tricky set, then an update that supersedes a value and an indicator whose definition is reverted away. */
export async function loadTricky(store: Store): Promise<void> {
	await commit(store, [file('i.csv', TRICKY_INDICATORS), file('v.csv', TRICKY_VALUES)]);
	await commit(store, [file('u.csv', '指标,期间,数值\nab,2023年一季度,110万\n')]);
	const gone = await commit(store, [file('g.csv', '代码,名称,单位,类型,方向\ngone,已撤销,人次,flow,up\n'), file('gv.csv', '指标,期间,数值\ngone,2024Q1,1\n')]);
	await store.transaction((tx) => tx.revert(gone!, 'tester', 'b'));
}

/**
 * PASSIVE checkpoint of the SQLite file at `path` from a connection that never waits: true when every
 * WAL frame got back into the database, i.e. no reader (such as an export's cursor) holds an old snapshot.
 */
export function walFullyCheckpointed(path: string): boolean {
	const db = new Database(path, { timeout: 0 });
	try {
		const [r] = db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
		return r!.busy === 0 && r!.checkpointed === r!.log;
	} finally {
		db.close();
	}
}
