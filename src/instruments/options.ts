import { msg } from '@lit/localize';
import '../generated/messages/instruments-options.js';
import { z } from '../engine/zod.js';
import type { FieldMeta, Text } from '../engine/meta.js';
import { field } from '../engine/instrument.js';
import { dontKnow } from './wording.js';

/**
 * Answer options shared by several instruments. Each is a function so every field gets its
 * own schema instance: metadata is registered per schema.
 */
export type Options<K extends string> = Readonly<Record<K, Text>>;

export function choice<K extends string>(options: Options<K>) {
  return z.enum(Object.keys(options) as [K, ...K[]]);
}

export function choices<K extends string>(options: Options<K>, min = 1) {
  return z.array(choice(options)).check(z.minLength(min));
}

/** A field's metadata but its options, which a choice field takes from its option table. */
type ChoiceMeta = Omit<FieldMeta, 'options'>;

/** A single-choice field: its codes and their labels come from one option table, named once. */
export const single = <K extends string>(options: Options<K>, meta: ChoiceMeta) => field(choice(options), { ...meta, options });

/** A multiple-choice field of at least one code; `optional` for one that may be left out (a conditional one). */
export const multiple = <K extends string>(options: Options<K>, meta: ChoiceMeta, { optional = false } = {}) =>
  optional ? field(z.optional(choices(options)), { ...meta, options }) : field(choices(options), { ...meta, options });

export const counsellingTypes = {
  type2: () => msg('Enkeltstående vejledning', { id: 'counsellingType.type2' }),
  type3: () => msg('Økonomisk rådgivning', { id: 'counsellingType.type3' }),
  type4: () => msg('Gældsrådgivning', { id: 'counsellingType.type4' }),
} as const;

export const degreeScale = {
  high: () => msg('Ja, i høj grad', { id: 'scale.degree.high' }),
  some: () => msg('Ja, i nogen grad', { id: 'scale.degree.some' }),
  low: () => msg('Kun i mindre grad', { id: 'scale.degree.low' }),
  none: () => msg('Nej, slet ikke', { id: 'scale.degree.none' }),
  dont_know: dontKnow,
} as const;

export const ratingScale = {
  very_good: () => msg('Meget god', { id: 'scale.rating.veryGood' }),
  good: () => msg('God', { id: 'scale.rating.good' }),
  neutral: () => msg('Hverken god eller dårlig', { id: 'scale.rating.neutral' }),
  poor: () => msg('Dårlig', { id: 'scale.rating.poor' }),
  very_poor: () => msg('Meget dårlig', { id: 'scale.rating.veryPoor' }),
  dont_know: dontKnow,
} as const;

/** Today's date in the user's own time zone, as an ISO date. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
