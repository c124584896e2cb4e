import { EvaluationForm } from './evaluation-form.component.js';

export * from './evaluation-form.component.js';

if (!customElements.get('evaluation-form')) customElements.define('evaluation-form', EvaluationForm);

declare global {
  interface HTMLElementTagNameMap {
    'evaluation-form': EvaluationForm;
  }
}
