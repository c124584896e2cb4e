import type { Answers, Instrument } from '../engine/instrument.js';
import { municipalityOf } from './municipalities.js';
import { answersValidator } from './validator.js';
import { replacedIds, responseIdOf } from './versions.js';
import { isResidentId, isTimestamp } from '../engine/envelope-rules.js';
// A plain constant module: the reports read the version without bundling the instruments.
import { codebookVersion } from '../instruments/codebook.js';
import { skipReasons, type InputSummary, type SkipReason, type StoredResponse } from './types.js';

/**
 * Instruments by id, to validate answers with. An evaluation is looked up as
 * `evaluation:<part>` first, then as `evaluation`. An instrument missing from the map is
 * checked only for what the report reads.
 */
export type InstrumentRegistry = ReadonlyMap<string, Instrument>;

const knownInstruments = new Set(['master-data', 'status', 'evaluation']);
const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** An ISO date of a real day (not 2026-02-30). */
export const isIsoDate = (v: unknown): v is string =>
  typeof v === 'string' && isoDate.test(v) && new Date(`${v}T00:00:00Z`).getUTCDate() === Number(v.slice(8));
const nonEmpty = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const HOUR = 3_600_000;
const lastSundayAt1Utc = (year: number, month: number) => {
  const lastDay = Date.UTC(year, month + 1, 0);
  return lastDay - new Date(lastDay).getUTCDay() * 24 * HOUR + HOUR;
};
/**
 * The calendar date in Denmark of an ISO timestamp: UTC+1, and UTC+2 from the last Sunday of
 * March to the last Sunday of October at 01:00 UTC (the EU rule). Computed, not asked of
 * Intl: it is 50 times faster, and the same in every runtime.
 */
export function danishDate(timestamp: string): string {
  const t = Date.parse(timestamp);
  const year = new Date(t).getUTCFullYear();
  const summer = t >= lastSundayAt1Utc(year, 2) && t < lastSundayAt1Utc(year, 9);
  return new Date(t + (summer ? 2 : 1) * HOUR).toISOString().slice(0, 10);
}

export const ageBands = ['15-24', '25-34', '35-44', '45-54', '55-64', '65-74', '75+'] as const;
export function ageBand(age: unknown): string {
  if (typeof age !== 'number' || !Number.isInteger(age) || age < 15) return 'unknown';
  return age >= 75 ? '75+' : ageBands[Math.floor((age - 15) / 10)];
}

export interface Session {
  readonly response: StoredResponse;
  /** Index of the resident in `Dataset.residentIds`. */
  readonly resident: number;
  readonly date: string;
  readonly counsellingType?: string;
  readonly contact?: string;
}

export interface Course {
  readonly response: StoredResponse;
  readonly resident: number;
  readonly start: string;
  readonly end?: string;
  readonly counsellingType?: string;
  readonly ageBand: string;
  readonly gender?: string;
  readonly municipality?: string;
}

export interface Evaluation {
  readonly response: StoredResponse;
  readonly resident: number;
  /** The advisor's end date when the envelope has one, else the day it was completed (Danish time). */
  readonly date: string;
  readonly counsellingType?: string;
}

/** Stored responses, validated, without duplicates, by kind: what any period's report is computed from. */
export interface Dataset {
  readonly sessions: readonly Session[];
  readonly courses: readonly Course[];
  readonly evaluations: readonly Evaluation[];
  readonly input: InputSummary;
  /** Every resident id, once; records refer to them by index. */
  readonly residentIds: readonly string[];
  /** The latest session date, course start or evaluation date: where the data ends. */
  readonly latest?: string;
}

type AnswersCheck = (instrument: Instrument, answers: Answers) => boolean;
const schemaCheck: AnswersCheck = (instrument, answers) => instrument.schema.safeParse(answers).success;

/**
 * Why an envelope cannot be used, or undefined when it can. Never throws. The answers are
 * checked with the instrument's schema (`check` may do the same faster: see answersValidator).
 */
export function checkEnvelope(input: unknown, instruments: InstrumentRegistry, check: AnswersCheck = schemaCheck): SkipReason | undefined {
  if (!isRecord(input)) return 'not_object';
  const { instrument, part, answers } = input;
  if (typeof instrument !== 'string' || !knownInstruments.has(instrument)) return 'instrument';
  if (input.codebookVersion !== codebookVersion) return 'codebook_version';
  // The envelope rules (INSTRUMENTS.md): no blank or CPR-shaped resident id; an ISO timestamp with Z or an offset.
  if (!isResidentId(input.residentId)) return 'resident_id';
  if (!isTimestamp(input.completedAt)) return 'completed_at';
  for (const key of ['responseId', 'replaces'] as const) if (input[key] !== undefined && nonEmpty(input[key]) === undefined) return 'response_id';
  if (part !== undefined && (instrument !== 'evaluation' || (part !== 'advisor' && part !== 'resident'))) return 'part';
  if (!isRecord(answers)) return 'answers';
  const schema = (part !== undefined && instruments.get(`${instrument}:${part}`)) || instruments.get(instrument);
  if (schema && !check(schema, answers)) return 'answers';
  // What the report itself relies on, whether or not a schema checked it.
  if (instrument === 'status' && !isIsoDate(answers.date)) return 'answers';
  if (instrument === 'master-data') {
    if (!isIsoDate(answers.startDate)) return 'answers';
    if (answers.endDate !== undefined && (!isIsoDate(answers.endDate) || answers.endDate < answers.startDate)) return 'answers';
  }
  return undefined;
}

// Duplicate detection: a response is compared answer by answer only with the same resident's
// earlier responses of the same date (the session's date, the course's start, the evaluation's
// end). No string is built per envelope: 100k envelopes must not mean 100k strings for the
// garbage collector.
const dayOf = (answers: Answers): unknown => answers.date ?? answers.startDate ?? answers.endDate;
/** Past this many responses, a resident's responses are looked up by date instead of scanned. */
const SCAN = 32;
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  return false;
}

function sameResponse(a: StoredResponse, b: StoredResponse): boolean {
  if (a.instrument !== b.instrument || a.part !== b.part || a.residentId !== b.residentId) return false;
  let n = 0;
  for (const key in a.answers) {
    if (!Object.prototype.hasOwnProperty.call(a.answers, key)) continue;
    n++;
    if (!Object.prototype.hasOwnProperty.call(b.answers, key) || !sameValue(a.answers[key], b.answers[key])) return false;
  }
  for (const key in b.answers) if (Object.prototype.hasOwnProperty.call(b.answers, key)) n--;
  return n === 0;
}

/** Per resident, the responses without a responseId kept so far and their dates; by date once there are many. */
type Seen = ({ days: unknown[]; list: StoredResponse[] } | Map<unknown, StoredResponse[]>)[];

/** Whether the resident's responses kept so far hold the same response; if not, it is kept. */
function isRepeat(seen: Seen, resident: number, response: StoredResponse): boolean {
  const day = dayOf(response.answers);
  let group = seen[resident];
  if (!(group instanceof Map) && group.list.length >= SCAN) {
    const byDay = new Map<unknown, StoredResponse[]>();
    const { days, list: kept } = group;
    kept.forEach((r, i) => {
      const list = byDay.get(days[i]);
      if (list) list.push(r);
      else byDay.set(days[i], [r]);
    });
    seen[resident] = group = byDay;
  }
  if (group instanceof Map) {
    const list = group.get(day);
    if (list?.some((r) => sameResponse(r, response))) return true;
    if (list) list.push(response);
    else group.set(day, [response]);
    return false;
  }
  const { days, list } = group;
  for (let i = 0; i < list.length; i++) if (days[i] === day && sameResponse(list[i], response)) return true;
  days.push(day);
  list.push(response);
  return false;
}

/**
 * Validates and sorts the stored envelopes. Invalid envelopes are counted and skipped; an
 * envelope a valid correction replaces is counted nowhere (see `latestVersions`); a repeated
 * submission (the same `responseId` again, or, without one, the same instrument, part,
 * resident and identical answers) is counted once; of several master-data records for one
 * course (same resident and start date), the last completed stands.
 */
export function prepareDataset(envelopes: readonly unknown[], instruments: InstrumentRegistry): Dataset {
  const invalidByReason = Object.fromEntries(skipReasons.map((r) => [r, 0])) as Record<SkipReason, number>;
  let invalid = 0;
  let duplicates = 0;
  let superseded = 0;
  let replaced = 0;
  const residentIds: string[] = [];
  const residentIndex = new Map<string, number>();
  const seen: Seen = [];
  const sessions: Session[] = [];
  const courseByKey = new Map<string, Course>();
  const evaluations: Evaluation[] = [];
  const list = Array.isArray(envelopes) ? envelopes : [];

  // One validator per instrument for this dataset: it remembers verdicts on repeated values.
  const validators = new Map<Instrument, (answers: Answers) => boolean>();
  const check: AnswersCheck = (instrument, answers) => {
    let validator = validators.get(instrument);
    if (!validator) validators.set(instrument, (validator = answersValidator(instrument)));
    return validator(answers);
  };
  // Valid envelopes first: only a valid correction replaces the version it names.
  const valid: Record<string, unknown>[] = [];
  for (const raw of list) {
    const reason = checkEnvelope(raw, instruments, check);
    if (reason) {
      invalid++;
      invalidByReason[reason]++;
    } else valid.push(raw as Record<string, unknown>);
  }
  const replacedVersions = replacedIds(valid);
  const responseIds = new Set<string>();
  for (const raw of valid) {
    const responseId = responseIdOf(raw);
    if (responseId !== undefined) {
      if (replacedVersions.has(responseId)) {
        replaced++;
        continue;
      }
      if (responseIds.has(responseId)) {
        duplicates++;
        continue;
      }
      responseIds.add(responseId);
    }
    // Copied into one object shape: stored envelopes come in many shapes, and code that reads
    // many shapes runs several times slower.
    const e = raw as Record<string, unknown>;
    const answers = e.answers as Answers;
    const response: StoredResponse = {
      instrument: e.instrument as StoredResponse['instrument'],
      part: e.part as StoredResponse['part'],
      residentId: e.residentId as string,
      caseId: nonEmpty(e.caseId),
      completedAt: e.completedAt as string,
      responseId,
      replaces: nonEmpty(e.replaces),
      answers,
    };
    let resident = residentIndex.get(response.residentId);
    if (resident === undefined) {
      resident = residentIds.push(response.residentId) - 1;
      residentIndex.set(response.residentId, resident);
      seen.push({ days: [], list: [] });
    }
    // Identical answers make a repeat only of envelopes without a responseId: two conversations
    // on one day with the same answers, each with its own id, are two sessions.
    if (responseId === undefined && isRepeat(seen, resident, response)) {
      duplicates++;
      continue;
    }

    if (response.instrument === 'status') {
      sessions.push({ response, resident, date: answers.date as string, counsellingType: nonEmpty(answers.counsellingType), contact: nonEmpty(answers.contact) });
    } else if (response.instrument === 'master-data') {
      const start = answers.startDate as string;
      const course: Course = {
        response,
        resident,
        start,
        end: nonEmpty(answers.endDate),
        counsellingType: nonEmpty(answers.counsellingType),
        ageBand: ageBand(answers.age),
        gender: nonEmpty(answers.gender),
        municipality: typeof answers.postcode === 'string' ? municipalityOf(answers.postcode) : undefined,
      };
      const courseKey = `${response.residentId}\u0000${start}`;
      const earlier = courseByKey.get(courseKey);
      if (earlier) {
        superseded++;
        if (Date.parse(earlier.response.completedAt) > Date.parse(response.completedAt)) continue;
      }
      courseByKey.set(courseKey, course);
    } else {
      const date = isIsoDate(answers.endDate) ? answers.endDate : danishDate(response.completedAt);
      evaluations.push({ response, resident, date, counsellingType: nonEmpty(answers.counsellingType) });
    }
  }
  const courses = [...courseByKey.values()];
  let latest: string | undefined;
  for (const list of [sessions, evaluations] as const) for (const x of list) if (!latest || x.date > latest) latest = x.date;
  for (const c of courses) if (!latest || c.start > latest) latest = c.start;
  return {
    sessions,
    courses,
    evaluations,
    residentIds,
    latest,
    input: {
      received: list.length,
      used: sessions.length + courses.length + evaluations.length,
      invalid,
      invalidByReason,
      duplicates,
      replaced,
      superseded,
    },
  };
}
