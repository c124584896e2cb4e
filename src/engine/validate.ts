import { conditionHolds, isEmpty, ownChecksOf, type Answers, type Instrument, type RuleIssue } from './instrument.js';
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
  const fields = fieldsOf(instrument);
  fields.forEach((field) => {
    if (!isEmpty(answers[field.id])) out[field.id] = answers[field.id];
  });
  fields.forEach((field) => {
    if (!isShown(field, out)) delete out[field.id];
  });
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

/**
 * Validates the answers by the instrument's schema; at most one error per field, in field order.
 *
 * An instrument made by `defineInstrument` is checked field by field, each answer with its own
 * schema, then its conditions and rules, as long as that gives the object schema's verdict (see
 * `check`): a form's answers are mostly valid, and the object schema with its issue machinery,
 * run on every render, was a large share of the page's heap.
 */
export function validate(instrument: Instrument, answers: Answers): FieldError[] {
  const fields = fieldsOf(instrument);
  const last = lastResult.get(instrument);
  if (last && fields.every((f, i) => same(answers[f.id], last.values[i]))) return structuredClone(last.errors) as FieldError[];
  const errors = check(instrument, storedAnswers(instrument, answers));
  const copies = fields.map(({ id }) => {
    const v = answers[id];
    return isPlain(v) ? v : Array.isArray(v) && v.every(isPlain) ? [...v] : notPlain;
  });
  if (!copies.includes(notPlain)) {
    try {
      lastResult.set(instrument, { values: copies, errors: structuredClone(errors) });
    } catch {
      // A custom check's params that cannot be copied: not remembered.
    }
  }
  return errors;
}

/**
 * The last verdict per instrument, with a copy of the answers it was given for. The form asks
 * for its errors several times per render (progress, error summary, messages, form validity)
 * with the same answers: they are worked out once. Answers are compared by value, so answers
 * changed in place never get an old verdict; answers that are not plain values or arrays of
 * them are not remembered. Each caller gets its own copy of the errors.
 */
const lastResult = new WeakMap<Instrument, { readonly values: readonly unknown[]; readonly errors: readonly FieldError[] }>();
const notPlain = Symbol();
const isPlain = (v: unknown) => v === null || (typeof v !== 'object' && typeof v !== 'function');
// The copies are never the caller's arrays: an array is the same when its codes are.
const same = (a: unknown, b: unknown) => Object.is(a, b) || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => Object.is(v, b[i])));

function check(instrument: Instrument, stored: Answers): FieldError[] {
  const fields = fieldsOf(instrument);
  const byField = new Map<string, FieldError>();
  for (const field of fields) {
    if (field.required && isEmpty(stored[field.id])) byField.set(field.id, { field: field.id, code: 'required' });
  }
  // While every answer given passes its own field's schema, the
  // object schema would report just its conditions and rules: those, without running it. An
  // answer that fails may stop the object schema's checks (zod's aborting issues): then the
  // object schema itself, so the verdict is always the same.
  const own = ownChecksOf(instrument);
  const issues: Issue[] =
    own && fields.every((f) => !Object.hasOwn(stored, f.id) || f.schema.safeParse(stored[f.id]).success)
      ? own(stored).map((p) => ({ code: 'custom', path: [p.field], params: { rule: p.rule, ...p.params } }))
      : ((instrument.schema.safeParse(stored).error?.issues ?? []) as unknown as Issue[]);
  for (const issue of issues) {
    const field = fields.find((f) => f.id === issue.path[0]);
    if (field && !byField.has(field.id)) byField.set(field.id, codeFor(field, issue));
  }
  return fields.flatMap((f) => byField.get(f.id) ?? []);
}
