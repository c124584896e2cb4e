// What the page remembers between renders that is not stored: the confirmation after a submit,
// which records are opened, which correction is under way. Re-rendering is asked for here, so
// the feature modules need not import the router.
import type { StoredResponse } from './store.js';

/** A text worded when it is shown, in the page's language then. */
export type Line = () => string;

export interface Confirmation {
  /** The instrument panel it belongs to: it is shown there, next to the form. */
  readonly instrument: string;
  readonly lines: readonly Line[];
  /** Set once it has taken focus: it takes it once. */
  focused?: boolean;
}

export const ui = {
  /** Per resident: the last confirmation. */
  confirmation: new Map<string, Confirmation>(),
  /** Store keys of the records shown read-only. */
  opened: new Set<number>(),
  /** Per resident and instrument: the record being corrected. */
  correcting: new Map<string, StoredResponse>(),
  /** Per resident: the status form is open (the counsellor pressed "Ny status"). */
  newStatus: new Set<string>(),
  /** Residents whose evaluation goes on in the same element, from the advisor's part to the resident's. */
  evaluationFlow: new Set<string>(),
  /** A message on the residents page (after an erasure or an import). */
  notice: undefined as undefined | { readonly lines: readonly string[]; readonly error?: boolean },
};

let rerender: () => Promise<void> = async () => undefined;
export const onRerender = (fn: () => Promise<void>) => (rerender = fn);
export const update = () => rerender();
