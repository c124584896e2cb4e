import { StatusSurvey } from './status-survey.component.js';

export * from './status-survey.component.js';

if (!customElements.get('status-survey')) customElements.define('status-survey', StatusSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'status-survey': StatusSurvey;
  }
}
