import { fieldsOf } from '../engine/field-model.js';
import type { Instrument } from '../engine/instrument.js';
import type { InstrumentRegistry } from './dataset.js';
import { counsellingTypeKeys, type CounsellingTypeKey, type Distribution } from './types.js';

// The answer distribution of every choice question of an instrument, over the records of a period.

/** A session, course or evaluation: what a distribution counts. */
export interface Answered {
  readonly response: { readonly answers: Record<string, unknown> };
  readonly resident: number;
  readonly counsellingType?: string;
}

/** The instrument registered for an id, or for its parts (`evaluation:advisor`, `evaluation:resident`). */
export function instrumentsFor(registry: InstrumentRegistry, id: string): Instrument[] {
  const whole = registry.get(id);
  if (whole) return [whole];
  return [...registry.entries()].filter(([key]) => key.startsWith(`${id}:`)).map(([, i]) => i);
}

export function distributionsOf(
  instrument: Instrument,
  id: string,
  records: readonly Answered[],
  typeOf: (type: string | undefined, resident: number) => CounsellingTypeKey,
): Distribution[] {
  const fields = fieldsOf(instrument).filter((f) => f.kind === 'single' || f.kind === 'multiple');
  const typeKeys: CounsellingTypeKey[] = [...counsellingTypeKeys, 'unknown'];
  const typeIndex = new Map<string, number>(typeKeys.map((t, i) => [t, i]));
  // Counted in flat arrays by code index, not in objects keyed by code: a report over 100k
  // responses does millions of these increments.
  const acc = fields.map((f) => ({
    field: f,
    index: new Map(f.options.map((code, i) => [code, i])),
    /** counts[type * options + code]; respondents[type] */
    counts: new Float64Array(typeKeys.length * f.options.length),
    respondents: new Float64Array(typeKeys.length),
  }));
  for (const record of records) {
    const answers = record.response.answers;
    const type = typeIndex.get(typeOf(record.counsellingType, record.resident))!;
    for (const a of acc) {
      const value = answers[a.field.id];
      if (value === undefined) continue;
      const base = type * a.field.options.length;
      let any = false;
      if (typeof value === 'string') {
        const i = a.index.get(value);
        if (i !== undefined) {
          a.counts[base + i]++;
          any = true;
        }
      } else if (Array.isArray(value)) {
        for (const code of value) {
          const i = typeof code === 'string' ? a.index.get(code) : undefined;
          if (i !== undefined) {
            a.counts[base + i]++;
            any = true;
          }
        }
      }
      if (any) a.respondents[type]++;
    }
  }
  return acc.map((a) => {
    const n = a.field.options.length;
    const countsOf = (types: number[]) =>
      Object.fromEntries(a.field.options.map((code, i) => [code, types.reduce((sum, t) => sum + a.counts[t * n + i], 0)]));
    const all = typeKeys.map((_, t) => t);
    return {
      instrument: id,
      field: a.field.id,
      kind: a.field.kind as 'single' | 'multiple',
      options: a.field.options,
      respondents: all.reduce((sum, t) => sum + a.respondents[t], 0),
      counts: countsOf(all),
      byCounsellingType: Object.fromEntries(
        typeKeys.map((key, t) => [key, { respondents: a.respondents[t], counts: countsOf([t]) }]),
      ) as Distribution['byCounsellingType'],
    };
  });
}
