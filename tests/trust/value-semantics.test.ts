import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/status-survey/status-survey.js';
import '../../src/evaluation-form/evaluation-form.js';
import { StatusSurvey } from '../../src/status-survey/status-survey.component.js';
import { EvaluationForm } from '../../src/evaluation-form/evaluation-form.component.js';
import type { SchemaForm } from '../../src/schema-form/schema-form.component.js';
import type { DraftStore } from '../../src/drafts/drafts.js';
import { statusFixture } from '../fixtures/status.js';
import { $, $$, clickSubmit, fillByUser } from '../support/helpers.js';

describe('value: what a host framework expects of it', () => {
  it('keeps the user’s answers when value is set again to an equal response (a React inline value={{…}})', async () => {
    const el = await fixture<SchemaForm>(html`<status-survey resident-id="r-1"></status-survey>`);
    const render = () => ({ answers: { counsellingType: 'type3', contact: 'phone' } });
    el.value = render();
    await el.updateComplete;
    await fillByUser(el, { expectedAdvice: 'yes', financialOverview: 'high' });
    el.value = render(); // the parent renders again: a new, equal object
    await el.updateComplete;
    expect(el.value.answers).to.include({ counsellingType: 'type3', contact: 'phone', expectedAdvice: 'yes', financialOverview: 'high' });
    expect($<HTMLInputElement>(el, 'input[name=expectedAdvice][value=yes]')!.checked).to.equal(true);
    // An equal value with its keys in another order is equal too; a different one is a new prefill.
    el.value = { answers: { contact: 'phone', counsellingType: 'type3' } };
    await el.updateComplete;
    expect(el.value.answers.expectedAdvice).to.equal('yes');
    el.value = { answers: { counsellingType: 'type4' } };
    await el.updateComplete;
    expect(el.value.answers).not.to.have.property('expectedAdvice');
    expect(el.value.answers.counsellingType).to.equal('type4');
  });

  it('applies a value changed in place and set again', async () => {
    const el = await fixture<SchemaForm>(html`<status-survey resident-id="r-1"></status-survey>`);
    const value = { answers: { counsellingType: 'type3' } as Record<string, unknown> };
    el.value = value;
    await el.updateComplete;
    value.answers.counsellingType = 'type4';
    el.value = value;
    await el.updateComplete;
    expect(el.value.answers.counsellingType).to.equal('type4');
  });

  for (const [name, Base] of [['status-survey', StatusSurvey], ['evaluation-form', EvaluationForm]] as const) {
    it(`applies a value set before the element is defined, on upgrade (${name})`, async () => {
      const tag = `late-${name}`;
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement(tag) as SchemaForm;
      el.setAttribute('resident-id', 'r-1');
      // A host script that runs before the element's module: a plain property on an unknown element.
      const answers = name === 'status-survey' ? { counsellingType: 'type3', contact: 'phone' } : { counsellingType: 'type4', sessionsPhone: 2 };
      (el as unknown as { value: unknown }).value = { answers };
      (el as unknown as { replaces: string }).replaces = 'old-1';
      holder.append(el);
      customElements.define(tag, class extends (Base as typeof StatusSurvey) {});
      await waitUntil(() => el.shadowRoot?.querySelector('form'), 'upgraded');
      await el.updateComplete;
      expect(el.value.answers).to.include(answers);
      expect(el.value.replaces).to.equal('old-1');
      expect($$<HTMLInputElement>(el, `input[name=counsellingType]`).find((i) => i.checked)?.value).to.equal(answers.counsellingType);
    });
  }
});

describe('a host draft store that fails', () => {
  let unhandled: unknown[] = [];
  const onUnhandled = (e: PromiseRejectionEvent) => {
    unhandled.push(e.reason);
    e.preventDefault();
  };
  beforeEach(() => {
    unhandled = [];
    window.addEventListener('unhandledrejection', onUnhandled);
  });
  afterEach(() => window.removeEventListener('unhandledrejection', onUnhandled));

  const stores: [string, () => DraftStore][] = [
    ['throws', () => ({ get: () => JSON.stringify({ instrument: 'status', codebookVersion: '1', savedAt: '2026-11-01T10:00:00Z', answers: { contact: 'phone' } }), set: () => undefined, remove: () => { throw new Error('remove failed'); } })],
    ['rejects', () => ({ get: () => JSON.stringify({ instrument: 'status', codebookVersion: '1', savedAt: '2026-11-01T10:00:00Z', answers: { contact: 'phone' } }), set: () => undefined, remove: () => Promise.reject(new Error('remove failed')) })],
  ];
  for (const [how, store] of stores) {
    it(`whose remove ${how}: a submit still completes, with no unhandled rejection`, async () => {
      const el = await fixture<SchemaForm>(html`<status-survey resident-id="r-1" draft-key="k" .draftStore=${store()}></status-survey>`);
      el.value = statusFixture.complete;
      await el.updateComplete;
      await clickSubmit(el);
      await waitUntil(() => $(el, '.status')!.textContent!.includes('indsendt'), 'submitted');
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled).to.deep.equal([]);
    });

    it(`whose remove ${how}: discarding the draft still starts over, with no unhandled rejection`, async () => {
      const el = await fixture<SchemaForm>(html`<status-survey resident-id="r-1" draft-key="k" .draftStore=${store()}></status-survey>`);
      await waitUntil(() => $(el, '.draft'), 'draft notice');
      expect(el.value.answers.contact).to.equal('phone');
      $<HTMLButtonElement>(el, '.draft button')!.click();
      await waitUntil(() => !$(el, '.draft'), 'notice gone');
      await new Promise((r) => setTimeout(r, 50));
      expect(el.value.answers).not.to.have.property('contact');
      expect(unhandled).to.deep.equal([]);
    });
  }
});
