import { expect } from '@open-wc/testing';
import { computeReport, latestVersions } from '../../src/reports/index.js';
import { masterData, status, statusAnswers } from './fixtures.js';

const period = { from: '2025-01-01', to: '2025-12-31' };
const withId = <T extends object>(e: T, responseId: string, replaces?: string) => ({ ...e, responseId, ...(replaces ? { replaces } : {}) });

describe('reports: corrections (responseId / replaces) and what counts as one session', () => {
  it('latestVersions keeps what no other envelope replaces, follows chains, keeps envelopes without an id', () => {
    const a = withId(status('r1', '2025-02-01', 'type3', 'phone'), 'a');
    const b = withId(status('r1', '2025-02-01', 'type3', 'face_to_face'), 'b', 'a');
    const c = withId(status('r1', '2025-02-02', 'type3', 'face_to_face'), 'c', 'b');
    const old = status('r2', '2025-03-01', 'type3', 'phone');
    expect(latestVersions([a, b, c, old])).to.deep.equal([c, old]);
    expect(latestVersions([c, old, b, a]), 'in any order').to.deep.equal([c, old]);
    // The same envelope twice (a backup imported twice): once.
    expect(latestVersions([a, { ...a }])).to.deep.equal([a]);
    expect(latestVersions([null, 7, 'x'])).to.deep.equal([null, 7, 'x']);
  });

  it('counts a corrected status once, as corrected, and says how many were replaced', () => {
    const a = withId(status('r1', '2025-02-01', 'type3', 'phone'), 'a');
    const b = withId(status('r1', '2025-02-01', 'type3', 'face_to_face'), 'b', 'a');
    const report = computeReport([a, b], period);
    expect(report.totals.sessions).to.deep.equal({ faceToFace: 1, phone: 0, digital: 0, total: 1 });
    expect(report.input.replaced).to.equal(1);
    expect(report.input.used).to.equal(1);
  });

  it('never makes a second course of a corrected start date', () => {
    const md = { counsellingType: 'type3', gender: 'female', age: 30, postcode: '2200' };
    const a = withId(masterData('r1', { ...md, startDate: '2025-03-01' }), 'a');
    const b = withId(masterData('r1', { ...md, startDate: '2025-02-01' }), 'b', 'a');
    const report = computeReport([a, b], period);
    expect(report.totals.courses.active).to.equal(1);
    expect(report.totals.courses.started).to.equal(1);
    expect(computeReport([a, b], { from: '2025-03-01', to: '2025-12-31' }).totals.courses.started, 'started on the corrected date').to.equal(0);
  });

  it('counts two conversations on one day with the same answers as two sessions when their responseIds differ', () => {
    const one = withId(status('r1', '2025-02-01', 'type3', 'phone'), 'x1');
    const two = { ...withId(status('r1', '2025-02-01', 'type3', 'phone'), 'x2'), answers: one.answers };
    expect(computeReport([one, two], period).totals.sessions.total).to.equal(2);
    // The same response stored twice is one session.
    const again = computeReport([one, { ...one }], period);
    expect(again.totals.sessions.total).to.equal(1);
    expect(again.input.duplicates).to.equal(1);
    // Without responseIds, only identical resident, date and answers are one session.
    const plain = status('r1', '2025-02-01', 'type3', 'phone');
    expect(computeReport([plain, { ...plain, completedAt: '2025-02-01T11:00:00.000Z' }], period).totals.sessions.total).to.equal(1);
    const other = { ...plain, answers: { ...statusAnswers('2025-02-01', 'type3', 'phone'), adviceRating: 'very_good' } };
    expect(computeReport([plain, other], period).totals.sessions.total).to.equal(2);
  });

  it('does not let an invalid correction remove the record it names', () => {
    const a = withId(status('r1', '2025-02-01', 'type3', 'phone'), 'a');
    const bad = withId({ ...status('r1', '2025-02-01', 'type3', 'phone'), answers: { date: '2025-02-01' } }, 'b', 'a');
    const report = computeReport([a, bad], period);
    expect(report.totals.sessions.total).to.equal(1);
    expect(report.input.invalidByReason.answers).to.equal(1);
    expect(report.input.replaced).to.equal(0);
  });

  it('skips an envelope whose responseId or replaces is not a non-empty string', () => {
    const report = computeReport([withId(status('r1', '2025-02-01', 'type3', 'phone'), ''), { ...status('r1', '2025-02-02', 'type3', 'phone'), replaces: 42 }], period);
    expect(report.input.invalidByReason.response_id).to.equal(2);
    expect(report.totals.sessions.total).to.equal(0);
  });
});
