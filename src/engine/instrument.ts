import { z } from './zod.js';
import { fieldMeta, type Condition, type FieldMeta, type Text } from './meta.js';

/** Cross-field rules, declared as data so the codebook can publish them too. */
export type Rule =
  /** `end` may not be before `start` (ISO dates compare as strings). */
  | { readonly kind: 'dateOrder'; readonly start: string; readonly end: string }
  /** `code` in the multiple-choice `field` cannot be combined with other codes. */
  | { readonly kind: 'exclusive'; readonly field: string; readonly code: string };

export interface Section {
  readonly id: string;
  readonly title: Text;
  readonly hint?: Text;
}

export type Shape = Record<string, z.ZodMiniType>;

/** Whom a response is about, named in its envelope: a resident (`residentId`) or the organisation itself (`organisationId`). */
export type Subject = 'resident' | 'organisation';

/**
 * Rows of the same fields, repeated (the actions of a plan, say): an answer that is a list of
 * objects, kept in order. Made with `group` (engine/groups.ts), so an instrument without any
 * does not bundle what builds their schema.
 */
export interface Group {
  readonly label: Text;
  readonly hint?: Text;
  readonly section?: string;
  /** Each row's fields, declared with `field` like an instrument's. */
  readonly shape: Shape;
  /** At most this many rows. */
  readonly max: number;
  /** The answer's schema: optional, at most `max` rows, each strict. */
  readonly schema: z.ZodMiniType;
}
export type Answers = Record<string, unknown>;

export interface InstrumentDefinition<S extends Shape> {
  /** Stable instrument id, stored in every envelope. */
  readonly id: string;
  readonly codebookVersion: string;
  readonly title: Text;
  readonly sections?: readonly Section[];
  readonly shape: S;
  /** Repeated rows, by answer id: validated by the schema; not in the form's field list. */
  readonly groups?: Readonly<Record<string, Group>>;
  /** Whom the envelope names: a resident unless said otherwise. */
  readonly subject?: Subject;
  readonly rules?: readonly Rule[];
  /** Answers a new, empty form starts with (today's date, say). */
  readonly defaults?: () => Answers;
  /**
   * Sections filled in separately, by different people, each validated and submitted on its
   * own (see `partOf`). A section id each.
   */
  readonly parts?: readonly string[];
}

export interface Instrument<S extends Shape = Shape> extends InstrumentDefinition<S> {
  /** Validates the answers: field schemas plus conditions and cross-field rules. */
  readonly schema: z.ZodMiniType<z.infer<z.ZodMiniObject<S>>>;
  /** Set on one part of an instrument (see `partOf`): its section id, stored in the envelope. */
  readonly part?: string;
  /** On a part: the whole instrument it belongs to. */
  readonly whole?: Instrument;
}

/** Custom issue ids the engine raises; the form turns them into localized messages. */
export type RuleIssue = 'required' | 'not_applicable' | 'date_order' | 'exclusive';

export function conditionHolds(condition: Condition, answers: Answers): boolean {
  const value = answers[condition.field];
  if ('equals' in condition) return value === condition.equals;
  return Array.isArray(value) && value.includes(condition.includes);
}

export function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

export function metaOf(schema: z.ZodMiniType): FieldMeta | undefined {
  return fieldMeta.get(schema);
}

/** Registers a field's metadata and returns the schema, so a shape reads as a list of fields. */
export function field<T extends z.ZodMiniType>(schema: T, meta: FieldMeta): T {
  fieldMeta.add(schema, meta);
  return schema;
}

/**
 * The instrument's fields as declared, without its groups' rows (which `shape` holds after
 * them): what the field model, validation and prefill read.
 */
export function declaredShapeOf(instrument: Instrument): Shape {
  return made.get(instrument)?.declared ?? instrument.shape;
}

/** What a condition or a cross-field rule found wrong with the answers: a custom issue of the schema. */
export interface RuleProblem {
  readonly field: string;
  readonly rule: RuleIssue;
  readonly params: Readonly<Record<string, unknown>>;
}

/** The checks an instrument's schema runs beside its fields' own, as a plain function. */
type OwnChecks = (answers: Answers) => RuleProblem[];

/** What `defineInstrument` knows of the instruments it made, kept beside them. */
const made = new WeakMap<object, { readonly declared: Shape; readonly check: OwnChecks }>();

/**
 * The conditions and cross-field rules of an instrument as a function, when its schema is the
 * one `defineInstrument` builds: then the schema's verdict is each field's own plus these, and
 * the form can check answers field by field (see `validate`) without the object schema.
 * Undefined for an instrument made some other way (a copy made by spreading one, say).
 */
export function ownChecksOf(instrument: Instrument): OwnChecks | undefined {
  return made.get(instrument)?.check;
}

function ownChecks(shape: Shape, rules: readonly Rule[]): OwnChecks {
  const conditional = Object.entries(shape).flatMap(([id, schema]) => {
    const meta = metaOf(schema);
    return meta?.when ? [{ id, when: meta.when, required: meta.requiredWhenShown === true }] : [];
  });
  return (answers) => {
    const problems: RuleProblem[] = [];
    const problem = (field: string, rule: RuleIssue, params: Record<string, unknown> = {}) => problems.push({ field, rule, params });
    for (const c of conditional) {
      const shown = conditionHolds(c.when, answers);
      if (shown && c.required && isEmpty(answers[c.id])) problem(c.id, 'required');
      if (!shown && !isEmpty(answers[c.id])) problem(c.id, 'not_applicable');
    }
    for (const rule of rules) {
      if (rule.kind === 'dateOrder') {
        const start = answers[rule.start];
        const end = answers[rule.end];
        if (typeof start === 'string' && typeof end === 'string' && end < start) problem(rule.end, 'date_order', { start: rule.start });
      } else {
        const chosen = answers[rule.field];
        if (Array.isArray(chosen) && chosen.length > 1 && chosen.includes(rule.code)) problem(rule.field, 'exclusive', { code: rule.code });
      }
    }
    return problems;
  };
}

/**
 * Builds an instrument: an object schema of its fields, checked for conditional fields and
 * cross-field rules. The same schema validates in the browser and on a server.
 *
 * The schema is built on first use: the form checks answers field by field (see `validate`),
 * so a page with a form never builds it, and the zod object and its checks take no memory there.
 */
export function defineInstrument<S extends Shape>(definition: InstrumentDefinition<S>): Instrument<S> {
  const declared = definition.shape;
  const check = ownChecks(declared, definition.rules ?? []);
  let shape: S | undefined;
  let schema: Instrument<S>['schema'] | undefined;
  const instrument: Instrument<S> = {
    ...definition,
    get shape() {
      return (shape ??= Object.fromEntries([
        ...Object.entries(declared),
        // Repeated rows after the fields: their answers' schemas, made by `group`.
        ...Object.entries(definition.groups ?? {}).map(([id, g]) => [id, g.schema]),
      ]) as S);
    },
    get schema() {
      schema ??= z.object(instrument.shape).check(
        z.superRefine((answers: Answers, ctx) => {
          for (const p of check(answers)) {
            ctx.addIssue({ code: 'custom', path: [p.field], message: p.rule, params: { rule: p.rule, ...p.params }, input: answers[p.field] });
          }
          // Also while other fields are still invalid, so every error shows on the first submit.
        }, { when: (payload) => typeof payload.value === 'object' && payload.value !== null }),
      ) as unknown as Instrument<S>['schema'];
      return schema;
    },
  };
  made.set(instrument, { declared, check });
  return instrument;
}
