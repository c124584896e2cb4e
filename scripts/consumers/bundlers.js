// Bundlers: the instruments entry validates a postcode the same under Node, Rollup, esbuild and
// a Vite production build. The entry registers the postcode table when it loads: a bundler that
// took the module for side-effect free (package.json `sideEffects`) would drop the table, and
// every postcode would be unknown.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const bin = (dir, name) => join(dir, 'node_modules', '.bin', name);

const postcodeCheck = `import { masterData, validate } from 'raadgivning-forms/instruments';
const postcodeErrors = (postcode) => validate(masterData, { postcode }).filter((e) => e.field === 'postcode').map((e) => e.code);
console.log(JSON.stringify({ known: postcodeErrors('2200'), unknown: postcodeErrors('9999') }));
`;

/** Runs a built script in Node and checks what it printed: 2200 known, 9999 unknown. */
function expectPostcodes(file, cwd) {
  const out = run(process.execPath, [file], cwd).trim().split('\n').pop();
  const { known, unknown } = JSON.parse(out);
  if (known.length) throw new Error(`postcode 2200 gave ${known.join(', ')}: the postcode table is missing from the build`);
  if (unknown.join() !== 'unknown_postcode') throw new Error(`postcode 9999 gave [${unknown.join(', ')}], not unknown_postcode`);
}

const files = { 'package.json': '{ "type": "module" }', 'main.js': postcodeCheck };

export const bundlers = [
  {
    name: 'node',
    what: "raadgivning-forms/instruments in plain Node validates postcode '2200'",
    files,
    run: ({ app }) => expectPostcodes('main.js', app),
  },
  {
    name: 'rollup',
    what: "a Rollup bundle of raadgivning-forms/instruments validates postcode '2200'",
    files: {
      ...files,
      'rollup.config.js': `import { nodeResolve } from '@rollup/plugin-node-resolve';
export default { input: 'main.js', plugins: [nodeResolve()], output: { file: 'out/main.js', format: 'es' } };
`,
    },
    run: ({ app, dir }) => {
      run(bin(dir, 'rollup'), ['-c', '--silent'], app);
      expectPostcodes('out/main.js', app);
    },
  },
  {
    name: 'esbuild',
    what: "an esbuild bundle of raadgivning-forms/instruments validates postcode '2200'",
    files,
    run: ({ app, dir }) => {
      run(bin(dir, 'esbuild'), ['main.js', '--bundle', '--minify', '--format=esm', '--platform=browser', '--outfile=out/main.js', '--log-level=error'], app);
      expectPostcodes('out/main.js', app);
    },
  },
  {
    name: 'vite',
    what: "a Vite production build of an app using raadgivning-forms/instruments validates postcode '2200'",
    files: {
      ...files,
      'index.html': '<!doctype html><html lang="da"><title>app</title><script type="module" src="/main.js"></script></html>\n',
      // No module-preload polyfill: it reads `document`, and the built app runs in Node here.
      'vite.config.js': "export default { logLevel: 'error', build: { modulePreload: { polyfill: false } } };\n",
    },
    run: ({ app, dir }) => {
      run(bin(dir, 'vite'), ['build'], app);
      const [entry] = readdirSync(join(app, 'dist/assets')).filter((f) => f.endsWith('.js'));
      expectPostcodes(join('dist/assets', entry), app);
    },
  },
];
