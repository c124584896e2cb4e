/**
 * A small store of envelopes whose report is computed by hand (see the expected figures in
 * indicators.test.ts). Period: 2025-01-01 – 2025-06-30. Answers follow the codebook.
 *
 * r1  two courses: A 2024-10-01 → 2025-02-15 (type3, København N) spans the period's start;
 *     B 2025-05-01 → open (type4, Aarhus C). Statuses 2024-11-01 (before the period),
 *     2025-01-10 f2f (submitted twice), 2025-02-01 phone, 2025-05-10 digital. Evaluation of
 *     course A: advisor part (ends 2025-02-15; 5 f2f, 2 phone) and resident part 2025-02-16.
 * r2  one course 2025-03-01 → 2025-06-30 (type4, Odense), its master data stored twice (the
 *     second adds the end date). Statuses 2025-03-05 and 2025-06-30, both f2f. Resident part
 *     of the evaluation completed 2025-06-30 22:30 Danish time.
 * r3  statuses only, no master data: 2025-04-01 phone (type2), 2025-07-01 f2f (after).
 * r4  course 2025-06-01 → 2025-08-01 (type3, Hedehusene) spans the period's end; no statuses.
 * r5  course and status entirely in 2024.
 * r6  course starting after the period.
 * r7  an evaluation (resident part) only: no master data, no status to compare with.
 * And seven invalid envelopes, one for each reason.
 */
export const period = { from: '2025-01-01', to: '2025-06-30' };

let n = 0;
const at = (date: string, time = '10:00:00') => `${date}T${time}.${String(n++ % 1000).padStart(3, '0')}Z`;

const envelope = (instrument: string, residentId: string, completedAt: string, answers: Record<string, unknown>, part?: string) => ({
  instrument,
  ...(part ? { part } : {}),
  codebookVersion: '1',
  residentId,
  caseId: `case-${residentId}`,
  completedAt,
  locale: 'da',
  answers,
});

export const statusAnswers = (date: string, counsellingType: string, contact: string, financialOverview = 'some', disposableIncomeOverview = 'low') => ({
  date,
  counsellingType,
  contact,
  expectedAdvice: 'yes',
  financialOverview,
  disposableIncomeOverview,
  adviceRating: 'good',
});

export const status = (residentId: string, date: string, counsellingType: string, contact: string, fo?: string, dio?: string) =>
  envelope('status', residentId, at(date), statusAnswers(date, counsellingType, contact, fo, dio));

export const masterData = (
  residentId: string,
  a: { counsellingType: string; gender: string; age: number; postcode: string; startDate: string; endDate?: string },
  completedAt = at(a.startDate),
) =>
  envelope('master-data', residentId, completedAt, {
    counsellingType: a.counsellingType,
    gender: a.gender,
    age: a.age,
    housing: 'social_family',
    postcode: a.postcode,
    education: 'vocational',
    income: 'employed',
    children: 1,
    problems: ['rent_arrears', 'overview'],
    startDate: a.startDate,
    ...(a.endDate ? { endDate: a.endDate } : {}),
  });

export const advisorPart = (residentId: string, a: { counsellingType: string; startDate: string; endDate: string; f2f: number; phone: number; digital: number }) =>
  envelope(
    'evaluation',
    residentId,
    at(a.endDate),
    {
      counsellingType: a.counsellingType,
      startDate: a.startDate,
      endDate: a.endDate,
      sessionsFaceToFace: a.f2f,
      sessionsPhone: a.phone,
      sessionsDigital: a.digital,
      activities: ['expectations', 'budget'],
      outcomes: ['arrears_plan'],
      endReason: 'completed',
    },
    'advisor',
  );

export const residentPart = (residentId: string, completedAt: string, financialOverview: string, disposableIncomeOverview: string) =>
  envelope(
    'evaluation',
    residentId,
    completedAt,
    {
      satisfaction: 'satisfied',
      financialOverview,
      disposableIncomeOverview,
      selfReliance: 'some',
      situationChange: 'better',
      recommend: 'yes',
    },
    'resident',
  );

const r1Duplicate = status('r1', '2025-01-10', 'type3', 'face_to_face');
const { date, ...rest } = r1Duplicate.answers;

export const store: unknown[] = [
  // r1
  masterData('r1', { counsellingType: 'type3', gender: 'female', age: 30, postcode: '2200', startDate: '2024-10-01', endDate: '2025-02-15' }),
  masterData('r1', { counsellingType: 'type4', gender: 'female', age: 31, postcode: '8000', startDate: '2025-05-01' }),
  status('r1', '2024-11-01', 'type3', 'face_to_face', 'low', 'some'),
  r1Duplicate,
  // The same submission again, seconds later and with its answers in another order: counted once.
  { ...r1Duplicate, completedAt: at('2025-01-10', '10:00:05'), answers: { ...rest, date } },
  status('r1', '2025-02-01', 'type3', 'phone'),
  status('r1', '2025-05-10', 'type4', 'digital'),
  advisorPart('r1', { counsellingType: 'type3', startDate: '2024-10-01', endDate: '2025-02-15', f2f: 5, phone: 2, digital: 0 }),
  residentPart('r1', '2025-02-16T10:00:00.000Z', 'high', 'dont_know'),
  // r2
  masterData('r2', { counsellingType: 'type4', gender: 'male', age: 67, postcode: '5000', startDate: '2025-03-01' }, '2025-03-01T09:00:00.000Z'),
  masterData('r2', { counsellingType: 'type4', gender: 'male', age: 67, postcode: '5000', startDate: '2025-03-01', endDate: '2025-06-30' }, '2025-06-30T12:00:00.000Z'),
  status('r2', '2025-03-05', 'type4', 'face_to_face', 'some', 'low'),
  status('r2', '2025-06-30', 'type4', 'face_to_face'),
  residentPart('r2', '2025-06-30T20:30:00.000Z', 'none', 'low'),
  // r3
  status('r3', '2025-04-01', 'type2', 'phone'),
  status('r3', '2025-07-01', 'type2', 'face_to_face'),
  // r4
  masterData('r4', { counsellingType: 'type3', gender: 'not_stated', age: 45, postcode: '2640', startDate: '2025-06-01', endDate: '2025-08-01' }),
  // r5
  masterData('r5', { counsellingType: 'type3', gender: 'male', age: 50, postcode: '2200', startDate: '2024-01-01', endDate: '2024-12-31' }),
  status('r5', '2024-06-01', 'type3', 'face_to_face'),
  // r6
  masterData('r6', { counsellingType: 'type3', gender: 'female', age: 40, postcode: '2200', startDate: '2025-07-01' }),
  // r7
  residentPart('r7', '2025-03-01T09:00:00.000Z', 'some', 'some'),
  // Invalid, one of each reason.
  null,
  { ...status('r8', '2025-02-01', 'type3', 'phone'), instrument: 'follow-up' },
  { ...status('r8', '2025-02-01', 'type3', 'phone'), codebookVersion: '2' },
  { ...status('r8', '2025-02-01', 'type3', 'phone'), residentId: '' },
  { ...status('r8', '2025-02-01', 'type3', 'phone'), completedAt: 'yesterday' },
  { ...residentPart('r8', '2025-02-01T10:00:00.000Z', 'some', 'some'), part: 'both' },
  { ...status('r8', '2025-02-01', 'type3', 'phone'), answers: { ...statusAnswers('2025-02-01', 'type3', 'phone'), contact: 'letter' } },
];
