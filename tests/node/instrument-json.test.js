// An instrument as data: each built-in instrument's codebook JSON (dist/codebook/<id>.json),
// read back with instrumentFromJson, is the same instrument: the same fields, kinds, widgets,
// bounds, codes, conditions, rules and parts (so the same codebook fingerprint), the same
// wording in both languages, and the same verdicts on answers. A definition that is not one
// gives its problems as data, never a throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { configureLocalization } from '@lit/localize';
import fc from 'fast-check';

globalThis.window ??= new EventTarget(); // @lit/localize announces locale changes on window
const dist = new URL('../../dist/', import.meta.url);
const { evaluation, fieldsOf, instrumentFromJson, masterData, partOf, status, validate } = await import(new URL('instruments.js', dist).href);
const controls = configureLocalization({
  sourceLocale: 'da', targetLocales: ['en'], // Every module's English, as each registered it (the build ships no one table of them all).
  loadLocale: async (locale) => ({ templates: (await import(new URL('localization/messages.js', dist).href)).messagesFor(locale) }),
});
const { setLocale } = controls;
// The page owns @lit/localize here (as a host that uses it itself would): the library follows it.
(await import(new URL('localization/locale.js', dist).href)).useHostLocalization(controls);
const book = (id) => JSON.parse(readFileSync(new URL(`codebook/${id}.json`, dist), 'utf8'));
const builtIn = { 'master-data': masterData, status, evaluation };

/** What the form renders and the store depends on, wording evaluated in the current language. */
const model = (i) => ({
  id: i.id, version: i.codebookVersion, title: i.title(), parts: i.parts ?? [], rules: i.rules ?? [],
  sections: (i.sections ?? []).map((s) => [s.id, s.title(), s.hint?.()]),
  fields: fieldsOf(i).map((f) => ({
    id: f.id, kind: f.kind, widget: f.widget, required: f.required, options: f.options, min: f.min, max: f.max,
    maxLength: f.maxLength, minItems: f.minItems, section: f.meta.section, when: f.meta.when ?? null,
    requiredWhenShown: f.meta.requiredWhenShown ?? false, label: f.meta.label(), hint: f.meta.hint?.(),
    labels: f.options.map((c) => f.meta.options[c]()),
  })),
});

for (const [id, instrument] of Object.entries(builtIn)) {
  test(`${id}: its codebook JSON read back is the same instrument, in Danish and English`, async () => {
    const { instrument: read, problems } = instrumentFromJson(book(id));
    assert.equal(problems, undefined);
    await setLocale('da');
    assert.deepEqual(model(read), model(instrument));
    await setLocale('en');
    assert.deepEqual(model(read), model(instrument));
    await setLocale('da');
  });

  test(`${id}: the instrument read back gives the same verdicts on answers`, () => {
    const { instrument: read } = instrumentFromJson(book(id));
    const parts = instrument.parts ?? [undefined];
    for (const part of parts) {
      const [a, b] = part ? [partOf(instrument, part), partOf(read, part)] : [instrument, read];
      const fields = fieldsOf(a);
      const answer = (f) => {
        if (f.options.length) return f.kind === 'multiple' ? fc.subarray([...f.options, 'nope']) : fc.constantFrom(...f.options, 'nope');
        if (f.kind === 'integer') return fc.integer({ min: (f.min ?? 0) - 2, max: (f.max ?? 100) + 2 });
        if (f.kind === 'date') return fc.constantFrom('2026-09-01', '2026-02-30', '2025-01-01');
        return fc.constantFrom('', 'Tekst', 'x'.repeat((f.maxLength ?? 10) + 1), '8000', '800');
      };
      const answers = fc.record(Object.fromEntries(fields.map((f) => [f.id, fc.option(answer(f), { nil: undefined })])), { requiredKeys: [] });
      fc.assert(fc.property(answers, (raw) => {
        const given = JSON.parse(JSON.stringify(raw));
        // The known-postcode check is code, not data: a JSON definition checks four digits only.
        const codes = (errors) => errors.filter((e) => e.code !== 'unknown_postcode').map((e) => `${e.field}:${e.code}`).sort();
        assert.deepEqual(codes(validate(b, given)), codes(validate(a, given)));
      }), { numRuns: 300, seed: 20261202 });
    }
  });
}

test('a definition that is not one gives its problems as data, never a throw', () => {
  const good = book('status');
  const cases = [
    [null, 'invalid'],
    ['status', 'invalid'],
    [{ ...good, fields: [] }, 'invalid'],
    [{ ...good, fields: [{ ...good.fields[0], type: 'slider' }] }, 'invalid'],
    [{ ...good, fields: [...good.fields, good.fields[0]] }, 'duplicate_id'],
    [{ ...good, fields: [{ ...good.fields[1], options: [] }] }, 'no_options'],
    [{ ...good, fields: [{ ...good.fields[0], section: 'nowhere' }] }, 'unknown_section'],
    [{ ...good, fields: [{ ...good.fields[7], pattern: '(' }] }, 'bad_pattern'],
    [{ ...good, fields: [{ ...good.fields[7], shownWhen: { field: 'ghost', equals: 'x' } }] }, 'unknown_field'],
    [{ ...good, rules: [{ kind: 'dateOrder', start: 'date', end: 'ghost' }] }, 'unknown_field'],
  ];
  for (const [json, problem] of cases) {
    const result = instrumentFromJson(json);
    assert.equal(result.instrument, undefined, JSON.stringify(json)?.slice(0, 80));
    assert.ok(result.problems.some((p) => p.problem === problem), `${problem}: ${JSON.stringify(result.problems)}`);
  }
});
