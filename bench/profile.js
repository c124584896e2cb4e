#!/usr/bin/env node
// Where the milliseconds go until <status-survey> is on screen: loads the page N times (fresh
// browser context each), with a main-thread trace and a V8 CPU profile, and prints medians of
//  - the critical path (HTML received → drop-in received → element defined → form rendered),
//  - main-thread self time by trace event (parse, compile, evaluate, style, layout, paint …),
//  - CPU self time by source module and by function (the drop-in rebuilt with a source map).
// Usage (from the repository root): node bench/profile.js [--loads 10] [--peer ours|plain|…]
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumPath, chromiumArgs } from '../scripts/chromium-path.js';
import { peers } from './peers.js';
import { harness } from './harness.js';
import { sourceLookup } from './source-map.js';
import { serve, roots } from './server.js';

/** rollup.config.js's drop-in build of <status-survey> (output `file` or `dir`). */
function isStatusSurveyDropIn(c) {
  const out = c.output ?? {};
  return String(c.input).includes('status-survey') && (out.file?.includes('drop-in') || (out.dir?.includes('drop-in') && String(out.entryFileNames).startsWith('status-survey')));
}

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = join(here, '..');
const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const loads = Number(opt('loads', 10));
const peer = peers.find((p) => p.id === opt('peer', 'ours'));

// ---- the drop-in with a source map, built exactly as rollup.config.js builds it ----------------
let sourceMap;
let builtLines;
if (peer.id === 'ours') {
  const cwd = process.cwd();
  process.chdir(repo);
  const { rollup } = await import(pathToFileURL(join(repo, 'node_modules/rollup/dist/es/rollup.js')).href);
  const config = (await import(pathToFileURL(join(repo, 'rollup.config.js')).href)).default.find((c) => isStatusSurveyDropIn(c));
  const log = console.log;
  console.log = () => {};
  const bundle = await rollup({ ...config, onwarn: () => {} });
  const { output } = await bundle.generate({ ...config.output, sourcemap: true });
  const entry = output.find((o) => o.type === 'chunk' && o.isEntry);
  console.log = log;
  process.chdir(cwd);
  const dir = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  // Every chunk, without a sourceMappingURL comment: the map is used here only.
  for (const o of output.filter((c) => c.type === 'chunk')) {
    mkdirSync(dirname(join(dir, o.fileName)), { recursive: true });
    writeFileSync(join(dir, o.fileName), o.code);
  }
  builtLines = entry.code.split('\n');
  roots['/ours/'] = dir;
  const lookup = sourceLookup(entry.map, repo);
  sourceMap = (line, col, withLine) => lookup(line, col, withLine) ?? '(unknown)';
}


// ---- loads -------------------------------------------------------------------------------------
const server = await serve();
const browser = await puppeteer.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  defaultViewport: { width: 1280, height: 900 },
});
const categories = ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading'];
const runs = [];
try {
  for (let i = 0; i <= loads; i++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await page.evaluateOnNewDocument(harness(peer));
    await page.tracing.start({ categories });
    await cdp.send('Profiler.start');
    await page.goto(`${server.url}/${peer.id}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench?.formReady != null, { timeout: 30_000, polling: 50 });
    const { profile } = await cdp.send('Profiler.stop');
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    const marks = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const res = performance.getEntriesByType('resource').filter((r) => r.initiatorType === 'script' || r.initiatorType === 'link');
      return {
        'HTML received': nav.responseEnd,
        'scripts/CSS received': Math.max(0, ...res.map((r) => r.responseEnd)),
        'DOMContentLoaded': nav.domContentLoadedEventEnd,
        'element defined': window.__bench.defined,
        'form rendered': window.__bench.formReady,
      };
    });
    await context.close();
    if (i > 0) runs.push({ marks, trace, profile }); // the first load warms the machine up
  }
} finally {
  await browser.close();
  await server.close();
}

// ---- analysis ----------------------------------------------------------------------------------
const median = (xs) => {
  const s = xs.filter((v) => v != null).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const f = (n) => (Number.isNaN(n) ? '–' : n.toFixed(1));
const table = (title, rows, n = 15) => {
  console.log(`\n| ${title} | ms (median) |\n|---|--:|`);
  for (const [k, v] of rows.slice(0, n)) console.log(`| ${k} | ${f(v)} |`);
};
const mergeMedians = (maps) => {
  const keys = new Set(maps.flatMap((m) => [...m.keys()]));
  return [...keys].map((k) => [k, median(maps.map((m) => m.get(k) ?? 0))]).sort((a, b) => b[1] - a[1]);
};

console.log(`${peer.name}: ${runs.length} loads (after 1 warm-up), each in a fresh browser context; CPU sampling every 0.1 ms adds some overhead.`);
console.log('\n| critical path | ms after navigation start (median) |\n|---|--:|');
for (const k of Object.keys(runs[0].marks)) console.log(`| ${k} | ${f(median(runs.map((r) => r.marks[k])))} |`);

// Main-thread self time per trace event, from navigation start to the rendered form.
function traceSelf({ trace, marks }) {
  const events = trace.traceEvents ?? trace;
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes(`/${peer.id}.html`));
  const mainTids = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === nav?.pid).map((e) => e.tid));
  const end = nav.ts + marks['form rendered'] * 1000;
  const xs = events.filter((e) => e.ph === 'X' && e.pid === nav.pid && mainTids.has(e.tid) && e.ts >= nav.ts && e.ts < end && e.dur != null).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const e of xs) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur / 1000);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur / 1000);
    stack.push(e);
  }
  self.delete('RunTask'); self.delete('ThreadControllerImpl::RunTask'); // scheduler wrappers
  return self;
}
table('main thread, self time by trace event (navigation start → form rendered)', mergeMedians(runs.map(traceSelf)).filter(([, v]) => v >= 0.3));

// CPU profile self time, by module and by function.
function profileSelf({ profile }, by) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    let where = url ? url.replace(server.url, '') : functionName || '(anonymous)';
    if (url && url.includes('/ours/') && sourceMap) {
      where = sourceMap(lineNumber, columnNumber, by !== 'module');
      // Minified dependencies (lit ships minified): show the start of the function's code.
      if (by !== 'module' && argv.includes('--snippets')) where += ` \`${builtLines[lineNumber]?.slice(columnNumber, columnNumber + 60)}\``;
    }
    const key = by === 'module' ? where : `${functionName || '(anonymous)'} — ${where}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  self.delete('(idle)');
  self.delete('(idle) — (idle)');
  return self;
}
table('CPU self time by module ((program) = browser work outside JS)', mergeMedians(runs.map((r) => profileSelf(r, 'module'))), 20);
table('CPU self time by function', mergeMedians(runs.map((r) => profileSelf(r, 'function'))), 20);
