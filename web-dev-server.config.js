import { esbuildPlugin } from '@web/dev-server-esbuild';
import { bundleJsx, echoPost } from './scripts/dev-plugins.js';

export default {
  rootDir: '.',
  open: false,
  middleware: [
    // The demo lives in demo/; the root URL leads there.
    (ctx, next) => {
      if (ctx.path === '/') return ctx.redirect('/demo/');
      return next();
    },
    // demo/examples/plain-form.html posts here: the page shows what a server would receive.
    echoPost,
  ],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [bundleJsx(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  port: Number(process.env.PORT ?? 8000),
};
