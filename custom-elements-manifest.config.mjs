// `npm run build` generates dist/custom-elements.json from the JSDoc on the element classes
// (@summary, @attr, @fires with the detail's type, @csspart, @cssprop with its default) and
// their Lit properties; scripts/manifest-plugin.js makes it the package's own (paths in the
// package, types spelled out and linked). package.json's "customElements" points at it, so
// editors, Storybook and similar tools find the elements' API; the host typings
// (scripts/build-typings.js) and the README's API tables (scripts/api-docs.js) are made from it.
import { publishedManifest } from './scripts/manifest-plugin.js';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: 'dist',
  litelement: true,
  // package.json is edited by hand, not by a build.
  packagejson: false,
  plugins: [publishedManifest()],
};
