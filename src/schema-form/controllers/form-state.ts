import type { ReactiveControllerHost } from 'lit';
import type { Answers, Instrument } from '../../engine/instrument.js';
import type { FieldError } from '../../engine/validate.js';
import type { Prefill, PrefillProblem } from '../../engine/prefill.js';
import type { DraftStorage, DraftStore } from '../../drafts/drafts.js';
import type { FormEventMap, ResponseEnvelope } from '../events.js';
import { newResponseId } from '../response-id.js';
import { isResidentId, looksLikeCpr } from '../../engine/envelope-rules.js';
import { ui } from '../messages.js';

/** What the controllers read of `<schema-form>`: its public properties (see the element for each). */
export interface FormHost extends ReactiveControllerHost, HTMLElement {
  readonly instrument?: Instrument;
  residentId: string;
  caseId: string;
  readonly replaces?: string;
  readonly name: string;
  readonly readonly: boolean;
  readonly template: boolean;
  readonly disabled: boolean;
  readonly draftKey: string;
  readonly draftStorage: DraftStorage;
  readonly draftStore?: DraftStore;
  readonly submitHandler?: (envelope: ResponseEnvelope) => unknown;
  readonly errors: readonly FieldError[];
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

/** What one form is in the middle of: the controllers share it, the renderers show it. */
export class FormState {
  answers: Answers = {};
  /** Fields the user has touched and then left: their errors show (lion's "touched and left"). */
  left: ReadonlySet<string> = new Set();
  touched = new Set<string>();
  submitAttempted = false;
  prefillProblems: readonly PrefillProblem[] = [];
  formError?: () => string;
  submittedAt?: string;
  formDisabled = false;
  sending = false;
  /** Set when answers came back from a draft: the user is told, and may discard it. */
  restoredFrom?: string;
  /** The id of the response being filled in: kept through failed attempts, new after an accepted submit. */
  responseId = newResponseId();
  /** The last prefill applied: what a reset or a discarded draft goes back to. */
  initial: Prefill = { answers: {}, problems: [] };
  /** Bumped by every prefill and answer, so a draft that loads late never overwrites newer answers. */
  generation = 0;
  /** What the user answered in a server-rendered form: newer than a draft, so a draft restored later keeps it. */
  early: Answers = {};
}

/** The state, re-rendering the host on every change (as a `@state()` property does). */
export function reactiveState(host: ReactiveControllerHost): FormState {
  return new Proxy(new FormState(), {
    set(target, key, value) {
      (target as unknown as Record<string | symbol, unknown>)[key] = value;
      host.requestUpdate();
      return true;
    },
  });
}

/** Dispatches one of the form's events; false when a cancelable one was canceled. */
export function emit<K extends keyof FormEventMap>(host: HTMLElement, type: K, detail: FormEventMap[K]['detail'], cancelable?: boolean) {
  return host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

/** Why the resident id cannot go into an envelope (INSTRUMENTS.md, "Envelope rules"), if it cannot. */
export function residentProblem(residentId: string): (() => string) | undefined {
  if (looksLikeCpr(residentId)) return ui.cprResident;
  return isResidentId(residentId) ? undefined : ui.missingResident;
}

/** Moves focus to the error summary (or the form's error) once it has rendered. */
export async function focusSummary(host: FormHost) {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('.error-summary, .form-error')?.focus();
}
