import type { z } from './zod.js';
import type { FieldMeta, Widget } from './meta.js';
import { metaOf, type Instrument, type Section } from './instrument.js';

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

interface Def {
  type: string;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  entries?: Record<string, string>;
  format?: string;
  checks?: { _zod: { def: { check: string; value?: number; inclusive?: boolean; minimum?: number; maximum?: number } } }[];
}

const defOf = (schema: z.ZodMiniType) => schema._zod.def as unknown as Def;

function bounds(def: Def) {
  const out: { min?: number; max?: number; minLength?: number; maxLength?: number } = {};
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
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

/** Reads one field. Throws on a schema the engine cannot render: that is a programming error. */
export function fieldModel(id: string, outer: z.ZodMiniType): FieldModel {
  const meta = metaOf(outer);
  if (!meta) throw new Error(`Field "${id}" has no metadata in the form registry.`);
  let schema = outer;
  let required = true;
  while (defOf(schema).type === 'optional') {
    required = false;
    schema = defOf(schema).innerType!;
  }
  const def = defOf(schema);
  const b = bounds(def);
  let kind: FieldKind;
  let options: string[] = [];
  if (def.type === 'enum') {
    kind = 'single';
    options = Object.values(def.entries!);
  } else if (def.type === 'array' && defOf(def.element!).type === 'enum') {
    kind = 'multiple';
    options = Object.values(defOf(def.element!).entries!);
  } else if (def.type === 'number' && def.format === 'safeint') {
    kind = 'integer';
  } else if (def.type === 'string' && def.format === 'date') {
    kind = 'date';
  } else if (def.type === 'string') {
    kind = 'text';
  } else {
    throw new Error(`Field "${id}": schema type "${def.type}" has no widget.`);
  }
  if (meta.options) {
    // Display order and labels come from the metadata; every code needs a label.
    const missing = options.filter((code) => !(code in meta.options!));
    if (missing.length) throw new Error(`Field "${id}": no label for ${missing.join(', ')}.`);
    options = Object.keys(meta.options).filter((code) => options.includes(code));
  } else if (options.length) {
    throw new Error(`Field "${id}": choice field without option labels.`);
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
  let fields = cache.get(instrument);
  if (!fields) {
    fields = Object.entries(instrument.shape).map(([id, schema]) => fieldModel(id, schema));
    cache.set(instrument, fields);
  }
  return fields;
}

/** Fields grouped by section, in the instrument's section order; unsectioned fields come last. */
export function sectionsOf(instrument: Instrument): { section?: Section; fields: readonly FieldModel[] }[] {
  const fields = fieldsOf(instrument);
  const groups = (instrument.sections ?? []).map((section) => ({
    section,
    fields: fields.filter((f) => f.meta.section === section.id),
  }));
  const known = new Set(groups.map((g) => g.section.id));
  const rest = fields.filter((f) => !f.meta.section || !known.has(f.meta.section));
  return rest.length ? [...groups, { fields: rest }] : groups;
}
