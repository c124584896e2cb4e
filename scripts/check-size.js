#!/usr/bin/env node
// Size budgets for the drop-ins: fails when a bundle in dist/drop-in/, with every chunk it imports
// statically (and any translation chunk), gzipped at level 9, grows past its budget (counted by
// scripts/size-budgets.js, as the consumer matrix counts it). Bytes are deterministic, so they
// belong in CI; load times are not, and stay in the benchmark (npm run bench, BENCHMARKS.md). Run after
// `npm run build`.
//
// Each budget is the size measured when it was set plus about 0.5 KB. <status-survey>: at most
// 25,600 B with both languages (issue 14's product decision; its 15 KB target is retired).
// Lower a budget as size work lands; raise one only as a deliberate, reviewed decision.
import { dirname, relative } from 'node:path';
import { dropIn } from './size-budgets.js';

/** Bytes, gzip -9: measured on 24 November 2026 + ~0.5 KB (status-survey: kept at its earlier budget; 24,261 B measured). */
const BUDGETS = {
  // +200 B (2026-12-02): the responseId and `replaces` of corrections (+173 B); issue 14
  // allows <status-survey> up to 25,600 B.
  // +300 B more (24,890 B measured): the envelope rules, a CPR-shaped resident id refused with
  // a message in both languages (+380 B in every element; the report: the same rules).
  // +200 B more (25,055 B measured): value semantics (an equal value keeps the answers, a value
  // set before upgrade is applied) and a draft store whose remove fails (+165 B).
  // Issue 14, one product (2026-12-02): no build step rewrites our code any more, so full message
  // ids, every English message of a module and @lit/localize's id hash are in every bundle,
  // as in the npm modules: measured + ~100 B (status-survey: the product decision).
  'status-survey.js': 25_600, // 25,573 B measured
  // +200 B: postcodes under 1000 refused, with their message in both languages (+~170 B).
  'master-data-form.js': 29_350, // 29,046 B measured
  'evaluation-form.js': 29_850, // 29,758 B measured
  // +300 B (2026-12-02): the economic results of ended courses in every report (+186 B).
  // +1,650 B (44,038 B measured): issue 14, one product (see above).
  // +200 B: the same postcode rule (the report validates master data).
  // +750 B (2026-12-02; 45,014 B measured): issue 12, the report view: the economic results
  // shown as a section with its CSV, in both languages (five new messages), charts drawn as
  // HTML labels beside SVG bars so they stay legible on a phone, the tables' scroll cue, and
  // on a phone row headings and captions that stay in view while a table scrolls.
  'indicator-report.js': 45_100,
  // +500 B (2026-12-02; 54,904 B measured): every element makes a responseId and takes
  // `replaces`, and the report counts corrections (+443 B of it).
  // +1,800 B (2026-12-02; 56,638 B measured): all.js exports the whole API, now with
  // instrumentFromJson, the reader of an instrument as data (its zod schema of the definition
  // format, +1.6 KB): the bundle a case system without a build step uses for its own questionnaire.
  // +300 B (56,933 B measured): the envelope rules.
  // +300 B more for the economic results of ended courses; +200 B for value semantics.
  // +1,700 B (59,196 B measured): issue 14, one product (see above).
  // +200 B: postcodes under 1000 refused (59,358 B measured).
  // +800 B (60,202 B measured): the report view of issue 12, as in indicator-report.js.
  // +12,300 B (2026-12-02; 72,285 B measured, +12,083 B): the quality model's self-assessment
  // (issue 15), exported with every instrument: its five standards, 11 elements and 39 indicators
  // and considerations worded in Danish and English, the zod schema of its 95 answers, and its
  // report. No other drop-in loads it (each grew 19-29 B: defineInstrument's repeated rows, so
  // status-survey is at 25,599 B of its 25,600).
  'all.js': 72_600,
};
const TARGET = {};

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let failed = false;
for (const [name, budget] of Object.entries(BUDGETS)) {
  let measured;
  try {
    measured = dropIn(name);
  } catch (error) {
    console.error(`check-size: ${error.message}`);
    process.exit(1);
  }
  const { file, files, bytes: gzip } = measured;
  const counted = files.length > 1 ? ` (${files.map((f) => relative(dirname(file), f)).join(' + ')})` : '';
  const target = TARGET[name] ? `; target ${kb(TARGET[name])}` : '';
  const line = `${name}${counted}: ${kb(gzip)} gzip (${gzip} B); budget ${budget} B${target}`;
  if (gzip > budget) {
    failed = true;
    console.error(`check-size: FAILED. ${line}: ${gzip - budget} B over.`);
  } else {
    console.log(`check-size: ok. ${line}; ${budget - gzip} B headroom.`);
  }
}
if (failed) {
  console.error(
    'Find what grew with `node bench/analyze.js --modules` and make it smaller; raise a budget in' +
      ' scripts/check-size.js only as a deliberate, reviewed decision.',
  );
  process.exit(1);
}
