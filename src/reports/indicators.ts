import { fieldsOf } from '../engine/field-model.js';
import type { Instrument } from '../engine/instrument.js';
import { ageBands, isIsoDate, prepareDataset, type Course, type Dataset, type Evaluation, type InstrumentRegistry, type Session } from './dataset.js';
import { defaultInstruments } from './registry.js';
import { economicResultsOf } from './economy.js';
import {
  changes as changeKinds,
  counsellingTypeKeys,
  dimensions,
  overviewFields,
  type BreakdownRow,
  type Change,
  type ChangeSummary,
  type Changes,
  type CounsellingTypeKey,
  type Dimension,
  type Distribution,
  type Indicators,
  type Period,
  type Report,
  type ResidentChange,
  type SessionCounts,
} from './types.js';

export interface ReportOptions {
  /** Instruments to validate with and to take the choice questions from. Default: the library's. */
  readonly instruments?: InstrumentRegistry;
}

/** Degree scale, worst to best: a higher index is a better overview. `dont_know` is not on it. */
const degreeRank: Readonly<Record<string, number>> = { none: 0, low: 1, some: 2, high: 3 };
const genderKeys = ['female', 'male', 'other', 'not_stated'];
const contactKey = { face_to_face: 'faceToFace', phone: 'phone', digital: 'digital' } as const;

class Counter {
  residents = 0;
  faceToFace = 0;
  phone = 0;
  digital = 0;
  sessions = 0;
  active = 0;
  started = 0;
  ended = 0;
  ongoing = 0;

  addSession(contact: string | undefined) {
    this.sessions++;
    const k = contactKey[contact as keyof typeof contactKey];
    if (k) this[k]++;
  }

  addCourse(c: CourseState) {
    this.active++;
    if (c.started) this.started++;
    if (c.ended) this.ended++;
    if (c.ongoing) this.ongoing++;
  }

  indicators(): Indicators {
    return {
      residents: this.residents,
      sessions: { faceToFace: this.faceToFace, phone: this.phone, digital: this.digital, total: this.sessions },
      courses: { active: this.active, started: this.started, ended: this.ended, ongoing: this.ongoing },
    };
  }
}

interface CourseState {
  readonly course: Course;
  readonly started: boolean;
  readonly ended: boolean;
  readonly ongoing: boolean;
}

interface Resident {
  /** The master data the resident's activity in the period is reported under. */
  profile?: Course;
  /** Courses started on or before the period's end; `profileActive` when the profile is open in the period. */
  profileActive: boolean;
  /** Counselling type of the latest session or evaluation in the period. */
  latestType?: string;
  latestTypeAt: string;
  counted: boolean;
  hasMasterData: boolean;
  /** The break-down rows (age band, gender, municipality) the resident's sessions count in. */
  counters?: Counter[];
}

export function checkPeriod(period: Period): void {
  if (!period || !isIsoDate(period.from) || !isIsoDate(period.to) || period.from > period.to) {
    throw new RangeError(`A period needs ISO dates "from" ≤ "to"; got ${JSON.stringify(period)}.`);
  }
}

/**
 * The bilag 1 report for a period, from stored response envelopes of any instrument (or from a
 * dataset prepared once with `prepareDataset`, to report on several periods). Pure: no DOM,
 * no clock, no network. Invalid envelopes are skipped and counted in `input`.
 * See README ("Reports") for what each figure counts.
 */
export function computeReport(responses: readonly unknown[] | Dataset, period: Period, options: ReportOptions = {}): Report {
  checkPeriod(period);
  const instruments = options.instruments ?? defaultInstruments;
  const data = isDataset(responses) ? responses : prepareDataset(responses, instruments);
  const { from, to } = period;
  const inPeriod = (date: string) => date >= from && date <= to;

  // Indexed by the dataset's resident number: an array, not a map keyed by id strings.
  const residents: (Resident | undefined)[] = new Array(data.residentIds.length);
  const resident = (i: number) => (residents[i] ??= { profileActive: false, latestTypeAt: '', counted: false, hasMasterData: false });
  const noteType = (r: Resident, type: string | undefined, at: string) => {
    if (type && at >= r.latestTypeAt) {
      r.latestType = type;
      r.latestTypeAt = at;
    }
  };

  // Courses: open in the period, and each resident's profile (their latest course open in the
  // period, else their latest course started before its end).
  const activeCourses: CourseState[] = [];
  for (const course of data.courses) {
    const r = resident(course.resident);
    r.hasMasterData = true;
    if (course.start > to) continue;
    const active = !course.end || course.end >= from;
    if (active) {
      activeCourses.push({
        course,
        started: course.start >= from,
        ended: course.end !== undefined && course.end <= to,
        ongoing: !course.end || course.end > to,
      });
      r.counted = true;
    }
    const better = !r.profile || (active && !r.profileActive) || (active === r.profileActive && course.start > r.profile.start);
    if (better) {
      r.profile = course;
      r.profileActive = active;
    }
  }

  const periodSessions: Session[] = [];
  for (const s of data.sessions) {
    if (!inPeriod(s.date)) continue;
    periodSessions.push(s);
    const r = resident(s.resident);
    r.counted = true;
    noteType(r, s.counsellingType, s.date);
  }

  const periodEvaluations: Evaluation[] = [];
  let reported = { faceToFace: 0, phone: 0, digital: 0, total: 0, evaluations: 0 };
  for (const e of data.evaluations) {
    if (!inPeriod(e.date)) continue;
    periodEvaluations.push(e);
    const r = resident(e.resident);
    r.counted = true;
    noteType(r, e.counsellingType, e.date);
    const a = e.response.answers;
    const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);
    const f = n(a.sessionsFaceToFace);
    const p = n(a.sessionsPhone);
    const d = n(a.sessionsDigital);
    if (f !== undefined || p !== undefined || d !== undefined) {
      reported = {
        faceToFace: reported.faceToFace + (f ?? 0),
        phone: reported.phone + (p ?? 0),
        digital: reported.digital + (d ?? 0),
        total: reported.total + (f ?? 0) + (p ?? 0) + (d ?? 0),
        evaluations: reported.evaluations + 1,
      };
    }
  }

  const residentType = (r: Resident | undefined): string => r?.profile?.counsellingType ?? r?.latestType ?? 'unknown';
  const keyOf: Record<Exclude<Dimension, 'counsellingType'>, (c: Course | undefined) => string> = {
    ageBand: (c) => c?.ageBand ?? 'unknown',
    gender: (c) => c?.gender ?? 'unknown',
    municipality: (c) => c?.municipality ?? 'unknown',
  };

  const total = new Counter();
  const groups = Object.fromEntries(dimensions.map((d) => [d, new Map<string, Counter>()])) as Record<Dimension, Map<string, Counter>>;
  const counter = (d: Dimension, key: string) => {
    let c = groups[d].get(key);
    if (!c) groups[d].set(key, (c = new Counter()));
    return c;
  };

  let withoutMasterData = 0;
  const profileDimensions = ['ageBand', 'gender', 'municipality'] as const;
  for (const r of residents) {
    if (!r?.counted) continue;
    total.residents++;
    if (!r.hasMasterData) withoutMasterData++;
    counter('counsellingType', residentType(r)).residents++;
    r.counters = profileDimensions.map((d) => counter(d, keyOf[d](r.profile)));
    for (const c of r.counters) c.residents++;
  }
  for (const s of periodSessions) {
    total.addSession(s.contact);
    const r = residents[s.resident]!;
    counter('counsellingType', s.counsellingType ?? residentType(r)).addSession(s.contact);
    for (const c of r.counters!) c.addSession(s.contact);
  }
  for (const c of activeCourses) {
    total.addCourse(c);
    counter('counsellingType', c.course.counsellingType ?? 'unknown').addCourse(c);
    for (const d of ['ageBand', 'gender', 'municipality'] as const) counter(d, keyOf[d](c.course)).addCourse(c);
  }

  const fixedOrder: Record<Dimension, readonly string[] | undefined> = {
    counsellingType: counsellingTypeKeys,
    ageBand: ageBands,
    gender: genderKeys,
    municipality: undefined,
  };
  const breakdowns = Object.fromEntries(
    dimensions.map((d) => {
      const fixed = fixedOrder[d];
      const keys = fixed
        ? [...fixed, ...[...groups[d].keys()].filter((k) => !fixed.includes(k) && k !== 'unknown').sort()]
        : [...groups[d].keys()].filter((k) => k !== 'unknown').sort((a, b) => Number(a) - Number(b));
      if (groups[d].has('unknown')) keys.push('unknown');
      const rows: BreakdownRow[] = keys.map((key) => ({ key, ...(groups[d].get(key) ?? new Counter()).indicators() }));
      return [d, rows];
    }),
  ) as Record<Dimension, BreakdownRow[]>;

  const typeOfResponse = (type: string | undefined, i: number): CounsellingTypeKey => {
    const t = type ?? residentType(residents[i]);
    return (counsellingTypeKeys as readonly string[]).includes(t) ? (t as CounsellingTypeKey) : 'unknown';
  };
  const distributions: Distribution[] = [];
  const sources: [string, readonly Answered[]][] = [
    ['master-data', activeCourses.map((c) => c.course)],
    ['status', periodSessions],
    ['evaluation', periodEvaluations],
  ];
  for (const [id, records] of sources) {
    for (const instrument of instrumentsFor(instruments, id)) {
      distributions.push(...distributionsOf(instrument, id, records, typeOfResponse));
    }
  }

  return {
    period: { from, to },
    input: data.input,
    totals: total.indicators(),
    reportedSessions: reported,
    residentsWithoutMasterData: withoutMasterData,
    breakdowns,
    distributions,
    changes: changesOf(data, periodEvaluations),
    economy: economicResultsOf(periodEvaluations),
  };
}

/** A session, course or evaluation: what a distribution counts. */
interface Answered {
  readonly response: { readonly answers: Record<string, unknown> };
  readonly resident: number;
  readonly counsellingType?: string;
}

function isDataset(v: unknown): v is Dataset {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'sessions' in v && 'courses' in v && 'input' in v;
}

/** The instrument registered for an id, or for its parts (`evaluation:advisor`, `evaluation:resident`). */
function instrumentsFor(registry: InstrumentRegistry, id: string): Instrument[] {
  const whole = registry.get(id);
  if (whole) return [whole];
  return [...registry.entries()].filter(([key]) => key.startsWith(`${id}:`)).map(([, i]) => i);
}

function distributionsOf(
  instrument: Instrument,
  id: string,
  records: readonly Answered[],
  typeOf: (type: string | undefined, resident: number) => CounsellingTypeKey,
): Distribution[] {
  const fields = fieldsOf(instrument).filter((f) => f.kind === 'single' || f.kind === 'multiple');
  const typeKeys: CounsellingTypeKey[] = [...counsellingTypeKeys, 'unknown'];
  const typeIndex = new Map<string, number>(typeKeys.map((t, i) => [t, i]));
  // Counted in flat arrays by code index, not in objects keyed by code: a report over 100k
  // responses does millions of these increments.
  const acc = fields.map((f) => ({
    field: f,
    index: new Map(f.options.map((code, i) => [code, i])),
    /** counts[type * options + code]; respondents[type] */
    counts: new Float64Array(typeKeys.length * f.options.length),
    respondents: new Float64Array(typeKeys.length),
  }));
  for (const record of records) {
    const answers = record.response.answers;
    const type = typeIndex.get(typeOf(record.counsellingType, record.resident))!;
    for (const a of acc) {
      const value = answers[a.field.id];
      if (value === undefined) continue;
      const base = type * a.field.options.length;
      let any = false;
      if (typeof value === 'string') {
        const i = a.index.get(value);
        if (i !== undefined) {
          a.counts[base + i]++;
          any = true;
        }
      } else if (Array.isArray(value)) {
        for (const code of value) {
          const i = typeof code === 'string' ? a.index.get(code) : undefined;
          if (i !== undefined) {
            a.counts[base + i]++;
            any = true;
          }
        }
      }
      if (any) a.respondents[type]++;
    }
  }
  return acc.map((a) => {
    const n = a.field.options.length;
    const countsOf = (types: number[]) =>
      Object.fromEntries(a.field.options.map((code, i) => [code, types.reduce((sum, t) => sum + a.counts[t * n + i], 0)]));
    const all = typeKeys.map((_, t) => t);
    return {
      instrument: id,
      field: a.field.id,
      kind: a.field.kind as 'single' | 'multiple',
      options: a.field.options,
      respondents: all.reduce((sum, t) => sum + a.respondents[t], 0),
      counts: countsOf(all),
      byCounsellingType: Object.fromEntries(
        typeKeys.map((key, t) => [key, { respondents: a.respondents[t], counts: countsOf([t]) }]),
      ) as Distribution['byCounsellingType'],
    };
  });
}

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
function changesOf(data: Dataset, periodEvaluations: readonly Evaluation[]): Changes {
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

export type { SessionCounts };
