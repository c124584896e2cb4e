// The README's API reference is what scripts/api-docs.js makes from the built manifest: a
// property, event or part added in an element's source (with its JSDoc) and not put into the
// README by `npm run docs:api` fails here. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { apiSection, readmeWithApi } from '../../scripts/api-docs.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'));

test('the README’s API reference is the one the manifest makes (else: npm run docs:api)', () => {
  assert.ok(readme === readmeWithApi(readme, apiSection(manifest)), 'README.md is out of date: run `npm run build && npm run docs:api`');
});

test('it names every element, and every attribute, event and part of each one', () => {
  const section = apiSection(manifest);
  for (const d of manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((x) => x.customElement))) {
    assert.ok(section.includes(`### \`<${d.tagName}>\``), d.tagName);
    for (const name of [...d.attributes.map((a) => a.name), ...d.events.map((e) => e.name), ...d.cssParts.map((p) => p.name), ...d.cssProperties.map((p) => p.name)]) {
      assert.ok(section.includes(`| \`${name}\` |`), `<${d.tagName}>: ${name} is not in the API reference`);
    }
  }
});
