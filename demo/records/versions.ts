// Corrections (INSTRUMENTS.md, "Counting rules"): a corrected record is a new envelope whose
// `replaces` names the `responseId` of the one it corrects. The latest version counts, by the
// library's rule (latestVersions, as the reports use it); the history stays. Envelopes stored
// before the elements made a `responseId` get one from the demo when they are corrected, so
// the correction can name them.
import type { ResponseEnvelope } from '../../src/schema-form/events.js';
import { latestVersions } from '../../src/reports/versions.js';
import type { StoredResponse } from '../store.js';

/** An envelope as stored before the elements made a responseId may lack one. */
export type Versioned = Omit<ResponseEnvelope, 'responseId'> & { readonly responseId?: string; readonly replaces?: string };

export const idOf = (e: ResponseEnvelope | Versioned): string | undefined => (e as Versioned).responseId || undefined;
export const replacesOf = (e: ResponseEnvelope | Versioned): string | undefined => (e as Versioned).replaces || undefined;

/** A record with its earlier versions, newest first. */
export interface Record {
  readonly latest: StoredResponse;
  readonly history: readonly StoredResponse[];
}

/** Groups records into their latest version and history: a replaced record is not a record of its own. */
export function latestRecords(stored: readonly StoredResponse[]): Record[] {
  const byId = new Map<string, StoredResponse>();
  for (const r of stored) {
    const id = idOf(r.envelope);
    if (id) byId.set(id, r);
  }
  const counted = new Set(latestVersions(stored.map((r) => r.envelope)));
  return stored
    .filter((r) => counted.has(r.envelope))
    .map((latest) => {
      const history: StoredResponse[] = [];
      const seen = new Set<string>();
      for (let prev = replacesOf(latest.envelope); prev && !seen.has(prev) && byId.has(prev); prev = replacesOf(byId.get(prev)!.envelope)) {
        seen.add(prev);
        history.push(byId.get(prev)!);
      }
      return { latest, history };
    });
}

/** The envelopes that count, for reports and exports. */
export const latestEnvelopes = (stored: readonly StoredResponse[]) => latestRecords(stored).map((r) => r.latest.envelope);
