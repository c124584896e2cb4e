import { expect, fixture } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import fc from 'fast-check';
import '../../src/define.js';
import type { SchemaForm } from '../../src/schema-form/schema-form.component.js';
import { fieldsOf } from '../../src/engine/field-model.js';
import { instrumentFixtures } from '../fixtures/index.js';
import { $, $$ } from '../support/helpers.js';

/**
 * Property-based: whatever a host puts in `value` or in the attributes, the form never throws,
 * stays usable, keeps only valid answers, says what it dropped, and renders markup as text.
 */
const runs = 1000;

for (const f of instrumentFixtures) {
  const attrs = Object.entries(f.attributes ?? {}).map(([k, v]) => `${k}="${v}"`).join(' ');
  describe(`<${f.tag} ${attrs}> with bad input (${runs} random cases per property)`, function () {
    this.timeout(60000);
    let uncaught: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => uncaught.push('reason' in e ? e.reason : e.error);
    beforeEach(() => {
      uncaught = [];
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
    });
    afterEach(() => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    });

    const make = () =>
      fixture<SchemaForm>(staticHtml`<${unsafeStatic(f.tag)} resident-id="r-1" ${unsafeStatic(attrs)}></${unsafeStatic(f.tag)}>`);

    /** Random answers: mostly the right field ids, with right and wrong codes and types. */
    function answersArbitrary(el: SchemaForm) {
      const fields = fieldsOf(el.instrument!);
      const value = (codes: readonly string[]) =>
        fc.oneof(
          fc.constantFrom(...(codes.length ? codes : ['x'])),
          fc.array(fc.constantFrom(...(codes.length ? codes : ['x']), 'nope')),
          fc.string({ maxLength: 40 }),
          fc.integer(),
          fc.double(),
          fc.boolean(),
          fc.constant(null),
          fc.anything(),
        );
      const known = fc.record(Object.fromEntries(fields.map((fd) => [fd.id, value(fd.options)])), { requiredKeys: [] });
      const dangerous = fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '<b>x</b>'), fc.anything());
      return fc.oneof(
        known,
        known.map((answers) => ({ answers, residentId: 'r-2' })),
        fc.tuple(known, dangerous).map(([a, d]) => ({ ...d, ...a })),
        fc.anything(),
      );
    }

    function assertUsable(el: SchemaForm) {
      expect(uncaught, 'uncaught errors').to.deep.equal([]);
      expect($(el, 'button[type=submit]'), 'submit button').to.exist;
      expect($$(el, 'input, textarea').length).to.be.greaterThan(0);
      // Whatever stayed is valid, or is shown with its error so the user can correct it.
      const fields = fieldsOf(el.instrument!);
      for (const [id, answer] of Object.entries(el.value.answers)) {
        const field = fields.find((fd) => fd.id === id);
        expect(field, `kept answer for unknown field ${id}`).to.exist;
        if (!field!.schema.safeParse(answer).success) {
          expect($(el, `#e-${id}`), `error shown for the invalid answer kept in ${id}`).to.exist;
        }
      }
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    }

    it('takes any value as a prefill without throwing, keeping only valid answers', async () => {
      const el = await make();
      let errorsReported = 0;
      el.addEventListener('response-error', () => errorsReported++);
      let cases = 0;
      await fc.assert(
        fc.asyncProperty(answersArbitrary(el), async (value) => {
          cases++;
          el.value = value;
          await el.updateComplete;
          assertUsable(el);
        }),
        { numRuns: runs, seed: 20261124 },
      );
      expect(cases).to.equal(runs);
      expect(errorsReported, 'response-error events').to.be.greaterThan(runs / 4);
      console.log(`${f.tag} ${attrs}: ${cases} prefills tried, ${errorsReported} reported as problems, 0 exceptions`);
    });

    it('takes any attribute string without throwing', async () => {
      const el = await make();
      // Attributes the fixture depends on (an evaluation's part) are left alone.
      const attributes = ['value', 'lang', 'resident-id', 'case-id', 'name', 'readonly', 'disabled', 'draft-key', 'draft-storage'].filter(
        (name) => !(name in (f.attributes ?? {})),
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...attributes), fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary', maxLength: 60 })), async (name, text) => {
          el.setAttribute(name, text);
          await el.updateComplete;
          expect(uncaught).to.deep.equal([]);
          el.removeAttribute(name);
          el.removeAttribute('readonly');
          await el.updateComplete;
          assertUsable(el);
        }),
        { numRuns: runs, seed: 20261124 },
      );
      for (const storage of [sessionStorage, localStorage]) storage.clear();
    });

    it('does not let __proto__ in a prefill reach any prototype', async () => {
      const el = await make();
      el.value = JSON.parse('{"answers": {"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}}');
      await el.updateComplete;
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.keys(el.value.answers)).to.deep.equal(Object.keys(el.instrument!.defaults?.() ?? {}));
      expect($$(el, '.notice li').length).to.equal(2);
    });

    it('keeps a huge text for the user to shorten, says it is too long, and does not freeze', async () => {
      const el = await make();
      const text = fieldsOf(el.instrument!).find((fd) => fd.kind === 'text' && fd.maxLength !== undefined && !fd.meta.when);
      if (!text) return;
      const huge = '<script>alert(1)</script>'.repeat(40000);
      const started = performance.now();
      el.value = { [text.id]: huge };
      await el.updateComplete;
      expect((el.value.answers[text.id] as string | undefined)?.length, 'length of the text kept').to.equal(huge.length);
      expect($(el, `#e-${text.id}`)!.textContent).to.match(/\d+ tegn/);
      expect(el.shadowRoot!.querySelector('script')).to.equal(null);
      expect(performance.now() - started).to.be.lessThan(1000);
    });
  });
}
