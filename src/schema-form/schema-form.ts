import { SchemaForm } from './schema-form.component.js';

export * from './schema-form.component.js';
export type * from './events.js';

// Loading the module twice (two bundles on one page) must not throw.
if (!customElements.get('schema-form')) customElements.define('schema-form', SchemaForm);

declare global {
  interface HTMLElementTagNameMap {
    'schema-form': SchemaForm;
  }
}
