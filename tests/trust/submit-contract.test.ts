import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/status-survey/status-survey.js';
import type { SchemaForm } from '../../src/schema-form/schema-form.component.js';
import type { ResponseEnvelope } from '../../src/schema-form/events.js';
import { statusFixture } from '../fixtures/status.js';
import { $, clickSubmit } from '../support/helpers.js';

// The contract (README, Events): `response-submit` means the submission was accepted: it fires
// once the submitHandler has resolved, or at once without one. A failed attempt is a
// `response-error` of kind 'submit', and nothing else.
describe('response-submit and submitHandler', () => {
  async function form() {
    const el = await fixture<SchemaForm>(html`<status-survey resident-id="r-1"></status-survey>`);
    el.value = statusFixture.complete;
    await el.updateComplete;
    const log: string[] = [];
    el.addEventListener('response-submit', () => log.push('response-submit'));
    el.addEventListener('response-error', (e) => log.push(`response-error:${e.detail.kind}`));
    return { el, log };
  }

  it('does not dispatch response-submit for an attempt the handler rejects', async () => {
    const { el, log } = await form();
    el.submitHandler = async () => {
      log.push('handler');
      throw new Error('offline');
    };
    await clickSubmit(el);
    await waitUntil(() => log.length >= 2, 'handler and its outcome');
    await el.updateComplete;
    expect(log).to.deep.equal(['handler', 'response-error:submit']);
    expect($(el, '.form-error')!.textContent).to.contain('kunne ikke sendes');
  });

  it('dispatches response-submit after the handler has resolved, with the envelope the handler got', async () => {
    const { el, log } = await form();
    let finish!: () => void;
    let given: ResponseEnvelope | undefined;
    el.submitHandler = (envelope) => {
      given = envelope;
      log.push('handler');
      return new Promise<void>((resolve) => (finish = () => (log.push('resolved'), resolve())));
    };
    let detail: ResponseEnvelope | undefined;
    el.addEventListener('response-submit', (e) => (detail = e.detail));
    await clickSubmit(el);
    await waitUntil(() => log.includes('handler'));
    await new Promise((r) => setTimeout(r, 50));
    expect(log, 'nothing while the handler runs').to.deep.equal(['handler']);
    finish();
    await waitUntil(() => log.includes('response-submit'), 'response-submit');
    expect(log).to.deep.equal(['handler', 'resolved', 'response-submit']);
    expect(detail).to.equal(given);
  });

  it('retries: a failed attempt and then an accepted one give one response-submit', async () => {
    const { el, log } = await form();
    let fail = true;
    el.submitHandler = () => (fail ? Promise.reject(new Error('offline')) : undefined);
    await clickSubmit(el);
    await waitUntil(() => log.length === 1);
    fail = false;
    await el.updateComplete;
    await clickSubmit(el);
    await waitUntil(() => log.length === 2);
    expect(log).to.deep.equal(['response-error:submit', 'response-submit']);
  });

  it('without a handler, dispatches response-submit at once; cancelling it keeps the form unsubmitted', async () => {
    const { el, log } = await form();
    el.addEventListener('response-submit', (e) => e.preventDefault(), { once: true });
    await clickSubmit(el);
    await el.updateComplete;
    expect(log).to.deep.equal(['response-submit']);
    expect($(el, '.status')!.textContent!.trim()).to.equal('');
    await clickSubmit(el);
    await el.updateComplete;
    expect($(el, '.status')!.textContent).to.contain('Svarene er indsendt');
  });
});
