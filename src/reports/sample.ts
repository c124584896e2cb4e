import type { Answers } from '../engine/instrument.js';
import { municipalityOf, postcodes } from './municipalities.js';

export interface SampleOptions {
  /** Number of residents. Default 300. */
  readonly residents?: number;
  /** The year the activity falls in (some courses start in the year before). Default 2025. */
  readonly year?: number;
  /** Same seed, same sample. Default 1. */
  readonly seed?: number;
  /** Add a few repeated submissions and invalid envelopes, as real stores have. Default true. */
  readonly faults?: boolean;
}

/** mulberry32: a small, fast, seedable PRNG; plenty for sample data. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const toDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);

// Municipalities with many social-housing residents weigh more.
const weightedMunicipalities: [string, number][] = [
  ['101', 14], ['751', 8], ['461', 6], ['851', 5], ['561', 3], ['169', 3], ['183', 2], ['165', 2],
  ['153', 2], ['167', 2], ['147', 2], ['175', 2], ['621', 2], ['615', 1], ['657', 1], ['791', 1], ['740', 1], ['330', 1],
];

/**
 * A realistic, reproducible set of stored envelopes (codebook v1) for trying the report:
 * residents with one or two courses of counselling, status surveys along the way (the
 * overview improving for most), master data, and evaluations (advisor and resident part)
 * when a course ends. Some residents have status surveys only (single-issue guidance, no
 * master data). Answers use the codebook's codes only.
 */
export function generateSample(options: SampleOptions = {}): Answers[] {
  const { residents = 300, year = 2025, seed = 1, faults = true } = options;
  const random = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    let r = random() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [value, w] of entries) if ((r -= w) < 0) return value;
    return entries[entries.length - 1][0];
  };
  const byMunicipality = new Map<string, string[]>();
  for (const code of postcodes()) {
    const m = municipalityOf(code)!;
    if (!byMunicipality.has(m)) byMunicipality.set(m, []);
    // Postcodes below 1000 are companies and institutions, not homes.
    if (code >= '1000') byMunicipality.get(m)!.push(code);
  }
  const first = ms(`${year}-01-01`);
  const last = ms(`${year}-12-31`);
  const out: Answers[] = [];
  const stamp = (date: string) => `${date}T${String(int(8, 15)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}.000Z`;
  const envelope = (instrument: string, residentId: string, caseId: string, date: string, answers: Answers, part?: string) => ({
    instrument,
    ...(part ? { part } : {}),
    codebookVersion: '1',
    residentId,
    caseId,
    completedAt: stamp(date),
    locale: random() < 0.9 ? 'da' : 'en',
    answers,
  });
  const degree = ['none', 'low', 'some', 'high'];
  const overview = (level: number) => (random() < 0.06 ? 'dont_know' : degree[Math.max(0, Math.min(3, Math.round(level)))]);

  for (let i = 1; i <= residents; i++) {
    const residentId = `r-${String(i).padStart(5, '0')}`;
    const type = weighted([['type3', 55], ['type4', 30], ['type2', 15]] as const);
    const withMasterData = type !== 'type2' || random() < 0.4;
    const age = Math.min(95, Math.max(18, Math.round(20 + random() * 30 + random() * 30)));
    const gender = weighted([['female', 55], ['male', 41], ['other', 1], ['not_stated', 3]] as const);
    const postcode = pick(byMunicipality.get(weighted(weightedMunicipalities))!);
    const courseCount = withMasterData && random() < 0.1 ? 2 : 1;
    let start = first - int(0, 150) * DAY + int(0, 330) * DAY;
    for (let course = 1; course <= courseCount && start <= last; course++) {
      const caseId = `c-${i}-${course}`;
      const startDate = toDate(start);
      const length = type === 'type2' ? int(0, 14) : type === 'type3' ? int(30, 200) : int(60, 330);
      const endMs = start + length * DAY;
      const ended = endMs <= last && (type === 'type2' || random() < 0.9);
      const endDate = ended ? toDate(endMs) : undefined;
      if (withMasterData) {
        const problems = [...new Set(Array.from({ length: int(1, 3) }, () =>
          weighted([['rent_arrears', 8], ['overview', 9], ['debt_private', 6], ['debt_public', 5], ['utility_arrears', 3], ['eviction', 2], ['tax', 2], ['housing_benefit', 3], ['public_benefits', 3], ['life_event', 3], ['other', 1]] as const),
        ))];
        out.push(envelope('master-data', residentId, caseId, startDate, {
          counsellingType: type,
          gender,
          age: course === 1 ? age : age + 1,
          housing: weighted([['social_family', 70], ['social_youth', 10], ['social_senior', 8], ['private_rental', 5], ['staying_with_others', 3], ['homeless', 1], ['other', 3]] as const),
          postcode,
          education: weighted([['none', 10], ['primary', 30], ['upper_secondary', 10], ['vocational', 25], ['short_higher', 5], ['medium_higher', 8], ['long_higher', 3], ['other', 6], ['not_stated', 3]] as const),
          income: weighted([['employed', 25], ['flexjob', 6], ['unemployment_benefit', 6], ['social_assistance', 22], ['sickness_benefit', 6], ['rehabilitation', 4], ['disability_pension', 12], ['old_age_pension', 10], ['student_grant', 5], ['none', 1], ['other', 2], ['not_stated', 1]] as const),
          children: weighted([[0, 55], [1, 18], [2, 15], [3, 8], [4, 4]] as const),
          problems,
          ...(problems.includes('other') ? { problemsOther: 'Hjælp til at læse breve fra det offentlige' } : {}),
          startDate,
          ...(endDate ? { endDate } : {}),
        }));
      }
      // Status surveys from the start to the end (or the year's end), the overview improving for most.
      const sessions = type === 'type2' ? int(1, 2) : int(2, 8);
      const until = Math.min(ended ? endMs : last, last);
      let level = random() * 2;
      const gain = random() < 0.75 ? random() * 0.5 : -random() * 0.2;
      const contacts: Record<string, number> = { face_to_face: 0, phone: 0, digital: 0 };
      let lastStatus: Answers | undefined;
      for (let s = 0; s < sessions; s++) {
        const at = start + Math.round(((until - start) * s) / Math.max(1, sessions - 1));
        if (at < start || at > until) continue;
        const contact = weighted([['face_to_face', 70], ['phone', 22], ['digital', 8]] as const);
        contacts[contact]++;
        const date = toDate(at);
        lastStatus = {
          date,
          counsellingType: type,
          contact,
          expectedAdvice: weighted([['yes', 70], ['partly', 20], ['no', 5], ['dont_know', 5]] as const),
          financialOverview: overview(level),
          disposableIncomeOverview: overview(level - 0.3),
          adviceRating: weighted([['very_good', 45], ['good', 38], ['neutral', 10], ['poor', 2], ['very_poor', 1], ['dont_know', 4]] as const),
          ...(random() < 0.1 ? { comment: pick(['Rart at få overblik.', 'Godt at have en aftale med boligselskabet.', 'Det var svært at nå det hele.']) } : {}),
        };
        out.push(envelope('status', residentId, caseId, date, lastStatus));
        if (faults && random() < 0.01) out.push(envelope('status', residentId, caseId, date, { ...lastStatus }));
        level += gain * 2;
      }
      if (ended && type !== 'type2' && random() < (type === 'type3' ? 0.85 : 0.5)) {
        const outcomes = [...new Set(Array.from({ length: int(1, 3) }, () =>
          weighted([['eviction_avoided', 3], ['arrears_cleared', 3], ['arrears_plan', 5], ['income_increased', 4], ['expenses_reduced', 4], ['debt_reduced', 5], ['budget_kept', 6], ['referred', 2]] as const),
        ))];
        const arrears = random() < 0.4 ? int(2, 40) * 1000 : undefined;
        out.push(envelope('evaluation', residentId, caseId, endDate!, {
          counsellingType: type,
          startDate,
          endDate: endDate!,
          sessionsFaceToFace: contacts.face_to_face + int(0, 2),
          sessionsPhone: contacts.phone + int(0, 2),
          sessionsDigital: contacts.digital,
          activities: [...new Set(['expectations', 'income_review', ...Array.from({ length: int(0, 3) }, () =>
            pick(['budget', 'daily_economy', 'debt_overview', 'debt_screening', 'benefit_applications', 'creditor_contact', 'payment_plan', 'holistic_screening']))])],
          outcomes,
          ...(arrears !== undefined ? { rentArrearsStart: arrears, rentArrearsEnd: random() < 0.6 ? 0 : Math.round(arrears / 2) } : {}),
          endReason: weighted([['completed', 75], ['referred', 6], ['moved', 4], ['lost_contact', 8], ['resident_ended', 5], ['other', 2]] as const),
          ...(outcomes.includes('referred') ? { referredTo: [pick(['municipality', 'debt_counselling', 'legal_aid', 'health', 'social_housing'])] } : {}),
        }, 'advisor'));
        out.push(envelope('evaluation', residentId, caseId, endDate!, {
          satisfaction: weighted([['very_satisfied', 50], ['satisfied', 35], ['neutral', 8], ['dissatisfied', 3], ['very_dissatisfied', 1], ['dont_know', 3]] as const),
          financialOverview: overview(level),
          disposableIncomeOverview: overview(level - 0.2),
          selfReliance: overview(level + 0.5),
          situationChange: weighted([['better', 65], ['same', 25], ['worse', 5], ['dont_know', 5]] as const),
          recommend: weighted([['yes', 85], ['maybe', 12], ['no', 3]] as const),
        }, 'resident'));
      }
      start = (ended ? endMs : last) + int(30, 120) * DAY;
    }
  }
  if (faults) {
    // What a real store also holds: a record from a future codebook and one without a resident.
    out.push({ ...(out[0] as object), codebookVersion: '2' });
    out.push({ ...(out[1] as object), residentId: '' });
  }
  return out;
}
