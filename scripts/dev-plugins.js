// A @web/dev-server plugin: `/x/app.bundle.js` is `x/app.jsx` bundled by esbuild into one ES
// module. React ships as CommonJS, which a browser cannot import unbundled; a host app uses its
// own bundler the same way. Used by `npm start` and the tests (demo/examples/react/).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

export function bundleJsx() {
  return {
    name: 'bundle-jsx',
    async serve(context) {
      if (!context.path.endsWith('/app.bundle.js')) return undefined;
      const entry = `.${context.path.replace(/app\.bundle\.js$/, 'app.jsx')}`;
      if (!existsSync(entry)) return undefined;
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        format: 'esm',
        write: false,
        jsx: 'automatic',
        target: 'es2022',
        logLevel: 'silent',
        define: { 'process.env.NODE_ENV': '"development"' },
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}

const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A stand-in for the host's server: `POST /echo` answers with a page listing the fields the
 * browser posted, so the native-form example shows (and the tests check) what a server receives.
 */
export async function echoPost(context, next) {
  if (context.method !== 'POST' || context.path !== '/echo') return next();
  let body = '';
  for await (const chunk of context.req) body += chunk;
  const fields = [...new URLSearchParams(body)];
  context.type = 'html';
  context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Posted</title></head><body><main><h1>The server received</h1><pre id="posted">${escapeHtml(JSON.stringify(fields, null, 2))}</pre></main></body></html>`;
}

/**
 * A test-runner command, `forced-colors` with `{ active: boolean }`: emulates Windows high
 * contrast (forced-colors: active). @web/test-runner-commands' emulateMedia does not cover it.
 */
export function forcedColorsCommand() {
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
      return true;
    },
  };
}
