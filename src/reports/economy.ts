import type { Evaluation } from './dataset.js';

/** The evaluation outcomes the documentation standard asks organisations to follow up, in order. */
export const economicOutcomes = ['eviction_avoided', 'arrears_cleared', 'arrears_plan'] as const;
export type EconomicOutcome = (typeof economicOutcomes)[number];

/**
 * The economic results of the courses that ended in a period ("Counting rules" in the
 * codebook): from the advisor's part of each evaluation dated in it.
 */
export interface EconomicResults {
  /** Evaluations (advisor part) in the period: one per course that ended in it. */
  readonly courses: number;
  /**
   * Of those, the ones with both rent-arrears amounts (at the start and at the end). The sums
   * and the difference are over these alone: a course with one amount cannot say what changed.
   */
  readonly withArrears: number;
  /** Rent arrears at the start of those courses, summed (whole kroner). */
  readonly arrearsStart: number;
  /** Rent arrears at their end, summed. */
  readonly arrearsEnd: number;
  /** `arrearsStart − arrearsEnd`: how far rent arrears came down (negative: they grew). */
  readonly arrearsReduced: number;
  /** Courses with each outcome. */
  readonly outcomes: Readonly<Record<EconomicOutcome, number>>;
}

const amount = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);

export function economicResultsOf(periodEvaluations: readonly Evaluation[]): EconomicResults {
  const outcomes = Object.fromEntries(economicOutcomes.map((o) => [o, 0])) as Record<EconomicOutcome, number>;
  let courses = 0;
  let withArrears = 0;
  let arrearsStart = 0;
  let arrearsEnd = 0;
  for (const e of periodEvaluations) {
    // The resident's part holds no amounts or outcomes (an envelope of both parts, or of the
    // advisor's, always has outcomes: they are required).
    const a = e.response.answers;
    if (e.response.part === 'resident' || !Array.isArray(a.outcomes)) continue;
    courses++;
    const start = amount(a.rentArrearsStart);
    const end = amount(a.rentArrearsEnd);
    if (start !== undefined && end !== undefined) {
      withArrears++;
      arrearsStart += start;
      arrearsEnd += end;
    }
    if (Array.isArray(a.outcomes)) for (const o of economicOutcomes) if (a.outcomes.includes(o)) outcomes[o]++;
  }
  return { courses, withArrears, arrearsStart, arrearsEnd, arrearsReduced: arrearsStart - arrearsEnd, outcomes };
}
