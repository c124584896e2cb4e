import { expect, fixture, html } from '@open-wc/testing';
import '../../src/status-survey/status-survey.js';
import '../../src/evaluation-form/evaluation-form.js';
import type { SchemaForm } from '../../src/schema-form/schema-form.component.js';
import type { ResponseErrorDetail } from '../../src/schema-form/events.js';
import { statusFixture } from '../fixtures/status.js';
import { $, clickSubmit, fillByUser, setLocale } from '../support/helpers.js';

// INSTRUMENTS.md, "Envelope rules", in the form.
describe('the envelope rules in the form', () => {
  afterEach(() => setLocale('da'));

  for (const residentId of ['010190-1234', '0101901234']) {
    it(`refuses to submit with a resident-id shaped like a CPR number (${residentId}), and says so`, async () => {
      const el = await fixture<SchemaForm>(html`<status-survey resident-id=${residentId}></status-survey>`);
      el.value = statusFixture.complete;
      await el.updateComplete;
      let submitted = false;
      el.addEventListener('response-submit', () => (submitted = true));
      const errors: ResponseErrorDetail[] = [];
      el.addEventListener('response-error', (e) => errors.push(e.detail));
      const alert = $(el, '.form-error');
      expect(alert?.textContent, 'shown before any submit').to.contain('CPR-nummer');
      await clickSubmit(el);
      await el.updateComplete;
      expect(submitted).to.equal(false);
      expect(errors.map((e) => e.kind)).to.deep.equal(['config']);
      expect(errors[0].message).to.contain('CPR-nummer');
      expect(el.checkValidity()).to.equal(false);
      expect(el.value.answers, 'the answers stay').to.deep.equal(statusFixture.complete);
      await setLocale('en');
      await el.updateComplete;
      expect($(el, '.form-error')!.textContent).to.contain('CPR number');
    });
  }

  it('does not let a CPR-shaped residentId come in with a prefilled envelope either', async () => {
    const el = await fixture<SchemaForm>(html`<status-survey></status-survey>`);
    el.value = { residentId: '010190-1234', answers: statusFixture.complete };
    await el.updateComplete;
    let submitted = false;
    el.addEventListener('response-submit', () => (submitted = true));
    await clickSubmit(el);
    expect(submitted).to.equal(false);
    expect($(el, '.form-error')!.textContent).to.contain('CPR-nummer');
  });

  it('takes a prefilled envelope whose completedAt has an offset without a problem', async () => {
    const el = await fixture<SchemaForm>(html`<status-survey resident-id="r-1"></status-survey>`);
    const problems: ResponseErrorDetail[] = [];
    el.addEventListener('response-error', (e) => problems.push(e.detail));
    el.value = { instrument: 'status', codebookVersion: '1', residentId: 'r-1', completedAt: '2026-06-30T23:30:00+02:00', locale: 'da', answers: statusFixture.complete };
    await el.updateComplete;
    expect(problems).to.deep.equal([]);
    expect(el.value.answers).to.deep.equal(statusFixture.complete);
  });

  it('does not combine the outcome "Ingen af disse" with another outcome', async () => {
    const el = await fixture<SchemaForm>(html`<evaluation-form part="advisor" resident-id="r-1"></evaluation-form>`);
    await fillByUser(el, { outcomes: ['none', 'budget_kept'] });
    await clickSubmit(el);
    expect($(el, '#e-outcomes')!.textContent).to.contain('kan ikke kombineres med andre svar');
  });
});
