import { expect } from '@open-wc/testing';
import { computeReport } from '../../src/reports/index.js';
import { advisorPart, residentPart } from './fixtures.js';

// The economic results ("Counting rules"): rent arrears at the start and end of the courses
// that ended in the period, and the outcomes eviction_avoided, arrears_cleared, arrears_plan.
// Figures computed by hand from the envelopes below.
const course = (residentId: string, endDate: string, answers: Record<string, unknown>) => {
  const e = advisorPart(residentId, { counsellingType: 'type3', startDate: '2026-01-05', endDate, f2f: 3, phone: 1, digital: 0 });
  return { ...e, answers: { ...e.answers, ...answers } };
};
const envelopes = [
  course('a', '2026-03-01', { rentArrearsStart: 12500, rentArrearsEnd: 0, outcomes: ['eviction_avoided', 'arrears_cleared'] }),
  course('b', '2026-04-15', { rentArrearsStart: 8000, rentArrearsEnd: 3000, outcomes: ['arrears_plan', 'budget_kept'] }),
  // Only the start amount: counted as a course and by its outcome, not in the sums.
  course('c', '2026-05-20', { rentArrearsStart: 4000, outcomes: ['eviction_avoided'] }),
  // Arrears that grew.
  course('d', '2026-06-01', { rentArrearsStart: 1000, rentArrearsEnd: 1500, outcomes: ['none'] }),
  // Ended after the period: not counted.
  course('e', '2026-07-01', { rentArrearsStart: 99999, rentArrearsEnd: 0, outcomes: ['arrears_cleared'] }),
  // The resident's part holds no amounts and is not a course of its own.
  residentPart('a', '2026-03-02T10:00:00.000Z', 'high', 'some'),
];

describe('reports: economic results of ended courses', () => {
  it('sums rent arrears over courses with both amounts and counts the outcomes', () => {
    const { economy } = computeReport(envelopes, { from: '2026-01-01', to: '2026-06-30' });
    expect(economy).to.deep.equal({
      courses: 4,
      withArrears: 3,
      arrearsStart: 12500 + 8000 + 1000,
      arrearsEnd: 0 + 3000 + 1500,
      arrearsReduced: 21500 - 4500,
      outcomes: { eviction_avoided: 2, arrears_cleared: 1, arrears_plan: 1 },
    });
  });

  it('a correction replaces the course it names, so its amounts count once', () => {
    const original = { ...course('a', '2026-03-01', { rentArrearsStart: 12500, rentArrearsEnd: 0, outcomes: ['arrears_cleared'] }), responseId: 'r-1' };
    const corrected = { ...course('a', '2026-03-01', { rentArrearsStart: 15000, rentArrearsEnd: 0, outcomes: ['arrears_cleared'] }), responseId: 'r-2', replaces: 'r-1' };
    const { economy } = computeReport([original, corrected], { from: '2026-01-01', to: '2026-06-30' });
    expect([economy.courses, economy.arrearsStart, economy.outcomes.arrears_cleared]).to.deep.equal([1, 15000, 1]);
  });

  it('is zero, not missing, for a period without ended courses', () => {
    const { economy } = computeReport(envelopes, { from: '2025-01-01', to: '2025-12-31' });
    expect(economy).to.deep.equal({
      courses: 0, withArrears: 0, arrearsStart: 0, arrearsEnd: 0, arrearsReduced: 0,
      outcomes: { eviction_avoided: 0, arrears_cleared: 0, arrears_plan: 0 },
    });
  });
});
