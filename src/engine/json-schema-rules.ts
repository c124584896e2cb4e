import { declaredShapeOf, metaOf, type Instrument } from './instrument.js';
import type { Condition } from './meta.js';

/** A fragment of JSON Schema (2020-12), as plain data. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** What `isEmpty` calls empty: the value of a field that is not answered. */
const empty: JsonSchema = { anyOf: [{ const: '' }, { const: null }, { type: 'array', maxItems: 0 }] };

const holds = (c: Condition): JsonSchema => ({
  required: [c.field],
  properties: { [c.field]: 'equals' in c ? { const: c.equals } : { type: 'array', contains: { const: c.includes } } },
});

/**
 * The instrument's conditions and cross-field rules as JSON Schema, for the `answers` object of
 * its envelope: `allOf` holds what JSON Schema can say (a field required while it is shown, a
 * field left empty while it is hidden, a code that excludes the others), `$comment` what it
 * cannot (two dates in order). Derived from the same declarations as the Zod schema's checks
 * (`when`, `requiredWhenShown`, `rules`), so the published schema and the library agree;
 * tests/node/json-schema-rules.test.js holds them to it.
 */
export function answerRules(instrument: Instrument): { allOf?: JsonSchema[]; $comment?: string } {
  const allOf: JsonSchema[] = [];
  for (const [id, declared] of Object.entries(declaredShapeOf(instrument))) {
    const meta = metaOf(declared);
    if (!meta?.when) continue;
    allOf.push({
      if: holds(meta.when),
      ...(meta.requiredWhenShown ? { then: { required: [id], properties: { [id]: { not: empty } } } } : {}),
      else: { properties: { [id]: empty } },
    });
  }
  const unsayable: string[] = [];
  for (const rule of instrument.rules ?? []) {
    if (rule.kind === 'exclusive') {
      allOf.push({
        if: holds({ field: rule.field, includes: rule.code }),
        then: { properties: { [rule.field]: { type: 'array', maxItems: 1 } } },
      });
    } else {
      unsayable.push(`"${rule.end}" is not before "${rule.start}"`);
    }
  }
  return {
    ...(allOf.length ? { allOf } : {}),
    ...(unsayable.length
      ? { $comment: `Also, which JSON Schema cannot say (the library's Zod schema checks it): ${unsayable.join('; ')}.` }
      : {}),
  };
}
