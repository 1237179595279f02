import { createSqliteStore } from '../../src/lib/server/db/sqlite/store';
import { refreshDerived } from '../../src/lib/server/derived';
const store = createSqliteStore('/tmp/scale/db.sqlite');
await store.transaction(async (tx) => { await tx.sql.run('DELETE FROM derived_cards'); await tx.sql.run('DELETE FROM derived_indicators'); });
const t0 = performance.now();
const n = await refreshDerived(store);
console.log('derived', n, Math.round(performance.now() - t0), 'ms');
await store.close();
