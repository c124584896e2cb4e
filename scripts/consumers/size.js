// The npm package and the drop-in are one product: <status-survey> bundled from the packed
// package by esbuild, as a host's build does it, stays within PACKAGE_MARGIN of its drop-in
// (scripts/size-budgets.js), both with their English. esbuild without --splitting puts the views
// an element loads with import() only when needed (review, template, the takeover) into the one bundle, so the
// drop-in is counted with those chunks too: each with everything it may load.
import { join } from 'node:path';
import { PACKAGE_MARGIN, dropIn, gzip, lazyViews } from '../size-budgets.js';
import { run } from './bundlers.js';

export const size = [
  {
    name: 'esbuild-size',
    what: `<status-survey> bundled from the package by esbuild is within ${PACKAGE_MARGIN} B gzip of its drop-in`,
    files: { 'package.json': '{ "type": "module" }', 'main.js': "import 'raadgivning-forms/status-survey';\n" },
    run: ({ app, dir }) => {
      run(join(dir, 'node_modules', '.bin', 'esbuild'), ['main.js', '--bundle', '--minify', '--format=esm', '--outfile=out/main.js', '--log-level=error'], app);
      const bundled = gzip(join(app, 'out/main.js'));
      const { files, bytes: loaded } = dropIn('status-survey.js');
      const bytes = loaded + lazyViews(files).reduce((n, f) => n + gzip(f), 0);
      console.log(`consumers: <status-survey> from the package by esbuild ${bundled} B gzip, drop-in with its lazy views ${bytes} B (+${bundled - bytes} B)`);
      if (bundled > bytes + PACKAGE_MARGIN) throw new Error(`${bundled} B gzip, ${bundled - bytes - PACKAGE_MARGIN} B over the drop-in's ${bytes} B + ${PACKAGE_MARGIN} B`);
    },
  },
];
