import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';

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

const ts = () => esbuild({ target: 'es2022', tsconfig: './tsconfig.json' });

/**
 * Lit's html`…` and css`…` templates, minified (whitespace, comments; CSS by lightningcss) in
 * both builds, before esbuild: the npm modules and the drop-ins are the same code. Terser, run on
 * the drop-ins only, leaves template literals alone. Not the Node-only prerender entry: its
 * one template's tag is an expression (lit/static-html), which the HTML minifier cannot parse.
 */
const templates = () => minifyTemplates({ failOnError: true, exclude: ['**/src/prerender/**'] });

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
  ', fnv1a64 (Copyright 2014 Travis Webb, MIT)' +
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
    plugins: [templates(), ts()],
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
    // The lazily loaded views (review, template) import what they share from the drop-in itself,
    // which may export more for them: else rollup splits the drop-in into a facade and a chunk.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      nodeResolve({ exportConditions: ['browser', 'production'] }),
      templates(),
      ts(),
      terser({ ecma: 2022, module: true, compress: { passes: 4 }, format: { comments: /^! raadgivning-forms \(MIT\)/ } }),
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
