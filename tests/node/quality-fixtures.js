// Self-assessment envelopes for the node tests (quality-assessment.test.js, quality-report.test.js).
import { qualityItems } from '../../dist/instruments.js';

/** A complete assessment: every indicator rated, every consideration given a position. */
export function completeAnswers(rate = () => '3', position = () => 'yes') {
  const answers = { date: '2026-11-20', responsible: 'Kvalitetsansvarlig', participants: 'Ledelse og rådgivere' };
  qualityItems.forEach(({ id, element }, i) => {
    if (element.assessed === 'rating') answers[`${id}.rating`] = rate(i);
    else answers[`${id}.position`] = position(i);
  });
  return answers;
}
export const envelope = (answers, extra = {}) => ({
  instrument: 'quality-assessment',
  codebookVersion: '1',
  organisationId: 'org-42',
  completedAt: '2026-11-20T14:00:00+01:00',
  locale: 'da',
  ...extra,
  answers,
});
export const action = { element: 'organisation.values', action: 'Skriv værdigrundlaget', responsible: 'Leder', due: '2027-03-01', status: 'planned' };
export const goal = { goal: 'Flere beboere fastholder boligen', measure: 'Udsættelser afværget', target: '80 %', due: '2027-12-31' };
