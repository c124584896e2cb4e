import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SchemaForm } from '../../src/schema-form/schema-form.component.js';
import type { ResponseEnvelope, ResponseErrorDetail } from '../../src/schema-form/events.js';
import { masterDataFixture } from '../fixtures/master-data.js';
import { $, clickSubmit, setLocale, text } from '../support/helpers.js';

// Issue 13: a day that does not exist, prefilled into an optional date (endDate: '2026-13-01'),
// showed its error beside a date input that looks empty and that no key can clear: the form
// could never be submitted. It is now ignored and said so, and the rest of the prefill is kept.
describe('an invalid prefilled date in an optional field', () => {
  afterEach(() => setLocale('da'));

  const errors: ResponseErrorDetail[] = [];
  async function form() {
    const { endDate: _, ...complete } = masterDataFixture.complete;
    const el = await fixture<SchemaForm>(html`<master-data-form resident-id="r-1"></master-data-form>`);
    errors.length = 0;
    el.addEventListener('response-error', (e) => errors.push((e as CustomEvent<ResponseErrorDetail>).detail));
    el.value = { answers: { ...complete, endDate: '2026-13-01' } };
    await el.updateComplete;
    return el;
  }

  it('is left out, said in the prefill notice in both languages, and the form submits', async () => {
    const el = await form();
    expect($<HTMLInputElement>(el, '#f-endDate')!.value).to.equal('');
    expect(el.errors.map((e) => e.field)).to.not.include('endDate');
    const notice = () => ($(el, '[part="notice"]')?.textContent ?? '').replace(/\s+/g, ' ');
    expect(notice()).to.contain('Datoen "2026-13-01" i "Slutdato" findes ikke og blev ignoreret.');
    // The problem is data: its kind and the value that was ignored, worded at render time.
    expect(errors.map((e) => e.kind === 'prefill' && e.problems)).to.deep.equal([[{ code: 'invalid_value', field: 'endDate', value: '2026-13-01' }]]);
    await setLocale('en');
    await el.updateComplete;
    expect(notice()).to.contain('The date "2026-13-01" in "End date" does not exist and was ignored.');

    let submitted: ResponseEnvelope | undefined;
    el.addEventListener('response-submit', (e) => (submitted = (e as CustomEvent<ResponseEnvelope>).detail));
    await clickSubmit(el);
    expect($(el, '#e-endDate'), 'no error at the empty field').to.equal(null);
    expect(text(el)).to.contain('The answers have been submitted.');
    expect(submitted, 'the form can be submitted').to.exist;
    expect(submitted!.answers).to.not.have.property('endDate');
    expect(submitted!.answers.startDate).to.equal(masterDataFixture.complete.startDate);
  });

  it('a real day still prefills', async () => {
    const el = await fixture<SchemaForm>(html`<master-data-form resident-id="r-1"></master-data-form>`);
    el.value = { answers: { endDate: '2026-11-20' } };
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-endDate')!.value).to.equal('2026-11-20');
  });
});
