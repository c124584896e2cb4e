// The Custom Elements Manifest (dist/custom-elements.json) against the package as `npm pack`
// makes it and against the sources: every path it names is in the tarball, every element has a
// summary, every attribute a type, a description and its property, every event its detail type,
// and the parts and custom properties are the ones the templates and styles really have, with
// the defaults the styles really fall back to. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--loglevel=error'], { cwd: root, encoding: 'utf8' }));
const files = new Set(packed.files.map((f) => f.path));
const elements = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement).map((d) => ({ ...d, module: mod.path })));
const isPublic = (m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#') && !m.name.endsWith('Callback');

/** Source without comments: a part or a property named in a comment is not one. */
const code = (file) => readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
/** The element's source file and every source file it imports, transitively. */
function sources(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(join(root, file))) return seen;
  seen.add(file);
  for (const [, spec] of code(file).matchAll(/(?:from\s+|import\()'(\.[^']+)'/g)) sources(join(dirname(file), spec).replace(/\.js$/, '.ts'), seen);
  return seen;
}
const srcOf = (element) => element.module.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');

/** `var(--sf-x, fallback)` with its fallback, the parentheses inside it balanced. */
function fallbacks(text) {
  const found = new Map();
  for (const m of text.matchAll(/var\((--sf-[\w-]+)\s*(,)?/g)) {
    let depth = 1;
    let i = m.index + m[0].length;
    const start = i;
    while (depth && i < text.length) depth += { '(': 1, ')': -1 }[text[i++]] ?? 0;
    found.set(m[1], m[2] ? text.slice(start, i - 1).trim() : undefined);
  }
  return found;
}

test('every module path and every module a reference names is in the packed package', () => {
  const named = new Set();
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      if ((key === 'module' || key === 'path') && typeof v === 'string') named.add(v);
      else visit(v);
    }
  };
  visit(manifest.modules);
  const missing = [...named].filter((path) => !files.has(path.replace(/^\//, '')));
  assert.deepEqual(missing, [], 'paths in the manifest that are not in the package');
  assert.ok(files.has('dist/custom-elements.json'));
  assert.equal(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).customElements, './dist/custom-elements.json');
});

test('the five elements, each with a summary, a description and the module that defines its tag', () => {
  assert.deepEqual(elements.map((e) => e.tagName).sort(), ['evaluation-form', 'indicator-report', 'master-data-form', 'schema-form', 'status-survey']);
  for (const e of elements) {
    assert.ok(e.summary?.trim(), `<${e.tagName}> has no summary`);
    assert.ok(e.description?.trim(), `<${e.tagName}> has no description`);
    const definition = manifest.modules.find((mod) => mod.exports?.some((x) => x.kind === 'custom-element-definition' && x.name === e.tagName));
    assert.ok(definition && files.has(definition.path), `<${e.tagName}>: no module in the package defines it`);
  }
});

test('every attribute is typed, described and linked to its property; unions are spelled out', () => {
  for (const e of elements) {
    const members = new Map(e.members.map((m) => [m.name, m]));
    for (const a of e.attributes) {
      const where = `<${e.tagName} ${a.name}>`;
      assert.ok(a.type?.text, `${where} has no type`);
      assert.ok(a.description?.trim(), `${where} has no description`);
      assert.ok(a.fieldName, `${where} is linked to no property`);
      // lang is HTMLElement's own property; every other attribute is a property of the element.
      if (a.fieldName !== 'lang') assert.ok(members.has(a.fieldName), `${where}: no property ${a.fieldName}`);
      for (const name of a.type.text.match(/\b[A-Z]\w*/g) ?? []) assert.fail(`${where}: type ${a.type.text} names ${name}, not the values an attribute takes`);
    }
    assert.equal(e.attributes.find((a) => a.name === 'draft-storage')?.type.text ?? '"session" | "local"', '"session" | "local"');
  }
  assert.equal(elements.find((e) => e.tagName === 'evaluation-form').attributes.find((a) => a.name === 'part').type.text, '"advisor" | "resident" | "both"');
});

test('every public property and method is described, and every type it names can be found', () => {
  for (const e of elements) {
    for (const m of e.members.filter(isPublic)) {
      assert.ok(m.description?.trim(), `<${e.tagName}>.${m.name} has no description`);
      const type = m.type ?? m.return?.type;
      for (const name of new Set(type?.text.match(/\b[A-Z]\w*/g) ?? [])) {
        assert.ok(type.references?.some((r) => r.name === name), `<${e.tagName}>.${m.name}: type ${name} is not linked to the entry that exports it`);
      }
    }
  }
});

test('every event has a description and its detail type, linked to the entry that exports it', () => {
  const expected = { 'response-change': 'ResponseChangeDetail', 'response-submit': 'ResponseEnvelope', 'response-error': 'ResponseErrorDetail', 'period-change': 'Period' };
  for (const e of elements) {
    assert.ok(e.events?.length, `<${e.tagName}> has no events`);
    for (const ev of e.events) {
      assert.ok(ev.description?.trim(), `<${e.tagName}> ${ev.name} has no description`);
      assert.ok(ev.type?.text && ev.type.text !== 'CustomEvent', `<${e.tagName}> ${ev.name} has no detail type`);
      if (expected[ev.name]) assert.equal(ev.type.text, expected[ev.name], `<${e.tagName}> ${ev.name}`);
      for (const ref of ev.type.references ?? []) assert.ok(ref.package === 'global:' || files.has(ref.module), `${ev.name}: ${ref.name} from ${ref.module}`);
      assert.ok(ev.type.references?.length, `<${e.tagName}> ${ev.name}: ${ev.type.text} is not linked`);
    }
  }
});

test("the parts are the ones the element's templates have, each described", () => {
  for (const e of elements) {
    const inTemplates = new Set([...sources(srcOf(e))].flatMap((f) => [...code(f).matchAll(/\bpart="([\w-]+)"/g)].map((m) => m[1])));
    const listed = new Set(e.cssParts.map((p) => p.name));
    assert.deepEqual([...inTemplates].filter((p) => !listed.has(p)).sort(), [], `<${e.tagName}>: parts in its templates the manifest leaves out`);
    assert.deepEqual([...listed].filter((p) => !inTemplates.has(p)).sort(), [], `<${e.tagName}>: parts in the manifest its templates do not have`);
    for (const p of e.cssParts) assert.ok(p.description?.trim(), `<${e.tagName}> part ${p.name} has no description`);
  }
  assert.ok(elements.find((e) => e.tagName === 'evaluation-form').cssParts.some((p) => p.name === 'step'));
});

test('the custom properties are the ones its styles read, with the fallbacks they really have', () => {
  // The styles read the theme once into private properties (--_focus); a fallback may name one.
  const tokens = code('src/theme/tokens.styles.ts');
  const privateOf = new Map([...tokens.matchAll(/(--_[\w-]+):\s*var\((--sf-[\w-]+)/g)].map((m) => [m[1], m[2]]));
  const normal = (value) => value?.replace(/var\((--_[\w-]+)\)/g, (m, p) => (privateOf.has(p) ? `var(${privateOf.get(p)})` : m)).replace(/\s+/g, ' ');
  for (const e of elements) {
    const read = new Map();
    for (const f of sources(srcOf(e))) for (const [name, fallback] of fallbacks(code(f))) if (fallback !== undefined || !read.has(name)) read.set(name, fallback);
    const listed = new Map(e.cssProperties.map((p) => [p.name, p]));
    assert.deepEqual([...read.keys()].filter((p) => !listed.has(p)).sort(), [], `<${e.tagName}>: custom properties its styles read that the manifest leaves out`);
    assert.deepEqual([...listed.keys()].filter((p) => !read.has(p)).sort(), [], `<${e.tagName}>: custom properties in the manifest its styles never read`);
    for (const [name, fallback] of read) {
      const p = listed.get(name);
      assert.ok(p.description?.trim(), `<${e.tagName}> ${name} has no description`);
      if (fallback !== undefined) assert.equal(normal(p.default), normal(fallback), `<${e.tagName}> ${name}: the default is not the styles' fallback`);
    }
  }
  const form = elements.find((e) => e.tagName === 'status-survey').cssProperties;
  assert.equal(form.find((p) => p.name === '--sf-font').default, "1rem/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif");
  assert.ok(form.some((p) => p.name === '--sf-color-line'));
  assert.ok(elements.find((e) => e.tagName === 'indicator-report').cssProperties.some((p) => p.name === '--sf-report-max-width'));
});
