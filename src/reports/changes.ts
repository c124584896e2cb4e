import type { Dataset, Evaluation, Session } from './dataset.js';
import { changes as changeKinds, overviewFields, type Change, type ChangeSummary, type Changes, type ResidentChange } from './types.js';

// The residents' change on the two overview questions, from first status to evaluation.

/** Degree scale, worst to best: a higher index is a better overview. `dont_know` is not on it. */
const degreeRank: Readonly<Record<string, number>> = { none: 0, low: 1, some: 2, high: 3 };

const order = (a: { date: string; response: { completedAt: string } }, b: { date: string; response: { completedAt: string } }) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : Date.parse(a.response.completedAt) - Date.parse(b.response.completedAt);

function compare(first: unknown, last: unknown): Change {
  const a = typeof first === 'string' ? degreeRank[first] : undefined;
  const b = typeof last === 'string' ? degreeRank[last] : undefined;
  if (a === undefined || b === undefined) return 'not_comparable';
  return b > a ? 'improved' : b < a ? 'worse' : 'same';
}

/**
 * For each evaluation in the period that has the resident's overview answers: the resident's
 * first status since their previous such evaluation (and not after this one) against the
 * evaluation, on the two overview questions.
 */
export function changesOf(data: Dataset, periodEvaluations: readonly Evaluation[]): Changes {
  const hasOverview = (e: Evaluation) => overviewFields.some((f) => e.response.answers[f] !== undefined);
  const targets = periodEvaluations.filter(hasOverview);
  const statuses: Session[][] = new Array(data.residentIds.length);
  const evaluations: Evaluation[][] = new Array(data.residentIds.length);
  for (const e of targets) {
    statuses[e.resident] ??= [];
    evaluations[e.resident] ??= [];
  }
  for (const s of data.sessions) statuses[s.resident]?.push(s);
  for (const e of data.evaluations) if (hasOverview(e)) evaluations[e.resident]?.push(e);
  for (const list of statuses) list?.sort(order);
  for (const list of evaluations) list?.sort(order);

  const summary = overviewFields.map((field) => ({
    field,
    counts: Object.fromEntries(changeKinds.map((c) => [c, 0])) as Record<Change, number>,
    matrix: {} as Record<string, Record<string, number>>,
  }));
  const residents: ResidentChange[] = [];
  let withoutBaseline = 0;
  const byDateAndResident = (a: Evaluation, b: Evaluation) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.response.residentId < b.response.residentId ? -1 : a.response.residentId > b.response.residentId ? 1 : order(a, b);
  for (const e of [...targets].sort(byDateAndResident)) {
    const own = evaluations[e.resident];
    const previous = own[own.indexOf(e) - 1];
    const baseline = statuses[e.resident].find(
      (s) => (!previous || s.date > previous.date) && s.date <= e.date,
    );
    if (!baseline) {
      withoutBaseline++;
      continue;
    }
    const fields = {} as Record<(typeof overviewFields)[number], { first: string | undefined; last: string | undefined; change: Change }>;
    overviewFields.forEach((field, i) => {
      const first = baseline.response.answers[field] as string | undefined;
      const last = e.response.answers[field] as string | undefined;
      const change = compare(first, last);
      fields[field] = { first, last, change };
      summary[i].counts[change]++;
      if (first !== undefined && last !== undefined) {
        const row = (summary[i].matrix[first] ??= {});
        row[last] = (row[last] ?? 0) + 1;
      }
    });
    residents.push({
      residentId: e.response.residentId,
      ...(e.response.caseId ? { caseId: e.response.caseId } : {}),
      statusDate: baseline.date,
      evaluationDate: e.date,
      fields,
    });
  }
  return { evaluations: targets.length, withoutBaseline, summary: summary as ChangeSummary[], residents };
}
