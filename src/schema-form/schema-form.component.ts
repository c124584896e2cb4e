import { LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Instrument } from '../engine/instrument.js';
import { sanitizePrefill } from '../engine/prefill.js';
import { validate, type FieldError } from '../engine/validate.js';
import type { DraftStorage, DraftStore } from '../drafts/drafts.js';
import { activeLocale } from '../localization/locale.js';
import { LangFollower } from '../localization/lang-follower.js';
import { tokens } from '../theme/tokens.styles.js';
import { styles } from './schema-form.styles.js';
import type { ResponseEnvelope } from './events.js';
import { upgradeProperty } from './value-semantics.js';
import { reactiveState } from './controllers/form-state.js';
import { FormValueController, envelopeOf } from './controllers/form-value.js';
import { PrefillController } from './controllers/prefill.js';
import { DraftController } from './controllers/drafts.js';
import { SubmitController } from './controllers/submit.js';
import { TakeoverController } from './controllers/takeover.js';
import { AnswersController } from './controllers/answers.js';
import type { FormSteps } from './controllers/steps.js';
import { renderEdit, type EditView } from './render/edit.js';
import { loadRenderer, renderers } from './render/lazy.js';

export type { FormSteps } from './controllers/steps.js';

/**
 * Renders any instrument (a zod object schema with metadata in the form registry) as an
 * accessible, form-associated questionnaire.
 *
 * @summary The form engine: any instrument as an accessible, form-associated questionnaire.
 * @attr {string} lang - `da` or `en`. Without it, the nearest ancestor's `lang`, else the document's. Unknown languages show Danish and warn in the console.
 * @attr {string} value - Prefill as JSON: a response envelope (`{ "answers": { … } }`) or the answers alone.
 * @fires {ResponseEnvelope} response-submit - When a submit is accepted: at once on a valid submit without a `submitHandler`, else once the handler has resolved (never for an attempt that failed: that is a `response-error` of kind `submit`). Detail: the response envelope. Cancelable: `preventDefault()` means the host did not accept it (the draft is kept, and the form does not say it was sent).
 * @fires {ResponseChangeDetail} response-change - On every answer: `{ field, answers, valid, errors }`, the answers as they would be stored.
 * @fires {ResponseErrorDetail} response-error - `{ kind: 'prefill', problems, message }` when a prefill could not be used (the form still renders and keeps every valid answer); `{ kind: 'config', message }` when it cannot submit (no `resident-id`); `{ kind: 'submit', message, error }` when `submitHandler` rejected.
 * @csspart form - The form (or the read-only / template view).
 * @csspart title - The instrument's heading.
 * @csspart error-summary - The list of errors shown after a failed submit.
 * @csspart section - A group of fields with its heading.
 * @csspart field - One question.
 * @csspart error-message - A field's error message.
 * @csspart submit - The submit button.
 * @csspart label - A question's wording (legend or label).
 * @csspart option - One answer option of a choice, with its radio button or checkbox.
 * @csspart control - A text, number or date input, or a text area.
 * @csspart notice - A notice about the prefill.
 * @csspart draft-notice - The notice that a saved draft was restored.
 * @csspart progress - How many required questions are left (not in review or template mode).
 * @csspart print-header - In review and template mode: the organisation, and who and what the record is about (or lines to fill them in).
 * @cssprop [--sf-focus-ring=3px solid var(--sf-color-focus)] - The whole focus outline.
 * @cssprop [--sf-max-width=44rem] - Maximum width of the element.
 */
export class SchemaForm extends LitElement {
  static formAssociated = true;
  static override styles = [tokens, styles];
  // Declared here rather than by decorators: the decorators' module is 0.8 KB the drop-ins need not carry.
  static override properties: PropertyDeclarations = {
    instrument: { attribute: false },
    residentId: { attribute: 'resident-id' },
    caseId: { attribute: 'case-id' },
    organisation: {},
    residentName: { attribute: 'resident-name' },
    replaces: { reflect: true },
    name: { reflect: true },
    readonly: { type: Boolean, reflect: true },
    template: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    draftKey: { attribute: 'draft-key' },
    draftStorage: { attribute: 'draft-storage' },
    draftStore: { attribute: false },
    submitHandler: { attribute: false },
  };

  /** The instrument to render. The instrument elements set it themselves. */
  instrument?: Instrument;

  /** Opaque id of the resident in the host system (never a CPR number). Required to submit. */
  residentId = '';

  /** Optional case id in the host system, copied into the envelope. */
  caseId = '';

  /** The organisation's name, at the head of the read-only view and the blank template (for printing). */
  organisation = '';

  /**
   * The resident's name, at the head of the read-only view (for printing). Shown only: it never
   * goes into the envelope or a draft.
   */
  residentName = '';

  /**
   * The `responseId` of a stored envelope this response corrects: every envelope submitted
   * while it is set carries it as `replaces`, and reports count only the latest version. To
   * correct a record, set `value` to its answers and `replaces` to its `responseId`.
   */
  replaces?: string;

  /** With a name, the answers go into the enclosing form's FormData (see README). */
  name = '';

  /** Review mode: the answers as text, nothing to edit or submit. */
  readonly = false;

  /** The blank paper template: every question and option, with boxes to tick; for printing. */
  template = false;

  /** Nothing can be changed or submitted (a disabled `<fieldset>` around it does the same). */
  disabled = false;

  /**
   * Turns drafts on: every change is saved under this key (per instrument) and restored on
   * the next load, until the host accepts the submit. Off by default: nothing is stored.
   */
  draftKey = '';

  /** Where drafts go: `session` (sessionStorage, the default) or `local` (localStorage). */
  draftStorage: DraftStorage = 'session';

  /** A host-supplied draft store, `{ get(key), set(key, value), remove(key) }`, each may return a promise; overrides `draft-storage`. */
  draftStore?: DraftStore;

  /**
   * Called with the envelope on a valid submit, before `response-submit`. While its promise
   * runs the form shows that it is sending and ignores further submits; if it rejects, every
   * answer stays, the error is shown, `response-error` (kind `submit`) is dispatched and no
   * `response-submit`, and the user can try again (with the same `responseId`). The draft is
   * cleared only once it resolves.
   */
  submitHandler?: (envelope: ResponseEnvelope) => unknown;

  /**
   * For an instrument element that fills its instrument in steps (see `FormSteps`): set in its
   * constructor, it chooses the instrument, the enclosing form's submit and what shows around the form.
   */
  protected steps?: FormSteps;

  readonly #lang = new LangFollower(this);
  readonly #state = reactiveState(this);
  readonly #value = new FormValueController(this, this.#state, () => this.steps);
  readonly #drafts = new DraftController(this, this.#state);
  readonly #takeover = new TakeoverController(this);
  readonly #prefill = new PrefillController(this, this.#state, this.#takeover, this.#drafts);
  readonly #submit = new SubmitController(this, this.#state, this.#value.internals, this.#drafts, () => this.steps);
  readonly #answers = new AnswersController(this, this.#state, this.#drafts);
  /** The edit view's handlers, made once: the same listeners on every render. */
  readonly #handlers = {
    answers: this.#answers,
    submit: (event: SubmitEvent) => {
      event.preventDefault();
      this.submit();
    },
    discardDraft: () => void this.#discardDraft(),
  };

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang', 'value'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.#lang.sync();
    if (name === 'value') this.#prefill.attribute(value);
  }

  /** The current response: answers so far, with the envelope fields. Set it to prefill (an envelope, or the answers alone). */
  get value(): ResponseEnvelope {
    return envelopeOf(this, this.#state);
  }

  set value(value: unknown) {
    this.#prefill.set(value);
  }

  override connectedCallback() {
    upgradeProperty(this, 'value');
    super.connectedCallback();
  }

  /** The validation errors of the current answers, whether shown yet or not. */
  get errors(): readonly FieldError[] {
    if (!this.instrument) return [];
    return validate(this.instrument, this.#state.answers);
  }

  /** The enclosing form, as for a native control. */
  get form(): HTMLFormElement | null {
    return this.#value.internals.form;
  }

  /** Whether the answers are valid, as for a native control (`valid`, `customError`). */
  get validity(): ValidityState {
    return this.#value.internals.validity;
  }

  /** The first error, worded in the current language, or `''`. */
  get validationMessage(): string {
    return this.#value.internals.validationMessage;
  }

  /** Checks without showing anything, like a native control. */
  checkValidity(): boolean {
    return this.#value.checkValidity();
  }

  /** Checks and, when invalid, shows every error and moves focus to the error summary. */
  reportValidity(): boolean {
    return this.#value.internals.reportValidity();
  }

  /**
   * Submits as the user's submit button does: when invalid, shows the errors; when valid,
   * submits the enclosing form, or else dispatches `response-submit`.
   */
  submit(): boolean {
    return this.#submit.submit();
  }

  formAssociatedCallback(form: HTMLFormElement | null) {
    this.#submit.associate(form);
  }

  formDisabledCallback(disabled: boolean) {
    this.#state.formDisabled = disabled;
  }

  formResetCallback() {
    // A reset is the user starting over: the draft goes too.
    this.#prefill.reset();
    void this.#drafts.remove();
  }

  formStateRestoreCallback(state: string | File | FormData | null) {
    if (typeof state !== 'string') return;
    // The browser restores before the first update, whose prefill (defaults) would overwrite
    // the restored answers: restore after it.
    void this.updateComplete.then(() => {
      try {
        this.#state.answers = sanitizePrefill(this.instrument!, JSON.parse(state)).answers;
      } catch {
        // A state we did not write, or no instrument: keep what is there.
      }
    });
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    // The review and template views are chunks of their own, loaded the first time they are
    // asked for: an element used for editing never loads them. The update (and so
    // `updateComplete`) waits for the chunk, and for the first frame of a server-rendered form.
    const mode = this.template ? 'template' : this.readonly ? 'review' : undefined;
    const painted = this.#takeover.painted();
    const loaded = mode && loadRenderer(mode);
    if (!painted && !loaded) return super.scheduleUpdate();
    return Promise.all([painted, loaded]).then(() => super.scheduleUpdate());
  }

  protected override firstUpdated() {
    this.#takeover.restoreFocus();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    this.#takeover.takeOut();
    const step = this.steps?.instrument();
    if (step && step !== this.instrument) {
      this.instrument = step;
      // The new step takes its answers from the host's prefill.
      this.#prefill.again();
    }
    this.#prefill.update(changed.has('instrument'));
  }

  async #discardDraft() {
    this.#prefill.reset();
    await this.#drafts.remove();
    this.renderRoot.querySelector<HTMLElement>('input, textarea')?.focus();
  }

  protected override render() {
    return this.steps ? this.steps.frame(() => this.#view()) : this.#view();
  }

  #view(): unknown {
    const instrument = this.instrument;
    if (!instrument) return nothing;
    const locale = activeLocale();
    if (this.template) return renderers.template?.(instrument, locale, this) ?? nothing;
    if (this.readonly) return renderers.review?.(instrument, this.#state.answers, locale, this, this.#state.initial.completedAt) ?? nothing;
    const view: EditView = {
      ...this.#handlers,
      instrument,
      state: this.#state,
      errors: this.errors,
      residentId: this.residentId,
      disabled: this.#value.disabled,
    };
    return renderEdit(view, locale);
  }
}
