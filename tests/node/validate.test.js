// The form checks answers field by field, with each field's own schema and the instrument's
// conditions and rules as a function (src/engine/validate.ts), not with the object schema: that
// must say what the object schema says, for every instrument and every kind of wrong answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluation, masterData, partOf, status, validate } from '../../dist/instruments.js';

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
