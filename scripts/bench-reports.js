// Benchmark of the report module (src/reports): how long computeReport takes, from stored
// envelopes to the finished report (validation, duplicates, indicators, break-downs,
// distributions, changes), for 1k, 10k and 100k envelopes. Node, no DOM.
//
//   node scripts/bench-reports.js            prints the figures
//   node scripts/bench-reports.js --check    also fails when 100k take 0.5 s or more
//
// The module is bundled with esbuild first, as a server would use it. Each size is timed on
// fresh envelopes (a realistic sample from generateSample, cut to size) after warm-up runs and
// a full garbage collection; the median of the runs is reported.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

// Each timed run starts after a full garbage collection, so it does not pay for the previous
// run's garbage: that needs --expose-gc, which the script adds itself.
if (typeof globalThis.gc !== 'function') {
  const { status } = spawnSync(process.execPath, ['--expose-gc', ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(status ?? 1);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bench-reports-'));
const outfile = join(dir, 'reports.mjs');
await build({ entryPoints: [join(root, 'src/reports/index.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
const { computeReport, generateSample } = await import(pathToFileURL(outfile).href);
rmSync(dir, { recursive: true, force: true });

const sizes = [1_000, 10_000, 100_000];
const runs = Number(process.env.RUNS ?? 7);
const period = { from: '2025-01-01', to: '2025-12-31' };
// About 6.7 envelopes per resident in the sample: enough residents for the largest size.
const all = generateSample({ residents: Math.ceil(sizes.at(-1) / 6), year: 2025, seed: 42 });
// A fresh deep copy per run, so nothing is reused between runs (as when read from storage).
const fresh = (n) => JSON.parse(JSON.stringify(all.slice(0, n)));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];
for (const size of sizes) {
  for (let i = 0; i < 3; i++) computeReport(fresh(size), period); // warm-up
  const times = [];
  const cpu = [];
  let report;
  for (let i = 0; i < runs; i++) {
    const envelopes = fresh(size);
    globalThis.gc();
    const start = performance.now();
    const startCpu = process.cpuUsage();
    report = computeReport(envelopes, period);
    const used = process.cpuUsage(startCpu);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const ms = median(times);
  results.push({ size, ms, min: Math.min(...times), cpu: median(cpu), perItem: (ms * 1000) / size, residents: report.totals.residents });
}

const fmt = (n, d = 1) => n.toFixed(d);
console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load ${loadavg().map((l) => fmt(l, 2)).join(' ')}; median of ${runs} runs`);
// CPU time (this process, all threads) beside wall time: on a shared machine the wall time
// also holds the time other processes had the CPU.
console.log('| envelopes | residents | median ms | min ms | CPU ms (median) | µs per envelope |');
console.log('|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  console.log(`| ${r.size.toLocaleString('en')} | ${r.residents.toLocaleString('en')} | ${fmt(r.ms)} | ${fmt(r.min)} | ${fmt(r.cpu)} | ${fmt(r.perItem, 2)} |`);
}
const [small, medium, large] = results;
// 1 = exactly linear. At 1k, fixed costs (building the lookup tables) still show.
console.log(
  `Cost per envelope, 100k ÷ 10k: ${fmt(large.perItem / medium.perItem, 2)}; 100k ÷ 1k: ${fmt(large.perItem / small.perItem, 2)} (1 = linear).`,
);
const largest = results.at(-1);
if (process.argv.includes('--check') && largest.ms >= 500) {
  console.error(`100k envelopes took ${fmt(largest.ms)} ms: the budget is 500 ms.`);
  process.exit(1);
}
