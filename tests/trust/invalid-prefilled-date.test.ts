import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SchemaForm } from '../../src/schema-form/schema-form.component.js';
import type { ResponseEnvelope } from '../../src/schema-form/events.js';
import { masterDataFixture } from '../fixtures/master-data.js';
import { $, clickSubmit, setLocale, text } from '../support/helpers.js';

// Issue 13: a day that does not exist, prefilled into an optional date (endDate: '2026-13-01'),
// showed its error beside a date input that looks empty and that no key can clear: the form
// could never be submitted. It is now ignored and said so, and the rest of the prefill is kept.
describe('an invalid prefilled date in an optional field', () => {
  afterEach(() => setLocale('da'));

  async function form() {
    const { endDate: _, ...complete } = masterDataFixture.complete;
    const el = await fixture<SchemaForm>(html`<master-data-form resident-id="r-1"></master-data-form>`);
    el.value = { answers: { ...complete, endDate: '2026-13-01' } };
    await el.updateComplete;
    return el;
  }

  it('is left out, said in the prefill notice in both languages, and the form submits', async () => {
    const el = await form();
    expect($<HTMLInputElement>(el, '#f-endDate')!.value).to.equal('');
    expect(el.errors.map((e) => e.field)).to.not.include('endDate');
    expect($(el, '[part="notice"]')?.textContent).to.contain('Slutdato');
    await setLocale('en');
    await el.updateComplete;
    expect($(el, '[part="notice"]')?.textContent).to.contain('End date');

    let submitted: ResponseEnvelope | undefined;
    el.addEventListener('response-submit', (e) => (submitted = (e as CustomEvent<ResponseEnvelope>).detail));
    await clickSubmit(el);
    expect(text(el)).to.not.contain('2026-13-01');
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
