// The consumer matrix: the packed tarball as each kind of host uses it, each in a small app of its
// own, all from one shared install (one temp dir, one package.json, one `npm install`). Run by
// `npm test` after the build; prints one PASS or FAIL line per consumer and the install's time.
//
// The versions are pinned to ones that install on Node 20 with npm 10 and 11 (Vite 8 does not
// install on npm 10; Vite 6 supports every Node 20).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { consumers } from './consumers/index.js';

const root = resolve(import.meta.dirname, '..');
// CONSUMERS_DIR keeps the apps (and their install) for a look afterwards.
const dir = process.env.CONSUMERS_DIR ?? mkdtempSync(join(tmpdir(), 'raadgivning-consumers-'));
const npm = (args, cwd) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const devDependencies = {
  vite: '~6.4.6',
  '@rollup/plugin-node-resolve': '~16.0.3',
  esbuild: '~0.25.12',
  typescript: '~5.9.3',
  react: '~19.3.1',
  '@types/react': '~19.3.3',
  vue: '~3.5.45',
  'vue-tsc': '~3.3.14',
  // 5.x: 6.x needs Node 20.19.
  '@vitejs/plugin-vue': '~5.2.4',
  '@angular/core': '~20.3.35',
  '@angular/compiler': '~20.3.35',
  '@angular/compiler-cli': '~20.3.35',
  rxjs: '^7.8.2',
  tslib: '^2.8.1',
};

let failed = 0;
const started = performance.now();
try {
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], root));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumers', private: true, type: 'module', dependencies: { 'raadgivning-forms': `file:./${packed.filename}` }, devDependencies }, null, 2),
  );
  const installing = performance.now();
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline'], dir);
  console.log(`consumers: one shared install in ${seconds(installing)}`);

  for (const consumer of consumers) {
    const app = join(dir, consumer.name);
    mkdirSync(app, { recursive: true });
    for (const [file, text] of Object.entries(consumer.files)) {
      mkdirSync(dirname(join(app, file)), { recursive: true });
      writeFileSync(join(app, file), text);
    }
    const since = performance.now();
    try {
      await consumer.run({ app, dir, root });
      console.log(`PASS consumer ${consumer.name}: ${consumer.what} (${seconds(since)})`);
    } catch (error) {
      failed++;
      const out = [error.message, error.stdout, error.stderr].filter(Boolean).join('\n').trim().split('\n').slice(0, 12).join('\n    ');
      console.error(`FAIL consumer ${consumer.name}: ${consumer.what}\n    ${out}`);
    }
  }
} catch (error) {
  failed++;
  console.error(`FAIL consumers: ${String(error.stderr || error.message).trim().split('\n').slice(0, 8).join(' | ')}`);
} finally {
  if (!process.env.CONSUMERS_DIR) rmSync(dir, { recursive: true, force: true });
}
console.log(`consumers: ${consumers.length} apps in ${seconds(started)}`);
if (failed) process.exit(1);
