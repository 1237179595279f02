// Reads a 200,000-character report text and prints the time against its 1 s budget; exits 1 over budget.
import { readdirSync, readFileSync } from 'node:fs';
import { extractFigures } from '../src/lib/extract/index';
import { loadCatalogFromData, loadSynonymsFromData } from '../tests/helpers/extract-catalog';

const BUDGET_MS = 1000;
// The seed report, then the fixture texts of other places and years in turn: 200,000 characters of different
// reports. (One report pasted over and over would be read as one report restating itself, restated.ts, and
// measure less than a long text of many figures.)
const DIR = 'tests/fixtures/extract';
const SEED = 'rectification-report-2024-06-15.zh.txt';
const names = [SEED, ...readdirSync(DIR).filter((f) => f.endsWith('.txt') && f !== SEED).sort()];
let text = '';
for (let i = 0; text.length < 200_000; i++) text += `${readFileSync(`${DIR}/${names[i % names.length]}`, 'utf8')}\n`;
text = text.slice(0, 200_000);
const opts = { today: '2024-06-15', catalog: loadCatalogFromData(), synonyms: loadSynonymsFromData() };
// No warm-up: the first call loads the traditional→simplified dictionaries too, as a one-off CLI run does.
const t0 = performance.now();
const out = extractFigures(text, opts);
const ms = performance.now() - t0;
console.log(`extract: ${text.length} characters, ${out.candidates.length} candidates in ${ms.toFixed(0)} ms (budget ${BUDGET_MS} ms) ${ms <= BUDGET_MS ? 'OK' : 'FAIL'}`);
process.exit(ms <= BUDGET_MS ? 0 : 1);
