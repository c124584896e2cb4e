// The published JSON Schemas say every rule JSON Schema can say (a field required while it is
// shown, empty while it is hidden, a code that excludes the others), so a system that validates
// with JSON Schema alone accepts and rejects what the library does. Envelopes are written from
// the codebook JSON alone, as another system would, and varied at random (fast-check) over the
// fields that conditions and rules name: Ajv's verdict and the Zod schema's must agree on every one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { evaluation, masterData, responseSchema, status } from '../../dist/instruments.js';

const dir = new URL('../../dist/codebook/', import.meta.url);
const read = (name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, formats: { date: true, 'date-time': true } });
const instruments = { 'master-data': masterData, status, evaluation };

/** A valid answer to each field, from what the codebook says of it (a known postcode aside). */
function plainAnswer(f) {
  if (f.id === 'postcode') return '8000';
  switch (f.type) {
    case 'single': return f.options[0].code;
    case 'multiple': return [f.options.find((o) => !['none', 'other', 'referred'].includes(o.code)).code];
    case 'integer': return f.min ?? 0;
    case 'date': return '2026-09-01';
    default: return 'Tekst';
  }
}

/** A valid envelope per part, from the codebook alone: every field answered that is shown. */
function baseEnvelopes(book) {
  const parts = book.parts ?? [undefined];
  return parts.map((part) => {
    const fields = book.fields.filter((f) => f.part === part);
    const answers = Object.fromEntries(fields.filter((f) => f.required !== 'when shown').map((f) => [f.id, plainAnswer(f)]));
    return {
      fields,
      envelope: {
        instrument: book.instrument, codebookVersion: book.codebookVersion, ...(part ? { part } : {}),
        residentId: 'r-1', completedAt: '2026-11-24T10:15:00.000Z', locale: 'da', answers,
      },
    };
  });
}

/** Answers a field named by a condition or a rule may get: the codes that matter, alone and together. */
function variations(fields, rules) {
  const byId = Object.fromEntries(fields.map((f) => [f.id, f]));
  const named = new Set([
    ...fields.filter((f) => f.shownWhen).flatMap((f) => [f.id, f.shownWhen.field]),
    ...rules.filter((r) => r.kind === 'exclusive' && byId[r.field]).map((r) => r.field),
  ]);
  const arb = (f) => {
    const value = f.type === 'multiple'
      ? fc.subarray(f.options.map((o) => o.code), { minLength: 0 })
      : f.options ? fc.constantFrom(...f.options.map((o) => o.code)) : fc.constantFrom('Beskrivelse', '');
    return fc.option(value, { nil: undefined }); // undefined: not answered (left out of the JSON)
  };
  return fc.record(Object.fromEntries([...named].filter((id) => byId[id]).map((id) => [id, arb(byId[id])])));
}

for (const [id, instrument] of Object.entries(instruments)) {
  test(`${id}: Ajv and the Zod schema agree on envelopes varied over conditions and rules`, () => {
    const book = read(`${id}.json`);
    const validateJson = ajv.compile(read(`${id}.schema.json`));
    const zod = responseSchema(instrument);
    for (const { fields, envelope } of baseEnvelopes(book)) {
      assert.equal(validateJson(envelope), true, JSON.stringify(validateJson.errors));
      assert.equal(zod.safeParse(envelope).success, true);
      const rules = book.rules;
      if (!fields.some((f) => f.shownWhen) && !rules.some((r) => r.kind === 'exclusive' && fields.some((f) => f.id === r.field))) continue;
      let rejected = 0;
      fc.assert(fc.property(variations(fields, rules), (changed) => {
        const e = JSON.parse(JSON.stringify({ ...envelope, answers: { ...envelope.answers, ...changed } }));
        const byZod = zod.safeParse(e).success;
        if (!byZod) rejected++;
        assert.equal(validateJson(e), byZod, `${JSON.stringify(e.answers)}: Zod ${byZod ? 'accepts' : 'rejects'}, JSON Schema does not`);
      }), { numRuns: 400, seed: 20261202 });
      assert.ok(rejected > 20, `only ${rejected} of 400 variations were invalid: the test would not notice a missing rule`);
    }
  });
}

test('the rules JSON Schema cannot say are written beside it', () => {
  for (const id of ['master-data', 'evaluation']) {
    const schema = read(`${id}.schema.json`);
    const answers = (schema.anyOf ?? [schema]).map((e) => e.properties.answers).find((a) => a.properties.endDate);
    assert.match(answers.$comment, /"endDate" is not before "startDate"/);
  }
});
