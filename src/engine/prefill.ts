import { declaredShapeOf, type Answers, type Instrument } from './instrument.js';
import { fieldsOf, type FieldModel } from './field-model.js';

export type PrefillProblemCode = 'not_json' | 'not_object' | 'unknown_field' | 'invalid_value';

export interface PrefillProblem {
  readonly code: PrefillProblemCode;
  readonly field?: string;
  /** The value that was ignored, where the message names it: a date that is no calendar day. */
  readonly value?: string;
}

export interface Prefill {
  readonly answers: Answers;
  readonly problems: readonly PrefillProblem[];
  /** Envelope fields found beside the answers. */
  readonly residentId?: string;
  readonly caseId?: string;
  /** When a stored record was completed: its read-only view says so. */
  readonly completedAt?: string;
  /**
   * Fields whose prefilled answer was kept although it is invalid (a text too long, a number
   * out of range): the user sees it with its error and can correct it, rather than lose it.
   */
  readonly invalid?: readonly string[];
}

/**
 * An answer of the right type for its input, so the user can see and correct it there. Not a
 * date: a date input shows a day that does not exist (2026-13-01) as empty, and no key clears
 * it, so the form could never be submitted; it is ignored and reported instead.
 */
function editable(field: FieldModel, value: unknown): boolean {
  if (field.kind === 'integer') return typeof value === 'number' && Number.isFinite(value);
  return field.kind === 'text' && typeof value === 'string';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses a `value` attribute. Never throws. */
export function parsePrefillAttribute(instrument: Instrument, text: string | null): Prefill {
  if (text === null || text.trim() === '') return { answers: {}, problems: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { answers: {}, problems: [{ code: 'not_json' }] };
  }
  return sanitizePrefill(instrument, parsed);
}

/**
 * Keeps every answer in the prefill that the instrument accepts and reports the rest.
 * Accepts a response envelope (`{ answers: {…} }`) or the answers alone. Never throws,
 * whatever the input; keys are only copied for known field ids, so `__proto__` and friends
 * cannot reach an object's prototype.
 */
export function sanitizePrefill(instrument: Instrument, input: unknown): Prefill {
  if (input === undefined || input === null) return { answers: {}, problems: [] };
  if (!isRecord(input)) return { answers: {}, problems: [{ code: 'not_object' }] };
  const envelope = isRecord(input.answers);
  const source = envelope ? (input.answers as Record<string, unknown>) : input;
  const fields = fieldsOf(instrument);
  const known = new Set(fields.map((f) => f.id));
  // Answers to another part of the same instrument are set aside, not reported.
  const whole = instrument.whole ? declaredShapeOf(instrument.whole) : {};
  const answers: Answers = {};
  const problems: PrefillProblem[] = [];
  const invalid: string[] = [];
  for (const key of Object.keys(source)) {
    if (!known.has(key) && !Object.prototype.hasOwnProperty.call(whole, key)) problems.push({ code: 'unknown_field', field: key });
  }
  for (const field of fields) {
    if (!Object.prototype.hasOwnProperty.call(source, field.id)) continue;
    const value = source[field.id];
    if (value === undefined || value === null || value === '') continue;
    if (field.kind === 'multiple' && Array.isArray(value)) {
      // Keep the codes we know; report the rest.
      const good = [...new Set(value.filter((code) => typeof code === 'string' && field.options.includes(code)))];
      if (good.length !== value.length) problems.push({ code: 'invalid_value', field: field.id });
      if (good.length) answers[field.id] = good;
      continue;
    }
    if (field.schema.safeParse(value).success) answers[field.id] = value;
    else if (editable(field, value)) {
      answers[field.id] = value;
      invalid.push(field.id);
    } else problems.push({ code: 'invalid_value', field: field.id, ...(field.kind === 'date' && typeof value === 'string' ? { value } : {}) });
  }
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  return {
    answers,
    problems,
    invalid,
    residentId: envelope ? str(input.residentId) : undefined,
    caseId: envelope ? str(input.caseId) : undefined,
    completedAt: envelope ? str(input.completedAt) : undefined,
  };
}
