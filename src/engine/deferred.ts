import type { z } from './zod.js';
import { fieldMeta, type FieldMeta } from './meta.js';

/** A check of a schema as the form reads it: what bounds a number, a text or a list. */
export interface CheckPlan {
  readonly check: string;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
}

/**
 * What the form reads from a field's zod schema: the def's type and format, an enum's answer
 * codes, the schema an optional or an array wraps, and the checks that bound it.
 */
export interface SchemaPlan {
  readonly type: string;
  readonly format?: string;
  readonly entries?: readonly string[];
  /** An optional's inner schema; an array's element. */
  readonly of?: SchemaPlan;
  readonly checks?: readonly CheckPlan[];
}

interface Def {
  type: string;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  entries?: Record<string, string>;
  format?: string;
  checks?: { _zod: { def: CheckPlan } }[];
}

/** The plan of a built schema. */
export function planOf(schema: z.ZodMiniType): SchemaPlan {
  const def = schema._zod.def as unknown as Def;
  const of = def.type === 'optional' ? def.innerType : def.type === 'array' ? def.element : undefined;
  return {
    type: def.type,
    format: def.format,
    entries: def.type === 'enum' ? Object.values(def.entries!) : undefined,
    of: of && planOf(of),
    checks: def.checks?.map((c) => c._zod.def),
  };
}

/**
 * A field's zod schema, built the first time something needs it: an answer to check, the
 * instrument's `shape` or `schema`. The form reads the field's kind, options and bounds from
 * the plan instead, so a page with a form builds the schemas of the answers given only, not
 * the instrument's every field with zod's per-schema machinery (a large share of the page's
 * heap). The plan must describe the schema `build` makes; tests/node/deferred.test.js holds
 * every instrument to that.
 */
export class DeferredSchema<T extends z.ZodMiniType = z.ZodMiniType> {
  readonly plan: SchemaPlan;
  /** The field's metadata, set by `field()`: registered with the schema once it is built. */
  meta?: FieldMeta;
  #build: () => T;
  #schema: T | undefined;

  constructor(build: () => T, plan: SchemaPlan) {
    this.#build = build;
    this.plan = plan;
  }

  get(): T {
    if (!this.#schema) {
      this.#schema = this.#build();
      if (this.meta) fieldMeta.add(this.#schema, this.meta);
    }
    return this.#schema;
  }
}

/** A field schema built on first use; `plan` says what it will be (see DeferredSchema). */
export function deferred<T extends z.ZodMiniType>(build: () => T, plan: SchemaPlan): DeferredSchema<T> {
  return new DeferredSchema(build, plan);
}
