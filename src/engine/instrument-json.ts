import { z } from './zod.js';
import { activeLocale } from '../localization/locale.js';
import { defineInstrument, field, type Instrument, type Rule, type Shape } from './instrument.js';
import type { Condition, Text, Widget } from './meta.js';

// An instrument as data: the codebook JSON the build writes for every built-in instrument
// (dist/codebook/<id>.json) is also a definition a form can render. A case system that cannot
// run our JavaScript at build time describes its own questionnaire in it; the built-ins read
// back from their codebook give the same fields, codes, conditions and rules
// (tests/node/instrument-json.test.js). Wording is given in every language, so it needs no
// translation table: a label reads the page's current locale each time it renders.

// Made on first use, not when the module loads: a bundle that never reads a definition (a
// drop-in of a built-in element) then drops all of it.
const makeSchema = () => {
  const text = z.record(z.string(), z.string());
  const code = z.string().check(z.regex(/^[A-Za-z0-9_]+$/));
  const condition = z.union([
    z.object({ field: z.string(), equals: z.string() }),
    z.object({ field: z.string(), includes: z.string() }),
  ]);
  return z.object({
  instrument: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
  codebookVersion: z.string().check(z.minLength(1)),
  title: text,
  parts: z.optional(z.array(z.string())),
  sections: z.optional(z.array(z.object({ id: z.string(), title: text, hint: z.optional(text) }))),
  fields: z.array(
    z.object({
      id: z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]*$/)),
      section: z.optional(z.string()),
      type: z.enum(['single', 'multiple', 'integer', 'text', 'date']),
      required: z.enum(['yes', 'no', 'when shown']),
      shownWhen: z.optional(condition),
      min: z.optional(z.number()),
      max: z.optional(z.number()),
      maxLength: z.optional(z.int().check(z.gte(1))),
      minItems: z.optional(z.int().check(z.gte(0))),
      pattern: z.optional(z.string()),
      widget: z.optional(z.enum(['radio', 'checkbox', 'integer', 'text', 'textarea', 'date'])),
      question: text,
      hint: z.optional(text),
      options: z.optional(z.array(z.object({ code, label: text }))),
    }),
  ).check(z.minLength(1)),
  rules: z.optional(
    z.array(
      z.union([
        z.object({ kind: z.literal('dateOrder'), start: z.string(), end: z.string() }),
        z.object({ kind: z.literal('exclusive'), field: z.string(), code: z.string() }),
      ]),
    ),
  ),
  });
};
let definitionSchema: ReturnType<typeof makeSchema> | undefined;

export type InstrumentJson = z.infer<ReturnType<typeof makeSchema>>;

/** What is wrong with a definition, as data: where (a JSON path) and what. The form words it. */
export interface DefinitionProblem {
  readonly path: string;
  readonly problem: 'invalid' | 'unknown_field' | 'no_options' | 'duplicate_id' | 'bad_pattern' | 'unknown_section';
}

export type InstrumentFromJson =
  | { readonly instrument: Instrument; readonly problems?: undefined }
  | { readonly instrument?: undefined; readonly problems: readonly DefinitionProblem[] };

/** The wording in the page's current language, else in the first language given. */
const wording = (t: Record<string, string>): Text => () => t[activeLocale()] ?? Object.values(t)[0] ?? '';

function fieldSchema(f: InstrumentJson['fields'][number]): z.ZodMiniType {
  const codes = (f.options ?? []).map((o) => o.code) as [string, ...string[]];
  let schema: z.ZodMiniType;
  switch (f.type) {
    case 'single':
      schema = z.enum(codes);
      break;
    case 'multiple':
      schema = z.array(z.enum(codes)).check(z.minLength(f.minItems ?? 1));
      break;
    case 'integer':
      schema = z.int().check(...(f.min !== undefined ? [z.gte(f.min)] : []), ...(f.max !== undefined ? [z.lte(f.max)] : []));
      break;
    case 'date':
      schema = z.iso.date();
      break;
    default:
      schema = z.string().check(
        ...(f.maxLength !== undefined ? [z.maxLength(f.maxLength)] : []),
        ...(f.pattern !== undefined ? [z.regex(new RegExp(f.pattern))] : []),
      );
  }
  return f.required === 'yes' ? schema : z.optional(schema);
}

/** Problems a well-formed definition can still have: references to fields, sections and codes that are not there. */
function consistencyProblems(d: InstrumentJson): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const ids = new Set<string>();
  const sections = new Set((d.sections ?? []).map((s) => s.id));
  d.fields.forEach((f, i) => {
    if (ids.has(f.id)) problems.push({ path: `fields[${i}].id`, problem: 'duplicate_id' });
    ids.add(f.id);
    if ((f.type === 'single' || f.type === 'multiple') && !f.options?.length) problems.push({ path: `fields[${i}].options`, problem: 'no_options' });
    if (f.section !== undefined && sections.size && !sections.has(f.section)) problems.push({ path: `fields[${i}].section`, problem: 'unknown_section' });
    if (f.pattern !== undefined) {
      try {
        new RegExp(f.pattern);
      } catch {
        problems.push({ path: `fields[${i}].pattern`, problem: 'bad_pattern' });
      }
    }
  });
  d.fields.forEach((f, i) => {
    if (f.shownWhen && !ids.has(f.shownWhen.field)) problems.push({ path: `fields[${i}].shownWhen.field`, problem: 'unknown_field' });
  });
  (d.rules ?? []).forEach((r, i) => {
    for (const key of r.kind === 'dateOrder' ? (['start', 'end'] as const) : (['field'] as const)) {
      if (!ids.has((r as Record<string, string>)[key])) problems.push({ path: `rules[${i}].${key}`, problem: 'unknown_field' });
    }
  });
  return problems;
}

/**
 * Reads an instrument from its definition as data (the codebook JSON format). Never throws on
 * bad input: a definition that is not one gives its problems instead, for the form to word.
 */
export function instrumentFromJson(json: unknown): InstrumentFromJson {
  const parsed = (definitionSchema ??= makeSchema()).safeParse(json);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => ({ path: issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, ''), problem: 'invalid' as const })) };
  }
  const d = parsed.data;
  const problems = consistencyProblems(d);
  if (problems.length) return { problems };
  const shape: Shape = {};
  for (const f of d.fields) {
    const options = f.options && Object.fromEntries(f.options.map((o) => [o.code, wording(o.label)]));
    shape[f.id] = field(fieldSchema(f), {
      label: wording(f.question),
      ...(f.hint ? { hint: wording(f.hint) } : {}),
      ...(options ? { options } : {}),
      ...(f.widget ? { widget: f.widget as Widget } : {}),
      ...(f.section !== undefined ? { section: f.section } : {}),
      ...(f.shownWhen ? { when: f.shownWhen as Condition } : {}),
      ...(f.required === 'when shown' ? { requiredWhenShown: true } : {}),
    });
  }
  return {
    instrument: defineInstrument({
      id: d.instrument,
      codebookVersion: d.codebookVersion,
      title: wording(d.title),
      sections: (d.sections ?? []).map((s) => ({ id: s.id, title: wording(s.title), ...(s.hint ? { hint: wording(s.hint) } : {}) })),
      shape,
      rules: (d.rules ?? []) as Rule[],
      ...(d.parts ? { parts: d.parts } : {}),
    }),
  };
}
