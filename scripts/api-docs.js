#!/usr/bin/env node
// The README's API reference, made from the Custom Elements Manifest (dist/custom-elements.json,
// itself made from the elements' JSDoc): per element its attributes, properties, events, methods,
// parts and custom properties, between the `<!-- api:start -->` and `<!-- api:end -->` lines.
// `npm run docs:api` rewrites that section after `npm run build`; tests/node/api-docs.test.js
// fails while the README is not what this script makes. To change a description, change the
// JSDoc in the element's source.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const start = '<!-- api:start (made by scripts/api-docs.js from dist/custom-elements.json: edit the JSDoc, then `npm run docs:api`) -->';
const end = '<!-- api:end -->';

const one = (text) => (text ?? '').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|')}\`` : '');
const table = (head, rows) => (rows.length ? [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''] : []);
const isPublic = (m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#') && !m.name.endsWith('Callback');

/** One element's tables; an element that extends another lists what it adds or changes. */
function element(d, byName) {
  const base = d.superclass && byName.get(d.superclass.name);
  const own = (item) => !base || !item.inheritedFrom;
  const members = d.members.filter(isPublic);
  const attrs = d.attributes.filter(own);
  // A property with an attribute is in the attributes' table, unless its type is not the attribute's (value).
  const fields = members.filter((m) => m.kind === 'field' && own(m) && !d.attributes.some((a) => a.fieldName === m.name && a.type?.text === m.type?.text));
  const attributed = new Map(members.filter((m) => m.kind === 'field').map((m) => [m.name, m]));
  const tables = [
    ...table(
      ['attribute', 'property', 'type', 'default', ''],
      attrs.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(attributed.get(a.fieldName)?.default), one(a.description)]),
    ),
    ...table(
      ['property', 'type', ''],
      fields.map((m) => [code(m.name), code(m.type?.text), `${m.readonly ? '(read-only) ' : ''}${one(m.description)}`]),
    ),
    ...table(
      ['event', 'detail', ''],
      (d.events ?? []).filter(own).map((e) => [code(e.name), code(e.type?.text), one(e.description)]),
    ),
    ...table(
      ['method', ''],
      members.filter((m) => m.kind === 'method' && own(m)).map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')}): ${m.return?.type?.text ?? 'void'}`), one(m.description)]),
    ),
  ];
  const baseParts = new Set((base?.cssParts ?? []).map((p) => p.name));
  tables.push(...table(['part', ''], (d.cssParts ?? []).filter((p) => !baseParts.has(p.name)).map((p) => [code(p.name), one(p.description)])));
  const baseProps = new Set((base?.cssProperties ?? []).map((p) => p.name));
  tables.push(...table(['custom property', 'default', ''], (d.cssProperties ?? []).filter((p) => !baseProps.has(p.name)).map((p) => [code(p.name), code(p.default), one(p.description)])));
  const inherits = base ? ` Everything of \`<${base.tagName}>\` holds for it${tables.length ? '; it adds:' : '.'}` : '';
  return [`### \`<${d.tagName}>\``, '', `${one(d.summary)}${inherits}`, '', ...tables];
}

/** The API section as the manifest makes it. */
export function apiSection(manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'))) {
  const elements = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement));
  const byName = new Map(elements.map((d) => [d.name, d]));
  const order = ['schema-form', 'status-survey', 'master-data-form', 'evaluation-form', 'indicator-report'];
  elements.sort((a, b) => order.indexOf(a.tagName) - order.indexOf(b.tagName));
  return [start, '', ...elements.flatMap((d) => element(d, byName)), end].join('\n');
}

/** The README with its API section made afresh. */
export function readmeWithApi(readme, section = apiSection()) {
  const from = readme.indexOf('<!-- api:start');
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error('README.md has no <!-- api:start … --> … <!-- api:end --> section');
  return readme.slice(0, from) + section + readme.slice(to + end.length);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = join(root, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const next = readmeWithApi(readme);
  if (next !== readme) writeFileSync(file, next);
  console.log(next === readme ? 'README.md: the API reference is up to date.' : 'README.md: API reference rewritten from dist/custom-elements.json.');
}
