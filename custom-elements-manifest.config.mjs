// `npm run build` generates dist/custom-elements.json from the JSDoc on the element classes
// (@fires, @csspart, @cssprop, @slot) and their Lit properties. package.json's "customElements"
// points at it, so editors, Storybook and similar tools find the elements' API.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: 'dist',
  litelement: true,
  // package.json is edited by hand, not by a build.
  packagejson: false,
  plugins: [
    {
      name: 'raadgivning-forms:published-paths',
      packageLinkPhase({ customElementsManifest }) {
        const toDist = (path) => path?.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
        for (const mod of customElementsManifest.modules) {
          mod.path = toDist(mod.path);
          for (const d of mod.declarations ?? []) {
            // `this.#emit(type, …)` is read as an event called "type"; the real ones are @fires.
            if (d.events) d.events = d.events.filter((e) => e.name && e.name !== 'type');
            if (d.superclass?.module) d.superclass.module = toDist(d.superclass.module);
            for (const m of d.members ?? []) if (m.inheritedFrom?.module) m.inheritedFrom.module = toDist(m.inheritedFrom.module);
          }
          for (const e of mod.exports ?? []) if (e.declaration?.module) e.declaration.module = toDist(e.declaration.module);
        }
      },
    },
  ],
};
