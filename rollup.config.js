import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';

/** Prints each chunk's minified, gzip and brotli size: the figure the size budget checks. */
function sizes() {
  return {
    name: 'sizes',
    generateBundle(options, bundle) {
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const code = Buffer.from(chunk.code);
        const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
        console.log(
          `${options.file ?? `${options.dir}/${name}`}: ${kb(code.length)} minified, ${kb(gzipSync(code, { level: 9 }).length)} gzip, ${kb(brotliCompressSync(code).length)} brotli`,
        );
      }
    },
  };
}

/**
 * The English table as an object made on its first lookup. Made at module evaluation, its
 * strings, property names and object literal take about 8 KB of a page's heap, and a page that
 * stays in Danish never reads it. In a drop-in, only @lit/localize reads it, by key.
 */
const lazyTable = '((make) => { let table; return new Proxy({}, { get: (_, key) => (table ??= make())[key] }); })';

/**
 * Keeps in each drop-in only the English of the messages it uses, and makes the table lazily
 * (see lazyTable). The English table (src/generated/locales/en.ts) holds every element's
 * wording; a page with one element should not download the others'. Runs before terser, on
 * esbuild's one-entry-per-line output of the table.
 *
 * In a drop-in a message id only joins a msg() call to its line in the table: both get a short
 * one instead (`0`, `1`, … `z`, `10`, …), some 290 B gzip less for the status survey. Message
 * ids are dotted (`form.submit`); the elements' own ids (instruments, sections, fields) never are.
 */
function usedTranslationsOnly() {
  // Ids as msg() options, and as sharedMessageClosures() leaves them.
  const ids = /(\bid: ")([^"]+)"|(\bmsgText(?:\$\d+)?\("(?:[^"\\]|\\.)*", ")([^"]+)"\)/g;
  return {
    name: 'used-translations-only',
    renderChunk(code) {
      const table = /\nconst (templates(?:\$\d+)?) = \{\n([\s\S]*?)\n\};/.exec(code);
      if (!table) return null;
      const before = code.slice(0, table.index);
      const after = code.slice(table.index + table[0].length);
      const used = new Set([...(before + after).matchAll(ids)].map((m) => m[2] ?? m[4]));
      const short = new Map();
      const kept = table[2].split('\n').flatMap((line) => {
        const entry = /^(\s*)"([^"]+)"(: (?:[\w$]+)?`.*`,?)$/.exec(line);
        if (!entry) throw new Error(`used-translations-only: cannot read "${line}"`);
        const [, indent, id, text] = entry;
        if (!used.has(id)) return [];
        if (!id.includes('.')) throw new Error(`used-translations-only: message id "${id}" is not dotted`);
        short.set(id, short.size.toString(36));
        return [`${indent}"${short.get(id)}"${text}`];
      });
      const rename = (part) => part.replace(ids, (m, a, id, b, id2) => (short.has(id ?? id2) ? `${a ?? b}${short.get(id ?? id2)}"${b ? ')' : ''}` : m));
      const lazy = `\nconst ${table[1]} = ${lazyTable}(() => ({\n${kept.join('\n')}\n}));`;
      return { code: rename(before) + lazy + rename(after), map: null };
    },
  };
}

const ts = () => esbuild({ target: 'es2022', tsconfig: './tsconfig.json' });

/**
 * Collapses the whitespace of Lit's css`…` styles (terser leaves template literals alone), and
 * drops what CSS does not need: `0.5rem` is `.5rem`, `calc(x * 2)` is `calc(x*2)`.
 */
function minifyCss() {
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      const out = code.replace(/css`([^`]*)`/g, (_, body) => `css\`${body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/ ?([{};,>]) ?/g, '$1').replace(/;}/g, '}').replace(/: /g, ':').replace(/([ :,(*/-])0\.(\d)/g, '$1.$2').replace(/\) ([*/]) (?=\.?\d)/g, ')$1').trim()}\``);
      return { code: out, map: null };
    },
  };
}

/**
 * Collapses the indentation inside Lit's html`…` templates: every run of whitespace that holds a
 * line break becomes one space, which renders the same (no template of ours uses `white-space:
 * pre`, and a text area's content is a binding). The template strings live in the JS heap for
 * the page's life, and lit-html parses them. Runs after esbuild, on JS, for our own modules.
 */
function collapseHtml() {
  return {
    name: 'collapse-html',
    transform(code, id) {
      if (id.includes('node_modules') || !/\bhtml`/.test(code)) return null;
      const edits = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html') {
          for (const q of node.quasi.quasis) {
            const raw = code.slice(q.start, q.end);
            const collapsed = raw.replace(/[ \t]*\n\s*/g, ' ');
            if (collapsed !== raw) edits.push([q.start, q.end, collapsed]);
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

/**
 * Makes every `() => msg('…', { id: '…' })` of the instruments (their titles, labels and answer
 * options) one call to a shared factory. Each arrow is a function of its own: on a page, every
 * one of them has its own SharedFunctionInfo, and once called, as a form calls all of them, its
 * own bytecode and feedback, about 200 bytes of heap per message. Made by the factory, they
 * share one. The form's own messages stay arrows: most are shown only now and then (errors,
 * drafts, a failed submit), and an arrow never called costs less than its text made eagerly.
 * The source keeps the literal calls, which `lit-localize extract` reads.
 */
function sharedMessageClosures() {
  const factory = '\0shared-message-closures';
  const call = /\(\)\s*=>\s*msg\(\s*("(?:[^"\\\n]|\\.)*")\s*,\s*\{\s*id:\s*("(?:[^"\\\n]|\\.)*")\s*,?\s*\}\s*\)/g;
  return {
    name: 'shared-message-closures',
    resolveId: (id) => (id === factory ? factory : null),
    load: (id) => (id === factory ? "import { msg } from '@lit/localize';\nexport const msgText = (text, id) => () => msg(text, { id });\n" : null),
    transform(code, id) {
      if (!id.replace(/\\/g, '/').includes('/src/instruments/') || !/\bmsg\(/.test(code)) return null;
      // Only where `msg` is @lit/localize's own, imported under its name.
      if (!/import\s*\{[^}]*\bmsg\b[^}]*\}\s*from\s*"@lit\/localize"/.test(code)) return null;
      let n = 0;
      const out = code.replace(call, (_, text, id) => (n++, `msgText(${text}, ${id})`));
      return n ? { code: `import { msgText } from ${JSON.stringify(factory)};\n${out}`, map: null } : null;
    },
  };
}

/**
 * Every message of ours has an explicit id (`msg('…', { id })`): @lit/localize then never hashes
 * a message's text into an id, and its hash (id-generation.js, fnv1a64.js) is dead weight in a
 * drop-in. Checked, not assumed: a hashed id in the English table (what `lit-localize extract`
 * makes of a message without one) keeps the real module.
 */
const hashedIds = /^\s*'[sh][0-9a-f]{16}':/m.test(readFileSync('src/generated/locales/en.ts', 'utf8'));
function explicitMessageIds() {
  return {
    name: 'explicit-message-ids',
    load(id) {
      if (hashedIds || !id.replace(/\\/g, '/').endsWith('/@lit/localize/internal/id-generation.js')) return null;
      return "export const HASH_DELIMITER = '\\x1e';\nexport const generateMsgId = () => { throw new Error('raadgivning-forms: a message without an id'); };\n";
    },
  };
}

/**
 * The licences of what a drop-in bundles travel with it: every bundled package's own LICENSE
 * text, read from node_modules, goes into dist/drop-in/THIRD-PARTY-NOTICES.txt beside the
 * bundles, and each bundle's first line names the packages and points at that file. The list is
 * the bundles' real module graph, so a new dependency cannot ship without its notice.
 */
const bundled = new Map();
function thirdPartyNotices() {
  const packageOf = (id) => /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id)?.[1].replace('\\', '/');
  return {
    name: 'third-party-notices',
    renderChunk(code, chunk) {
      for (const id of Object.keys(chunk.modules)) {
        const name = packageOf(id);
        if (!name || bundled.has(name)) continue;
        const dir = `node_modules/${name}`;
        const { version, license } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
        const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt'].find((f) => existsSync(`${dir}/${f}`));
        if (!file) throw new Error(`third-party-notices: ${name} has no LICENSE file`);
        bundled.set(name, { version, license, text: readFileSync(`${dir}/${file}`, 'utf8').trim() });
      }
      return null;
    },
    generateBundle() {
      const names = [...bundled.keys()].sort();
      const text = [
        'raadgivning-forms drop-in bundles (dist/drop-in/): third-party notices',
        '',
        'The bundles in this folder include the following packages, under their own licences.',
        ...names.flatMap((name) => {
          const { version, license, text } = bundled.get(name);
          return ['', '='.repeat(72), `${name} ${version} (${license})`, '='.repeat(72), '', text];
        }),
        '',
      ].join('\n');
      this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-NOTICES.txt', source: text });
    },
  };
}

// Once, at the top of each bundle, instead of one comment per module. The texts: the file above.
const notices =
  '/*! raadgivning-forms (MIT). Includes Lit and @lit/localize (Copyright Google LLC, BSD-3-Clause)' +
  (hashedIds ? ', fnv1a64 (Copyright 2014 Travis Webb, MIT)' : '') +
  ' and Zod (Copyright Colin McDonnell, MIT): see THIRD-PARTY-NOTICES.txt beside this file. */';

export default [
  // The npm package: one ES module per source module, dependencies left to the host's bundler.
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      'schema-form': 'src/schema-form/schema-form.ts',
      'status-survey': 'src/status-survey/status-survey.ts',
      'master-data-form': 'src/master-data-form/master-data-form.ts',
      'evaluation-form': 'src/evaluation-form/evaluation-form.ts',
      'indicator-report': 'src/indicator-report/indicator-report.ts',
      // Bilag 1 reports, pure (no DOM): for a server or a worker.
      reports: 'src/reports/index.ts',
      // The server entry: the instruments with the postcode table registered up front.
      instruments: 'src/instruments/server.ts',
      // Node only: an element's form as HTML, for a server to put in its page.
      prerender: 'src/prerender/prerender.ts',
    },
    external: [/^lit/, /^@lit\//, /^@lit-labs\//, /^zod/],
    plugins: [minifyCss(), ts()],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
  },
  // The drop-in: one self-contained, minified module per element, for a <script type="module">.
  // The postcode table is a chunk of its own (dist/drop-in/chunks/), loaded when a postcode field renders.
  ...Object.entries({
    'status-survey': 'src/status-survey/status-survey.ts',
    'master-data-form': 'src/master-data-form/master-data-form.ts',
    'evaluation-form': 'src/evaluation-form/evaluation-form.ts',
    'indicator-report': 'src/indicator-report/indicator-report.ts',
    all: 'src/define.ts',
  }).map(([name, input]) => ({
    input,
    plugins: [
      explicitMessageIds(),
      nodeResolve({ exportConditions: ['browser', 'production'] }),
      minifyCss(),
      ts(),
      collapseHtml(),
      sharedMessageClosures(),
      usedTranslationsOnly(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: /^! raadgivning-forms \(MIT\)/ } }),
      sizes(),
      thirdPartyNotices(),
    ],
    onwarn(warning, warn) {
      // zod's own core/util cycle is harmless and not ours to fix.
      if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
      if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
      warn(warning);
    },
    output: {
      dir: 'dist/drop-in',
      entryFileNames: `${name}.js`,
      chunkFileNames: 'chunks/[name]-[hash].js',
      format: 'es',
      // Lazily loaded chunks are data (the postcode table): they carry none of these notices.
      banner: (chunk) => (chunk.isEntry ? notices : ''),
    },
  })),
];
