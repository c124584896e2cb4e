import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  rootDir: '.',
  open: false,
  middleware: [
    // The demo lives in demo/; the root URL leads there.
    (ctx, next) => {
      if (ctx.path === '/') return ctx.redirect('/demo/');
      return next();
    },
  ],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  port: Number(process.env.PORT ?? 8000),
};
