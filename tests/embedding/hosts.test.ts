// The host examples in demo/examples/, loaded as a host system loads them: the real drop-in
// bundle from dist/ (npm test builds it first) or the npm package through a bundler (React).
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { ResponseEnvelope } from '../../src/schema-form/events.js';
import { statusFixture } from '../fixtures/status.js';
import { $, $$, fillByUser } from '../support/helpers.js';
import { axePage, doc, element, fitsWidth, loadPage, nextLoad } from './support.js';

const complete = statusFixture.complete;

describe('host example: a plain HTML page with a native <form method="post">', () => {
  it('posts the answers with the rest of the form, as the server receives them', async () => {
    const frame = await loadPage('/demo/examples/plain-form.html');
    const el = await element(frame);
    await fillByUser(el, complete);
    const posted = nextLoad(frame);
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await posted;
    const fields = JSON.parse(doc(frame).querySelector('#posted')!.textContent!) as [string, string][];
    const get = (name: string) => fields.filter(([k]) => k === name).map(([, v]) => v);
    expect(get('caseNote')).to.deep.equal(['from the host page']);
    expect(get('status.expectedAdvice')).to.deep.equal([complete.expectedAdvice]);
    const envelope = JSON.parse(get('status')[0]) as ResponseEnvelope;
    expect(envelope).to.include({ instrument: 'status', residentId: 'r-123', caseId: '42', locale: 'da' });
    expect(envelope.answers).to.deep.equal(complete);
  });

  it('does not post while answers are missing: the error summary takes focus', async () => {
    const frame = await loadPage('/demo/examples/plain-form.html');
    const el = await element(frame);
    let navigated = false;
    frame.addEventListener('load', () => (navigated = true), { once: true });
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    expect(navigated).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.error-summary'));
  });

  it("takes the host's colours and font from custom properties", async () => {
    const frame = await loadPage('/demo/examples/plain-form.html');
    const el = await element(frame);
    const submit = $(el, '.submit')!;
    const style = frame.contentWindow!.getComputedStyle(submit);
    expect(style.backgroundColor).to.equal('rgb(43, 93, 52)');
    expect(style.borderTopLeftRadius).to.equal('4px');
    expect(frame.contentWindow!.getComputedStyle(el).fontFamily).to.contain('Georgia');
  });

  it('has no axe violations, and fits a 320 px wide phone without sideways scrolling', async () => {
    const frame = await loadPage('/demo/examples/plain-form.html', 320);
    const el = await element(frame);
    expect(await axePage(frame)).to.deep.equal([]);
    expect(fitsWidth(frame), 'no horizontal scroll at 320 px').to.equal(true);
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    expect(fitsWidth(frame), 'nor with the errors shown').to.equal(true);
  });
});

describe('host example: a page driving the JavaScript API', () => {
  it('sets value, calls reportValidity() and receives the events', async () => {
    const frame = await loadPage('/demo/examples/js-api.html');
    const el = await element(frame);
    const log = () => doc(frame).querySelector('#log')!.textContent!;
    expect($(el, 'h2')!.textContent, 'follows the page language').to.equal(statusFixture.title.en);

    doc(frame).querySelector<HTMLButtonElement>('#check')!.click();
    await el.updateComplete;
    expect(log()).to.contain('reportValidity()\nfalse');
    expect($(el, '.error-summary')).to.exist;

    doc(frame).querySelector<HTMLButtonElement>('#prefill')!.click();
    await el.updateComplete;
    expect(el.value.answers).to.include({ counsellingType: 'type3', contact: 'phone', expectedAdvice: 'yes' });

    await fillByUser(el, { financialOverview: 'high' });
    expect(log()).to.contain('response-change').and.contain('"field": "financialOverview"');

    await fillByUser(el, complete);
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await waitUntil(() => log().startsWith('response-submit'), 'response-submit logged');
    const envelope = JSON.parse(log().slice('response-submit\n'.length)) as ResponseEnvelope;
    expect(envelope.answers).to.deep.equal(complete);
    expect(envelope.locale).to.equal('en');
  });

  it('has no axe violations', async () => {
    const frame = await loadPage('/demo/examples/js-api.html');
    await element(frame);
    expect(await axePage(frame)).to.deep.equal([]);
  });
});

describe('host example: React 19', () => {
  it('passes props as properties and on<event> props as listeners', async () => {
    const frame = await loadPage('/demo/examples/react/index.html');
    const el = await element(frame);
    expect(el.residentId, 'residentId prop → property').to.equal('r-react-1');
    expect(el.value.answers, 'value prop → prefill').to.include({ counsellingType: 'type4', contact: 'digital' });

    doc(frame).querySelector<HTMLButtonElement>('section > button')!.click();
    await waitUntil(() => $(el, 'h2')!.textContent === statusFixture.title.en, 'lang prop → English');

    await fillByUser(el, complete);
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    const saved = doc(frame).querySelector('#saved')!;
    await waitUntil(() => saved.textContent !== '–', 'onresponse-submit reached React state');
    const envelope = JSON.parse(saved.textContent!) as ResponseEnvelope;
    expect(envelope.residentId).to.equal('r-react-1');
    expect(envelope.answers).to.deep.equal(complete);
  });
});

describe('the drop-in bundle', () => {
  it('survives two copies on one page (two bundle URLs), and the element works', async () => {
    const frame = await loadPage('/tests/embedding/two-bundles.html');
    const el = await element(frame);
    await waitUntil(() => (frame.contentWindow as Window & { loaded?: number }).loaded === 3, 'all three scripts ran');
    expect((frame.contentWindow as Window & { errors?: string[] }).errors).to.deep.equal([]);
    await fillByUser(el, complete);
    let received: ResponseEnvelope | undefined;
    el.addEventListener('response-submit', (e) => (received = e.detail));
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await waitUntil(() => received, 'submitted');
    expect(received!.answers).to.deep.equal(complete);
  });
});

describe('print and forced colours', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await executeServerCommand('forced-colors', { active: false });
  });

  it('prints a blank template: every option with a box, room to write, no buttons', async () => {
    const frame = await loadPage('/demo/examples/plain-form.html');
    const el = await element(frame);
    el.template = true;
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    const options = $$(el, '.boxes li');
    expect(options.length).to.equal(3 + 3 + 4 + 5 + 5 + 6);
    expect(options.every((li) => li.querySelector('.box')!.getBoundingClientRect().width > 10)).to.equal(true);
    const lines = $$(el, '.line');
    expect(lines.length, 'date and comment').to.equal(2);
    expect(lines[1].getBoundingClientRect().height, 'room to write a comment').to.be.greaterThan(80);
    expect($$(el, 'input, button')).to.have.length(0);
    // In the host's form it neither blocks a submit nor posts answers.
    expect(el.form!.checkValidity()).to.equal(true);
    expect([...new FormData(el.form!).keys()].filter((k) => k.startsWith(el.name))).to.deep.equal([]);
  });

  it('prints a filled record without the submit button', async () => {
    const frame = await loadPage('/demo/examples/plain-form.html');
    const el = await element(frame);
    el.value = complete;
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    expect(frame.contentWindow!.getComputedStyle($(el, '.submit')!).display).to.equal('none');
    el.readonly = true;
    await el.updateComplete;
    expect($$(el, 'dd').map((d) => d.textContent!.trim())).to.include('Delvist');
  });

  it('keeps borders and the focus ring in forced-colours (high contrast) mode', async () => {
    const frame = await loadPage('/demo/examples/plain-form.html');
    const el = await element(frame);
    await executeServerCommand('forced-colors', { active: true });
    expect(frame.contentWindow!.matchMedia('(forced-colors: active)').matches).to.equal(true);
    const submit = $(el, '.submit')!;
    const style = frame.contentWindow!.getComputedStyle(submit);
    expect(style.borderTopStyle).to.equal('solid');
    expect(style.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
    const input = $<HTMLTextAreaElement>(el, 'textarea')!;
    input.focus();
    expect(frame.contentWindow!.getComputedStyle(input).outlineStyle).to.not.equal('none');
  });
});
