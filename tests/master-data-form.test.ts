import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/master-data-form/master-data-form.js';
import type { MasterDataForm } from '../src/master-data-form/master-data-form.component.js';
import type { ResponseEnvelope } from '../src/schema-form/events.js';
import { loadPostcodes } from '../src/postcodes/postcodes.js';
import { today } from '../src/instruments/options.js';
import { masterDataFixture } from './fixtures/master-data.js';
import { formControlSuite } from './support/form-control-suite.js';
import { $, $$, clickSubmit, completeByKeyboard, fillByUser, setLocale, text } from './support/helpers.js';

// The postcode table is fetched (once per page) when the first form renders. Load it before the
// suite, whose privacy check counts the requests made while a form is filled in.
before(() => loadPostcodes());

formControlSuite(masterDataFixture);

const make = () => fixture<MasterDataForm>(html`<master-data-form resident-id="r-1"></master-data-form>`);

async function type(el: MasterDataForm, id: string, value: string) {
  const input = $<HTMLInputElement>(el, `[name="${id}"]`)!;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  return input;
}

async function leave(el: MasterDataForm, input: HTMLElement) {
  input.blur();
  await el.updateComplete;
}

describe('<master-data-form>', () => {
  afterEach(() => setLocale('da'));

  it('shows the town of a known postcode as soon as it is typed, and tells assistive technology', async () => {
    const el = await make();
    const input = await type(el, 'postcode', '22');
    expect($(el, '#n-postcode')!.textContent!.trim()).to.equal('');
    await type(el, 'postcode', '2200');
    const note = $(el, '#n-postcode')!;
    expect(note.textContent!.trim()).to.equal('København N');
    expect(note.getAttribute('aria-live')).to.equal('polite');
    expect(input.getAttribute('aria-describedby')).to.contain('n-postcode');
    await type(el, 'postcode', '8000');
    expect($(el, '#n-postcode')!.textContent!.trim()).to.equal('Aarhus C');
    await leave(el, input);
    expect($(el, '#e-postcode')).to.equal(null);
    expect(el.value.answers.postcode).to.equal('8000');
  });

  it('says an unknown four-digit postcode does not exist, in Danish and English', async () => {
    const el = await make();
    const input = await type(el, 'postcode', '9999');
    expect($(el, '#e-postcode'), 'not while typing').to.equal(null);
    await leave(el, input);
    expect($(el, '#e-postcode')!.textContent).to.contain('Der findes ikke et dansk postnummer med de 4 cifre');
    expect($(el, '#n-postcode')!.textContent!.trim()).to.equal('');
    el.lang = 'en';
    await waitUntil(() => $(el, '#e-postcode')!.textContent!.includes('There is no Danish postcode'), 'English message');
    expect(el.errors.find((e) => e.field === 'postcode')?.code).to.equal('unknown_postcode');
  });

  it('asks for four digits when the postcode is not four digits', async () => {
    const el = await make();
    for (const bad of ['220', '22000', 'abcd', '2200 ']) {
      const input = await type(el, 'postcode', bad);
      await leave(el, input);
      expect($(el, '#e-postcode')!.textContent, bad).to.contain('4 cifre, fx 2200');
    }
  });

  it('does not accept an unknown postcode from a prefill', async () => {
    const el = await make();
    el.value = { ...masterDataFixture.complete, postcode: '0000' };
    await el.updateComplete;
    expect(el.errors.map((e) => e.field)).to.deep.equal(['postcode']);
    expect(el.checkValidity()).to.equal(false);
    await clickSubmit(el);
    expect(text(el)).to.contain('Postnummer');
  });

  it('shows "Anden problemstilling, beskriv" only while "Andet" is chosen, and then requires it', async () => {
    const el = await make();
    expect($(el, '[name=problemsOther]')).to.equal(null);
    $<HTMLInputElement>(el, 'input[name=problems][value=other]')!.click();
    await el.updateComplete;
    const other = $<HTMLTextAreaElement>(el, 'textarea[name=problemsOther]')!;
    expect(other).to.exist;
    expect($(el, 'label[for=f-problemsOther]')!.textContent).to.contain('Anden problemstilling, beskriv');
    await clickSubmit(el);
    expect($(el, '#e-problemsOther')!.textContent).to.contain('Udfyld feltet');
    await type(el, 'problemsOther', 'Spillegæld');
    $<HTMLInputElement>(el, 'input[name=problems][value=other]')!.click();
    await el.updateComplete;
    expect($(el, '[name=problemsOther]')).to.equal(null);
    expect(el.value.answers).to.not.have.property('problemsOther');
  });

  it('checks age and children as whole numbers within their ranges', async () => {
    const el = await make();
    for (const [id, bad, message] of [
      ['age', '14', 'Skriv et helt tal fra 15 til 110.'],
      ['age', '111', 'Skriv et helt tal fra 15 til 110.'],
      ['age', '4.5', 'Skriv et helt tal fra 15 til 110.'],
      ['children', '21', 'Skriv et helt tal fra 0 til 20.'],
      ['children', '-1', 'Skriv et helt tal fra 0 til 20.'],
    ] as const) {
      const input = await type(el, id, bad);
      await leave(el, input);
      expect($(el, `#e-${id}`)!.textContent, `${id}=${bad}`).to.contain(message);
    }
    await type(el, 'children', '0');
    expect(el.value.answers.children).to.equal(0);
    expect(el.errors.some((e) => e.field === 'children')).to.equal(false);
  });

  it('uses native date inputs, starts today, and will not take an end date before the start date', async () => {
    const el = await make();
    const dates = $$<HTMLInputElement>(el, 'input[type=date]');
    expect(dates.map((d) => d.name)).to.deep.equal(['startDate', 'endDate']);
    expect(dates[0].value).to.equal(today());
    el.value = { ...masterDataFixture.complete, startDate: '2026-09-01', endDate: '2026-08-31' };
    await el.updateComplete;
    await clickSubmit(el);
    expect($(el, '#e-endDate')!.textContent).to.contain('Slutdatoen må ikke ligge før startdatoen');
    await type(el, 'endDate', '');
    expect(el.errors).to.deep.equal([]);
  });

  it('is completed and submitted with the keyboard alone', async () => {
    const wrapper = await fixture(html`<div><button>before</button><master-data-form resident-id="r-7"></master-data-form></div>`);
    const el = wrapper.querySelector('master-data-form')!;
    await el.updateComplete;
    wrapper.querySelector('button')!.focus();
    const { startDate: _s, endDate: _e, ...answers } = masterDataFixture.complete;
    const submitted = oneEvent(el, 'response-submit');
    await completeByKeyboard(el, answers);
    const envelope = ((await submitted) as CustomEvent<ResponseEnvelope>).detail;
    expect(envelope.instrument).to.equal('master-data');
    expect(envelope.answers).to.deep.equal({ ...answers, startDate: today() });
  });

  it('submits the envelope with every answer by its code', async () => {
    const el = await make();
    await fillByUser(el, masterDataFixture.complete);
    setTimeout(() => clickSubmit(el));
    const { detail } = (await oneEvent(el, 'response-submit')) as CustomEvent<ResponseEnvelope>;
    expect(detail.instrument).to.equal('master-data');
    expect(detail).to.not.have.property('part');
    expect(detail.answers).to.deep.equal(masterDataFixture.complete);
  });
});
