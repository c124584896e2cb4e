// The report of the quality model's self-assessment (src/reports/quality.ts): the profile per
// standard, the open actions with the overdue first, the goals, the change per indicator since
// the previous assessment, and its CSV. Figures worked out by hand from the envelopes below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { profileOf, qualityReport, qualityTables, toCsv } from '../../dist/reports.js';
import { qualityItems } from '../../dist/instruments.js';
import { action, completeAnswers, envelope, goal } from './quality-fixtures.js';

const index = (id) => qualityItems.findIndex((i) => i.id === id);
const rated = qualityItems.map((i, n) => ({ ...i, n })).filter((i) => i.element.assessed === 'rating');

// Last year: every indicator 2, every consideration "no".
const lastYear = envelope({ ...completeAnswers(() => '2', () => 'no'), date: '2025-11-18' }, { completedAt: '2025-11-18T12:00:00Z', responseId: 'y1' });
// This year: organisation 5, 4, 3 for its first element and 1 for the rest; content 4; the others 3;
// ethics: the first two formalised considerations "yes", one "partly", the rest "no".
const thisYearAnswers = completeAnswers(
  (i) => {
    const { standard, element } = qualityItems[i];
    if (standard.id === 'organisation') return element.id === 'values' ? ['5', '4', '3'][i] : '1';
    return standard.id === 'content' ? '4' : '3';
  },
  (i) => (i < index('ethics.formalised.3') ? 'yes' : i === index('ethics.formalised.3') ? 'partly' : 'no'),
);
const thisYear = envelope(
  {
    ...thisYearAnswers,
    date: '2026-11-20',
    nextFollowUp: '2027-05-01',
    actions: [
      { ...action, due: '2027-03-01', status: 'planned' }, // row 1: open, not yet due
      { ...action, element: 'ethics.formalised', due: '2026-10-01', status: 'done' }, // row 2: done: not listed
      { ...action, element: 'content.holistic', due: '2026-11-01', status: 'started' }, // row 3: overdue
      { element: 'documentation.tools', action: 'Mål på gevinster', status: 'planned' }, // row 4: no due date: last
      { ...action, due: '2026-09-15', status: 'planned' }, // row 5: overdue, the longest
      { ...action, due: '2026-12-01', status: 'dropped' }, // row 6: dropped: not listed
    ],
    goals: [goal, { goal: 'Alle forløb evalueres' }],
  },
  { responseId: 't1' },
);

test('the latest assessment\'s profile per standard: mean, distribution and counts', () => {
  const report = qualityReport([thisYear, lastYear], { today: '2026-12-02' });
  const byId = Object.fromEntries(report.profile.map((p) => [p.standard, p]));
  // Organisation: 5 + 4 + 3 + six times 1 = 18 over 9.
  assert.deepEqual(byId.organisation, {
    standard: 'organisation', indicators: 9, rated: 9, mean: 2, distribution: { 1: 6, 2: 0, 3: 1, 4: 1, 5: 1 },
    considerations: 0, positions: { yes: 0, partly: 0, no: 0 },
  });
  assert.equal(byId.content.mean, 4);
  assert.deepEqual(byId.content.distribution, { 1: 0, 2: 0, 3: 0, 4: 8, 5: 0 });
  assert.equal(byId.competences.rated, 6);
  assert.deepEqual(byId.ethics, {
    standard: 'ethics', indicators: 0, rated: 0, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
    considerations: 12, positions: { yes: 2, partly: 1, no: 9 },
  });
  assert.equal(byId.documentation.indicators, 4);
  assert.equal(report.organisationId, 'org-42');
  assert.equal(report.nextFollowUp, '2027-05-01');
  assert.deepEqual(report.goals, [goal, { goal: 'Alle forløb evalueres' }]);
  // Both assessments, oldest first, each with its own profile.
  assert.deepEqual(report.assessments.map((a) => [a.date, a.responseId, a.profile[0].mean]), [['2025-11-18', 'y1', 2], ['2026-11-20', 't1', 2]]);
});

test('open actions: neither done nor dropped, overdue first, then by due date, undated last', () => {
  const { openActions } = qualityReport([thisYear], { today: '2026-12-02' });
  assert.deepEqual(openActions.map((a) => [a.row + 1, a.overdue]), [[5, true], [3, true], [1, false], [4, false]]);
  // On the day it is due, an action is not overdue yet.
  assert.deepEqual(qualityReport([thisYear], { today: '2026-11-01' }).openActions.map((a) => [a.row + 1, a.overdue]), [[5, true], [3, false], [1, false], [4, false]]);
});

test('the change per indicator since the previous assessment, by date whatever the input order', () => {
  const { changes } = qualityReport([thisYear, lastYear], { today: '2026-12-02' });
  assert.equal(changes.length, qualityItems.length);
  const change = Object.fromEntries(changes.map((c) => [c.id, c]));
  assert.deepEqual(change['organisation.values.1'], { id: 'organisation.values.1', kind: 'rating', previous: '2', current: '5', change: 3 });
  assert.deepEqual(change['organisation.funding.3'], { id: 'organisation.funding.3', kind: 'rating', previous: '2', current: '1', change: -1 });
  assert.deepEqual(change['ethics.formalised.1'], { id: 'ethics.formalised.1', kind: 'position', previous: 'no', current: 'yes' });
  assert.equal(qualityReport([thisYear], { today: '2026-12-02' }).changes, undefined);
  // Given in the other order, the same report.
  assert.deepEqual(qualityReport([lastYear, thisYear], { today: '2026-12-02' }), qualityReport([thisYear, lastYear], { today: '2026-12-02' }));
});

test('invalid envelopes, other organisations\' and replaced versions are not counted; the invalid are listed', () => {
  const corrected = { ...thisYear, responseId: 't2', replaces: 't1', answers: { ...thisYear.answers, 'organisation.values.1.rating': '1' } };
  const other = envelope(completeAnswers(() => '5'), { organisationId: 'org-7', completedAt: '2026-01-01T00:00:00Z' });
  const unrated = envelope({ date: '2026-11-25', responsible: 'K' });
  const report = qualityReport([lastYear, thisYear, corrected, other, unrated, 'not an envelope'], { today: '2026-12-02' });
  assert.deepEqual(report.skipped, [{ index: 3, reason: 'other_organisation' }, { index: 4, reason: 'invalid' }, { index: 5, reason: 'invalid' }]);
  assert.deepEqual(report.assessments.map((a) => a.responseId), ['y1', 't2']);
  assert.equal(report.changes.find((c) => c.id === 'organisation.values.1').current, '1');
  // Asked for by id, the other organisation's report.
  assert.deepEqual(qualityReport([lastYear, other], { today: '2026-12-02', organisationId: 'org-7' }).assessments.length, 1);
  assert.deepEqual(qualityReport([], { today: '2026-12-02' }).assessments, []);
});

test('the tables for CSV, in both dialects', () => {
  const tables = qualityTables(qualityReport([thisYear, lastYear], { today: '2026-12-02' }));
  assert.deepEqual(tables.profile[0], ['standard', 'title', 'indicators', 'rated', 'mean', 'rating_1', 'rating_2', 'rating_3', 'rating_4', 'rating_5', 'considerations', 'position_yes', 'position_partly', 'position_no']);
  assert.deepEqual(tables.profile[1], ['organisation', 'Organisation', 9, 9, 2, 6, 0, 1, 1, 1, 0, 0, 0, 0]);
  assert.deepEqual(tables.actions[1], [5, 'organisation.values', 'Organisationens værdigrundlag', 'Skriv værdigrundlaget', 'Leder', '2026-09-15', 'planned', 'yes']);
  assert.equal(tables.goals.length, 3);
  assert.equal(tables.changes.length, qualityItems.length + 1);
  const da = toCsv(tables.profile, { dialect: 'excel-da' }).split('\r\n');
  assert.equal(da[3], 'competences;Kompetencer;6;6;3;0;0;6;0;0;0;0;0;0');
  const half = qualityTables(qualityReport([envelope(completeAnswers((i) => (i % 2 ? '4' : '3')))], { today: '2026-12-02' }));
  assert.match(toCsv(half.profile, { dialect: 'excel-da' }), /^\uFEFF.*\r\norganisation;Organisation;9;9;3,44;/s);
  assert.match(toCsv(half.profile, { dialect: 'rfc4180' }), /\r\norganisation,Organisation,9,9,3.44,/);
});

test('property: each standard\'s distribution sums to its indicators rated, and its mean lies between their lowest and highest', () => {
  const check = (profile, ratings) =>
    profile.every((p) => {
      const own = rated.filter((item, i) => item.standard.id === p.standard && ratings[i] !== undefined).map((item) => Number(ratings[rated.indexOf(item)]));
      return (
        p.rated === own.length &&
        Object.values(p.distribution).reduce((a, b) => a + b, 0) === p.rated &&
        (own.length ? p.mean >= Math.min(...own) - 1e-9 && p.mean <= Math.max(...own) + 1e-9 : p.mean === undefined)
      );
    }) && profile.reduce((n, p) => n + p.rated, 0) === ratings.filter((r) => r !== undefined).length;
  const withRatings = (ratings) => {
    const answers = completeAnswers();
    rated.forEach((item, i) => {
      if (ratings[i] === undefined) delete answers[`${item.id}.rating`];
      else answers[`${item.id}.rating`] = ratings[i];
    });
    return answers;
  };
  const code = fc.constantFrom('1', '2', '3', '4', '5');
  // A draft's answers, some indicators unrated: the profile of what is rated.
  fc.assert(
    fc.property(fc.array(fc.option(code, { nil: undefined }), { minLength: rated.length, maxLength: rated.length }), (ratings) =>
      check(profileOf(withRatings(ratings)), ratings),
    ),
    { numRuns: 300 },
  );
  // Submitted assessments, every indicator rated: the report's profile.
  fc.assert(
    fc.property(fc.array(code, { minLength: rated.length, maxLength: rated.length }), (ratings) =>
      check(qualityReport([envelope(withRatings(ratings))], { today: '2026-12-02' }).profile, ratings),
    ),
    { numRuns: 100 },
  );
});
