import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { gzipSync, brotliCompressSync } from 'node:zlib';

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
 * Keeps in each drop-in only the English of the messages it uses. The English table
 * (src/generated/locales/en.ts) holds every element's wording; a page with one element should not
 * download the others'. Runs before terser, on esbuild's one-entry-per-line output of the table.
 */
function usedTranslationsOnly() {
  return {
    name: 'used-translations-only',
    renderChunk(code) {
      const table = /\nconst templates(?:\$\d+)? = \{\n([\s\S]*?)\n\};/.exec(code);
      if (!table) return null;
      const rest = code.slice(0, table.index) + code.slice(table.index + table[0].length);
      const used = new Set([...rest.matchAll(/\bid: "([^"]+)"/g)].map((m) => m[1]));
      const kept = table[1].split('\n').filter((line) => {
        const id = /^\s*"([^"]+)": (?:[\w$]+)?`.*`,?$/.exec(line)?.[1];
        if (id === undefined) throw new Error(`used-translations-only: cannot read "${line}"`);
        return used.has(id);
      });
      const start = table.index + table[0].indexOf('{') + 1;
      return { code: code.slice(0, start) + `\n${kept.join('\n')}\n};` + code.slice(table.index + table[0].length), map: null };
    },
  };
}

const ts = () => esbuild({ target: 'es2022', tsconfig: './tsconfig.json' });

/** Collapses the whitespace of Lit's css`…` styles (terser leaves template literals alone). */
function minifyCss() {
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      const out = code.replace(/css`([^`]*)`/g, (_, body) => `css\`${body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/ ?([{};,>]) ?/g, '$1').replace(/;}/g, '}').replace(/: /g, ':').trim()}\``);
      return { code: out, map: null };
    },
  };
}

// The licence notices of what a drop-in bundles, once, instead of one comment per module.
const notices =
  '/*! Includes Lit and @lit/localize (Copyright 2017-2021 Google LLC, BSD-3-Clause), ' +
  'fnv1a64 (Copyright 2014 Travis Webb, MIT) and Zod (Copyright Colin McDonnell, MIT). */';

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
      nodeResolve({ exportConditions: ['browser', 'production'] }),
      minifyCss(),
      ts(),
      usedTranslationsOnly(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: /^! Includes Lit/ } }),
      sizes(),
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
