#!/usr/bin/env node
// The elements' typings for every host, from one source, the Custom Elements Manifest
// (dist/custom-elements.json), into dist/hosts/:
//   jsx.d.ts, react.d.ts   React 19's JSX.IntrinsicElements: props typed, on<event> with its event
//   vue.d.ts               Vue 3's GlobalComponents, for vue-tsc
//   vscode.*.json          VS Code's custom HTML and CSS data
//   web-types.json         JetBrains web-types
// Made by break-stuff's cem-tools generators (custom-element-*-integration). Run by `npm run build`
// after the analyzer and tsc. A prop's type is the element class's own (`StatusSurvey["residentId"]`,
// or a setter's parameter type where it differs), read from the published .d.ts, so the typings can
// neither drift from the classes nor name a type they do not import.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const root = resolve(import.meta.dirname, '..');
const outdir = join(root, 'dist/hosts');
const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
mkdirSync(outdir, { recursive: true });

/** Setters whose parameter type is not the getter's (`value`: set anything, read an envelope). */
function setterTypes() {
  const file = join(root, 'dist/index.d.ts');
  const program = ts.createProgram([file], { noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const types = new Map();
  for (const symbol of checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)))) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (!(target.flags & ts.SymbolFlags.Class)) continue;
    for (const prop of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(target))) {
      const setter = prop.declarations?.find(ts.isSetAccessorDeclaration);
      const type = setter?.parameters[0]?.type;
      // Only a type that needs no import (unknown, string, …) is written out; else the class's own.
      if (type && ts.isToken(type)) types.set(`${symbol.name}.${prop.name}`, type.getText());
    }
  }
  return types;
}

/** The manifest as the generators see it: every type as the class's, or an import of the entry. */
function forHosts() {
  const setters = setterTypes();
  const copy = structuredClone(manifest);
  const qualified = (type) => {
    let text = type.text;
    for (const ref of [...(type.references ?? [])].sort((a, b) => b.start - a.start)) {
      if (ref.module) text = `${text.slice(0, ref.start)}import("../${ref.module.replace(/^dist\//, '')}").${ref.name}${text.slice(ref.end)}`;
    }
    return text;
  };
  for (const mod of copy.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement) continue;
      // A read-only property (errors, form, validity) is no prop: setting it throws.
      d.members = (d.members ?? []).filter((m) => !m.readonly);
      const typeOf = (field) => setters.get(`${d.name}.${field}`) ?? (field === 'lang' ? 'string' : `import("../index.js").${d.name}[${JSON.stringify(field)}]`);
      for (const a of d.attributes ?? []) a.hostType = { text: typeOf(a.fieldName) };
      // A property is a prop by its own name too (React and Vue set `residentId` as a property);
      // the generators list a property that has an attribute by the attribute's name alone.
      const renamed = (d.members ?? []).filter((m) => m.kind === 'field' && m.attribute && m.attribute !== m.name);
      d.members = [...(d.members ?? []), ...renamed.map(({ attribute, ...m }) => m)];
      for (const m of d.members) if (m.kind === 'field') m.hostType = { text: typeOf(m.name) };
      for (const e of d.events ?? []) e.type = { text: qualified(e.type) };
    }
  }
  return copy;
}

const hosts = forHosts();
const common = { outdir, hideLogs: true, typesSrc: 'hostType', descriptionSrc: 'description' };
generateJsxTypes(structuredClone(hosts), { ...common, fileName: 'jsx.d.ts' });
// Vue's templates check `@response-submit` against a prop `onResponseSubmit`: the Vue generator
// writes `on` + the event's name, so it gets the name in that form.
const vue = structuredClone(hosts);
const pascal = (name) => name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
for (const d of vue.modules.flatMap((mod) => mod.declarations ?? [])) for (const e of d.events ?? []) e.name = pascal(e.name);
generateVuejsTypes(vue, { ...common, fileName: 'vue.d.ts' });
// Editors show an attribute's values from its type: the published one (literal unions).
generateVsCodeCustomElementData(structuredClone(manifest), { outdir, hideLogs: true, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' });
generateJetBrainsWebTypes(structuredClone(manifest), { outdir, hideLogs: true, fileName: 'web-types.json', packageJson: false });

// React 19 reads JSX.IntrinsicElements from the react module: `import 'raadgivning-forms/react'`.
writeFileSync(
  join(outdir, 'react.d.ts'),
  `// Generated by scripts/build-typings.js. The elements in React 19's JSX, typed from the manifest.
import type { CustomElements } from './jsx.js';
export type { CustomElements, ScopedElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
);
// The typings' runtime modules are empty, so an import of them costs nothing.
for (const name of ['react', 'vue', 'jsx']) writeFileSync(join(outdir, `${name}.js`), '// Types only: see the .d.ts beside this file.\nexport {};\n');
console.log('dist/hosts/: typings for React (JSX), Vue, VS Code and JetBrains, from the manifest');
