import { z } from './zod.js';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import type { Instrument } from './instrument.js';
import { partOf } from './parts.js';
import { completedAtSchema, organisationIdSchema, residentIdSchema } from './envelope-rules.js';

/**
 * The schema of a whole response envelope for an instrument: what a server checks before it
 * stores one, and what the published JSON Schema is made from. An instrument filled in in parts
 * takes an envelope of any one part, told apart by `part`. Strict: an unknown key, in the
 * envelope or among the answers (a misspelt field id, say), is an error, not silently dropped.
 */
export function responseSchema(instrument: Instrument): z.ZodMiniType {
  if (instrument.parts?.length && !instrument.part) {
    const parts = instrument.parts.map((p) => responseSchema(partOf(instrument, p)));
    return z.union(parts as [z.ZodMiniType, ...z.ZodMiniType[]]);
  }
  // The instrument's own checks (conditions, cross-field rules), on a strict copy of its object.
  const checks = ((instrument.schema._zod.def as { checks?: unknown[] }).checks ?? []) as z.core.$ZodCheck<object>[];
  return z.strictObject({
    instrument: z.literal(instrument.id),
    codebookVersion: z.literal(instrument.codebookVersion),
    // Optional: envelopes stored before the elements made them have none (see INSTRUMENTS.md,
    // "Counting rules": a correction names the response it replaces).
    responseId: z.optional(z.string().check(z.minLength(1))),
    replaces: z.optional(z.string().check(z.minLength(1))),
    ...(instrument.part ? { part: z.literal(instrument.part) } : {}),
    // Whom the response is about, as the instrument declares (INSTRUMENTS.md: the quality model's
    // self-assessment names the organisation in place of a resident).
    ...(instrument.subject === 'organisation' ? { organisationId: organisationIdSchema() } : { residentId: residentIdSchema() }),
    caseId: z.optional(z.string().check(z.minLength(1))),
    completedAt: completedAtSchema(),
    locale: z.enum([sourceLocale, ...targetLocales]),
    answers: z.strictObject(instrument.shape).check(...checks),
  });
}
