import { conditionHolds, isEmpty, type Answers, type Instrument, type RuleIssue } from './instrument.js';
import { fieldsOf, type FieldModel } from './field-model.js';

export type ErrorCode =
  | RuleIssue
  | 'invalid_option'
  /** Not a whole number within the field's bounds (`params.min`, `params.max`). */
  | 'integer'
  | 'too_long'
  | 'invalid_date'
  /** A text that does not have the field's format (a postcode of four digits, say). */
  | 'invalid_format'
  /** A field's own custom check: its `params.rule`, worded by the field's `messages`. */
  | (string & {});

/** A validation error as data: the form words it at render time, in the current language. */
export interface FieldError {
  readonly field: string;
  readonly code: ErrorCode;
  readonly params?: Readonly<Record<string, unknown>>;
}

export function isShown(field: FieldModel, answers: Answers): boolean {
  return !field.meta.when || conditionHolds(field.meta.when, answers);
}

/**
 * The answers as they will be stored: empty answers removed, answers to hidden fields
 * dropped, and only the instrument's own fields kept.
 */
export function storedAnswers(instrument: Instrument, answers: Answers): Answers {
  const out: Answers = {};
  for (const field of fieldsOf(instrument)) {
    const value = answers[field.id];
    if (!isEmpty(value)) out[field.id] = value;
  }
  for (const field of fieldsOf(instrument)) {
    if (!isShown(field, out)) delete out[field.id];
  }
  return out;
}

/** The parts of a zod issue the engine reads. */
interface Issue {
  code: string;
  path: PropertyKey[];
  params?: Record<string, unknown>;
}

function codeFor(field: FieldModel, issue: Issue): FieldError {
  const id = field.id;
  if (issue.code === 'custom') {
    const { rule, ...params } = issue.params ?? {};
    return { field: id, code: rule as RuleIssue, params };
  }
  switch (field.kind) {
    case 'integer':
      return { field: id, code: 'integer', params: { min: field.min, max: field.max } };
    case 'date':
      return { field: id, code: 'invalid_date' };
    case 'text':
      if (issue.code === 'too_big') return { field: id, code: 'too_long', params: { max: field.maxLength } };
      return { field: id, code: issue.code === 'invalid_format' ? 'invalid_format' : 'required' };
    case 'multiple':
      return { field: id, code: issue.code === 'too_small' ? 'required' : 'invalid_option' };
    default:
      return { field: id, code: 'invalid_option' };
  }
}

/** Validates the answers by the instrument's schema; at most one error per field, in field order. */
export function validate(instrument: Instrument, answers: Answers): FieldError[] {
  const stored = storedAnswers(instrument, answers);
  const fields = fieldsOf(instrument);
  const byField = new Map<string, FieldError>();
  for (const field of fields) {
    if (field.required && isEmpty(stored[field.id])) byField.set(field.id, { field: field.id, code: 'required' });
  }
  const result = instrument.schema.safeParse(stored);
  if (!result.success) {
    for (const issue of result.error.issues as unknown as Issue[]) {
      const field = fields.find((f) => f.id === issue.path[0]);
      if (field && !byField.has(field.id)) byField.set(field.id, codeFor(field, issue));
    }
  }
  return fields.flatMap((f) => byField.get(f.id) ?? []);
}
