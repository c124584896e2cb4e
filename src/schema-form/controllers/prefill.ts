import { isServer } from 'lit';
import { fieldsOf } from '../../engine/field-model.js';
import { parsePrefillAttribute, sanitizePrefill, type Prefill } from '../../engine/prefill.js';
import { prefillProblemText } from '../messages.js';
import { newResponseId } from '../response-id.js';
import { deepEqual, snapshot } from '../value-semantics.js';
import { emit, type FormHost, type FormState } from './form-state.js';
import type { TakeoverController } from './takeover.js';
import type { DraftController } from './drafts.js';

type Pending = { readonly raw: unknown } | { readonly attribute: string | null };

const empty: Prefill = { answers: {}, problems: [] };

/**
 * The `value` property and attribute, as host frameworks expect (issue 13): an equal value set
 * again keeps the user's answers, a value set before the instrument (or before upgrade) is
 * applied once there is one, and bad input is reported as data (`response-error`, kind
 * `prefill`) while every valid answer is kept.
 */
export class PrefillController {
  readonly #host: FormHost;
  readonly #state: FormState;
  readonly #takeover: TakeoverController;
  readonly #drafts: DraftController;
  /** A prefill waiting for an instrument: `value` may be set before `instrument`. */
  #pending?: Pending;
  /**
   * The last value the host set, as set (a new step of the form takes it again), and a copy of
   * it, to tell an equal one from a new one.
   */
  #last?: { readonly value: unknown; readonly copy?: { readonly value: unknown } };

  /** A prefill keeps what the user answered in a server-rendered form (`takeover`), and restores a draft (`drafts`). */
  constructor(host: FormHost, state: FormState, takeover: TakeoverController, drafts: DraftController) {
    this.#host = host;
    this.#state = state;
    this.#takeover = takeover;
    this.#drafts = drafts;
  }

  /** The `value` property was set. */
  set(value: unknown) {
    // A value equal to the last one set (a framework's inline object, new on every render) is
    // no new prefill: the user's answers stay. To start over, reset the form.
    const last = this.#last?.copy;
    this.#last = { value, copy: snapshot(value) };
    if (last && deepEqual(last.value, value)) return;
    this.#wait({ raw: value });
  }

  /** The `value` attribute changed. */
  attribute(value: string | null) {
    this.#wait({ attribute: value });
  }

  /** The host's last value again, for a new step's instrument (the attribute is read again anyway). */
  again() {
    if (this.#last) this.#wait({ raw: this.#last.value });
  }

  #wait(pending: Pending) {
    this.#pending = pending;
    this.#host.requestUpdate();
  }

  /** Before a render (willUpdate): applies a waiting prefill, or the attribute for a new instrument. */
  update(instrumentChanged: boolean) {
    const host = this.#host;
    const instrument = host.instrument;
    if (!instrument || (!this.#pending && !instrumentChanged)) return;
    const pending = this.#pending;
    this.#pending = undefined;
    let prefill = empty;
    if (pending && 'raw' in pending) prefill = sanitizePrefill(instrument, pending.raw);
    else if (pending) prefill = parsePrefillAttribute(instrument, pending.attribute);
    else if (host.hasAttribute('value')) prefill = parsePrefillAttribute(instrument, host.getAttribute('value'));
    this.apply(prefill);
  }

  /** Back to the last prefill, without its problems and without the draft (a reset, a discarded draft). */
  reset() {
    this.apply({ ...this.#state.initial, problems: [] }, false);
  }

  apply(prefill: Prefill, restoreDraft = true) {
    const host = this.#host;
    const state = this.#state;
    const instrument = host.instrument!;
    state.initial = prefill;
    // Defaults are the browser's (today's date): a server render may be served on another day.
    const defaults = isServer ? {} : instrument.defaults?.();
    state.early = this.#takeover.answers(fieldsOf(instrument));
    state.answers = { ...defaults, ...prefill.answers, ...state.early };
    if (prefill.residentId && !host.residentId) host.residentId = prefill.residentId;
    if (prefill.caseId && !host.caseId) host.caseId = prefill.caseId;
    state.prefillProblems = prefill.problems;
    state.touched = new Set(Object.keys(state.early));
    state.left = new Set(prefill.invalid);
    state.submitAttempted = false;
    state.submittedAt = undefined;
    state.formError = undefined;
    state.restoredFrom = undefined;
    state.responseId = newResponseId();
    state.generation++;
    if (restoreDraft) void this.#drafts.restore(state.generation);
    if (prefill.problems.length) {
      const fields = fieldsOf(instrument);
      const message = prefill.problems.map((p) => prefillProblemText(p, fields.find((f) => f.id === p.field))).join(' ');
      emit(host, 'response-error', { kind: 'prefill', problems: prefill.problems, message });
    }
  }
}
