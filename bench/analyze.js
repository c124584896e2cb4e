#!/usr/bin/env node
// Where the drop-in's bytes go: rebuilds dist/drop-in/status-survey.js exactly as rollup.config.js
// does, with a source map, and attributes every minified byte to the source module it came from.
// For each group it also prints the marginal gzip: how much smaller the gzipped bundle would be
// without that group's bytes.  Usage (from the repository root): node bench/analyze.js [--modules]
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, relative } from 'node:path';
import { decodeVlq } from './source-map.js';

/** rollup.config.js's drop-in build of <status-survey> (output `file` or `dir`). */
function isStatusSurveyDropIn(c) {
  const out = c.output ?? {};
  return String(c.input).includes('status-survey') && (out.file?.includes('drop-in') || (out.dir?.includes('drop-in') && String(out.entryFileNames).startsWith('status-survey')));
}

const repo = join(fileURLToPath(new URL('.', import.meta.url)), '..');
process.chdir(repo); // rollup.config.js uses paths relative to the repository root
const { rollup } = await import(pathToFileURL(join(repo, 'node_modules/rollup/dist/es/rollup.js')).href);
const configs = (await import(pathToFileURL(join(repo, 'rollup.config.js')).href)).default;
const config = configs.find((c) => isStatusSurveyDropIn(c));
if (!config) throw new Error('no dist/drop-in/status-survey.js entry in rollup.config.js');

const log = console.log;
console.log = () => {}; // the config's size printer
// The real bundle, for the totals.
const real = (await (await rollup({ ...config, onwarn: () => {} })).generate(config.output)).output.find((o) => o.type === 'chunk' && o.isEntry);
// Plugins that rewrite the chunk without a source map (map: null) would break the attribution;
// the analysis build leaves them out. None is left (issue 14: no build step rewrites our code).
const mapless = [];
const plugins = config.plugins.filter((p) => !mapless.includes(p?.name));
const bundle = await rollup({ ...config, plugins, onwarn: () => {} });
const { output } = await bundle.generate({ ...config.output, sourcemap: true });
console.log = log;
const chunk = output.find((o) => o.type === 'chunk' && o.isEntry);
const code = chunk.code;
const map = chunk.map;

// --- decode the source map (base64 VLQ) into [line, startCol, endCol, source] ranges ----------
const lines = code.split('\n');
const owner = lines.map((l) => new Int32Array(l.length).fill(-1));
let src = 0;
let carried = -1; // multi-line template literals (html``, css``): continuation lines have no mappings
map.mappings.split(';').forEach((line, li) => {
  let col = 0;
  const segs = [[0, carried]];
  for (const seg of line.split(',').filter(Boolean)) {
    const v = decodeVlq(seg);
    col += v[0];
    if (v.length > 1) src += v[1];
    segs.push([col, v.length > 1 ? src : -1]);
  }
  // v[2], v[3] (original line and column) are not needed: only the source index is.
  for (let i = 0; i < segs.length; i++) {
    const [start, s] = segs[i];
    const end = i + 1 < segs.length ? segs[i + 1][0] : (lines[li]?.length ?? 0);
    if (owner[li]) owner[li].fill(s, start, end);
  }
  carried = segs[segs.length - 1][1];
});

const sources = map.sources.map((s) => relative(repo, join(repo, 'dist/drop-in', s)).replace(/\\/g, '/'));
function groupOf(path) {
  if (path === '(unmapped)') return 'glue (unmapped: rollup/terser)';
  if (/node_modules\/(lit-html|lit-element|@lit\/reactive-element|lit)\//.test(path)) return 'lit (lit-html, lit-element, reactive-element)';
  if (/node_modules\/@lit\/localize\//.test(path)) return '@lit/localize';
  if (/node_modules\/zod\/.*\/locales\//.test(path)) return 'zod: locales';
  if (/node_modules\/zod\/.*\/core\/regexes/.test(path)) return 'zod: core/regexes';
  if (/node_modules\/zod\/.*\/core\/schemas/.test(path)) return 'zod: core/schemas (every schema kind\'s parser)';
  if (/node_modules\/zod\/.*\/core\/checks/.test(path)) return 'zod: core/checks';
  if (/node_modules\/zod\/.*\/core\/util/.test(path)) return 'zod: core/util';
  if (/node_modules\/zod\/.*\/core\//.test(path)) return 'zod: core/other (api, errors, registries, to-json-schema, …)';
  if (/node_modules\/zod\/.*\/mini\//.test(path)) return 'zod: mini (constructors)';
  if (/node_modules\/zod\//.test(path)) return 'zod: other';
  if (/src\/generated\/locales\//.test(path)) return 'ours: English strings (generated/locales)';
  if (/src\/instruments\//.test(path)) return 'ours: instruments (schema + Danish strings)';
  if (/src\/schema-form\/.*styles/.test(path)) return 'ours: CSS (schema-form.styles)';
  if (/src\/schema-form\/messages/.test(path)) return 'ours: UI messages (Danish)';
  if (/src\/schema-form\//.test(path)) return 'ours: <schema-form> element';
  if (/src\/engine\//.test(path)) return 'ours: engine';
  if (/src\//.test(path)) return 'ours: other';
  return `other: ${path}`;
}

const bySource = new Map();
const byGroup = new Map();
const groupMask = new Map(); // group -> per-line boolean arrays of bytes owned
owner.forEach((arr, li) => {
  for (let c = 0; c < arr.length; c++) {
    const path = arr[c] === -1 ? '(unmapped)' : sources[arr[c]];
    bySource.set(path, (bySource.get(path) ?? 0) + 1);
    const g = groupOf(path);
    byGroup.set(g, (byGroup.get(g) ?? 0) + 1);
  }
});

const total = Buffer.byteLength(code);
const gz = (s) => gzipSync(Buffer.from(s), { level: 9 }).length;
const totalGz = gz(code);
/** The bundle with one group's characters removed: what gzip would save without it. */
function without(group) {
  return lines
    .map((line, li) => {
      let s = '';
      for (let c = 0; c < line.length; c++) {
        const path = owner[li][c] === -1 ? '(unmapped)' : sources[owner[li][c]];
        if (groupOf(path) !== group) s += line[c];
      }
      return s;
    })
    .join('\n');
}
const kb = (n) => (n / 1024).toFixed(1);
const realGz = gz(real.code);
log(`dist/drop-in/status-survey.js as built: ${kb(Buffer.byteLength(real.code))} KB minified, ${kb(realGz)} KB gzip`);
const left = config.plugins.filter((p) => mapless.includes(p?.name)).map((p) => p.name);
if (left.length) {
  log(`analysed without ${left.join(', ')} (no source map): ${kb(total)} KB minified, ${kb(totalGz)} KB gzip;` +
    ` ${left.join(', ')} saves ${kb(total - Buffer.byteLength(real.code))} KB minified, ${kb(totalGz - realGz)} KB gzip (English strings)`);
}
log('');
log('| group | minified KB | share | marginal gzip KB |');
log('|---|--:|--:|--:|');
for (const [g, n] of [...byGroup].sort((a, b) => b[1] - a[1])) {
  log(`| ${g} | ${kb(n)} | ${((100 * n) / total).toFixed(0)} % | ${kb(totalGz - gz(without(g)))} |`);
}
// Families: all of lit, all of zod, all of our code, all of our strings and CSS.
const family = (g) => (g.startsWith('zod') ? 'zod (all)' : g.startsWith('lit') || g.startsWith('@lit') ? 'lit + @lit/localize' : /strings|messages|CSS|instruments/.test(g) ? 'ours: strings, CSS, instrument definitions' : g.startsWith('ours') ? 'ours: code (element + engine)' : g);
const famBytes = new Map();
for (const [g, n] of byGroup) famBytes.set(family(g), (famBytes.get(family(g)) ?? 0) + n);
const withoutFamily = (f) =>
  lines.map((line, li) => {
    let s = '';
    for (let c = 0; c < line.length; c++) {
      const path = owner[li][c] === -1 ? '(unmapped)' : sources[owner[li][c]];
      if (family(groupOf(path)) !== f) s += line[c];
    }
    return s;
  }).join('\n');
log('\n| family | minified KB | share | marginal gzip KB |');
log('|---|--:|--:|--:|');
for (const [f, n] of [...famBytes].sort((a, b) => b[1] - a[1])) {
  if (n > 200) log(`| ${f} | ${kb(n)} | ${((100 * n) / total).toFixed(0)} % | ${kb(totalGz - gz(withoutFamily(f)))} |`);
}
if (process.argv.includes('--modules')) {
  log('\n| module | minified bytes |');
  log('|---|--:|');
  for (const [p, n] of [...bySource].sort((a, b) => b[1] - a[1])) log(`| ${p.replace(/^node_modules\//, '')} | ${n} |`);
}
// The modules rollup kept, with their rendered (pre-minification) length: which zod parts came along.
if (process.argv.includes('--rendered')) {
  log('\n| module (rollup renderedLength, before terser) | bytes |');
  log('|---|--:|');
  for (const [id, m] of Object.entries(chunk.modules).sort((a, b) => b[1].renderedLength - a[1].renderedLength)) {
    if (m.renderedLength) log(`| ${relative(repo, id)} | ${m.renderedLength} |`);
  }
}
if (process.argv.includes('--unmapped')) {
  owner.forEach((arr, li) => {
    let start = -1;
    for (let c = 0; c <= arr.length; c++) {
      if (c < arr.length && arr[c] === -1) { if (start < 0) start = c; }
      else if (start >= 0) { if (c - start > 200) log(`unmapped ${c - start}: ${lines[li].slice(start, start + 150)}`); start = -1; }
    }
  });
}
if (process.argv.includes('--unmapped2')) {
  const runs = [];
  owner.forEach((arr, li) => {
    let start = -1;
    for (let c = 0; c <= arr.length; c++) {
      if (c < arr.length && arr[c] === -1) { if (start < 0) start = c; }
      else if (start >= 0) { runs.push([c - start, lines[li].slice(start, start + 80)]); start = -1; }
    }
  });
  runs.sort((a, b) => b[0] - a[0]);
  log(runs.length, runs.slice(0, 15));
}
