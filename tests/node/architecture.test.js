// ARCHITECTURE.md is the codemap a newcomer reads first: it must name every source folder, so
// a folder added without a line there fails here instead of going unmentioned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const map = readFileSync(new URL('ARCHITECTURE.md', root), 'utf8');

test('ARCHITECTURE.md names every folder of src/ and demo/', () => {
  for (const top of ['src', 'demo']) {
    const dirs = readdirSync(new URL(`${top}/`, root), { withFileTypes: true }).filter((d) => d.isDirectory());
    for (const d of dirs) {
      const name = top === 'src' ? `src/${d.name}/` : `${d.name}/`;
      assert.ok(map.includes(name), `ARCHITECTURE.md does not mention ${top}/${d.name}/`);
    }
  }
});

test('ARCHITECTURE.md names only files that exist', () => {
  for (const [, path] of map.matchAll(/`((?:src|scripts|tests|demo)\/[\w./-]+\.(?:ts|js))`/g)) {
    assert.doesNotThrow(() => readFileSync(new URL(path, root)), `${path} is in ARCHITECTURE.md but not in the repo`);
  }
});
