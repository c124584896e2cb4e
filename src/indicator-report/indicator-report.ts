import { IndicatorReport } from './indicator-report.component.js';

export * from './indicator-report.component.js';

// Loading the module twice (two bundles on one page) must not throw.
if (!customElements.get('indicator-report')) customElements.define('indicator-report', IndicatorReport);

declare global {
  interface HTMLElementTagNameMap {
    'indicator-report': IndicatorReport;
  }
}
