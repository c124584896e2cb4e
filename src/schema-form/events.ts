import type { Answers } from '../engine/instrument.js';
import type { FieldError } from '../engine/validate.js';
import type { PrefillProblem } from '../engine/prefill.js';
import type { Locale } from '../localization/locale.js';

/** What the host stores: the answers by code, and who, when and in which language. */
export interface ResponseEnvelope {
  readonly instrument: string;
  readonly codebookVersion: string;
  /**
   * This response's own id, made by the element (a UUID): the same through retries of one
   * submit, new after each accepted one. Stored envelopes made before it existed have none.
   */
  readonly responseId: string;
  /** The `responseId` of the envelope this one corrects (the element's `replaces`); absent otherwise. */
  readonly replaces?: string;
  /** For an instrument filled in in parts: the part this envelope holds (evaluation: `advisor` or `resident`). */
  readonly part?: string;
  readonly residentId: string;
  readonly caseId?: string;
  /** ISO timestamp. */
  readonly completedAt: string;
  readonly locale: Locale;
  readonly answers: Answers;
}

export interface ResponseChangeDetail {
  /** The field that changed. */
  readonly field: string;
  /** Current answers, as they would be stored (hidden and empty answers left out). */
  readonly answers: Answers;
  readonly valid: boolean;
  readonly errors: readonly FieldError[];
}

export type ResponseErrorDetail =
  | { readonly kind: 'prefill'; readonly problems: readonly PrefillProblem[]; readonly message: string }
  | { readonly kind: 'config'; readonly message: string }
  /** The host's `submitHandler` rejected: nothing was lost, and the user can try again. */
  | { readonly kind: 'submit'; readonly message: string; readonly error: unknown };

export type ResponseChangeEvent = CustomEvent<ResponseChangeDetail>;
export type ResponseSubmitEvent = CustomEvent<ResponseEnvelope>;
export type ResponseErrorEvent = CustomEvent<ResponseErrorDetail>;

/** Events every form element dispatches; all bubble and cross shadow roots. */
export interface FormEventMap {
  'response-change': ResponseChangeEvent;
  'response-submit': ResponseSubmitEvent;
  'response-error': ResponseErrorEvent;
}

declare global {
  interface HTMLElementEventMap extends FormEventMap {}
}
