// ESLint (flat config): typescript-eslint's recommended rules everywhere, and for the elements
// Lit's (eslint-plugin-lit: templates, bindings, properties) and the web-component rules
// (eslint-plugin-wc: lifecycle, attributes, guarded definitions). Run by `npm test` (`npm run lint`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  // Generated or built; bench/ and demo/ are packages of their own, with their own installs.
  { ignores: ['dist/', 'node_modules/', 'src/generated/', 'bench/', 'demo/', 'locales/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wc.configs['flat/best-practice'],
  lit.configs['flat/recommended'],
  {
    // Our elements extend LitElement, and the instrument elements SchemaForm: both are elements.
    settings: { wc: { elementBaseClasses: ['LitElement', 'SchemaForm'] } },
    rules: {
      // A leading underscore marks a name unused on purpose: a hook's parameter a subclass may
      // use (`submitted(_envelope)`), a key left out by rest destructuring.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      // `interface HTMLElementEventMap extends FormEventMap {}` is how a global map is augmented.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // For mixins over an unknown base; ours is always LitElement, which has every callback.
      'wc/guard-super-call': 'off',
    },
  },
  { files: ['src/**/*.ts', 'tests/**/*.ts'], languageOptions: { globals: globals.browser } },
  // Chai's assertions are property reads (`expect(x).to.be.true`).
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/no-unused-expressions': 'off' } },
  { files: ['scripts/**/*.js', 'tests/**/*.js', '*.js', '*.mjs'], languageOptions: { globals: globals.node } },
  // These drive Chromium: the functions they hand to page.evaluate() run in the page.
  { files: ['tests/node/**/*.js', 'scripts/consumers/*.js'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    // The server renders any of our tags: a tag name made with lit/static-html's unsafeStatic,
    // which the template rules read as a binding in a tag's place.
    files: ['src/prerender/prerender.ts'],
    rules: { 'lit/binding-positions': 'off', 'lit/no-invalid-html': 'off' },
  },
);
