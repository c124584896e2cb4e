// The quality model's self-assessment as data: its wording is the seed's, word for word (checked
// against data/quality-model-standards.txt, the publication's text as extracted); its ids follow
// the codebook's scheme; its envelope names the organisation; the JSON Schema (checked by Ajv)
// and the zod schema agree on valid and invalid envelopes; a submitted assessment has every
// indicator rated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { qualityAssessment, qualityElements, qualityItems, qualityStandards, responseSchema, validate, fieldsOf } from '../../dist/instruments.js';
import { action, completeAnswers, envelope, goal } from './quality-fixtures.js';

const source = readFileSync(new URL('../../data/quality-model-standards.txt', import.meta.url), 'utf8');
// The extract breaks lines inside words, with and without a hyphen ("ud-\ngangspunkt",
// "hjælp-til-\nselvhjælp"): compare letters and punctuation, not spacing or hyphens.
const canon = (s) => s.replace(/[\s\-–]/g, '').toLowerCase();
const inSource = canon(source);
const texts = (prose) => prose.flatMap((b) => (Array.isArray(b) ? b : [b])).map((t) => t());

test('every standard, element, indicator and consideration is worded as the seed words it', () => {
  const checked = [];
  for (const s of qualityStandards) {
    checked.push(s.aim(), ...texts(s.description));
    for (const e of s.elements) {
      checked.push(e.title(), ...texts(e.description));
      for (const item of e.items) checked.push(item.text(), ...texts(item.description ?? []));
    }
  }
  const missing = checked.filter((t) => !inSource.includes(canon(t)));
  assert.deepEqual(missing, []);
  assert.ok(checked.length > 100, `${checked.length} texts`);
  // The check can fail: a changed word is not in the source.
  assert.ok(!inSource.includes(canon('Det fremgår eksplicit af vores skriftlige værdigrundlag, hvorfor vi yder rådgivning.')));
});

test('the model has the seed\'s five standards, their elements and their indicators', () => {
  assert.deepEqual(qualityStandards.map((s) => s.id), ['organisation', 'content', 'competences', 'ethics', 'documentation']);
  const count = (standard, assessed) => qualityItems.filter((i) => i.standard.id === standard && i.element.assessed === assessed).length;
  assert.deepEqual(
    qualityStandards.map((s) => [s.id, s.elements.map((e) => e.items.length)]),
    [['organisation', [3, 3, 3]], ['content', [3, 2, 3]], ['competences', [3, 3]], ['ethics', [6, 6]], ['documentation', [4]]],
  );
  assert.equal(count('ethics', 'position'), 12);
  assert.equal(qualityItems.filter((i) => i.element.assessed === 'rating').length, 27);
  for (const { id } of qualityItems) assert.match(id, /^(organisation|content|competences|ethics|documentation)\.[a-z][A-Za-z]*\.[1-9]$/);
  assert.equal(new Set(qualityElements.map((e) => e.id)).size, 11);
});

test('every answer is in the schema with its wording in both languages', async () => {
  const fields = fieldsOf(qualityAssessment);
  assert.equal(new Set(fields.map((f) => f.id)).size, fields.length);
  for (const { id, element } of qualityItems) {
    const answers = element.assessed === 'rating' ? [`${id}.rating`, `${id}.comment`] : [`${id}.position`, `${id}.where`];
    for (const a of answers) assert.ok(fields.some((f) => f.id === a), a);
  }
  const rating = fields.find((f) => f.id === 'organisation.values.1.rating');
  assert.deepEqual(rating.options, ['1', '2', '3', '4', '5']);
  assert.equal(rating.required, true);
  assert.equal(fields.find((f) => f.id === 'ethics.formalised.1.position').required, true);
  assert.equal(fields.find((f) => f.id === 'content.approach.priority').required, false);
  const book = JSON.parse(readFileSync(new URL('../../dist/codebook/quality-assessment.json', import.meta.url), 'utf8'));
  assert.equal(book.subject, 'organisation');
  for (const f of [...book.fields, ...book.groups.flatMap((g) => g.fields)]) {
    assert.ok(f.question.da && f.question.en, f.id);
    for (const o of f.options ?? []) assert.ok(o.label.da && o.label.en, `${f.id} ${o.code}`);
  }
  // Every text is translated: the English differs from the Danish wherever it is a sentence.
  const pairs = JSON.stringify(book.standards).match(/\{"da":"[^"]*","en":"[^"]*"\}/g).map((p) => JSON.parse(p));
  assert.deepEqual(pairs.filter((p) => p.da === p.en && p.da !== 'Organisation'), []);
  assert.deepEqual(book.fields.find((f) => f.id === 'organisation.values.1.rating').question, {
    da: 'Det fremgår eksplicit af vores skriftlige værdigrundlag (eller skriftligt andetsteds), hvorfor vi yder økonomisk rådgivning, og hvad målet er for rådgivningen.',
    en: 'Our written statement of values (or another written document) says explicitly why we offer economic counselling and what its goal is.',
  });
});

const without = (o, key) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

const schema = new Ajv2020({ allErrors: true, strict: true, formats: { date: true, 'date-time': true } }).compile(
  JSON.parse(readFileSync(new URL('../../dist/codebook/quality-assessment.schema.json', import.meta.url), 'utf8')),
);
const zod = responseSchema(qualityAssessment);

test('the JSON Schema and the zod schema accept complete assessments, with actions and goals in order', () => {
  const full = { ...completeAnswers(), 'organisation.values.1.comment': 'Står i strategien', 'ethics.formalised.1.where': 'Håndbogen', 'organisation.values.priority': 'develop', actions: [action, { ...action, element: 'ethics.formalised', status: 'done' }], goals: [goal], nextFollowUp: '2027-05-01' };
  for (const e of [envelope(completeAnswers()), envelope(full), envelope(full, { responseId: 'a1', replaces: 'a0', locale: 'en' })]) {
    assert.equal(schema(e), true, JSON.stringify(schema.errors));
    assert.equal(zod.safeParse(e).success, true);
  }
  assert.deepEqual(zod.parse(envelope(full)).answers.actions.map((a) => a.element), ['organisation.values', 'ethics.formalised']);
});

test('the JSON Schema and the zod schema reject invalid assessments', () => {
  const answers = completeAnswers();
  const invalid = [
    envelope(without(answers, 'organisation.values.1.rating')), // a submitted assessment has every indicator rated
    envelope(without(answers, 'ethics.nonFormalised.6.position')),
    envelope({ ...answers, 'content.approach.1.rating': '6' }),
    envelope({ ...answers, 'content.approach.1.rating': 3 }),
    envelope({ ...answers, 'ethics.formalised.1.position': 'maybe' }),
    envelope({ ...answers, 'ethics.formalised.1.rating': '3' }), // no such answer
    envelope({ ...answers, 'organisation.values.priority': 'urgent' }),
    envelope({ ...answers, 'organisation.values.1.comment': 'x'.repeat(2001) }),
    envelope(without(answers, 'responsible')),
    envelope({ ...answers, actions: [{ ...action, element: 'organisation' }] }),
    envelope({ ...answers, actions: [{ ...action, status: 'late' }] }),
    envelope({ ...answers, actions: [without(action, 'action')] }),
    envelope({ ...answers, actions: [{ ...action, owner: 'x' }] }),
    envelope({ ...answers, goals: [{ ...goal, due: '2027-02-30' }] }),
    envelope({ ...answers, goals: Array.from({ length: 51 }, () => goal) }),
    envelope(answers, { organisationId: '' }),
    envelope(answers, { organisationId: '   ' }),
    { ...without(envelope(answers), 'organisationId'), residentId: 'r-1' }, // an organisation, not a resident
    envelope(answers, { residentId: 'r-1' }),
    envelope(answers, { instrument: 'status' }),
  ];
  for (const e of invalid) {
    assert.equal(schema(e), false, `JSON Schema accepted ${JSON.stringify(e).slice(0, 300)}`);
    assert.equal(zod.safeParse(e).success, false, `zod accepted ${JSON.stringify(e).slice(0, 300)}`);
  }
  // Dates in order are the zod schema's (JSON Schema cannot compare two values; the codebook lists the rule).
  const early = envelope({ ...answers, nextFollowUp: '2026-11-19' });
  assert.equal(schema(early), true);
  assert.equal(zod.safeParse(early).success, false);
});

test('a draft may be partial; validation names every indicator still to rate', () => {
  const draft = { date: '2026-11-20', responsible: 'K', 'organisation.values.1.rating': '4' };
  const errors = validate(qualityAssessment, draft);
  const unrated = qualityItems.length - 1;
  assert.equal(errors.length, unrated);
  assert.ok(errors.every((e) => e.code === 'required'));
  assert.ok(!errors.some((e) => e.field === 'organisation.values.1.rating'));
  assert.deepEqual(validate(qualityAssessment, completeAnswers()), []);
});
