#!/usr/bin/env node
// Splits each translation that `lit-localize build` compiled (src/generated/locales/<locale>.ts,
// every message of the library in one table) into one table per source module that declares
// messages, so a page downloads only the wording of the modules it runs: a status survey does
// not fetch the evaluation's or the report's English. Run by `npm run localize:build`.
//
// For each declaring module `src/<dir>/<name>.ts` it writes
//   src/generated/locales/<locale>/<dir>-<name>.ts  that module's messages in <locale>, and
//   src/generated/messages/<dir>-<name>.ts          which registers a loader per locale
//                                                    (import()) with src/localization/messages.ts,
// and the declaring module imports the second one for its effect. Nothing here rewrites built
// code: this writes source under src/generated/, which the npm build and the drop-ins compile alike.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const src = join(root, 'src');
const generated = join(src, 'generated');
const { targetLocales } = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));

const sources = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (join(dir, e.name) === generated ? [] : sources(join(dir, e.name))) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
  );

/** `'id': `text`,` lines of a table lit-localize compiled; one message a line, as it writes them. */
function readTable(locale) {
  const text = readFileSync(join(generated, 'locales', `${locale}.ts`), 'utf8');
  const body = /export const templates = \{\n([\s\S]*?)\n\s*\};/.exec(text);
  if (!body) throw new Error(`split-locales: cannot find the table in src/generated/locales/${locale}.ts`);
  return new Map(
    body[1].split('\n').map((line) => {
      const entry = /^\s*'([^']+)': (.*`),?$/.exec(line);
      if (!entry) throw new Error(`split-locales: cannot read this line of ${locale}.ts: ${line}`);
      return [entry[1], entry[2]];
    }),
  );
}

const tables = new Map(targetLocales.map((locale) => [locale, readTable(locale)]));
const ids = [...tables.values()][0];

// Which module declares which message: the `id: '…'` of its msg() calls. Message ids are dotted
// (`form.submit`); the instruments' own ids (sections, fields) never are, and are not in the table.
const modules = new Map();
for (const file of sources(src)) {
  const code = readFileSync(file, 'utf8');
  if (!/\bmsg\(/.test(code)) continue;
  const declared = [...code.matchAll(/\bid:\s*'([^']+)'/g)].map((m) => m[1]).filter((id) => ids.has(id));
  if (declared.length) modules.set(file, [...new Set(declared)].sort());
}
const found = new Set([...modules.values()].flat());
const orphans = [...ids.keys()].filter((id) => !found.has(id));
if (orphans.length) throw new Error(`split-locales: no module under src/ declares ${orphans.join(', ')}`);

rmSync(join(generated, 'messages'), { recursive: true, force: true });
for (const locale of targetLocales) rmSync(join(generated, 'locales', locale), { recursive: true, force: true });
mkdirSync(join(generated, 'messages'), { recursive: true });

const header = '// Do not modify this file by hand! Written by scripts/split-locales.js from lit-localize\'s output.\n';
const missing = [];
for (const [file, declared] of [...modules].sort(([a], [b]) => a.localeCompare(b))) {
  const name = relative(src, file).replace(/\.ts$/, '').replace(/[\\/]/g, '-');
  for (const [locale, table] of tables) {
    mkdirSync(join(generated, 'locales', locale), { recursive: true });
    const lines = declared.map((id) => `  '${id}': ${table.get(id)},`);
    const str = lines.some((l) => /: str`/.test(l)) ? "import { str } from '@lit/localize';\n\n" : '';
    // A function: the table is made when the page first asks for the language, not when it loads.
    writeFileSync(join(generated, 'locales', locale, `${name}.ts`), `${header}${str}export const templates = () => ({\n${lines.join('\n')}\n});\n`);
  }
  const imports = targetLocales.map((locale, i) => `import { templates as t${i} } from '../locales/${locale}/${name}.js';\n`).join('');
  const loaders = targetLocales.map((locale, i) => `  ${JSON.stringify(locale)}: t${i},`);
  writeFileSync(
    join(generated, 'messages', `${name}.ts`),
    `${header}// The translations of src/${relative(src, file).replace(/\\/g, '/')}, made when a page first asks for a language.\nimport { registerMessages } from '../../localization/messages.js';\n${imports}\nregisterMessages({\n${loaders.join('\n')}\n});\n`,
  );
  const registration = `/generated/messages/${name}.js'`;
  if (!readFileSync(file, 'utf8').includes(registration)) missing.push(`${relative(root, file)}: import '…${registration};`);
}
if (missing.length) {
  throw new Error(`split-locales: these modules declare messages but do not load their translations:\n  ${missing.join('\n  ')}`);
}
console.log(`split-locales: ${modules.size} modules' messages, in ${targetLocales.join(', ')}.`);
