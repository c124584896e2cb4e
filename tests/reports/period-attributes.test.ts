import { expect, fixture, html } from '@open-wc/testing';
import '../../src/indicator-report/indicator-report.js';
import type { IndicatorReport } from '../../src/indicator-report/indicator-report.component.js';
import { setLocale } from '../support/helpers.js';
import { store } from './fixtures.js';

// Issue 13: <indicator-report from="januar"> threw "RangeError: Invalid time value" and rendered blank.
describe('<indicator-report> with a from or to that is not a date', () => {
  afterEach(() => setLocale('da'));
  const cases: [string, string, string][] = [
    ['januar', '', 'januar'],
    ['2025-01-01', '2026-13-01', '2026-13-01'],
    ['2025-01-01', 'null', 'null'],
    ['2025-02-30', '2025-06-30', '2025-02-30'],
  ];
  for (const [from, to, bad] of cases) {
    it(`from="${from}" to="${to}": says so in words, and reports on the default period`, async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error);
      window.addEventListener('error', onError);
      const el = await fixture<IndicatorReport>(html`<indicator-report from=${from} to=${to} .responses=${store}></indicator-report>`);
      await el.updateComplete;
      window.removeEventListener('error', onError);
      expect(errors).to.deep.equal([]);
      const alert = el.shadowRoot!.querySelector('[role=alert]');
      expect(alert?.textContent).to.contain(`"${bad}"`).and.contain('ÅÅÅÅ-MM-DD');
      expect(el.shadowRoot!.querySelector('table'), 'the rest renders').to.exist;
      expect(el.report).to.exist;
      await setLocale('en');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('YYYY-MM-DD');
    });
  }
});
