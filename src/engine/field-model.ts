import type { z } from './zod.js';
import type { FieldMeta, Widget } from './meta.js';
import { declaredShapeOf, metaOf, type Instrument, type Section } from './instrument.js';

/** A check of a schema as the form reads it: what bounds a number, a text or a list. */
interface CheckPlan {
  readonly check: string;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
}

/** What the form reads of a zod schema's def: its type and format, an enum's codes, what an optional or an array wraps, its checks. */
interface Def {
  readonly type: string;
  readonly format?: string;
  readonly entries?: Record<string, string>;
  readonly innerType?: z.ZodMiniType;
  readonly element?: z.ZodMiniType;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckPlan } }[];
}

const defOf = (schema: z.ZodMiniType) => schema._zod.def as unknown as Def;

export type FieldKind = 'single' | 'multiple' | 'integer' | 'text' | 'date';

/** What the form needs to know about one field, read from its schema and metadata. */
export interface FieldModel {
  readonly id: string;
  readonly kind: FieldKind;
  readonly widget: Widget;
  /** Required in the schema. A conditional field is optional here and `meta.requiredWhenShown`. */
  readonly required: boolean;
  /** Answer codes, in order, for single and multiple choice. */
  readonly options: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly meta: FieldMeta;
  /** The field's schema without its optional wrapper: validates one answer. */
  readonly schema: z.ZodMiniType;
}

function bounds(def: Def) {
  const out: { min?: number; max?: number; minLength?: number; maxLength?: number } = {};
  for (const { _zod } of def.checks ?? []) {
    const c = _zod.def;
    if (c.check === 'greater_than' && c.value !== undefined) out.min = c.inclusive ? c.value : c.value + 1;
    if (c.check === 'less_than' && c.value !== undefined) out.max = c.inclusive ? c.value : c.value - 1;
    if (c.check === 'min_length') out.minLength = c.minimum;
    if (c.check === 'max_length') out.maxLength = c.maximum;
  }
  return out;
}


const defaultWidget: Record<FieldKind, Widget> = {
  single: 'radio',
  multiple: 'checkbox',
  integer: 'integer',
  text: 'text',
  date: 'date',
};

/** A field's kind by its def (optional wrappers removed); undefined for one the form cannot render. */
function kindOf(def: Def): FieldKind | undefined {
  if (def.type === 'enum') return 'single';
  if (def.type === 'array' && defOf(def.element!).type === 'enum') return 'multiple';
  if (def.type === 'number') return def.format === 'safeint' ? 'integer' : undefined;
  if (def.type === 'string') return def.format === 'date' ? 'date' : 'text';
}

/** A schema the engine cannot render is a programming error. */
function unrenderable(message: string): never {
  throw new Error(message);
}

/** Reads one field from its zod schema and metadata. Throws on a schema the engine cannot render. */
export function fieldModel(id: string, declared: z.ZodMiniType): FieldModel {
  const meta = metaOf(declared) ?? unrenderable(`Field "${id}" has no metadata in the form registry.`);
  let schema = declared;
  let required = true;
  while (defOf(schema).type === 'optional') {
    required = false;
    schema = defOf(schema).innerType!;
  }
  const def = defOf(schema);
  // Bounds come from checks: a choice has none, and most fields are choices.
  const b = def.checks?.length ? bounds(def) : {};
  const kind = kindOf(def) ?? unrenderable(`Field "${id}": schema type "${def.type}" has no widget.`);
  const entries = kind === 'single' ? def.entries : kind === 'multiple' ? defOf(def.element!).entries : undefined;
  const codes = entries ? Object.values(entries) : [];
  let options: readonly string[] = [];
  if (meta.options) {
    // Display order and labels come from the metadata; every code needs a label. (A built-in
    // predicate: this runs for every option of every field as a form first renders.)
    options = Object.keys(meta.options).filter(Set.prototype.has, new Set(codes));
    if (options.length < codes.length) unrenderable(`Field "${id}": no label for ${codes.filter((c) => !options.includes(c)).join(', ')}.`);
  } else if (codes.length) {
    unrenderable(`Field "${id}": choice field without option labels.`);
  }
  return {
    id,
    kind,
    widget: meta.widget ?? defaultWidget[kind],
    required,
    options,
    min: b.min,
    max: b.max,
    maxLength: b.maxLength,
    minItems: b.minLength,
    meta,
    schema,
  };
}

const cache = new WeakMap<Instrument, readonly FieldModel[]>();

export function fieldsOf(instrument: Instrument): readonly FieldModel[] {
  return cache.get(instrument) ?? modelled(instrument);
}

function modelled(instrument: Instrument): readonly FieldModel[] {
  const fields = Object.entries(declaredShapeOf(instrument)).map(([id, declared]) => fieldModel(id, declared));
  cache.set(instrument, fields);
  return fields;
}

type SectionGroup = { readonly section?: Section; readonly fields: readonly FieldModel[] };
const sectionCache = new WeakMap<Instrument, readonly SectionGroup[]>();

/**
 * Fields grouped by section, in the instrument's section order; unsectioned fields come last.
 * Worked out once per instrument, like its fields: a form asks on every render.
 */
export function sectionsOf(instrument: Instrument): readonly SectionGroup[] {
  let groups = sectionCache.get(instrument);
  if (!groups) {
    const fields = fieldsOf(instrument);
    const bySection = (instrument.sections ?? []).map((section) => ({
      section,
      fields: fields.filter((f) => f.meta.section === section.id),
    }));
    const known = new Set(bySection.map((g) => g.section.id));
    const rest = fields.filter((f) => !f.meta.section || !known.has(f.meta.section));
    groups = rest.length ? [...bySection, { fields: rest }] : bySection;
    sectionCache.set(instrument, groups);
  }
  return groups;
}
