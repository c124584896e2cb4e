import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/evaluation-form/evaluation-form.js';
import type { EvaluationForm } from '../src/evaluation-form/evaluation-form.component.js';
import type { ResponseEnvelope } from '../src/schema-form/events.js';
import { evaluationAdvisorFixture as advisor, evaluationResidentFixture as resident } from './fixtures/evaluation.js';
import { formControlSuite } from './support/form-control-suite.js';
import { $, $$, clickSubmit, completeByKeyboard, fillByUser, focused, setLocale, text } from './support/helpers.js';

// The resident part's run of the shared suite is in evaluation-form-resident.test.ts: the suite
// expects a page of its own (an unknown language, say, is warned about once per page).
formControlSuite(advisor);

const names = (el: EvaluationForm) => [...new Set($$<HTMLInputElement>(el, 'input, textarea').map((i) => i.name))];
const advisorIds = Object.keys(advisor.complete).filter((id) => id !== 'referredTo');
const residentIds = Object.keys(resident.complete);

async function submitted(el: EvaluationForm, act: () => unknown): Promise<ResponseEnvelope> {
  setTimeout(act);
  return ((await oneEvent(el, 'response-submit')) as CustomEvent<ResponseEnvelope>).detail;
}

describe('<evaluation-form>', () => {
  afterEach(() => setLocale('da'));

  it('shows "Henvist til" only while the outcomes include "Henvist til andet tilbud", and then requires it', async () => {
    const el = await fixture<EvaluationForm>(html`<evaluation-form part="advisor" resident-id="r-1"></evaluation-form>`);
    expect($(el, '#f-referredTo')).to.equal(null);
    $<HTMLInputElement>(el, 'input[name=outcomes][value=referred]')!.click();
    await el.updateComplete;
    expect($(el, '#f-referredTo legend')!.textContent).to.contain('Henvist til');
    await clickSubmit(el);
    expect($(el, '#e-referredTo')!.textContent).to.contain('Vælg mindst ét svar');
    expect($$<HTMLAnchorElement>(el, '.error-summary a').map((a) => a.getAttribute('href'))).to.include('#f-referredTo');
    $<HTMLInputElement>(el, 'input[name=referredTo][value=health]')!.click();
    $<HTMLInputElement>(el, 'input[name=outcomes][value=referred]')!.click();
    await el.updateComplete;
    expect($(el, '#f-referredTo')).to.equal(null);
    expect(el.value.answers).to.not.have.property('referredTo');
  });

  it('will not take an end date before the start date', async () => {
    const el = await fixture<EvaluationForm>(html`<evaluation-form part="advisor" resident-id="r-1"></evaluation-form>`);
    el.value = { ...advisor.complete, startDate: '2026-11-21', endDate: '2026-11-20' };
    await el.updateComplete;
    await clickSubmit(el);
    expect($(el, '#e-endDate')!.textContent).to.contain('Slutdatoen må ikke ligge før startdatoen');
    el.lang = 'en';
    await waitUntil(() => $(el, '#e-endDate')!.textContent!.includes('The end date cannot be before the start date'));
  });

  it('will not combine "Ingen af disse" with other outcomes', async () => {
    const el = await fixture<EvaluationForm>(html`<evaluation-form part="advisor" resident-id="r-1"></evaluation-form>`);
    await fillByUser(el, { outcomes: ['budget_kept', 'none'] });
    await clickSubmit(el);
    expect($(el, '#e-outcomes')!.textContent).to.contain('"Ingen af disse" kan ikke kombineres med andre svar.');
    $<HTMLInputElement>(el, 'input[name=outcomes][value=budget_kept]')!.click();
    await el.updateComplete;
    expect(el.errors.some((e) => e.field === 'outcomes')).to.equal(false);
  });

  it('part="advisor" and part="resident" each show and submit only their own part, marked with it', async () => {
    const wrapper = await fixture(html`<div>
      <evaluation-form part="advisor" resident-id="r-1"></evaluation-form>
      <evaluation-form part="resident" resident-id="r-1"></evaluation-form>
    </div>`);
    const [a, r] = [...wrapper.querySelectorAll('evaluation-form')];
    await Promise.all([a.updateComplete, r.updateComplete]);
    expect(names(a)).to.deep.equal(advisorIds);
    expect(names(r)).to.deep.equal(residentIds);
    expect($(a, 'h3')!.textContent).to.equal('Rådgiverens del');
    expect($(r, 'h3')!.textContent).to.equal('Beboerens del');
    a.value = { ...advisor.complete, ...resident.complete };
    r.value = { ...advisor.complete, ...resident.complete };
    await Promise.all([a.updateComplete, r.updateComplete]);
    expect($(a, '.notice'), 'the other part is not a problem').to.equal(null);
    const fromAdvisor = await submitted(a, () => clickSubmit(a));
    expect(fromAdvisor).to.include({ instrument: 'evaluation', part: 'advisor', codebookVersion: '1' });
    expect(fromAdvisor.answers).to.deep.equal(advisor.complete);
    const fromResident = await submitted(r, () => clickSubmit(r));
    expect(fromResident).to.include({ instrument: 'evaluation', part: 'resident' });
    expect(fromResident.answers).to.deep.equal(resident.complete);
  });

  it('lets the host show the submitted advisor part read-only while the resident fills theirs', async () => {
    const advisorEnvelope = { instrument: 'evaluation', part: 'advisor', residentId: 'r-1', answers: advisor.complete };
    const wrapper = await fixture(html`<div>
      <evaluation-form part="advisor" readonly resident-id="r-1" .value=${advisorEnvelope}></evaluation-form>
      <evaluation-form part="resident" resident-id="r-1"></evaluation-form>
    </div>`);
    const [a, r] = [...wrapper.querySelectorAll('evaluation-form')];
    await Promise.all([a.updateComplete, r.updateComplete]);
    expect($$(a, 'input, textarea, button')).to.have.length(0);
    const shown = $$(a, 'dd').map((dd) => dd.textContent!.trim());
    expect(shown).to.include.members(['Gældsrådgivning', '6', 'Budget udarbejdet, Kontakt til kreditorer på beboerens vegne', 'Retshjælp / juridisk rådgivning']);
    await fillByUser(r, resident.complete);
    const envelope = await submitted(r, () => clickSubmit(r));
    expect(envelope.part).to.equal('resident');
    expect(envelope.answers).to.deep.equal(resident.complete);
    expect(a.value.answers).to.deep.equal(advisor.complete);
  });

  it('part="both": the advisor part, a hand-over step, then the resident part with its own heading; one envelope each', async () => {
    const el = await fixture<EvaluationForm>(html`<evaluation-form resident-id="r-5" case-id="c-1"></evaluation-form>`);
    expect(el.getAttribute('part')).to.equal(null);
    expect($(el, '.step')!.textContent).to.contain('Trin 1 af 2');
    expect(names(el)).to.deep.equal(advisorIds);
    await fillByUser(el, advisor.complete);
    const first = await submitted(el, () => clickSubmit(el));
    expect(first).to.include({ part: 'advisor', residentId: 'r-5', caseId: 'c-1' });
    expect(first.answers).to.deep.equal(advisor.complete);
    await el.updateComplete;
    await waitUntil(() => focused(el) === $(el, 'h2'), 'focus on the hand-over heading');
    expect($(el, 'h2')!.textContent).to.equal('Giv skærmen videre til beboeren');
    expect(text(el)).to.contain('Rådgiverens del er indsendt.');
    expect($$(el, 'input')).to.have.length(0);
    expect(text(el), "the advisor's answers are not shown to the resident").to.not.contain('Kontakt til kreditorer');
    $<HTMLButtonElement>(el, '.handover button')!.click();
    await el.updateComplete;
    await waitUntil(() => focused(el) === $(el, '.step'), 'focus on the step heading');
    expect($(el, '.step')!.textContent).to.contain('Trin 2 af 2: beboerens del');
    expect($(el, 'h3')!.textContent).to.equal('Beboerens del');
    expect(names(el)).to.deep.equal(residentIds);
    await fillByUser(el, resident.complete);
    const second = await submitted(el, () => clickSubmit(el));
    expect(second).to.include({ part: 'resident', residentId: 'r-5' });
    expect(second.answers).to.deep.equal(resident.complete);
  });

  it('part="both" in a form: the advisor step leaves the form alone; the resident submit sends both envelopes', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><evaluation-form name="ev" part="both" resident-id="r-1"></evaluation-form></form>`,
    );
    const el = form.querySelector('evaluation-form')!;
    let submits = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submits++;
    });
    await el.updateComplete;
    el.value = { ...advisor.complete, ...resident.complete };
    await el.updateComplete;
    await submitted(el, () => clickSubmit(el));
    expect(submits).to.equal(0);
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.handover button')!.click();
    await el.updateComplete;
    expect(el.value.answers, 'the resident part takes its answers from the prefill').to.deep.equal(resident.complete);
    const last = submitted(el, () => clickSubmit(el));
    expect((await last).part).to.equal('resident');
    expect(submits).to.equal(1);
    const envelopes = new FormData(form).getAll('ev').map((v) => JSON.parse(v as string));
    expect(envelopes.map((e) => e.part)).to.deep.equal(['advisor', 'resident']);
    expect(envelopes[0].answers).to.deep.equal(advisor.complete);
    expect(envelopes[1].answers).to.deep.equal(resident.complete);
  });

  it('part="both" read-only shows both parts as text', async () => {
    const el = await fixture<EvaluationForm>(html`<evaluation-form readonly resident-id="r-1"></evaluation-form>`);
    el.value = { ...advisor.complete, ...resident.complete };
    await el.updateComplete;
    expect($$(el, 'h3').map((h) => h.textContent)).to.deep.equal(['Rådgiverens del', 'Beboerens del']);
    expect($$(el, 'dd').map((d) => d.textContent!.trim())).to.include.members(['Gældsrådgivning', 'Måske']);
  });

  it('the resident part is completed and submitted with the keyboard alone', async () => {
    const wrapper = await fixture(html`<div><button>before</button><evaluation-form part="resident" resident-id="r-7"></evaluation-form></div>`);
    const el = wrapper.querySelector('evaluation-form')!;
    await el.updateComplete;
    wrapper.querySelector('button')!.focus();
    const done = submitted(el, () => completeByKeyboard(el, resident.complete));
    expect((await done).answers).to.deep.equal(resident.complete);
  });

  it('the advisor part is completed with the keyboard once its dates are set', async () => {
    const wrapper = await fixture(html`<div><button>before</button><evaluation-form part="advisor" resident-id="r-7"></evaluation-form></div>`);
    const el = wrapper.querySelector('evaluation-form')!;
    el.value = { startDate: advisor.complete.startDate, endDate: advisor.complete.endDate };
    await el.updateComplete;
    wrapper.querySelector('button')!.focus();
    const done = submitted(el, () => completeByKeyboard(el, advisor.complete));
    expect((await done).answers).to.deep.equal(advisor.complete);
  });
});
