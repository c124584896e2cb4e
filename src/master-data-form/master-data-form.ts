import { MasterDataForm } from './master-data-form.component.js';

export * from './master-data-form.component.js';

if (!customElements.get('master-data-form')) customElements.define('master-data-form', MasterDataForm);

declare global {
  interface HTMLElementTagNameMap {
    'master-data-form': MasterDataForm;
  }
}
