import { ageBands, isIsoDate, prepareDataset, type Course, type Dataset, type Evaluation, type InstrumentRegistry, type Session } from './dataset.js';
import { defaultInstruments } from './registry.js';
import { economicResultsOf } from './economy.js';
import { changesOf } from './changes.js';
import { distributionsOf, instrumentsFor, type Answered } from './distributions.js';
import {
  counsellingTypeKeys,
  dimensions,
  type BreakdownRow,
  type CounsellingTypeKey,
  type Dimension,
  type Distribution,
  type Indicators,
  type Period,
  type Report,
  type SessionCounts,
} from './types.js';

export interface ReportOptions {
  /** Instruments to validate with and to take the choice questions from. Default: the library's. */
  readonly instruments?: InstrumentRegistry;
}

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

function isDataset(v: unknown): v is Dataset {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'sessions' in v && 'courses' in v && 'input' in v;
}

export type { SessionCounts };
