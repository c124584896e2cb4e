import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/status-survey/status-survey.js';
import type { StatusSurvey } from '../src/status-survey/status-survey.component.js';
import type { ResponseEnvelope } from '../src/schema-form/events.js';
import { statusFixture } from './fixtures/status.js';
import { formControlSuite } from './support/form-control-suite.js';
import { $, $$, completeByKeyboard, text } from './support/helpers.js';
import { today } from '../src/instruments/options.js';

formControlSuite(statusFixture);

describe('<status-survey>', () => {
  it('asks the four status questions of bilag 3 word for word, each with "Ved ikke" as an answer', async () => {
    const el = await fixture<StatusSurvey>(html`<status-survey resident-id="r-1"></status-survey>`);
    const legends = $$(el, 'legend').map((l) => l.textContent!.trim());
    expect(legends).to.include.members([
      'Har du i dag fået rådgivning omkring det, som du havde forventet?',
      'Har du på nuværende tidspunkt overblik over din økonomiske situation?',
      'Har du overblik over, hvor mange penge du har til rådighed efter dine faste udgifter hver måned?',
      'Hvordan synes du om den rådgivning, som du har fået i dag?',
    ]);
    for (const id of ['expectedAdvice', 'financialOverview', 'disposableIncomeOverview', 'adviceRating']) {
      const codes = $$<HTMLInputElement>(el, `input[name=${id}]`).map((i) => i.value);
      expect(codes, id).to.include('dont_know');
    }
    expect(text(el)).to.contain('(valgfri)');
  });

  it("defaults the conversation's date to today", async () => {
    const el = await fixture<StatusSurvey>(html`<status-survey resident-id="r-1"></status-survey>`);
    expect($<HTMLInputElement>(el, 'input[type=date]')!.value).to.equal(today());
  });

  it('is completed and submitted with the keyboard alone', async () => {
    const wrapper = await fixture(html`<div><button>before</button><status-survey resident-id="r-7"></status-survey></div>`);
    const el = wrapper.querySelector('status-survey')!;
    wrapper.querySelector('button')!.focus();
    const { date: _date, ...answers } = statusFixture.complete;
    const submitted = oneEvent(el, 'response-submit');
    await completeByKeyboard(el, answers);
    const envelope = ((await submitted) as CustomEvent<ResponseEnvelope>).detail;
    expect(envelope.answers).to.deep.equal({ ...answers, date: today() });
    expect(envelope.instrument).to.equal('status');
  });

  it('shows a field error once the user leaves a touched field, not while typing', async () => {
    const el = await fixture<StatusSurvey>(html`<status-survey resident-id="r-1"></status-survey>`);
    const comment = $<HTMLTextAreaElement>(el, 'textarea')!;
    comment.focus();
    comment.value = 'x'.repeat(1001);
    comment.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '#e-comment')).to.equal(null);
    comment.blur();
    await el.updateComplete;
    expect($(el, '#e-comment')!.textContent).to.contain('1000');
  });

  it('will not submit without a resident id, and says why', async () => {
    const el = await fixture<StatusSurvey>(html`<status-survey></status-survey>`);
    el.value = statusFixture.complete;
    await el.updateComplete;
    const error = oneEvent(el, 'response-error');
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    expect(((await error) as CustomEvent).detail.kind).to.equal('config');
    await el.updateComplete;
    expect($(el, '.form-error')!.textContent).to.contain('resident-id');
  });
});
