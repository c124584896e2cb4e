// The follow-up of the quality model's self-assessment: a profile per standard, the open actions
// (overdue first), the goals, and the change per indicator since the previous assessment. Pure
// and DOM-free, like the other reports: wording is left to whoever renders it.
import type { Answers } from '../engine/instrument.js';
import { responseSchema } from '../engine/envelope.js';
import { openStatuses, positions, ratingScale, type Position, type Rating } from '../instruments/quality-assessment/model.js';
import { positionId, qualityAssessment, qualityItems, qualityStandards, ratingId } from '../instruments/quality-assessment/quality-assessment.js';
import { latestVersions } from './versions.js';

/** A stored response envelope of the self-assessment, as `responseSchema(qualityAssessment)` accepts it. */
export interface AssessmentEnvelope {
  readonly instrument: 'quality-assessment';
  readonly codebookVersion: string;
  readonly organisationId: string;
  readonly responseId?: string;
  readonly replaces?: string;
  readonly completedAt: string;
  readonly locale: string;
  readonly answers: Answers;
}

export interface StandardProfile {
  readonly standard: string;
  /** Indicators of the standard that are rated 1–5, and how many of them are rated. */
  readonly indicators: number;
  readonly rated: number;
  /** Mean of the ratings given; undefined when none is. */
  readonly mean?: number;
  /** How many indicators got each rating. */
  readonly distribution: Readonly<Record<Rating, number>>;
  /** Ethical considerations of the standard, and how many got each position. */
  readonly considerations: number;
  readonly positions: Readonly<Record<Position, number>>;
}

export interface Action {
  readonly element: string;
  readonly action: string;
  readonly responsible?: string;
  readonly due?: string;
  readonly status: string;
}
export interface OpenAction extends Action {
  /** Its place in the assessment's list of actions (0-based): the row a reader looks for. */
  readonly row: number;
  /** Due before `today`. */
  readonly overdue: boolean;
}

export interface Goal {
  readonly goal: string;
  readonly measure?: string;
  readonly target?: string;
  readonly due?: string;
}

/** One indicator or consideration, in the latest assessment and the one before it. */
export interface ItemChange {
  readonly id: string;
  readonly kind: 'rating' | 'position';
  readonly previous?: string;
  readonly current?: string;
  /** For a rating given both times: current − previous. */
  readonly change?: number;
}

export interface AssessmentSummary {
  readonly date: string;
  readonly completedAt: string;
  readonly responseId?: string;
  readonly profile: readonly StandardProfile[];
}

export type QualitySkipReason = 'invalid' | 'other_organisation';

export interface QualityReport {
  readonly organisationId?: string;
  /** Every assessment counted, oldest first (by `date`, then `completedAt`), each with its profile. */
  readonly assessments: readonly AssessmentSummary[];
  /** The latest assessment's profile, open actions and goals. */
  readonly profile: readonly StandardProfile[];
  readonly openActions: readonly OpenAction[];
  readonly goals: readonly Goal[];
  readonly nextFollowUp?: string;
  /** Against the previous assessment, per indicator and consideration; undefined with one assessment. */
  readonly changes?: readonly ItemChange[];
  /** Envelopes not counted, by their index in the input, and why. */
  readonly skipped: readonly { readonly index: number; readonly reason: QualitySkipReason }[];
}

const ratingCodes = Object.keys(ratingScale) as Rating[];
const positionCodes = Object.keys(positions) as Position[];
const zeros = <K extends string>(codes: readonly K[]) => Object.fromEntries(codes.map((c) => [c, 0])) as Record<K, number>;
const isIn = <K extends string>(codes: readonly K[], v: unknown): v is K => codes.includes(v as K);

/** The profile of one assessment's answers, a standard at a time, in the model's order. */
export function profileOf(answers: Answers): StandardProfile[] {
  return qualityStandards.map((standard) => {
    const items = qualityItems.filter((i) => i.standard === standard);
    const distribution = zeros(ratingCodes);
    const positionCounts = zeros(positionCodes);
    let indicators = 0;
    let rated = 0;
    let sum = 0;
    let considerations = 0;
    for (const { id, element } of items) {
      if (element.assessed === 'rating') {
        indicators++;
        const r = answers[ratingId(id)];
        if (isIn(ratingCodes, r)) {
          rated++;
          distribution[r]++;
          sum += Number(r);
        }
      } else {
        considerations++;
        const p = answers[positionId(id)];
        if (isIn(positionCodes, p)) positionCounts[p]++;
      }
    }
    return {
      standard: standard.id,
      indicators,
      rated,
      ...(rated ? { mean: sum / rated } : {}),
      distribution,
      considerations,
      positions: positionCounts,
    };
  });
}

const byDate = (a: AssessmentEnvelope, b: AssessmentEnvelope) =>
  String(a.answers.date).localeCompare(String(b.answers.date)) || Date.parse(a.completedAt) - Date.parse(b.completedAt);

/** Open actions (neither done nor dropped), those due before `today` first, then by due date; undated last. */
export function openActionsOf(answers: Answers, today: string): OpenAction[] {
  const actions = (answers.actions ?? []) as readonly Action[];
  return actions
    .map((a, row) => ({ ...a, row, overdue: a.due !== undefined && a.due < today }))
    .filter((a) => (openStatuses as readonly string[]).includes(a.status))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.due ?? '\uffff').localeCompare(b.due ?? '\uffff') || a.row - b.row);
}

function changesBetween(previous: Answers, current: Answers): ItemChange[] {
  return qualityItems.map(({ id, element }) => {
    const kind = element.assessed;
    const answer = kind === 'rating' ? ratingId(id) : positionId(id);
    const before = previous[answer] as string | undefined;
    const now = current[answer] as string | undefined;
    return {
      id,
      kind,
      ...(before !== undefined ? { previous: before } : {}),
      ...(now !== undefined ? { current: now } : {}),
      ...(kind === 'rating' && before !== undefined && now !== undefined ? { change: Number(now) - Number(before) } : {}),
    };
  });
}

export interface QualityReportOptions {
  /** The day actions are overdue against (ISO date): the caller's today, so a report is reproducible. */
  readonly today: string;
  /** The organisation to report on; by default the one of the latest valid assessment. */
  readonly organisationId?: string;
}

/**
 * The report of one organisation's assessments. Envelopes that the instrument's schema rejects,
 * or that are another organisation's, are skipped and listed, never thrown on; a corrected
 * assessment counts in its latest version only (`replaces`).
 */
export function qualityReport(envelopes: readonly unknown[], options: QualityReportOptions): QualityReport {
  const schema = responseSchema(qualityAssessment);
  const skipped: { index: number; reason: QualitySkipReason }[] = [];
  const valid: { index: number; envelope: AssessmentEnvelope }[] = [];
  envelopes.forEach((e, index) => {
    if (schema.safeParse(e).success) valid.push({ index, envelope: e as AssessmentEnvelope });
    else skipped.push({ index, reason: 'invalid' });
  });
  const organisationId = options.organisationId ?? [...valid].sort((a, b) => byDate(a.envelope, b.envelope)).at(-1)?.envelope.organisationId;
  const own = valid.filter(({ index, envelope }) => {
    if (envelope.organisationId === organisationId) return true;
    skipped.push({ index, reason: 'other_organisation' });
    return false;
  });
  skipped.sort((a, b) => a.index - b.index);
  const counted = latestVersions(own.map((v) => v.envelope)).sort(byDate);
  const latest = counted.at(-1);
  const previous = counted.at(-2);
  const answers = latest?.answers ?? {};
  return {
    ...(organisationId !== undefined ? { organisationId } : {}),
    assessments: counted.map((e) => ({
      date: e.answers.date as string,
      completedAt: e.completedAt,
      ...(e.responseId ? { responseId: e.responseId } : {}),
      profile: profileOf(e.answers),
    })),
    profile: profileOf(answers),
    openActions: openActionsOf(answers, options.today),
    goals: (answers.goals ?? []) as readonly Goal[],
    ...(answers.nextFollowUp ? { nextFollowUp: answers.nextFollowUp as string } : {}),
    ...(latest && previous ? { changes: changesBetween(previous.answers, latest.answers) } : {}),
    skipped,
  };
}
