import { z } from './zod.js';

// The rules for an envelope's own fields (INSTRUMENTS.md, "Envelope rules"), once: the zod
// schema of the envelope (and the JSON Schema made from it), the form and the reports all
// use these.

/** `DDMMYY-XXXX` or ten digits: the shape of a CPR number, which a residentId must never be. */
const cpr = String.raw`(?:\d{6}-\d{4}|\d{10})`;
const cprShape = new RegExp(`^${cpr}$`);
/**
 * A resident id: not blank, not shaped like a CPR number. A pattern (negative lookaheads, which
 * JSON Schema's ECMA-262 patterns allow), so the published JSON Schema says the rule too.
 */
const residentIdPattern = new RegExp(String.raw`^(?!\s*$)(?!${cpr}$)`);

/** Whether a resident id looks like a CPR number: then it is refused everywhere. */
export const looksLikeCpr = (id: string): boolean => cprShape.test(id);

export const isResidentId = (v: unknown): v is string => typeof v === 'string' && residentIdPattern.test(v);

export const residentIdSchema = () => z.string().check(z.minLength(1), z.regex(residentIdPattern));

/** Not blank: an organisation's id is the host's, opaque to us (an organisation is no person, so no CPR rule). */
const organisationIdPattern = /^(?!\s*$)/;
export const isOrganisationId = (v: unknown): v is string => typeof v === 'string' && organisationIdPattern.test(v);
export const organisationIdSchema = () => z.string().check(z.minLength(1), z.regex(organisationIdPattern));

let timestamp: z.ZodMiniType | undefined;
/** An ISO 8601 timestamp with `Z` or an offset (`2026-06-30T23:30:00+02:00`); not a local time. */
export const completedAtSchema = (): z.ZodMiniType => (timestamp ??= z.iso.datetime({ offset: true }));
export const isTimestamp = (v: unknown): v is string => typeof v === 'string' && completedAtSchema().safeParse(v).success;
