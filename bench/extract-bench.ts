// Reads a 200,000-character report text and prints the time against its 1 s budget; exits 1 over budget.
import { readFileSync } from 'node:fs';
import { extractFigures } from '../src/lib/extract/index';
import { loadCatalogFromData, loadSynonymsFromData } from '../tests/helpers/extract-catalog';

const BUDGET_MS = 1000;
const seed = readFileSync('tests/fixtures/extract/rectification-report-2024-06-15.zh.txt', 'utf8');
const other = readFileSync('tests/fixtures/extract/01-q1-2018.txt', 'utf8');
let text = '';
while (text.length < 200_000) text += `${seed}\n${other}\n`;
text = text.slice(0, 200_000);
const opts = { today: '2024-06-15', catalog: loadCatalogFromData(), synonyms: loadSynonymsFromData() };
// No warm-up: the first call loads the traditional→simplified dictionaries too, as a one-off CLI run does.
const t0 = performance.now();
const out = extractFigures(text, opts);
const ms = performance.now() - t0;
console.log(`extract: ${text.length} characters, ${out.candidates.length} candidates in ${ms.toFixed(0)} ms (budget ${BUDGET_MS} ms) ${ms <= BUDGET_MS ? 'OK' : 'FAIL'}`);
process.exit(ms <= BUDGET_MS ? 0 : 1);
