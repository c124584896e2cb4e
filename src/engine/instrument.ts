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
export type Answers = Record<string, unknown>;

export interface InstrumentDefinition<S extends Shape> {
  /** Stable instrument id, stored in every envelope. */
  readonly id: string;
  readonly codebookVersion: string;
  readonly title: Text;
  readonly sections?: readonly Section[];
  readonly shape: S;
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

function ruleIssue(ctx: z.core.$RefinementCtx<Answers>, path: string, rule: RuleIssue, params: Record<string, unknown> = {}) {
  ctx.addIssue({ code: 'custom', path: [path], message: rule, params: { rule, ...params }, input: ctx.value[path] });
}

/**
 * Builds an instrument: an object schema of its fields, checked for conditional fields and
 * cross-field rules. The same schema validates in the browser and on a server.
 */
export function defineInstrument<S extends Shape>(definition: InstrumentDefinition<S>): Instrument<S> {
  const conditional = Object.entries(definition.shape).flatMap(([id, schema]) => {
    const meta = metaOf(schema);
    return meta?.when ? [{ id, when: meta.when, required: meta.requiredWhenShown === true }] : [];
  });
  const rules = definition.rules ?? [];
  const schema = z.object(definition.shape).check(
    z.superRefine((answers: Answers, ctx) => {
      for (const c of conditional) {
        const shown = conditionHolds(c.when, answers);
        if (shown && c.required && isEmpty(answers[c.id])) ruleIssue(ctx, c.id, 'required');
        if (!shown && !isEmpty(answers[c.id])) ruleIssue(ctx, c.id, 'not_applicable');
      }
      for (const rule of rules) {
        if (rule.kind === 'dateOrder') {
          const start = answers[rule.start];
          const end = answers[rule.end];
          if (typeof start === 'string' && typeof end === 'string' && end < start) {
            ruleIssue(ctx, rule.end, 'date_order', { start: rule.start });
          }
        } else {
          const chosen = answers[rule.field];
          if (Array.isArray(chosen) && chosen.length > 1 && chosen.includes(rule.code)) {
            ruleIssue(ctx, rule.field, 'exclusive', { code: rule.code });
          }
        }
      }
      // Also while other fields are still invalid, so every error shows on the first submit.
    }, { when: (payload) => typeof payload.value === 'object' && payload.value !== null }),
  );
  return { ...definition, schema: schema as unknown as Instrument<S>['schema'] };
}
