import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/status-survey/status-survey.js';
import '../../src/evaluation-form/evaluation-form.js';
import type { SchemaForm } from '../../src/schema-form/schema-form.component.js';
import type { ResponseEnvelope } from '../../src/schema-form/events.js';
import { statusFixture } from '../fixtures/status.js';
import { clickSubmit } from '../support/helpers.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

async function submitOnce(el: SchemaForm): Promise<ResponseEnvelope> {
  setTimeout(() => clickSubmit(el));
  return ((await oneEvent(el, 'response-submit')) as CustomEvent<ResponseEnvelope>).detail;
}

describe('responseId and replaces (corrections)', () => {
  it('gives every accepted submit a new responseId, and the same one to a retry after a failed handler', async () => {
    const el = await fixture<SchemaForm>(html`<status-survey resident-id="r-1"></status-survey>`);
    el.value = statusFixture.complete;
    let fail = true;
    const handled: ResponseEnvelope[] = [];
    el.submitHandler = (e) => {
      handled.push(e);
      if (fail) return Promise.reject(new Error('offline'));
    };
    await el.updateComplete;
    const failed = new Promise((resolve) => el.addEventListener('response-error', resolve, { once: true }));
    await clickSubmit(el);
    await failed;
    fail = false;
    const first = await submitOnce(el);
    expect(first.responseId).to.match(uuid);
    expect(handled[0].responseId, 'a retry is the same response').to.equal(first.responseId);
    expect(first).not.to.have.property('replaces');
    await el.updateComplete;
    const second = await submitOnce(el);
    expect(second.responseId).to.match(uuid).and.not.equal(first.responseId);
  });

  it('puts the replaces attribute into the envelope: a correction of an earlier record', async () => {
    const el = await fixture<SchemaForm>(html`<status-survey resident-id="r-1" replaces="old-id"></status-survey>`);
    el.value = statusFixture.complete;
    await el.updateComplete;
    expect(el.replaces).to.equal('old-id');
    const envelope = await submitOnce(el);
    expect(envelope.replaces).to.equal('old-id');
    expect(envelope.responseId).to.match(uuid).and.not.equal('old-id');
    el.replaces = undefined;
    await el.updateComplete;
    expect(el.hasAttribute('replaces')).to.equal(false);
    expect((await submitOnce(el))).not.to.have.property('replaces');
  });

  it('puts responseId and replaces into the FormData of an enclosing form', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><status-survey name="status" resident-id="r-1" replaces="old-id"></status-survey></form>`,
    );
    const el = form.querySelector<SchemaForm>('status-survey')!;
    el.value = statusFixture.complete;
    await el.updateComplete;
    const posted = JSON.parse(new FormData(form).get('status') as string) as ResponseEnvelope;
    expect(posted.responseId).to.match(uuid);
    expect(posted.replaces).to.equal('old-id');
    expect(el.value.responseId).to.equal(posted.responseId);
  });

  it('gives each part of an evaluation filled in in turn its own responseId', async () => {
    const el = await fixture<SchemaForm>(html`<evaluation-form resident-id="r-1"></evaluation-form>`);
    el.value = {
      counsellingType: 'type3', startDate: '2026-01-05', endDate: '2026-06-30', sessionsFaceToFace: 4, sessionsPhone: 1,
      sessionsDigital: 0, activities: ['budget'], outcomes: ['none'], endReason: 'completed',
    };
    await el.updateComplete;
    const advisor = await submitOnce(el);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.handover button')!.click();
    el.value = { satisfaction: 'satisfied', financialOverview: 'high', disposableIncomeOverview: 'some', selfReliance: 'some', situationChange: 'better', recommend: 'yes' };
    await el.updateComplete;
    const resident = await submitOnce(el);
    expect(advisor.part).to.equal('advisor');
    expect(resident.part).to.equal('resident');
    expect(advisor.responseId).to.match(uuid);
    expect(resident.responseId).to.match(uuid).and.not.equal(advisor.responseId);
  });
});

describe('<indicator-report> and corrections', () => {
  it('says how many responses were replaced by a later version', async () => {
    await import('../../src/indicator-report/indicator-report.js');
    const { status } = await import('../reports/fixtures.js');
    const a = { ...status('r1', '2026-02-01', 'type3', 'phone'), responseId: 'a' };
    const b = { ...status('r1', '2026-02-01', 'type3', 'face_to_face'), responseId: 'b', replaces: 'a' };
    const el = await fixture<HTMLElement & { responses: unknown[]; updateComplete: Promise<unknown> }>(
      html`<indicator-report from="2026-01-01" to="2026-12-31" .responses=${[a, b]}></indicator-report>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.notices')!.textContent).to.contain('1 besvarelser er rettet senere; kun den seneste udgave er talt med.');
  });
});
