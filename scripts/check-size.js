#!/usr/bin/env node
// Size budget for the <status-survey> drop-in: fails when dist/drop-in/status-survey.js, gzipped
// at level 9, grows past BUDGET. Bytes are deterministic, so they belong in CI; load times are
// not, and stay in the benchmark (npm run bench, BENCHMARKS.md). Run after `npm run build`.
//
// The budget is the measured size plus about 0.5 KB. The target (issue 6) is 15 KB gzip for
// JS+CSS with both languages: lower BUDGET as the size work lands, never raise it casually.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, relative } from 'node:path';
import { staticGraph } from './static-graph.js';

const BUDGET = 24_500; // bytes, gzip -9 (23.9 KB: 23.4 KB measured on 24 Nov, + ~0.5 KB)
const TARGET = 15 * 1024;

const file = fileURLToPath(new URL('../dist/drop-in/status-survey.js', import.meta.url));
if (!existsSync(file)) {
  console.error('check-size: dist/drop-in/status-survey.js is missing; run `npm run build` first.');
  process.exit(1);
}
const files = [...staticGraph(file)];
const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
if (files.length > 1) console.log(`check-size: counting ${files.map((f) => relative(dirname(file), f)).join(' + ')}`);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const line = `<status-survey> drop-in: ${kb(gzip)} gzip (${gzip} B); budget ${kb(BUDGET)} (${BUDGET} B); target ${kb(TARGET)}`;
if (gzip > BUDGET) {
  console.error(`check-size: FAILED. ${line}.`);
  console.error(
    `dist/drop-in/status-survey.js is ${gzip - BUDGET} B over its gzip budget. Find what grew with` +
      ' `node bench/analyze.js --modules` and make it smaller; raise BUDGET in scripts/check-size.js' +
      ' only as a deliberate, reviewed decision.',
  );
  process.exit(1);
}
console.log(`check-size: ok. ${line}; ${BUDGET - gzip} B headroom.`);
