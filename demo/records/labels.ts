// Records in words: the instrument, the part, the date a counsellor thinks of (the conversation,
// the start of the course, its end), and answers by their labels in the page's language.
import type { ResponseEnvelope } from '../../src/schema-form/events.js';
import { fieldsOf, type FieldModel } from '../../src/engine/field-model.js';
import { status } from '../../src/instruments/status.js';
import { masterData } from '../../src/instruments/master-data.js';
import { evaluationParts } from '../../src/instruments/evaluation.js';
import type { Instrument } from '../../src/engine/instrument.js';
import { formatAmount, formatDate, formatDateTime } from '../../src/localization/format.js';
import { lang, t } from '../text.js';

export type InstrumentId = 'master-data' | 'status' | 'evaluation';

const instruments: Record<string, Instrument> = {
  'master-data': masterData,
  status,
  'evaluation:advisor': evaluationParts.advisor,
  'evaluation:resident': evaluationParts.resident,
};

const instrumentOf = (e: ResponseEnvelope) => instruments[e.part ? `${e.instrument}:${e.part}` : e.instrument] ?? instruments[e.instrument];

export function field(e: ResponseEnvelope, id: string): FieldModel | undefined {
  const instrument = instrumentOf(e);
  return instrument && fieldsOf(instrument).find((f) => f.id === id);
}

/** An answer code's label (the code itself only for a code the codebook does not know). */
export function answerLabel(e: ResponseEnvelope, id: string): string {
  const value = e.answers[id];
  if (value === undefined || value === '') return '–';
  const f = field(e, id);
  const label = (code: unknown) => f?.meta.options?.[String(code)]?.() ?? String(code);
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (f?.kind === 'date' && typeof value === 'string') return longDate(value);
  if (f?.meta.format === 'amount' && typeof value === 'number') return formatAmount(value, lang());
  return f?.kind === 'single' ? label(value) : String(value);
}

/** "1. september 2026" / "1 September 2026", in the page's language. */
export const longDate = (iso: string) => formatDate(iso.slice(0, 10), lang());

/** When a record was saved, in the reader's time zone. */
export const dateTime = (iso: string) => formatDateTime(iso, lang());

const isoDay = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

/** The date a record is about: the conversation (status), the course's start (master data), its end (evaluation). */
export function recordDate(e: ResponseEnvelope): string {
  const a = e.answers;
  const day = e.instrument === 'status' ? isoDay(a.date) : e.instrument === 'master-data' ? isoDay(a.startDate) : isoDay(a.endDate);
  return day ?? e.completedAt.slice(0, 10);
}

/** "Status", "Evaluering – rådgiverens del", … */
export function recordTitle(e: ResponseEnvelope): string {
  const x = t();
  if (e.instrument === 'status') return x.statusTitle;
  if (e.instrument === 'master-data') return x.masterDataTitle;
  if (e.instrument === 'evaluation') return e.part === 'resident' ? x.evaluationResident : e.part === 'advisor' ? x.evaluationAdvisor : x.evaluationTitle;
  return e.instrument;
}

/** The degree scale, best first: the change between two statuses is read off it. */
const degree = ['high', 'some', 'low', 'none'];

/** Better, worse or the same, from one answer on the degree scale to the next; undefined when either is "don't know". */
export function change(before: unknown, after: unknown): 'better' | 'worse' | 'same' | undefined {
  const a = degree.indexOf(String(before));
  const b = degree.indexOf(String(after));
  if (a < 0 || b < 0) return undefined;
  return b < a ? 'better' : b > a ? 'worse' : 'same';
}

/** The status questions a timeline shows, with a short label each. */
export const overviewQuestions = ['financialOverview', 'disposableIncomeOverview'] as const;

const tags: Record<string, string> = { 'master-data': 'master-data-form', status: 'status-survey', evaluation: 'evaluation-form' };
/** The element that shows an instrument. */
export const tagOf = (instrument: string) => tags[instrument] ?? 'status-survey';
