// The Custom Elements Manifest as the package publishes it (custom-elements-manifest.config.mjs):
// module paths as they are in the package, attributes linked to their properties and typed,
// aliases of string unions spelled out, types linked to the entry that exports them, and the
// theme's custom properties on every element that uses them. tests/node/manifest.test.js checks
// the result against the packed package and the sources.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import rollupConfig from '../rollup.config.js';

const root = resolve(import.meta.dirname, '..');

/** src/… → dist/…: the entries' own names (rollup's input map), else preserveModules' mirror. */
const entries = new Map(Object.entries(rollupConfig[0].input).map(([name, src]) => [src, `dist/${name}.js`]));
const toDist = (path) => {
  if (!path) return path;
  const src = path.replace(/^\/?(\.\/)?/, '');
  return entries.get(src) ?? src.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
};

/** Names exported by each typed entry of package.json, and the module path that gives them. */
function exportedTypes() {
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const typed = Object.values(exports).filter((t) => typeof t === 'object' && t.types && existsSync(join(root, t.types)));
  const program = ts.createProgram(typed.map((t) => join(root, t.types)), { noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const names = new Map();
  for (const { types, default: js } of typed) {
    const symbol = checker.getSymbolAtLocation(program.getSourceFile(join(root, types)));
    for (const name of symbol ? checker.getExportsOfModule(symbol).map((s) => s.name) : []) if (!names.has(name)) names.set(name, js.slice(2));
  }
  return names;
}

/** The identifiers a type's text names, with their place in it. */
const identifiers = (text) => [...text.matchAll(/\b[A-Z][A-Za-z0-9_]*\b/g)].map((m) => ({ name: m[0], start: m.index, end: m.index + m[0].length }));

/** `@cssprop [--name=default] - description` lines of a JSDoc comment. */
const cssProps = (comment) =>
  [...comment.matchAll(/@cssprop\s+\[(--[\w-]+)=([^\]]*)\]\s+-\s+(.*)/g)].map(([, name, def, description]) => ({ name, default: def.trim(), description: description.trim() }));

export function publishedManifest() {
  /** `type X = 'a' | 'b'` anywhere in the sources: X spelled out as its union. */
  const unions = new Map();
  /** The theme's custom properties, documented where they are defined. */
  const shared = new Map();
  return {
    name: 'raadgivning-forms:published-manifest',
    analyzePhase({ ts: tsc, node }) {
      if (tsc.isTypeAliasDeclaration(node) && tsc.isUnionTypeNode(node.type) && node.type.types.every((t) => tsc.isLiteralTypeNode(t) && tsc.isStringLiteral(t.literal))) {
        unions.set(node.name.text, node.type.types.map((t) => JSON.stringify(t.literal.text)).join(' | '));
      }
      if (tsc.isVariableStatement(node) && node.getSourceFile().fileName.endsWith('.styles.ts')) {
        for (const doc of node.jsDoc ?? []) {
          const file = node.getSourceFile().fileName.replace(/\\/g, '/').replace(/^.*?\/?(src\/)/, '$1');
          for (const d of node.declarationList.declarations) shared.set(`${file}#${d.name.getText()}`, cssProps(doc.getText()));
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const exported = exportedTypes();
      const spell = (type) => {
        if (!type?.text) return type;
        const text = type.text.replace(/\b[A-Z]\w*\b/g, (name) => (unions.has(name) ? unions.get(name) : name));
        const references = identifiers(text).flatMap(({ name, start, end }) =>
          exported.has(name) ? [{ name, module: exported.get(name), start, end }] : name in globalThis || /^(HTML|SVG)\w*Element$|^ValidityState$|^ElementInternals$/.test(name) ? [{ name, package: 'global:', start, end }] : [],
        );
        return { ...type, text, ...(references.length ? { references } : {}) };
      };
      const sourceOf = (path) => readFileSync(join(root, path), 'utf8');
      /** Source files a module imports, transitively (relative imports only). */
      const graph = (file, seen = new Set()) => {
        if (seen.has(file) || !existsSync(join(root, file))) return seen;
        seen.add(file);
        for (const [, spec] of sourceOf(file).matchAll(/from\s+'(\.[^']+)'/g)) graph(join(dirname(file), spec).replace(/\.js$/, '.ts'), seen);
        return seen;
      };

      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          // `this.#emit(type, …)` is read as an event called "type"; the real ones are @fires.
          if (d.events) d.events = d.events.filter((e) => e.name && e.name !== 'type').map((e) => ({ ...e, type: spell(e.type) }));
          if (!d.customElement) continue;
          const members = new Map((d.members ?? []).map((m) => [m.name, m]));
          for (const m of d.members ?? []) if (m.type) m.type = spell(m.type);
          // An attribute documented with @attr and also read in attributeChangedCallback: once.
          d.attributes = [...new Map((d.attributes ?? []).map((a) => [a.name, a])).values()];
          for (const a of d.attributes) {
            // Attributes read in attributeChangedCallback (lang, value) are their properties too.
            a.fieldName ??= a.name;
            const field = members.get(a.fieldName);
            if (field?.attribute === undefined && field?.kind === 'field' && a.name === a.fieldName) field.attribute = a.name;
            a.type = spell(a.type ?? field?.type ?? { text: 'string' });
            a.description ??= field?.description;
          }
          // The theme's custom properties, for every element whose styles use them.
          const files = graph(mod.path.replace(/^\//, ''));
          const props = new Map((d.cssProperties ?? []).map((p) => [p.name, p]));
          for (const [key, list] of shared) {
            const [file, name] = key.split('#');
            const uses = [...files].some((f) => new RegExp(`\\b${name}\\b`).test(sourceOf(f).replace(/^import .*$/gm, '')));
            if (files.has(file) && uses) for (const p of list) if (!props.has(p.name)) props.set(p.name, p);
          }
          d.cssProperties = [...props.values()];
        }
      }
      // Every path and every module a reference names, as in the package.
      const relink = (value) => {
        if (Array.isArray(value)) return value.forEach(relink);
        if (!value || typeof value !== 'object') return;
        for (const [key, v] of Object.entries(value)) {
          if ((key === 'path' || key === 'module') && typeof v === 'string') value[key] = toDist(v);
          else relink(v);
        }
      };
      relink(customElementsManifest.modules);
      // Type-only modules and re-export facades that the build folds away are not in the package.
      const present = (path) => existsSync(join(root, path));
      customElementsManifest.modules = customElementsManifest.modules.filter((mod) => present(mod.path));
      for (const mod of customElementsManifest.modules) {
        mod.exports = (mod.exports ?? []).filter((e) => !e.declaration?.module || present(e.declaration.module));
      }
    },
  };
}
