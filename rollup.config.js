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

const ts = () => esbuild({ target: 'es2022', tsconfig: './tsconfig.json' });

export default [
  // The npm package: one ES module per source module, dependencies left to the host's bundler.
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      'schema-form': 'src/schema-form/schema-form.ts',
      'status-survey': 'src/status-survey/status-survey.ts',
      'indicator-report': 'src/indicator-report/indicator-report.ts',
      // Bilag 1 reports, pure (no DOM): for a server or a worker.
      reports: 'src/reports/index.ts',
      instruments: 'src/instruments/index.ts',
    },
    external: [/^lit/, /^@lit\//, /^zod/],
    plugins: [ts()],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
  },
  // The drop-in: one self-contained, minified module per element, for a <script type="module">.
  ...Object.entries({
    'status-survey': 'src/status-survey/status-survey.ts',
    'indicator-report': 'src/indicator-report/indicator-report.ts',
    all: 'src/define.ts',
  }).map(([name, input]) => ({
    input,
    plugins: [
      nodeResolve({ exportConditions: ['browser', 'production'] }),
      ts(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 } }),
      sizes(),
    ],
    onwarn(warning, warn) {
      // zod's own core/util cycle is harmless and not ours to fix.
      if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
      if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
      warn(warning);
    },
    output: { file: `dist/drop-in/${name}.js`, format: 'es' },
  })),
];
