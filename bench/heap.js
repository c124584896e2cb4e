#!/usr/bin/env node
// What the JS heap after GC is made of, for the benchmark's <status-survey> page against the
// plain HTML form (the floor: harness, puppeteer's utility world, an empty V8 context). Each load
// does what run.js does (fresh browser context, its listeners and timing reads, wait for the
// form, submit the empty form, HeapProfiler.collectGarbage, Runtime.getHeapUsage), so the figure
// is the benchmark's to the byte.
//
//   node bench/heap.js                           # used heap, 3 loads each of ours and plain
//   node bench/heap.js --snapshot                # + heap snapshots, grouped, ours − plain
//   node bench/heap.js --snapshot --build        # measure src/ as it is now (built in memory,
//                                                #   with a source map: code per source module)
//   node bench/heap.js --snapshot --build --functions   # + every function with baseline code
//   node bench/heap.js --stages                  # + the heap after each step of the load
//   node bench/heap.js --dir /tmp/old-drop-in    # measure another build of dist/drop-in
//   options: --loads 3, --peers ours,plain (also ours-ssr, and the stages: empty, module,
//   rendered; the first is measured against the second), --top 40, --json out.json,
//   --save-snapshots dir, --config rollup.config.js (with --build)
//
// Heap figures are deterministic for a given build and Chromium to a few hundred bytes: the
// loads show that they are.
import { mkdtempSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { peers } from './peers.js';
import { harness, launchOptions, timings } from './harness.js';
import { sourceLookup } from './source-map.js';
import { serve, roots, pages } from './server.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = join(here, '..');
const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
if (argv.includes('--help')) {
  console.log('node bench/heap.js [--loads 3] [--peers ours,plain] [--snapshot [--functions]] [--stages] [--build [--config rollup.config.js] | --dir drop-in-dir] [--top 40] [--json file] [--save-snapshots dir]');
  process.exit(0);
}
const loads = Number(opt('loads', 3));
const wanted = opt('peers', 'ours,plain').split(',');
const snapshot = argv.includes('--snapshot');
const top = Number(opt('top', 40));
const saveDir = opt('save-snapshots');

// ---- the drop-in measured ----------------------------------------------------------------------
/** Decoded source map of the built entry: (line, column) → source module. */
let sourceOf;
/** The built entry's lines, for a glimpse of a function's code. */
let builtLines;
if (argv.includes('--build')) {
  const cwd = process.cwd();
  process.chdir(repo);
  const { rollup } = await import(pathToFileURL(join(repo, 'node_modules/rollup/dist/es/rollup.js')).href);
  const configs = (await import(pathToFileURL(opt('config') ? join(process.cwd(), opt('config')) : join(repo, 'rollup.config.js')).href)).default;
  const config = configs.find((c) => String(c.input).includes('status-survey') && String(c.output?.entryFileNames).startsWith('status-survey'));
  const log = console.log;
  console.log = () => {};
  const plugins = config.plugins.map((p) => (p?.name === 'used-translations-only' ? withLineMap(p) : p));
  const bundle = await rollup({ ...config, plugins, onwarn: () => {} });
  const { output } = await bundle.generate({ ...config.output, sourcemap: true });
  console.log = log;
  process.chdir(cwd);
  const dir = mkdtempSync(join(tmpdir(), 'bench-heap-'));
  for (const o of output.filter((c) => c.type === 'chunk')) {
    mkdirSync(dirname(join(dir, o.fileName)), { recursive: true });
    writeFileSync(join(dir, o.fileName), o.code); // no sourceMappingURL: the map is used here only
  }
  roots['/ours/'] = dir;
  const lookup = sourceLookup(output.find((o) => o.type === 'chunk' && o.isEntry).map, repo);
  sourceOf = (line, col) => lookup(line, col) ?? (line === 0 && col === 0 ? '(module top level)' : `(unmapped ${line}:${col})`);
  builtLines = output.find((o) => o.type === 'chunk' && o.isEntry).code.split('\n');
  const entry = output.find((o) => o.isEntry).code;
  console.log(`Built src/ in memory: ${entry.length} B minified, ${gzipSync(entry, { level: 9 }).length} B gzip -9, served from ${dir}`);
} else {
  // Other builds may rewrite dist/ while this runs: measure a copy.
  const dir = mkdtempSync(join(tmpdir(), 'bench-heap-'));
  cpSync(opt('dir', roots['/ours/']), dir, { recursive: true });
  roots['/ours/'] = dir;
}

/**
 * used-translations-only rewrites the English table without a source map, which would shift
 * every later module in the attribution: give it a line-for-line map (identity within a line).
 * Only the map is affected; the code served is the same.
 */
function withLineMap(plugin) {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const vlq = (n) => {
    let v = n < 0 ? (-n << 1) | 1 : n << 1;
    let out = '';
    do {
      let d = v & 31;
      v >>>= 5;
      if (v) d |= 32;
      out += B64[d];
    } while (v);
    return out;
  };
  return {
    ...plugin,
    renderChunk(code, chunk, options, meta) {
      const result = plugin.renderChunk.call(this, code, chunk, options, meta);
      if (!result) return result;
      // Which input line each output line is: the plugin only removes whole lines.
      const input = code.split('\n');
      const output = result.code.split('\n');
      const origin = [];
      let j = 0;
      for (let i = 0; i < output.length; i++) {
        let k = j;
        while (k < input.length && input[k] !== output[i]) k++;
        if (k < input.length) j = k + 1;
        origin.push(k < input.length ? k : -1); // a line the plugin wrote itself: unmapped
      }
      let prevLine = 0;
      let prevCol = 0;
      const mappings = output.map((line, i) => {
        if (origin[i] < 0) return '';
        const segs = [];
        for (let c = 0; c < Math.max(1, line.length); c++) {
          segs.push(`${vlq(c === 0 ? 0 : 1)}A${vlq(c === 0 ? origin[i] - prevLine : 0)}${vlq(c - prevCol)}`);
          prevLine = origin[i];
          prevCol = c;
        }
        return segs.join(',');
      });
      return { code: result.code, map: { version: 3, sources: [chunk.fileName], sourcesContent: [code], names: [], mappings: mappings.join(';') } };
    },
  };
}


// ---- one load ----------------------------------------------------------------------------------
/**
 * `--stages`: the same page stopped earlier, to see which step of the load the heap comes from.
 * Pages added to the server's table here (server.js is not changed).
 */
const ours = peers.find((p) => p.id === 'ours');
const stages = [
  { id: 'empty', name: 'empty page (harness only)', page: '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>empty</title><link rel="icon" href="data:,"></head><body></body></html>', until: 'load' },
  {
    id: 'module',
    name: 'drop-in evaluated, no element',
    page: ours.page().replace(/<status-survey[^>]*><\/status-survey>/, ''),
    until: 'defined',
  },
  { id: 'rendered', name: 'form rendered, not submitted', page: ours.page(), until: 'form' },
];
for (const st of stages) pages[`/${st.id}.html`] = st.page;

async function load(browser, server, peer, withSnapshot, until = 'submit') {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    await page.evaluateOnNewDocument(harness(peer));
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    // As run.js: its listeners, metrics and timing reads change the page's heap too (~9 KB).
    page.on('request', () => {});
    page.on('response', () => {});
    page.on('requestfailed', () => {});
    await page.goto(`${server.url}/${peer.id}.html`, { waitUntil: 'load' });
    if (until === 'defined') await page.evaluate(() => customElements.whenDefined('status-survey'));
    if (until === 'form' || until === 'submit') {
      await page.waitForFunction(() => window.__bench?.formReady != null, { timeout: 30_000, polling: 50 });
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, { timeout: 10_000, polling: 50 });
      await cdp.send('Performance.getMetrics');
      await timings(page);
    }
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(r)), { timeout: 2000 })));
    if (until === 'submit') {
      await page.evaluate(() => window.__bench.submit());
      const errorCount = await page.evaluate(() => window.__bench.errorCount);
      if (errorCount !== 4) problems.push(`${errorCount} errors shown, expected 4`);
    }
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    let snap;
    if (withSnapshot) {
      await cdp.send('HeapProfiler.enable');
      const chunks = [];
      cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
      snap = chunks.join('');
      if (saveDir) {
        mkdirSync(saveDir, { recursive: true });
        writeFileSync(join(saveDir, `${peer.id}.heapsnapshot`), snap);
      }
      snap = JSON.parse(snap);
    }
    return { heap, problems, snap };
  } finally {
    await context.close();
  }
}

// ---- snapshot analysis -------------------------------------------------------------------------
/**
 * Self sizes by group. Groups: V8's node type, objects by constructor, code objects by kind
 * (bytecode, SharedFunctionInfo, feedback, scope info …), and, when the drop-in was built here
 * with a source map, bytecode/SharedFunctionInfos/closures of our script by source module.
 */
function summarize(snap, peerUrl) {
  const { meta } = snap.snapshot;
  const nf = meta.node_fields;
  const nodeTypes = meta.node_types[0];
  const ef = meta.edge_fields;
  const edgeTypes = meta.edge_types[0];
  const N = nf.length;
  const E = ef.length;
  const iType = nf.indexOf('type');
  const iName = nf.indexOf('name');
  const iSize = nf.indexOf('self_size');
  const iEdges = nf.indexOf('edge_count');
  const iEType = ef.indexOf('type');
  const iEName = ef.indexOf('name_or_index');
  const iTo = ef.indexOf('to_node');
  const { nodes, edges, strings } = snap;
  const count = nodes.length / N;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0, e = 0; i < count; i++) {
    firstEdge[i] = e;
    e += nodes[i * N + iEdges] * E;
    firstEdge[i + 1] = e;
  }
  const typeOf = (i) => nodeTypes[nodes[i * N + iType]];
  const nameOf = (i) => strings[nodes[i * N + iName]];
  const sizeOf = (i) => nodes[i * N + iSize];
  const edgesOf = function* (i) {
    for (let e = firstEdge[i]; e < firstEdge[i + 1]; e += E) {
      const t = edgeTypes[edges[e + iEType]];
      const name = t === 'element' || t === 'hidden' ? edges[e + iEName] : strings[edges[e + iEName]];
      yield { type: t, name, to: edges[e + iTo] / N };
    }
  };

  // Our code: every SharedFunctionInfo whose `script` is the drop-in, with what hangs off it
  // (bytecode and its tables, baseline machine code, scope info, feedback metadata) and its
  // closures with their feedback. A function's source module comes from a live closure's
  // position through the source map (when built here); SFIs with no live closure stay unnamed.
  const locOf = new Map(); // closure node → [line, column]
  const lf = meta.location_fields ?? ['object_index', 'script_id', 'line', 'column'];
  const [iObj, iLine, iCol] = ['object_index', 'line', 'column'].map((f) => lf.indexOf(f));
  for (let k = 0; k < (snap.locations?.length ?? 0); k += lf.length) {
    locOf.set(snap.locations[k + iObj] / N, [snap.locations[k + iLine], snap.locations[k + iCol]]);
  }
  const scripts = new Set();
  for (let i = 0; i < count; i++) if (typeOf(i) === 'code' && nameOf(i) === `system / Script / ${peerUrl}`) scripts.add(i);
  const sfiOf = new Map(); // closure → SFI
  const closuresOf = new Map(); // SFI → closures
  for (let i = 0; i < count; i++) {
    if (typeOf(i) !== 'closure') continue;
    for (const e of edgesOf(i)) {
      if (e.name !== 'shared') continue;
      sfiOf.set(i, e.to);
      if (!closuresOf.has(e.to)) closuresOf.set(e.to, []);
      closuresOf.get(e.to).push(i);
    }
  }
  const sfiModule = new Map(); // SFI node → source module
  for (let i = 0; i < count; i++) {
    if (typeOf(i) !== 'code' || !nameOf(i).startsWith('system / SharedFunctionInfo')) continue;
    if (![...edgesOf(i)].some((e) => e.name === 'script' && scripts.has(e.to))) continue;
    const loc = (closuresOf.get(i) ?? []).map((c) => locOf.get(c)).find(Boolean);
    sfiModule.set(i, !sourceOf ? 'drop-in' : loc ? sourceOf(loc[0], loc[1]) : undefined);
  }
  // A function with no live closure (a callback made per call, an IIFE) is named by the function
  // it is written in: the SFI whose bytecode's constant pool holds it.
  const bytecodeOf = (sfi) => {
    for (const e of edgesOf(sfi)) {
      if (e.name !== 'trusted_function_data') continue;
      if (nameOf(e.to) === 'system / BytecodeArray') return e.to;
      for (const f of edgesOf(e.to)) if (f.name === 'interpreter_data') return f.to;
    }
  };
  const parentOf = new Map();
  for (const sfi of sfiModule.keys()) {
    const bytecode = bytecodeOf(sfi);
    if (bytecode === undefined) continue;
    for (const e of edgesOf(bytecode)) {
      if (nameOf(e.to) !== '(constant pool)') continue;
      for (const f of edgesOf(e.to)) if (sfiModule.has(f.to) && f.to !== sfi) parentOf.set(f.to, sfi);
    }
  }
  const moduleOf = (sfi, depth = 0) => {
    const m = sfiModule.get(sfi);
    if (m !== undefined) return m;
    const parent = parentOf.get(sfi);
    const pm = parent === undefined || depth > 50 ? undefined : moduleOf(parent, depth + 1);
    return pm === undefined || pm === '(module top level)' ? '(no live closure, in the module top level)' : pm;
  };
  for (const sfi of [...sfiModule.keys()]) if (sfiModule.get(sfi) === undefined) sfiModule.set(sfi, moduleOf(sfi));
  const ownedBy = new Map(); // node → module
  const kindOf = new Map(); // node → bytecode | baseline code | function info | closures & feedback
  const kindFor = (name, edge, parentKind) => {
    if (edge === 'bytecode_offset_table' || /^system \/ (InstructionStream|Code|CodeWrapper)$/.test(name)) return 'baseline code';
    if (/^system \/ (BytecodeArray|BytecodeWrapper)/.test(name)) return 'bytecode';
    if (/^system \/ (SharedFunctionInfo|ScopeInfo|FeedbackMetadata|Uncompiled|PreparseData)/.test(name)) return 'function info';
    if (/^system \/ (FeedbackCell|FeedbackVector|ClosureFeedbackCellArray)/.test(name)) return 'closures & feedback';
    return parentKind;
  };
  const own = (node, module, depth, edge, parentKind) => {
    if (ownedBy.has(node) || sfiModule.has(node) || scripts.has(node)) return;
    const name = nameOf(node);
    if (typeOf(node) !== 'code' || /^system \/ (Map|Script|SharedFunctionInfo|Context)/.test(name)) return;
    const kind = kindFor(name, edge, parentKind);
    ownedBy.set(node, module);
    kindOf.set(node, kind);
    if (depth > 0) for (const e of edgesOf(node)) own(e.to, module, depth - 1, e.name, kind);
  };
  const baseline = []; // [module, function, machine code bytes, bytecode bytes]
  for (const [sfi, module] of sfiModule) {
    ownedBy.set(sfi, module);
    kindOf.set(sfi, 'function info');
    for (const e of edgesOf(sfi)) own(e.to, module, 3, e.name, 'function info');
    for (const closure of closuresOf.get(sfi) ?? []) {
      ownedBy.set(closure, module);
      kindOf.set(closure, 'closures & feedback');
      for (const e of edgesOf(closure)) if (e.name === 'feedback_cell') own(e.to, module, 2, e.name, 'closures & feedback');
    }
    const data = [...edgesOf(sfi)].find((e) => e.name === 'trusted_function_data')?.to;
    if (data !== undefined && nameOf(data) === 'system / Code') {
      const parts = [...edgesOf(data)];
      const code = parts.find((e) => e.name === 'instruction_stream');
      const bytecode = parts.find((e) => e.name === 'interpreter_data');
      // Where it is: its own code, or the start of the function it is written in.
      let where = '';
      for (let f = sfi, hops = 0; f !== undefined && hops < 5; f = parentOf.get(f), hops++) {
        const loc = (closuresOf.get(f) ?? []).map((c) => locOf.get(c)).find(Boolean);
        if (loc && builtLines) {
          where = `${hops ? 'in ' : ''}\`${builtLines[loc[0]]?.slice(loc[1], loc[1] + 50).replace(/\|/g, '¦').replace(/\s+/g, ' ')}\``;
          break;
        }
      }
      baseline.push([module, nameOf(sfi).replace(/^system \/ SharedFunctionInfo \/? ?/, '') || '(anonymous)', code ? sizeOf(code.to) : 0, bytecode ? sizeOf(bytecode.to) : 0, where]);
    }
  }

  const byType = new Map();
  const byGroup = new Map();
  const byModule = new Map();
  const byModuleKind = new Map();
  const byKind = new Map();
  const byHeap = new Map();
  const byGroupV8 = new Map();
  const add = (map, key, size) => {
    const v = map.get(key) ?? { size: 0, count: 0 };
    v.size += size;
    v.count++;
    map.set(key, v);
  };
  // Drop-in class names are minified: name them by where their constructor is defined.
  const classModule = new Map();
  if (sourceOf) {
    for (const [closure, sfi] of sfiOf) {
      const loc = locOf.get(closure);
      if (!loc || !sfiModule.has(sfi)) continue;
      const n = nameOf(closure);
      const m = sourceOf(loc[0], loc[1]);
      if (!classModule.has(n)) classModule.set(n, new Set());
      classModule.get(n).add(m.replace(/^.*\/(src|dist)\//, '').replace(/\.(js|ts)$/, ''));
    }
  }
  const texts = new Map(); // string value → total self size, for the list of largest strings
  let total = 0;
  for (let i = 0; i < count; i++) {
    const t = typeOf(i);
    const size = sizeOf(i);
    const name = nameOf(i);
    total += size;
    add(byType, t, size);
    // `system / Context / scope @123` → `system / Context`: ids make every node a group of its own.
    const system = /^system \/ ([\w ]+?)(?: \/|$)/.exec(name)?.[1];
    let group;
    if (system) group = `${t}: system / ${system}`;
    else if (t === 'object' || t === 'native' || t === 'hidden' || t === 'synthetic') {
      const where = classModule.get(name);
      group = `${t}: ${name.length > 60 ? `${name.slice(0, 57)}…` : name}${where && t === 'object' && name.length < 4 ? ` (${[...where].slice(0, 2).join(' | ')})` : ''}`;
    } else if (t === 'array') group = `array: ${name || '(unnamed)'}`;
    else group = t;
    if (ownedBy.has(i)) group += ' [drop-in code]';
    add(byGroup, group, size);
    const module = ownedBy.get(i);
    if (module) {
      add(byModule, module, size);
      add(byModuleKind, `${module}\t${kindOf.get(i)}`, size);
      add(byKind, kindOf.get(i), size);
    }
    // Blink's own objects and external string payloads (script sources, say) are outside the
    // V8 heap that Runtime.getHeapUsage reports.
    const outside = (t === 'native' && !name.startsWith('system /')) || name === 'system / ExternalStringData';
    add(byHeap, outside ? (t === 'native' && name !== 'system / ExternalStringData' ? 'Blink objects (outside the V8 heap)' : 'external string data (outside the V8 heap)') : 'V8 heap', size);
    if (!outside) add(byGroupV8, group, size);
    if (/string/.test(t) && !outside) {
      const v = texts.get(name) ?? { size: 0, count: 0 };
      v.size += size;
      v.count++;
      texts.set(name, v);
    }
  }
  return { total, byType, byGroup, byGroupV8, byHeap, byModule, byModuleKind, byKind, baseline, strings: texts };
}

// ---- report ------------------------------------------------------------------------------------
const kib = (n) => (n / 1024).toFixed(1);
const mib = (n) => (n / 2 ** 20).toFixed(3);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function diffTable(title, ours, floor, n) {
  const keys = new Set([...ours.keys(), ...(floor?.keys() ?? [])]);
  const rows = [...keys]
    .map((k) => {
      const a = ours.get(k) ?? { size: 0, count: 0 };
      const b = floor?.get(k) ?? { size: 0, count: 0 };
      return { k, a, b, d: a.size - b.size, dc: a.count - b.count };
    })
    .sort((x, y) => Math.abs(y.d) - Math.abs(x.d));
  console.log(`\n| ${title} | ${first} KiB | ${floor ? `${second} KiB | Δ KiB | Δ count |` : 'count |'}`);
  console.log(floor ? '|---|--:|--:|--:|--:|' : '|---|--:|--:|');
  for (const r of rows.slice(0, n)) {
    if (floor) console.log(`| ${r.k} | ${kib(r.a.size)} | ${kib(r.b.size)} | ${r.d >= 0 ? '+' : ''}${kib(r.d)} | ${r.dc >= 0 ? '+' : ''}${r.dc} |`);
    else console.log(`| ${r.k} | ${kib(r.a.size)} | ${r.a.count} |`);
  }
  const sum = rows.reduce((s, r) => s + r.d, 0);
  if (floor) console.log(`| (sum of all ${rows.length} groups) | | | ${sum >= 0 ? '+' : ''}${kib(sum)} | |`);
}

const server = await serve();
const browser = await puppeteer.launch(launchOptions);
const results = {};
try {
  console.log(`Chromium ${(await browser.version()).replace(/^(Headless)?Chrome\//, '')}; ${loads} loads per page, each in a fresh browser context`);
  for (const id of wanted) {
    const stage = stages.find((st) => st.id === id);
    const peer = stage ? { ...ours, id, name: stage.name } : peers.find((p) => p.id === id);
    if (!peer) throw new Error(`unknown peer ${id}`);
    results[id] = { heaps: [] };
    for (let i = 0; i < loads; i++) {
      // The snapshot of the last load: the heap figure is read before it is taken.
      const r = await load(browser, server, peer, snapshot && i === loads - 1, stage?.until);
      for (const p of r.problems) console.log(`warning: ${id}: ${p}`);
      results[id].heaps.push(r.heap);
      if (r.snap) results[id].summary = summarize(r.snap, `${server.url}${peer.js[0] ?? '/none'}`);
    }
    const hs = results[id].heaps;
    console.log(`${peer.name}: heap after GC ${mib(median(hs))} MiB median (${hs.map((h) => h).join(', ')} B)`);
  }
} finally {
  await browser.close();
  await server.close();
}

if (argv.includes('--stages')) {
  const server = await serve();
  const browser = await puppeteer.launch(launchOptions);
  try {
    console.log('\n| stage | heap after GC KiB | Δ from the previous stage KiB |\n|---|--:|--:|');
    let previous;
    const rows = [...stages.map((st) => [st.name, { ...ours, id: st.id }, st.until]), ['form submitted (the benchmark)', ours, 'submit']];
    for (const [name, peer, until] of rows) {
      const heaps = [];
      for (let i = 0; i < loads; i++) heaps.push((await load(browser, server, peer, false, until)).heap);
      const h = median(heaps);
      console.log(`| ${name} | ${kib(h)} | ${previous === undefined ? '' : `+${kib(h - previous)}`} |`);
      previous = h;
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

// The first page is measured against the second (the floor): ours − plain unless --peers says otherwise.
const [first, second] = wanted;
if (results.ours && results.plain) {
  const d = median(results.ours.heaps) - median(results.plain.heaps);
  console.log(`\nours − plain: ${kib(d)} KiB (${mib(d)} MiB); target ≤ 1.2 MiB: ${median(results.ours.heaps) <= 1.2 * 2 ** 20 ? 'met' : 'MISSED'} (${mib(median(results.ours.heaps))} MiB)`);
}
if (snapshot) {
  const o = results[first]?.summary;
  const p = results[second]?.summary;
  if (o) {
    console.log(`\nSnapshot totals (self sizes, after the snapshot's own GC): ${first} ${kib(o.total)} KiB${p ? `, ${second} ${kib(p.total)} KiB, Δ ${kib(o.total - p.total)} KiB` : ''}`);
    diffTable('where', o.byHeap, p?.byHeap, 5);
    diffTable('V8 heap by node type', o.byType, p?.byType, 20);
    diffTable('V8 heap by group', o.byGroupV8, p?.byGroupV8, top);
    if (o.byModule.size) {
      console.log(`\nCode of the drop-in, by ${sourceOf ? 'source module (of a live closure of the function)' : 'script (rebuild with --build for modules)'}, KiB:`);
      const kinds = ['bytecode', 'baseline code', 'function info', 'closures & feedback'];
      console.log(`\n| module | ${kinds.join(' | ')} | all |\n|---|${kinds.map(() => '--:|').join('')}--:|`);
      const rows = [...o.byModule].sort((a, b) => b[1].size - a[1].size);
      for (const [m, v] of rows.slice(0, top)) {
        console.log(`| ${m} | ${kinds.map((k) => kib(o.byModuleKind.get(`${m}\t${k}`)?.size ?? 0)).join(' | ')} | ${kib(v.size)} |`);
      }
      const sum = rows.reduce((s, [, v]) => s + v.size, 0);
      console.log(`| (all) | ${kinds.map((k) => kib(o.byKind.get(k)?.size ?? 0)).join(' | ')} | ${kib(sum)} |`);
      // bytecode: BytecodeArray with constant pool and source positions; baseline code: Sparkplug's
      // machine code for functions that ran often enough; function info: SharedFunctionInfo,
      // ScopeInfo, FeedbackMetadata; closures & feedback: JSFunction, FeedbackCell/Vector.
      const fns = [...o.baseline].sort((a, b) => b[2] - a[2]);
      console.log(`\nFunctions of the drop-in with baseline (Sparkplug) code: ${fns.length}, ${kib(fns.reduce((s, f) => s + f[2], 0))} KiB of machine code. By module:\n`);
      const per = new Map();
      for (const [m, , c] of fns) per.set(m, [(per.get(m)?.[0] ?? 0) + 1, (per.get(m)?.[1] ?? 0) + c]);
      console.log('| module | functions | KiB |\n|---|--:|--:|');
      for (const [m, [n, c]] of [...per].sort((a, b) => b[1][1] - a[1][1])) console.log(`| ${m} | ${n} | ${kib(c)} |`);
      if (argv.includes('--functions')) {
        console.log('\n| module | function | machine code B | bytecode B | code |\n|---|---|--:|--:|---|');
        for (const [m, f, c, b, w] of fns) console.log(`| ${m} | ${f} | ${c} | ${b} | ${w} |`);
      }
    }
    // Strings in ours and not in plain, largest first (a string's heap size, times its copies).
    const rows = [...o.strings].filter(([k]) => !p?.strings.has(k)).sort((a, b) => b[1].size - a[1].size);
    const sum = rows.reduce((s, [, v]) => s + v.size, 0);
    console.log(`\nStrings only in ${first}: ${rows.length}, ${kib(sum)} KiB; the largest:\n\n| B | × | string |\n|--:|--:|---|`);
    for (const [k, v] of rows.slice(0, Math.min(top, 25))) console.log(`| ${v.size} | ${v.count} | ${JSON.stringify(k.slice(0, 90)).replace(/\|/g, '\\|')} |`);
  }
}
const jsonOut = opt('json');
if (jsonOut) {
  const plainMap = (m) => m && Object.fromEntries([...m].sort((a, b) => b[1].size - a[1].size));
  writeFileSync(
    jsonOut,
    JSON.stringify(
      Object.fromEntries(
        Object.entries(results).map(([k, v]) => [k, { heaps: v.heaps, ...(v.summary && { total: v.summary.total, byType: plainMap(v.summary.byType), byGroup: plainMap(v.summary.byGroup), byGroupV8: plainMap(v.summary.byGroupV8), byModule: plainMap(v.summary.byModule) }) }]),
      ),
      null,
      2,
    ),
  );
}
