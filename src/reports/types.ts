import type { Answers } from '../engine/instrument.js';
import type { EconomicResults } from './economy.js';

/** A reporting period: ISO dates, both days included. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

/** Why a stored envelope was left out of a report. */
export type SkipReason =
  /** Not an object. */
  | 'not_object'
  /** `instrument` is not master-data, status or evaluation. */
  | 'instrument'
  /** `codebookVersion` is not one this library implements: its codes may mean something else. */
  | 'codebook_version'
  | 'resident_id'
  | 'completed_at'
  /** An evaluation whose `part` is neither advisor nor resident. */
  | 'part'
  /** The answers fail the instrument's schema, or lack a date the report needs. */
  | 'answers'
  /** `responseId` or `replaces` is there but not a non-empty string. */
  | 'response_id';

export const skipReasons: readonly SkipReason[] = ['not_object', 'instrument', 'codebook_version', 'resident_id', 'completed_at', 'part', 'answers', 'response_id'];

export interface InputSummary {
  /** Envelopes given. */
  readonly received: number;
  /** Envelopes used (valid, not duplicates, not superseded). */
  readonly used: number;
  /** Skipped as invalid, in all and by reason. */
  readonly invalid: number;
  readonly invalidByReason: Readonly<Record<SkipReason, number>>;
  /**
   * Repeated submissions of the same response, counted once: the same `responseId` again, or,
   * for envelopes without one, the same instrument, part, resident and answers.
   */
  readonly duplicates: number;
  /** Envelopes replaced by a correction (another envelope's `replaces`): the latest version counts instead. */
  readonly replaced: number;
  /** Master-data records replaced by a later record of the same course. */
  readonly superseded: number;
}

export interface SessionCounts {
  readonly faceToFace: number;
  readonly phone: number;
  readonly digital: number;
  readonly total: number;
}

export interface CourseCounts {
  /** Open at some point in the period. */
  readonly active: number;
  readonly started: number;
  readonly ended: number;
  /** Started on or before the period's last day and not ended by then. */
  readonly ongoing: number;
}

export interface Indicators {
  readonly residents: number;
  readonly sessions: SessionCounts;
  readonly courses: CourseCounts;
}

export type Dimension = 'counsellingType' | 'ageBand' | 'gender' | 'municipality';
export const dimensions: readonly Dimension[] = ['counsellingType', 'ageBand', 'gender', 'municipality'];

/** One row of a break-down. `key` is a code (counselling type, age band, gender, municipality number) or `unknown`. */
export interface BreakdownRow extends Indicators {
  readonly key: string;
}

export const counsellingTypeKeys = ['type2', 'type3', 'type4'] as const;
export type CounsellingTypeKey = (typeof counsellingTypeKeys)[number] | 'unknown';

export interface Distribution {
  /** Instrument id. */
  readonly instrument: string;
  readonly field: string;
  readonly kind: 'single' | 'multiple';
  /** Answer codes in the instrument's order. */
  readonly options: readonly string[];
  /** Responses in the period that answered the question. */
  readonly respondents: number;
  /** Respondents per code; for a multiple-choice question they add up to more than `respondents`. */
  readonly counts: Readonly<Record<string, number>>;
  /** The same per counselling type (`unknown` when the response has none and the resident no master data). */
  readonly byCounsellingType: Readonly<Record<CounsellingTypeKey, { readonly respondents: number; readonly counts: Readonly<Record<string, number>> }>>;
}

export type OverviewField = 'financialOverview' | 'disposableIncomeOverview';
export const overviewFields: readonly OverviewField[] = ['financialOverview', 'disposableIncomeOverview'];
export type Change = 'improved' | 'same' | 'worse' | 'not_comparable';
export const changes: readonly Change[] = ['improved', 'same', 'worse', 'not_comparable'];

export interface ResidentChange {
  readonly residentId: string;
  readonly caseId?: string;
  /** Date of the first status (the baseline) and of the evaluation. */
  readonly statusDate: string;
  readonly evaluationDate: string;
  readonly fields: Readonly<Record<OverviewField, { readonly first: string | undefined; readonly last: string | undefined; readonly change: Change }>>;
}

export interface ChangeSummary {
  readonly field: OverviewField;
  readonly counts: Readonly<Record<Change, number>>;
  /** matrix[first][last]: residents by their answer in the first status and in the evaluation. */
  readonly matrix: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface Changes {
  /** Evaluations (resident part) in the period. */
  readonly evaluations: number;
  /** Of those, without any status before them to compare with. */
  readonly withoutBaseline: number;
  readonly summary: readonly ChangeSummary[];
  readonly residents: readonly ResidentChange[];
}

export interface Report {
  readonly period: Period;
  readonly input: InputSummary;
  /** The bilag 1 indicators: residents, sessions, courses. */
  readonly totals: Indicators;
  /** Sessions as counted by the advisors in the evaluations of courses that ended in the period. */
  readonly reportedSessions: SessionCounts & { readonly evaluations: number };
  /** Residents counted in the period with no master data at all. */
  readonly residentsWithoutMasterData: number;
  readonly breakdowns: Readonly<Record<Dimension, readonly BreakdownRow[]>>;
  readonly distributions: readonly Distribution[];
  readonly changes: Changes;
  /** Rent arrears and the economic outcomes of the courses that ended in the period. */
  readonly economy: EconomicResults;
}

/** An envelope as the report reads it, after validation. */
export interface StoredResponse {
  readonly instrument: 'master-data' | 'status' | 'evaluation';
  readonly part?: 'advisor' | 'resident';
  readonly residentId: string;
  readonly caseId?: string;
  readonly completedAt: string;
  readonly responseId?: string;
  readonly replaces?: string;
  readonly answers: Answers;
}
