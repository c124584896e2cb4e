// The codebook as data (dist/codebook/, written by scripts/build-codebook.js during the build):
// the JSON Schemas accept valid response envelopes and reject invalid ones, checked by a
// third-party validator (Ajv); the Zod schemas, imported in Node with no DOM, agree; the CSV
// opens in Danish Excel; and no answer code changes without the codebook version changing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { codebookVersion, defineInstrument, evaluation, fieldsOf, masterData, partOf, qualityAssessment, responseSchema, status, validate } from '../../dist/instruments.js';

const dir = new URL('../../dist/codebook/', import.meta.url);
const read = (name) => readFileSync(new URL(name, dir), 'utf8');
// Formats are left to the patterns zod writes beside them (dates, timestamps).
const ajv = new Ajv2020({ allErrors: true, strict: true, formats: { date: true, 'date-time': true } });
const schemas = Object.fromEntries(['master-data', 'status', 'evaluation'].map((id) => [id, ajv.compile(JSON.parse(read(`${id}.schema.json`)))]));

const envelope = (instrument, answers, extra = {}) => ({
  instrument,
  codebookVersion: '1',
  residentId: 'r-123',
  caseId: 'c-9',
  completedAt: '2026-11-24T10:15:00.000Z',
  locale: 'da',
  ...extra,
  answers,
});

const masterAnswers = {
  counsellingType: 'type3', gender: 'female', age: 42, housing: 'social_family', postcode: '2200',
  education: 'vocational', income: 'flexjob', children: 2, problems: ['rent_arrears', 'other'],
  problemsOther: 'Spillegæld', startDate: '2026-09-01', endDate: '2026-11-20',
};
const statusAnswers = {
  date: '2026-11-02', counsellingType: 'type3', contact: 'face_to_face', expectedAdvice: 'partly',
  financialOverview: 'some', disposableIncomeOverview: 'dont_know', adviceRating: 'very_good',
};
const advisorAnswers = {
  counsellingType: 'type4', startDate: '2026-03-02', endDate: '2026-11-20', sessionsFaceToFace: 6,
  sessionsPhone: 3, sessionsDigital: 0, activities: ['budget'], outcomes: ['debt_reduced', 'referred'],
  endReason: 'referred', referredTo: ['legal_aid'],
};
const residentAnswers = {
  satisfaction: 'satisfied', financialOverview: 'high', disposableIncomeOverview: 'some',
  selfReliance: 'dont_know', situationChange: 'better', recommend: 'maybe',
};

const valid = {
  'master-data': [envelope('master-data', masterAnswers), envelope('master-data', { ...masterAnswers, endDate: undefined, problems: ['tax'], problemsOther: undefined })],
  status: [
    envelope('status', statusAnswers, { locale: 'en' }),
    // completedAt with an offset (INSTRUMENTS.md, "Envelope rules").
    envelope('status', statusAnswers, { completedAt: '2026-06-30T23:30:00+02:00' }),
    // A correction: its own id, and the id of the record it replaces.
    envelope('status', statusAnswers, { responseId: '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b', replaces: '0b6d5c4e-1a2b-4c3d-9e8f-7a6b5c4d3e2f' }),
  ],
  evaluation: [
    envelope('evaluation', advisorAnswers, { part: 'advisor' }),
    envelope('evaluation', residentAnswers, { part: 'resident' }),
  ],
};
const without = (o, key) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));
/** Envelopes the JSON Schema itself rejects: wrong shape, codes, types, ranges, formats. */
const invalid = {
  'master-data': [
    envelope('master-data', { ...masterAnswers, gender: 'W' }),
    envelope('master-data', { ...masterAnswers, age: 14 }),
    envelope('master-data', { ...masterAnswers, age: 42.5 }),
    envelope('master-data', { ...masterAnswers, children: '2' }),
    envelope('master-data', { ...masterAnswers, postcode: '220' }),
    envelope('master-data', { ...masterAnswers, problems: [] }),
    envelope('master-data', { ...masterAnswers, startDate: '2026-02-30' }),
    envelope('master-data', without(masterAnswers, 'housing')),
    envelope('master-data', { ...masterAnswers, shoeSize: 44 }),
    envelope('master-data', { ...masterAnswers, problemsOther: undefined }), // "Andet" without its description
    envelope('master-data', { ...masterAnswers, problems: ['tax'] }), // a description of "Andet" not chosen
    { ...envelope('master-data', masterAnswers), codebookVersion: '0' },
    { ...envelope('master-data', masterAnswers), residentId: '' },
    { ...envelope('master-data', masterAnswers), locale: 'de' },
    { ...envelope('master-data', masterAnswers), completedAt: 'yesterday' },
    without(envelope('master-data', masterAnswers), 'answers'),
  ],
  status: [
    envelope('status', { ...statusAnswers, adviceRating: 'excellent' }),
    envelope('status', { ...statusAnswers, comment: 'x'.repeat(1001) }),
    envelope('status', statusAnswers, { responseId: '' }),
    // A residentId shaped like a CPR number, with or without its hyphen; a local time without an offset.
    envelope('status', statusAnswers, { residentId: '010190-1234' }),
    envelope('status', statusAnswers, { residentId: '0101901234' }),
    envelope('status', statusAnswers, { completedAt: '2026-06-30T23:30:00' }),
    envelope('status', statusAnswers, { replaces: 42 }),
    envelope('master-data', statusAnswers),
  ],
  evaluation: [
    envelope('evaluation', advisorAnswers),
    envelope('evaluation', advisorAnswers, { part: 'resident' }),
    envelope('evaluation', residentAnswers, { part: 'advisor' }),
    envelope('evaluation', { ...advisorAnswers, counsellingType: 'type2' }, { part: 'advisor' }),
    envelope('evaluation', { ...advisorAnswers, sessionsPhone: 501 }, { part: 'advisor' }),
    envelope('evaluation', { ...residentAnswers, recommend: 'dont_know' }, { part: 'resident' }),
    envelope('evaluation', { ...advisorAnswers, outcomes: ['none', 'budget_kept'], referredTo: undefined }, { part: 'advisor' }),
    envelope('evaluation', { ...advisorAnswers, referredTo: undefined }, { part: 'advisor' }), // referred, but not where to
  ],
};
/**
 * Envelopes only the Zod schemas reject: date order and known postcodes (JSON Schema cannot compare two
 * values; the postcode table is data). Conditions and exclusive codes are in the JSON Schemas too: see
 * json-schema-rules.test.js, which varies them at random.
 */
const onlyZodRejects = {
  'master-data': [
    envelope('master-data', { ...masterAnswers, postcode: '9999' }),
    envelope('master-data', { ...masterAnswers, endDate: '2026-08-31' }),
  ],
  evaluation: [
    envelope('evaluation', { ...advisorAnswers, startDate: '2026-11-21' }, { part: 'advisor' }),
  ],
};
const instruments = { 'master-data': masterData, status, evaluation };
const json = (v) => JSON.parse(JSON.stringify(v)); // drops undefined, as a stored envelope would

for (const id of Object.keys(instruments)) {
  test(`${id}: the JSON Schema and the Zod schema accept valid envelopes`, () => {
    for (const e of valid[id].map(json)) {
      assert.equal(schemas[id](e), true, JSON.stringify(schemas[id].errors));
      assert.equal(responseSchema(instruments[id]).safeParse(e).success, true);
    }
  });

  test(`${id}: the JSON Schema and the Zod schema reject invalid envelopes`, () => {
    for (const e of invalid[id].map(json)) {
      assert.equal(schemas[id](e), false, `JSON Schema accepted ${JSON.stringify(e)}`);
      assert.equal(responseSchema(instruments[id]).safeParse(e).success, false, `Zod accepted ${JSON.stringify(e)}`);
    }
  });

  test(`${id}: conditions, rules and postcodes are the Zod schema's (listed in the codebook)`, () => {
    for (const e of (onlyZodRejects[id] ?? []).map(json)) {
      assert.equal(schemas[id](e), true);
      assert.equal(responseSchema(instruments[id]).safeParse(e).success, false, JSON.stringify(e));
    }
  });
}

test('server-side validation in Node gives errors as data, per evaluation part', () => {
  assert.deepEqual(validate(masterData, { ...masterAnswers, postcode: '9999' }), [{ field: 'postcode', code: 'unknown_postcode', params: {} }]);
  assert.deepEqual(validate(partOf(evaluation, 'resident'), residentAnswers), []);
  assert.deepEqual(
    validate(partOf(evaluation, 'advisor'), { ...advisorAnswers, outcomes: ['none', 'referred'] }).map((e) => e.code),
    ['exclusive'],
  );
});

test('the codebook JSON lists every field and code of the instrument, in both languages', () => {
  for (const [id, instrument] of Object.entries(instruments)) {
    const book = JSON.parse(read(`${id}.json`));
    assert.equal(book.codebookVersion, codebookVersion);
    assert.deepEqual(book.fields.map((f) => f.id), fieldsOf(instrument).map((f) => f.id));
    for (const f of book.fields) {
      assert.ok(f.question.da && f.question.en && f.question.da !== f.question.en, `${id}.${f.id} wording`);
      assert.deepEqual(f.options?.map((o) => o.code), fieldsOf(instrument).find((m) => m.id === f.id).options.length ? fieldsOf(instrument).find((m) => m.id === f.id).options : undefined);
      for (const o of f.options ?? []) assert.ok(o.label.da && o.label.en, `${id}.${f.id}.${o.code}`);
    }
    assert.deepEqual(book.rules, instrument.rules ?? []);
  }
  const md = JSON.parse(read('master-data.json'));
  assert.deepEqual(md.fields.find((f) => f.id === 'problemsOther').shownWhen, { field: 'problems', includes: 'other' });
  const ev = JSON.parse(read('evaluation.json'));
  assert.deepEqual(ev.parts, ['advisor', 'resident']);
  assert.equal(ev.fields.find((f) => f.id === 'referredTo').required, 'when shown');
  assert.equal(ev.fields.find((f) => f.id === 'satisfaction').part, 'resident');
  assert.equal(ev.fields.find((f) => f.id === 'endReason').options.find((o) => o.code === 'referred').label.en, 'Referred elsewhere');
});

test('the CSV is UTF-8 with a BOM, ";"-separated, CRLF, one row per answer code', () => {
  const text = read('master-data.csv');
  assert.ok(text.startsWith('\uFEFF'));
  const lines = text.slice(1).split('\r\n');
  assert.equal(lines.at(-1), '');
  assert.ok(!text.replace(/\r\n/g, '').includes('\n'));
  assert.equal(lines[0].split(';')[0], 'instrument');
  const codes = fieldsOf(masterData).reduce((n, f) => n + Math.max(1, f.options.length), 0);
  assert.equal(lines.length - 2, codes);
  assert.ok(lines.some((l) => l.includes(';postcode;text;yes;') && l.includes('Postnummer;Postcode')));
});

/** What the stored data depends on: instrument and field ids, types, answer codes, conditions, rules. */
function shapeOf(i) {
  const fields = (instrument) =>
    fieldsOf(instrument).map((f) => [
      f.id,
      f.kind,
      // A section is layout, except where it is a part: then it is stored in the envelope.
      i.parts?.includes(f.meta.section ?? '') ? f.meta.section : '',
      f.options,
      f.meta.when ?? null,
      f.required,
    ]);
  return {
    id: i.id,
    parts: i.parts ?? [],
    fields: fields(i),
    rules: i.rules ?? [],
    // Only instruments that have them: the bilag's shapes, and so their fingerprint, are as before.
    ...(i.subject ? { subject: i.subject } : {}),
    ...(i.groups
      ? {
          groups: Object.entries(i.groups).map(([id, g]) => [id, g.max, fields(defineInstrument({ id, codebookVersion, title: g.label, shape: g.shape }))]),
        }
      : {}),
  };
}
const fingerprint = (instruments) => createHash('sha256').update(JSON.stringify(instruments.map(shapeOf))).digest('hex');

test('a code cannot change without the codebook version changing', () => {
  const fingerprints = JSON.parse(readFileSync(new URL('../codebook-fingerprint.json', import.meta.url), 'utf8'));
  // The bilag's fingerprint, "1", is the one recorded before the self-assessment was added and
  // is computed as it was then: adding an instrument did not change theirs. An instrument added
  // within a version (docs/codebook-versioning.md) has a fingerprint of its own beside it.
  const recorded = { [codebookVersion]: [masterData, status, evaluation], [`${codebookVersion} ${qualityAssessment.id}`]: [qualityAssessment] };
  for (const [key, instruments] of Object.entries(recorded)) {
    const hash = fingerprint(instruments);
    assert.ok(key in fingerprints, `Codebook "${key}" has no fingerprint: add "${key}": "${hash}" to tests/codebook-fingerprint.json.`);
    assert.equal(
      hash,
      fingerprints[key],
      `The codes of ${instruments.map((i) => i.id).join(', ')} changed but codebookVersion is still ${codebookVersion}: bump it in src/instruments/codebook.ts, record the change, and add its fingerprint (${hash}).`,
    );
  }
});

test('the packed package ships the codebook and JSON Schema files', async () => {
  const { execFileSync } = await import('node:child_process');
  const root = new URL('../../', import.meta.url);
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const files = new Set(pack.files.map((f) => f.path));
  for (const id of ['master-data', 'status', 'evaluation', 'quality-assessment']) {
    for (const ext of ['json', 'csv', 'schema.json', 'md']) assert.ok(files.has(`dist/codebook/${id}.${ext}`), `${id}.${ext}`);
  }
  assert.ok(files.has('dist/postcodes/table.js'));
});
