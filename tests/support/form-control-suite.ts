import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { SchemaForm } from '../../src/schema-form/schema-form.component.js';
import type { ResponseEnvelope, ResponseErrorDetail } from '../../src/schema-form/events.js';
import type { FormFixture } from './fixture.js';
import { $, $$, clickSubmit, fillByUser, focused, setLocale, shadow, text } from './helpers.js';
import { axeViolations } from './axe.js';

/**
 * The behaviour every instrument element shares: form association, validation and its
 * feedback, prefill, events, languages, review mode. An element is covered by calling this
 * with its fixture.
 */
export function formControlSuite(f: FormFixture) {
  const fixed = Object.entries(f.attributes ?? {});
  // The tag with the fixture's own attributes, for every template below.
  const tag = unsafeStatic([f.tag, ...fixed.map(([name, value]) => `${name}="${value}"`)].join(' '));
  const end = unsafeStatic(f.tag);
  const make = (attrs = '') =>
    fixture<SchemaForm>(staticHtml`<${tag} resident-id="r-123" case-id="c-9" ${unsafeStatic(attrs)}></${end}>`);
  const named = fixed.map(([name, value]) => `${name}=${value}`).join(' ');

  describe(`<${f.tag}${named ? ` ${named}` : ''}> (shared form-control suite)`, () => {
    afterEach(() => setLocale('da'));

    it('renders the instrument in Danish by default, with the codebook wording', async () => {
      const el = await make();
      expect($(el, 'h2')!.textContent).to.equal(f.title.da);
      expect(text(el)).to.contain(f.question.da);
    });

    it('tells how many required questions are left', async () => {
      const el = await make();
      const progress = () => $(el, '[part=progress]')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(progress()).to.match(new RegExp(`^${f.requiredOnEmpty.length} af \\d+ påkrævede spørgsmål mangler svar\\.$`));
      el.value = f.complete;
      await el.updateComplete;
      expect(progress()).to.equal('Alle påkrævede spørgsmål er besvaret.');
    });

    it('shows no errors before the user has done anything', async () => {
      const el = await make();
      expect($$(el, '.error-message')).to.have.length(0);
      expect($(el, '.error-summary')).to.equal(null);
    });

    it('on an empty submit shows each error inline and in a focused summary, and dispatches nothing', async () => {
      const el = await make();
      let submitted = false;
      el.addEventListener('response-submit', () => (submitted = true));
      await clickSubmit(el);
      await el.updateComplete;
      const summary = $(el, '.error-summary')!;
      expect(summary, 'summary').to.exist;
      expect(focused(el)).to.equal(summary);
      const links = $$<HTMLAnchorElement>(el, '.error-summary a');
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(f.requiredOnEmpty.map((id) => `#f-${id}`));
      for (const id of f.requiredOnEmpty) {
        const message = $(el, `#e-${id}`);
        expect(message, `inline error for ${id}`).to.exist;
        const described = $(el, `#f-${id}`)!;
        expect(described.getAttribute('aria-describedby') ?? '').to.contain(`e-${id}`);
      }
      expect(submitted).to.equal(false);
      expect(el.checkValidity()).to.equal(false);
    });

    it('moves focus from a summary link to its field', async () => {
      const el = await make();
      await clickSubmit(el);
      const last = f.requiredOnEmpty[f.requiredOnEmpty.length - 1];
      $<HTMLAnchorElement>(el, `.error-summary a[href="#f-${last}"]`)!.click();
      expect((focused(el) as HTMLInputElement | null)?.name).to.equal(last);
    });

    it('takes a prefill as a property and submits the response envelope', async () => {
      const el = await make();
      el.value = { answers: f.complete };
      await el.updateComplete;
      expect(el.errors).to.deep.equal([]);
      setTimeout(() => clickSubmit(el));
      const event = (await oneEvent(el, 'response-submit')) as CustomEvent<ResponseEnvelope>;
      const envelope = event.detail;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(envelope.instrument).to.be.a('string').and.not.equal('');
      expect(envelope.codebookVersion).to.equal('1');
      expect(envelope.residentId).to.equal('r-123');
      expect(envelope.caseId).to.equal('c-9');
      expect(envelope.locale).to.equal('da');
      expect(Date.parse(envelope.completedAt)).to.be.closeTo(Date.now(), 5000);
      expect(envelope.answers).to.deep.equal(f.complete);
    });

    it('takes a prefill as a JSON attribute', async () => {
      const el = await make(`value='${JSON.stringify({ answers: f.complete }).replace(/'/g, '&#39;')}'`);
      expect(el.value.answers).to.deep.equal(f.complete);
    });

    it('dispatches response-change with the answers on every change', async () => {
      const el = await make();
      const radio = $$<HTMLInputElement>(el, 'input[type=radio]')[0];
      setTimeout(() => radio.click());
      const { detail } = (await oneEvent(el, 'response-change')) as CustomEvent;
      expect(detail.field).to.equal(radio.name);
      expect(detail.answers[radio.name]).to.equal(radio.value);
      expect(detail.valid).to.equal(false);
    });

    it('keeps the valid part of an invalid prefill, says what was wrong and dispatches response-error', async () => {
      const el = document.createElement(f.tag) as SchemaForm;
      for (const [name, value] of fixed) el.setAttribute(name, value);
      el.setAttribute('resident-id', 'r-1');
      const error = new Promise<ResponseErrorDetail>((resolve) =>
        el.addEventListener('response-error', (e) => resolve(e.detail), { once: true }),
      );
      el.value = f.invalidPrefill.value;
      await fixture(html`<div></div>`).then((div) => div.append(el));
      const detail = await error;
      expect(detail.kind).to.equal('prefill');
      await el.updateComplete;
      for (const [id, value] of Object.entries(f.invalidPrefill.kept)) expect(el.value.answers[id]).to.deep.equal(value);
      const notice = $(el, '.notice')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      if (detail.kind === 'prefill') {
        expect(detail.problems.map((p) => p.field)).to.have.members([...f.invalidPrefill.problemFields]);
      }
      expect($$(el, '.notice li')).to.have.length(f.invalidPrefill.problemFields.length);
    });

    it('says so when the value attribute is not JSON, and still renders', async () => {
      const el = await make(`value="{not json"`);
      expect($(el, '.notice')!.textContent).to.contain('ikke gyldig JSON');
      expect($$(el, 'input').length).to.be.greaterThan(0);
    });

    it('renders markup in answers and prefill as text', async () => {
      const el = await make();
      el.value = { ...f.complete, '<img src=x onerror=alert(1)>': 1 };
      await el.updateComplete;
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect($(el, '.notice')!.textContent).to.contain('<img src=x onerror=alert(1)>');
    });

    it('contributes its answers to an enclosing form and blocks its submit while invalid', async () => {
      const form = await fixture<HTMLFormElement>(
        staticHtml`<form><${tag} name="r" resident-id="r-123"></${end}><button>Send</button></form>`,
      );
      const el = form.querySelector(f.tag) as SchemaForm;
      await el.updateComplete;
      let submits = 0;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submits++;
      });
      form.querySelector('button')!.click();
      await el.updateComplete;
      expect(submits).to.equal(0);
      expect(form.checkValidity()).to.equal(false);
      expect($(el, '.error-summary'), 'summary after a blocked native submit').to.exist;

      el.value = f.complete;
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(true);
      const data = new FormData(form);
      const envelope = JSON.parse(data.get('r') as string);
      expect(envelope.answers).to.deep.equal(f.complete);
      for (const [id, value] of Object.entries(f.complete)) {
        expect(data.getAll(`r.${id}`)).to.deep.equal(Array.isArray(value) ? value : [String(value)]);
      }
      const submitted = oneEvent(el, 'response-submit');
      form.querySelector('button')!.click();
      expect(((await submitted) as CustomEvent<ResponseEnvelope>).detail.answers).to.deep.equal(f.complete);
      expect(submits).to.equal(1);
    });

    it('goes back to its prefill on form.reset()', async () => {
      const form = await fixture<HTMLFormElement>(staticHtml`<form><${tag} name="r" resident-id="r-1"></${end}></form>`);
      const el = form.querySelector(f.tag) as SchemaForm;
      el.value = f.complete;
      await el.updateComplete;
      const radio = $$<HTMLInputElement>(el, 'input[type=radio]:not(:checked)')[0];
      radio.click();
      await el.updateComplete;
      expect(el.value.answers).to.not.deep.equal(f.complete);
      form.reset();
      await el.updateComplete;
      expect(el.value.answers).to.deep.equal(f.complete);
    });

    it('restores its state from formStateRestoreCallback', async () => {
      const el = await make();
      el.formStateRestoreCallback(JSON.stringify(f.complete));
      await el.updateComplete;
      expect(el.value.answers).to.deep.equal(f.complete);
    });

    it('disables every input when disabled, also through a disabled fieldset', async () => {
      const el = await make('disabled');
      expect($$<HTMLInputElement>(el, 'input, textarea, button').every((i) => i.disabled)).to.equal(true);
      const form = await fixture<HTMLFormElement>(
        staticHtml`<form><fieldset disabled><${tag} resident-id="r-1"></${end}></fieldset></form>`,
      );
      const inner = form.querySelector(f.tag) as SchemaForm;
      await inner.updateComplete;
      expect($$<HTMLInputElement>(inner, 'input').every((i) => i.disabled)).to.equal(true);
    });

    it('shows the answers as text in read-only mode', async () => {
      const el = await make('readonly');
      el.value = f.complete;
      await el.updateComplete;
      expect($$(el, 'input, textarea, button')).to.have.length(0);
      expect($$(el, 'dt').length).to.be.greaterThan(0);
      expect(el.checkValidity()).to.equal(true);
    });

    it('follows lang: English wording, including errors already shown, without losing answers', async () => {
      const el = await make();
      const radio = $$<HTMLInputElement>(el, 'input[type=radio]')[0];
      radio.click();
      await clickSubmit(el);
      const danishError = $(el, '.error-message')!.textContent;
      el.lang = 'en';
      await waitUntil(() => $(el, 'h2')!.textContent === f.title.en, 'English title');
      expect(text(el)).to.contain(f.question.en);
      expect($(el, '.error-message')!.textContent).to.not.equal(danishError);
      expect(text(el)).to.contain('There is a problem');
      expect(el.value.answers[radio.name]).to.equal(radio.value);
      expect(el.value.locale).to.equal('en');
      el.lang = 'da';
      await waitUntil(() => $(el, 'h2')!.textContent === f.title.da, 'Danish again');
      expect(($$<HTMLInputElement>(el, `input[name="${radio.name}"]`).find((i) => i.checked))?.value).to.equal(radio.value);
    });

    it("takes its language from an ancestor's lang, and falls back to Danish for an unknown one", async () => {
      const wrapper = await fixture(staticHtml`<div lang="en-GB"><${tag} resident-id="r-1"></${end}></div>`);
      const el = wrapper.querySelector(f.tag) as SchemaForm;
      await waitUntil(() => $(el, 'h2')!.textContent === f.title.en, 'English from ancestor');
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        wrapper.setAttribute('lang', 'tlh');
        await waitUntil(() => $(el, 'h2')!.textContent === f.title.da, 'Danish fallback');
      } finally {
        console.warn = warn;
      }
      expect(warnings.length).to.equal(1);
    });

    describe('accessibility: axe, WCAG 2.1 A and AA', () => {
      const states: Record<string, (el: SchemaForm) => Promise<void>> = {
        empty: async () => {},
        'errors shown': (el) => clickSubmit(el),
        filled: async (el) => {
          el.value = f.complete;
        },
        'read-only': async (el) => {
          el.value = f.complete;
          el.readonly = true;
        },
      };
      for (const locale of ['da', 'en'] as const) {
        for (const [state, arrange] of Object.entries(states)) {
          it(`${locale}, ${state}: no violations`, async () => {
            const el = await make(`lang="${locale}"`);
            await setLocale(locale);
            await arrange(el);
            await el.updateComplete;
            expect(el.value.locale).to.equal(locale);
            expect(await axeViolations(el)).to.deep.equal([]);
          });
        }
      }
    });

    describe('nothing lost', () => {
      const clearDrafts = () => {
        for (const storage of [sessionStorage, localStorage]) {
          for (const key of Object.keys(storage)) if (key.startsWith('raadgivning-forms:')) storage.removeItem(key);
        }
      };
      beforeEach(clearDrafts);
      afterEach(clearDrafts);

      it('keeps every answer through a page reload when drafts are on, says so, and can discard it', async () => {
        const frame = await fixture<HTMLIFrameElement>(
          html`<iframe title="form" style="width:800px;height:600px" src="/tests/pages/form.html?${new URLSearchParams([['tag', f.tag], ...fixed, ['draft-key', 'reload'], ['resident-id', 'r-1']])}"></iframe>`,
        );
        const element = async () => {
          await waitUntil(() => frame.contentDocument?.querySelector(f.tag)?.shadowRoot?.querySelector('input'), 'form in frame', { timeout: 5000 });
          const el = frame.contentDocument!.querySelector(f.tag) as SchemaForm;
          await el.updateComplete;
          return el;
        };
        const before = await element();
        await fillByUser(before, f.complete);
        expect(before.value.answers).to.deep.equal(f.complete);
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        frame.contentWindow!.location.reload();
        await loaded;
        const after = await element();
        await waitUntil(() => $(after, '.draft'), 'draft notice');
        expect(after.value.answers).to.deep.equal(f.complete);
        expect($(after, '.draft')!.textContent).to.contain('ikke var sendt');
        $<HTMLButtonElement>(after, '.draft button')!.click();
        await after.updateComplete;
        expect(Object.keys(after.value.answers)).to.not.include(f.requiredOnEmpty[0]);
        expect(frame.contentWindow!.sessionStorage.length).to.equal(0);
      });

      it('clears the draft only once the host accepts the submit', async () => {
        const el = await make('draft-key="accept"');
        let fail = true;
        el.submitHandler = async () => {
          if (fail) throw new Error('Server unavailable');
        };
        await fillByUser(el, f.complete);
        expect(sessionStorage.length).to.equal(1);
        await clickSubmit(el);
        await waitUntil(() => $(el, '.form-error'), 'submit error');
        expect(sessionStorage.length, 'kept after a failed submit').to.equal(1);
        fail = false;
        await clickSubmit(el);
        await waitUntil(() => sessionStorage.length === 0, 'draft cleared');
      });

      it('shows that it is sending, blocks a double submit, and keeps everything when the host fails', async () => {
        const el = await make();
        el.value = f.complete;
        let calls = 0;
        let reject!: (e: Error) => void;
        el.submitHandler = () => {
          calls++;
          return new Promise((_, r) => (reject = r));
        };
        const errors: ResponseErrorDetail[] = [];
        el.addEventListener('response-error', (e) => errors.push(e.detail));
        await el.updateComplete;
        await clickSubmit(el);
        await el.updateComplete;
        const button = $<HTMLButtonElement>(el, 'button[type=submit]')!;
        expect(button.getAttribute('aria-disabled')).to.equal('true');
        expect(button.textContent).to.contain('Sender');
        await clickSubmit(el);
        expect(calls).to.equal(1);
        reject(new Error('503'));
        await waitUntil(() => $(el, '.form-error'), 'error shown');
        expect(focused(el)).to.equal($(el, '.form-error'));
        expect($(el, '.form-error')!.textContent).to.contain('Prøv igen');
        expect(errors.map((e) => e.kind)).to.deep.equal(['submit']);
        expect(el.value.answers).to.deep.equal(f.complete);
        el.submitHandler = async () => {
          calls++;
        };
        await clickSubmit(el);
        await waitUntil(() => $(el, '.status')!.textContent!.includes('indsendt'), 'submitted');
        expect(calls).to.equal(2);
        expect($(el, '.form-error')).to.equal(null);
      });

      it('writes nothing to storage and makes no requests unless drafts are on', async () => {
        const requests = performance.getEntriesByType('resource').length;
        const el = await make();
        await fillByUser(el, f.complete);
        el.lang = 'en';
        await waitUntil(() => el.value.locale === 'en');
        setTimeout(() => clickSubmit(el));
        await oneEvent(el, 'response-submit');
        expect(sessionStorage.length + localStorage.length).to.equal(0);
        expect(document.cookie).to.equal('');
        expect(performance.getEntriesByType('resource').length).to.equal(requests);
      });
    });
  });
}
