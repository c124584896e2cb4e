// Corrections (INSTRUMENTS.md, "Counting rules"): an envelope may carry `responseId`, the id the
// element made for it, and `replaces`, the `responseId` of the envelope it corrects. Reports,
// exports and the demo count the latest version only and keep the history: one rule, here.

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** An envelope's `responseId`, if it has a usable one. */
export const responseIdOf = (envelope: unknown): string | undefined => (isRecord(envelope) ? nonEmpty(envelope.responseId) : undefined);
/** The `responseId` an envelope says it replaces, if any. */
export const replacesOf = (envelope: unknown): string | undefined => (isRecord(envelope) ? nonEmpty(envelope.replaces) : undefined);

/** The `responseId`s that some envelope in the list replaces: those versions are history, not counted. */
export function replacedIds(envelopes: readonly unknown[]): ReadonlySet<string> {
  const replaced = new Set<string>();
  for (const e of envelopes) {
    const id = replacesOf(e);
    if (id !== undefined) replaced.add(id);
  }
  return replaced;
}

/**
 * The envelopes that count, in the order given: every one that no envelope in the list
 * replaces (a chain of corrections leaves its last), and of several copies of one
 * `responseId` (a backup imported twice) the first. Envelopes without a `responseId`, stored
 * before the elements made one, are kept: nothing can name them. The list is not validated:
 * give it the envelopes that are valid (an invalid correction should not hide what it names).
 */
export function latestVersions<T>(envelopes: readonly T[]): T[] {
  const replaced = replacedIds(envelopes);
  const seen = new Set<string>();
  return envelopes.filter((e) => {
    const id = responseIdOf(e);
    if (id === undefined) return true;
    if (replaced.has(id) || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
