import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumPath, chromiumArgs } from './scripts/chromium-path.js';
import { bundleJsx, echoPost, forcedColorsCommand } from './scripts/dev-plugins.js';

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // The host examples (demo/examples/): a React app bundled on request, and a server that echoes a post.
  middleware: [echoPost],
  plugins: [bundleJsx(), forcedColorsCommand(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
