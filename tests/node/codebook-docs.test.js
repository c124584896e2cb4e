// The committed readable codebook (codebook/*.md) is exactly what the build makes from the
// instruments, and the repository's documents point at files that exist: a reader of the
// repository never sees wording or codes the product no longer has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { built, committed, documents } from '../../scripts/codebook-docs.js';

test('codebook/*.md is the build\'s codebook, one per instrument', () => {
  const files = documents();
  assert.ok(files.length >= 3, `dist/codebook/ has ${files.length} documents`);
  for (const file of files) {
    assert.ok(existsSync(committed + file), `codebook/${file} is missing: run npm run build && npm run codebook:docs`);
    assert.equal(readFileSync(committed + file, 'utf8'), readFileSync(built + file, 'utf8'),
      `codebook/${file} is stale: run npm run build && npm run codebook:docs, and bump the codebook version if codes changed`);
  }
});

test('the codebook index links every instrument document and the changelog', () => {
  const index = readFileSync(committed + 'README.md', 'utf8');
  for (const file of [...documents(), 'CHANGELOG.md']) assert.match(index, new RegExp(`\\]\\(${file.replace('.', '\\.')}\\)`), `codebook/README.md links ${file}`);
});

test('no document or script in the repository points outside it (../shared)', () => {
  const root = new URL('../../', import.meta.url);
  const offenders = [];
  const walk = (dir) => {
    for (const entry of readdirSync(new URL(dir, root), { withFileTypes: true })) {
      if (['node_modules', 'dist', '.git'].includes(entry.name)) continue;
      const path = dir + entry.name;
      if (entry.isDirectory()) walk(path + '/');
      else if (/\.(md|js|mjs|ts|json|html)$/.test(entry.name) && !path.endsWith('codebook-docs.test.js')
        && readFileSync(new URL(path, root), 'utf8').includes('../shared')) offenders.push(path);
    }
  };
  walk('');
  assert.deepEqual(offenders, []);
});
