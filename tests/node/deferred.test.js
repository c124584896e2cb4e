// Deferred field schemas (src/engine/deferred.ts): the form reads a field from its declared plan
// and builds the zod schema only for an answer to check. The plan must say what the schema is,
// and checking field by field must say what the instrument's object schema says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineInstrument, evaluation, field, fieldsOf, masterData, partOf, status, validate } from '../../dist/instruments.js';
import { declaredShapeOf } from '../../dist/engine/instrument.js';
import { DeferredSchema, deferred, planOf } from '../../dist/engine/deferred.js';
import { fieldModel } from '../../dist/engine/field-model.js';
import * as z from 'zod/mini';

const instruments = { status, masterData, evaluation };

/** A plan as fieldModel reads it: undefined keys and a check's other settings left out. */
const normal = (plan) =>
  plan && {
    type: plan.type,
    ...(plan.format !== undefined && { format: plan.format }),
    ...(plan.entries && { entries: [...plan.entries] }),
    ...(plan.of && { of: normal(plan.of) }),
    ...(plan.checks?.length && {
      checks: plan.checks.map(({ check, value, inclusive, minimum, maximum }) =>
        Object.fromEntries(Object.entries({ check, value, inclusive, minimum, maximum }).filter(([, v]) => v !== undefined)),
      ),
    }),
  };

test('every deferred field declares the plan of the schema it builds, and reads the same', () => {
  let deferred = 0;
  for (const [name, instrument] of Object.entries(instruments)) {
    for (const [id, declared] of Object.entries(declaredShapeOf(instrument))) {
      if (!(declared instanceof DeferredSchema)) continue;
      deferred++;
      const built = declared.get();
      assert.deepEqual(normal(declared.plan), normal(planOf(built)), `${name}.${id}`);
      assert.deepEqual(fieldModel(id, declared), fieldModel(id, built), `${name}.${id}`);
      assert.equal(instrument.shape[id], built, `${name}.${id}: the shape holds the schema built`);
    }
  }
  assert.ok(deferred >= 8, 'the status survey defers all its fields');
});

test('a form builds the schemas of the answers it checks, and no others', () => {
  let builds = 0;
  const choice = () => deferred(() => (builds++, z.enum(['x', 'y'])), { type: 'enum', entries: ['x', 'y'] });
  const options = { x: () => 'X', y: () => 'Y' };
  const instrument = defineInstrument({
    id: 'test',
    codebookVersion: '1',
    title: () => 'Test',
    shape: { a: field(choice(), { label: () => 'A', options }), b: field(choice(), { label: () => 'B', options }) },
  });
  assert.deepEqual(fieldsOf(instrument).map((f) => [f.id, f.kind, f.options]), [['a', 'single', ['x', 'y']], ['b', 'single', ['x', 'y']]]);
  assert.equal(builds, 0, 'the field model comes from the plans');
  assert.deepEqual(validate(instrument, { a: 'x' }), [{ field: 'b', code: 'required' }]);
  assert.equal(builds, 1, 'only the answer given was checked with its schema');
  // An answer its field rejects: the object schema (every field) gives the verdict.
  assert.deepEqual(validate(instrument, { a: 'z' }), [{ field: 'a', code: 'invalid_option' }, { field: 'b', code: 'required' }]);
  assert.equal(builds, 2);
  assert.equal(instrument.schema.safeParse({ a: 'x', b: 'y' }).success, true);
});

/** Answers to try: valid ones, each field emptied, each field given a wrong value of several kinds. */
function* variants(base, ids) {
  yield base;
  yield {};
  for (const id of ids) {
    const { [id]: _, ...without } = base;
    yield without;
    for (const wrong of ['nonsense', 42, -1, 3.5, '', ['nonsense'], [], true, null, '2026-13-45', 'x'.repeat(1200), { a: 1 }]) {
      yield { ...base, [id]: wrong };
    }
  }
}

const samples = {
  status: {
    date: '2026-11-24', counsellingType: 'type3', contact: 'face_to_face', expectedAdvice: 'yes',
    financialOverview: 'some', disposableIncomeOverview: 'dont_know', adviceRating: 'good', comment: 'Fint.',
  },
  masterData: {
    counsellingType: 'type3', gender: 'female', age: 42, housing: 'social_family', postcode: '2200', education: 'vocational',
    income: 'employed', children: 2, problems: ['rent_arrears', 'other'], problemsOther: 'Noget andet', startDate: '2025-03-01', endDate: '2025-02-01',
  },
  evaluation: {
    counsellingType: 'type3', startDate: '2025-03-01', endDate: '2025-06-01', sessionsFaceToFace: 3, sessionsPhone: 1, sessionsDigital: 0,
    activities: ['budget'], outcomes: ['none', 'referred'], endReason: 'completed', satisfaction: 'very_satisfied',
    financialOverview: 'high', disposableIncomeOverview: 'some', selfReliance: 'some', situationChange: 'better', recommend: 'yes',
  },
};

test('checking field by field finds what the object schema finds', () => {
  const cases = [
    ['status', status],
    ['masterData', masterData],
    ['evaluation', partOf(evaluation, 'advisor')],
    ['evaluation', partOf(evaluation, 'resident')],
  ];
  let compared = 0;
  for (const [name, instrument] of cases) {
    // A copy made by spreading is not one defineInstrument made: it is checked with the object schema.
    const bySchema = { ...instrument };
    for (const answers of variants(samples[name], Object.keys(instrument.shape))) {
      assert.deepEqual(validate(instrument, answers), validate(bySchema, answers), `${name}: ${JSON.stringify(answers)}`);
      compared++;
    }
  }
  assert.ok(compared > 500);
});
