// Every drop-in bundle from dist/drop-in/ (npm test builds them first), loaded in a page of its
// own as a host includes it, and used there in both languages: it renders in Danish, a user
// answers a question with a real click, the page's language becomes English and the wording
// follows (each module's English table, made on that first switch), and the real submit button sends the
// answers. The tests from source never see the built bundles; these do.
import { expect, waitUntil } from '@open-wc/testing';
import type { SchemaForm } from '../../src/schema-form/schema-form.component.js';
import type { ResponseEnvelope } from '../../src/schema-form/events.js';
import type { FormFixture } from '../support/fixture.js';
import { statusFixture } from '../fixtures/status.js';
import { masterDataFixture } from '../fixtures/master-data.js';
import { evaluationAdvisorFixture } from '../fixtures/evaluation.js';
import { generateSample } from '../../src/reports/index.js';
import { $, $$ } from '../support/helpers.js';
import { doc, loadPage } from './support.js';
import * as english from '../../src/generated/locales/en.js';

async function bundlePage(bundle: string) {
  const frame = await loadPage(`/tests/embedding/drop-in.html?bundle=${bundle}`);
  await (frame.contentWindow as Window & { bundle: Promise<unknown> }).bundle;
  return frame;
}

async function place<T extends HTMLElement>(frame: HTMLIFrameElement, tag: string, attributes: Record<string, string> = {}): Promise<T> {
  const el = doc(frame).createElement(tag) as T;
  for (const [name, value] of Object.entries({ 'resident-id': 'r-7', ...attributes })) el.setAttribute(name, value);
  doc(frame).querySelector('main')!.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('h2'), `<${tag}> rendered`, { timeout: 8000 });
  return el;
}

const cases: { bundle: string; fixture: FormFixture; answer: [string, string] }[] = [
  { bundle: 'status-survey', fixture: statusFixture, answer: ['contact', 'phone'] },
  { bundle: 'master-data-form', fixture: masterDataFixture, answer: ['housing', 'owner'] },
  { bundle: 'evaluation-form', fixture: evaluationAdvisorFixture, answer: ['counsellingType', 'type3'] },
  // The bundle of every element, with one of its forms.
  { bundle: 'all', fixture: masterDataFixture, answer: ['gender', 'male'] },
];

describe('every drop-in bundle, in both languages', () => {
  for (const { bundle, fixture, answer } of cases) {
    it(`${bundle}.js: <${fixture.tag}> renders, takes an answer, switches to English and submits`, async () => {
      const frame = await bundlePage(bundle);
      const el = await place<SchemaForm>(frame, fixture.tag, fixture.attributes);
      expect($(el, 'h2')!.textContent).to.equal(fixture.title.da);
      expect($$(el, 'legend, label').map((l) => l.textContent!.trim())).to.include(fixture.question.da);

      el.value = fixture.complete;
      await el.updateComplete;
      const [field, code] = answer;
      const option = $$<HTMLInputElement>(el, `input[name=${field}]`).find((i) => i.value === code)!;
      option.click();
      expect(option.checked).to.equal(true);

      doc(frame).documentElement.lang = 'en';
      await waitUntil(() => $(el, 'h2')!.textContent === fixture.title.en, 'English title', { timeout: 8000 });
      expect($$(el, 'legend, label').map((l) => l.textContent!.trim())).to.include(fixture.question.en);
      expect($(el, 'button[type=submit]')!.textContent!.trim()).to.match(/^Submit/);

      const submitted = new Promise<ResponseEnvelope>((resolve) => el.addEventListener('response-submit', (e) => resolve((e as CustomEvent<ResponseEnvelope>).detail)));
      $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
      const envelope = await submitted;
      expect(envelope.residentId).to.equal('r-7');
      expect(envelope.answers[field]).to.equal(code);
      if (bundle === 'all') {
        for (const tag of ['schema-form', 'status-survey', 'master-data-form', 'evaluation-form', 'indicator-report']) {
          expect(frame.contentWindow!.customElements.get(tag), tag).to.be.a('function');
        }
      }
    });
  }

  it('indicator-report.js: <indicator-report> renders stored responses, changes period, switches to English', async () => {
    const frame = await bundlePage('indicator-report');
    const el = doc(frame).createElement('indicator-report');
    el.setAttribute('from', '2026-01-01');
    el.setAttribute('to', '2026-12-31');
    el.responses = generateSample({ seed: 3, residents: 12, year: 2026 });
    doc(frame).querySelector('main')!.append(el);
    const root = () => el.shadowRoot!;
    await waitUntil(() => root().querySelector('h2') && root().querySelector('table'), 'report rendered', { timeout: 8000 });
    expect(root().querySelector('h2')!.textContent).to.equal('Aktivitetsindikatorer (bilag 1)');

    const from = root().querySelector<HTMLInputElement>('input[name=from]')!;
    from.value = '2026-07-01';
    from.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => el.getAttribute('from') === '2026-07-01', 'period changed');

    doc(frame).documentElement.lang = 'en';
    await waitUntil(() => root().querySelector('h2')!.textContent === english.templates['report.title'], 'English title', { timeout: 8000 });
    expect(root().querySelector('h3')!.textContent).to.equal(english.templates['report.indicators']);
  });
});

describe("the README's recipe for a host that owns configureLocalization", () => {
  const recipe = async (from: string) => {
    const frame = await loadPage(`/tests/embedding/host-localization.html?from=${from}`);
    return (frame.contentWindow as Window & { recipe: Promise<{ ours: Record<string, unknown>; title?: string; locale?: string }> }).recipe;
  };

  it('gets every message of ours in English, the same from the npm modules and the drop-in', async () => {
    const [npm, dropIn] = await Promise.all([recipe('npm'), recipe('drop-in')]);
    const ids = Object.keys(english.templates).sort();
    expect(Object.keys(npm.ours).sort()).to.deep.equal(ids);
    expect(Object.keys(dropIn.ours).sort()).to.deep.equal(ids);
    expect(npm.ours['form.submit']).to.equal(english.templates['form.submit']);
    expect(dropIn.ours['form.submit']).to.equal(english.templates['form.submit']);
    // With the npm modules our elements run on the host's runtime, in its language.
    expect(npm.locale).to.equal('en');
    expect(npm.title).to.equal(statusFixture.title.en);
  });
});
