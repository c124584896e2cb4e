import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isEmpty, type Answers, type Instrument } from '../engine/instrument.js';
import { fieldsOf, sectionsOf, type FieldModel } from '../engine/field-model.js';
import { isShown, storedAnswers, validate, type FieldError } from '../engine/validate.js';
import { parsePrefillAttribute, sanitizePrefill, type Prefill, type PrefillProblem } from '../engine/prefill.js';
import { activeLocale } from '../localization/locale.js';
import { errorText, prefillProblemText, ui } from './messages.js';
import type { FormEventMap, ResponseEnvelope } from './events.js';
import { parseDraft, storageKey, webStorageStore, type DraftStorage, type DraftStore } from '../drafts/drafts.js';
import { styles } from './schema-form.styles.js';
import { tokens } from '../theme/tokens.styles.js';
import { LangFollower } from '../localization/lang-follower.js';
import { renderTemplate } from './template.js';
import { earlyAnswers, integerAnswer, takeEarlyForm, type EarlyForm } from './early-answers.js';
import { newResponseId } from './response-id.js';
import { isResidentId, looksLikeCpr } from '../engine/envelope-rules.js';
import { deepEqual, snapshot, upgradeProperty } from './value-semantics.js';

const empty: Prefill = { answers: {}, problems: [] };

/**
 * Renders any instrument (a zod object schema with metadata in the form registry) as an
 * accessible, form-associated questionnaire.
 *
 * @summary The form engine: any instrument as an accessible, form-associated questionnaire.
 * @attr {string} lang - `da` or `en`. Without it, the nearest ancestor's `lang`, else the document's. Unknown languages show Danish and warn in the console.
 * @attr {string} value - Prefill as JSON: a response envelope (`{ "answers": { … } }`) or the answers alone.
 * @fires {ResponseChangeDetail} response-change - On every answer: `{ field, answers, valid, errors }`, the answers as they would be stored.
 * @fires {ResponseEnvelope} response-submit - When a submit is accepted: at once on a valid submit without a `submitHandler`, else once the handler has resolved (never for an attempt that failed: that is a `response-error` of kind `submit`). Detail: the response envelope. Cancelable: `preventDefault()` means the host did not accept it (the draft is kept, and the form does not say it was sent).
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
 * @cssprop [--sf-focus-ring=3px solid var(--sf-color-focus)] - The whole focus outline.
 * @cssprop [--sf-max-width=44rem] - Maximum width of the element.
 */
export class SchemaForm extends LitElement {
  static formAssociated = true;
  static override styles = [tokens, styles];

  readonly #internals: ElementInternals;
  readonly #lang = new LangFollower(this);

  /** The instrument to render. The instrument elements set it themselves. */
  @property({ attribute: false }) instrument?: Instrument;

  /** Opaque id of the resident in the host system (never a CPR number). Required to submit. */
  @property({ attribute: 'resident-id' }) residentId = '';

  /** Optional case id in the host system, copied into the envelope. */
  @property({ attribute: 'case-id' }) caseId = '';

  /**
   * The `responseId` of a stored envelope this response corrects: every envelope submitted
   * while it is set carries it as `replaces`, and reports count only the latest version. To
   * correct a record, set `value` to its answers and `replaces` to its `responseId`.
   */
  @property({ reflect: true }) replaces?: string;

  /** With a name, the answers go into the enclosing form's FormData (see README). */
  @property({ reflect: true }) name = '';

  /** Review mode: the answers as text, nothing to edit or submit. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** The blank paper template: every question and option, with boxes to tick; for printing. */
  @property({ type: Boolean, reflect: true }) template = false;

  /** Nothing can be changed or submitted (a disabled `<fieldset>` around it does the same). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /**
   * Turns drafts on: every change is saved under this key (per instrument) and restored on
   * the next load, until the host accepts the submit. Off by default: nothing is stored.
   */
  @property({ attribute: 'draft-key' }) draftKey = '';

  /** Where drafts go: `session` (sessionStorage, the default) or `local` (localStorage). */
  @property({ attribute: 'draft-storage' }) draftStorage: DraftStorage = 'session';

  /** A host-supplied draft store, `{ get(key), set(key, value), remove(key) }`, each may return a promise; overrides `draft-storage`. */
  @property({ attribute: false }) draftStore?: DraftStore;

  /**
   * Called with the envelope on a valid submit, before `response-submit`. While its promise
   * runs the form shows that it is sending and ignores further submits; if it rejects, every
   * answer stays, the error is shown, `response-error` (kind `submit`) is dispatched and no
   * `response-submit`, and the user can try again (with the same `responseId`). The draft is
   * cleared only once it resolves.
   */
  @property({ attribute: false }) submitHandler?: (envelope: ResponseEnvelope) => unknown;

  @state() private answers: Answers = {};
  /** Fields the user has touched and then left: their errors show (lion's "touched and left"). */
  @state() private left: ReadonlySet<string> = new Set();
  @state() private submitAttempted = false;
  @state() private prefillProblems: readonly PrefillProblem[] = [];
  @state() private formError?: () => string;
  @state() private submittedAt?: string;
  @state() private formDisabled = false;
  @state() private sending = false;
  /** Set when answers came back from a draft: the user is told, and may discard it. */
  @state() private restoredFrom?: string;

  /**
   * Envelopes of earlier parts filled in in this element (an instrument filled in in parts,
   * one after another): they go into the enclosing form's FormData before the current one.
   */
  protected priorEnvelopes: readonly ResponseEnvelope[] = [];

  /** False while a later step follows in this element: a valid submit then leaves the enclosing form alone. */
  protected get lastStep(): boolean {
    return true;
  }

  /** Called once an envelope has been submitted and the host has accepted it. */
  protected submitted(_envelope: ResponseEnvelope): void {}

  /** The id of the response being filled in: kept through failed attempts, new after an accepted submit. */
  #responseId = newResponseId();
  #touched = new Set<string>();
  #initial: Prefill = empty;
  /** A prefill waiting for an instrument: `value` may be set before `instrument`. */
  #pending?: { readonly raw: unknown } | { readonly attribute: string | null };
  /** A copy of the last value the host set, to tell an equal one from a new one. */
  #lastValue?: { readonly value: unknown };
  #quietValidity = false;
  /** Bumped by every prefill, so a draft that loads late never overwrites newer answers. */
  #generation = 0;
  #form: HTMLFormElement | null = null;
  /** A server-rendered form, moved out before the first render replaces it. */
  #earlyForm?: EarlyForm;
  /** What the user answered there: newer than a draft, so a draft restored later keeps it. */
  #early: Answers = {};
  readonly #onFormSubmit = () => this.#emitSubmit();

  constructor() {
    super();
    this.#internals = this.attachInternals();
    this.addEventListener('invalid', this.#onInvalid);
  }

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang', 'value'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.#lang.sync();
    if (name === 'value') {
      this.#pending = { attribute: value };
      this.requestUpdate();
    }
  }

  /** The current response: answers so far, with the envelope fields. Set it to prefill (an envelope, or the answers alone). */
  get value(): ResponseEnvelope {
    return this.#envelope();
  }

  set value(value: unknown) {
    // A value equal to the last one set (a framework's inline object, new on every render) is
    // no new prefill: the user's answers stay. To start over, reset the form.
    const last = this.#lastValue;
    this.#lastValue = snapshot(value);
    if (last && deepEqual(last.value, value)) return;
    this.prefillWith(value);
  }

  /** Prefills with a value, equal to the last one or not (a subclass's new part takes the same prefill). */
  protected prefillWith(value: unknown) {
    this.#pending = { raw: value };
    this.requestUpdate();
  }

  override connectedCallback() {
    upgradeProperty(this, 'value');
    super.connectedCallback();
  }

  /** The validation errors of the current answers, whether shown yet or not. */
  get errors(): readonly FieldError[] {
    if (!this.instrument) return [];
    return validate(this.instrument, this.answers);
  }

  /** The enclosing form, as for a native control. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** Whether the answers are valid, as for a native control (`valid`, `customError`). */
  get validity(): ValidityState {
    return this.#internals.validity;
  }

  /** The first error, worded in the current language, or `''`. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  /** Checks without showing anything, like a native control. */
  checkValidity(): boolean {
    this.#quietValidity = true;
    try {
      return this.#internals.checkValidity();
    } finally {
      this.#quietValidity = false;
    }
  }

  /** Checks and, when invalid, shows every error and moves focus to the error summary. */
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  /**
   * Submits as the user's submit button does: when invalid, shows the errors; when valid,
   * submits the enclosing form, or else dispatches `response-submit`.
   */
  submit(): boolean {
    if (this.sending) return false;
    this.submitAttempted = true;
    this.submittedAt = undefined;
    if (this.errors.length) {
      this.#focusSummary();
      return false;
    }
    const residentProblem = this.#residentProblem();
    if (residentProblem) {
      this.formError = residentProblem;
      this.#emit('response-error', { kind: 'config', message: residentProblem() });
      return false;
    }
    this.formError = undefined;
    if (this.#internals.form && this.lastStep) this.#internals.form.requestSubmit();
    else this.#emitSubmit();
    return true;
  }

  formAssociatedCallback(form: HTMLFormElement | null) {
    this.#form?.removeEventListener('submit', this.#onFormSubmit);
    this.#form = form;
    form?.addEventListener('submit', this.#onFormSubmit);
  }

  formDisabledCallback(disabled: boolean) {
    this.formDisabled = disabled;
  }

  formResetCallback() {
    // A reset is the user starting over: the draft goes too.
    this.#apply({ ...this.#initial, problems: [] }, false);
    void this.#removeDraft();
  }

  formStateRestoreCallback(state: string | File | FormData | null) {
    if (typeof state !== 'string') return;
    // The browser restores before the first update, whose prefill (defaults) would overwrite
    // the restored answers: restore after it.
    void this.updateComplete.then(() => {
      try {
        this.answers = sanitizePrefill(this.instrument!, JSON.parse(state)).answers;
      } catch {
        // A state we did not write, or no instrument: keep what is there.
      }
    });
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    // A form from the server (a declarative shadow root) paints first: taking it over before
    // the browser's first frame would hold that frame back by our render.
    if (this.hasUpdated || !this.renderRoot.firstChild) return super.scheduleUpdate();
    return new Promise((painted) => requestAnimationFrame(() => setTimeout(painted))).then(() => super.scheduleUpdate());
  }

  protected override firstUpdated() {
    const focus = this.#earlyForm?.focus;
    this.#earlyForm = undefined;
    if (!focus) return;
    const controls = [...this.renderRoot.querySelectorAll<HTMLInputElement>(`[name="${CSS.escape(focus.name)}"]`)];
    (controls.find((c) => c.value === focus.value) ?? controls[0])?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // Lit would render after a server-rendered form (it keeps it for hydration, which costs
    // bytes we do not ship): take it out, to read what the user did in it once the fields are known.
    if (!isServer && !this.hasUpdated && this.renderRoot.firstChild) {
      this.#earlyForm = takeEarlyForm(this.renderRoot as ShadowRoot);
      // Lit meant to render before the server's first node, which is gone now.
      this.renderOptions.renderBefore = null;
    }
    if (!this.instrument) return;
    if (this.#pending || changed.has('instrument')) {
      const pending = this.#pending;
      this.#pending = undefined;
      let prefill = empty;
      if (pending && 'raw' in pending) prefill = sanitizePrefill(this.instrument, pending.raw);
      else if (pending) prefill = parsePrefillAttribute(this.instrument, pending.attribute);
      else if (this.hasAttribute('value')) prefill = parsePrefillAttribute(this.instrument, this.getAttribute('value'));
      this.#apply(prefill);
    }
  }

  protected override updated() {
    this.#syncFormValue();
  }

  #apply(prefill: Prefill, restoreDraft = true) {
    const instrument = this.instrument!;
    this.#initial = prefill;
    // Defaults are the browser's (today's date): a server render may be served on another day.
    const defaults = isServer ? {} : instrument.defaults?.();
    this.#early = this.#earlyForm ? earlyAnswers(this.#earlyForm, fieldsOf(instrument)) : {};
    this.answers = { ...defaults, ...prefill.answers, ...this.#early };
    if (prefill.residentId && !this.residentId) this.residentId = prefill.residentId;
    if (prefill.caseId && !this.caseId) this.caseId = prefill.caseId;
    this.prefillProblems = prefill.problems;
    this.#touched = new Set(Object.keys(this.#early));
    this.left = new Set(prefill.invalid);
    this.submitAttempted = false;
    this.submittedAt = undefined;
    this.formError = undefined;
    this.restoredFrom = undefined;
    this.#responseId = newResponseId();
    this.#generation++;
    if (restoreDraft) void this.#restoreDraft(this.#generation);
    if (prefill.problems.length) {
      const fields = fieldsOf(instrument);
      const message = prefill.problems.map((p) => prefillProblemText(p, fields.find((f) => f.id === p.field))).join(' ');
      this.#emit('response-error', { kind: 'prefill', problems: prefill.problems, message });
    }
  }

  #envelope(): ResponseEnvelope {
    const answers = this.instrument ? storedAnswers(this.instrument, this.answers) : {};
    return {
      instrument: this.instrument?.id ?? '',
      codebookVersion: this.instrument?.codebookVersion ?? '',
      responseId: this.#responseId,
      ...(this.replaces ? { replaces: this.replaces } : {}),
      ...(this.instrument?.part ? { part: this.instrument.part } : {}),
      residentId: this.residentId,
      ...(this.caseId ? { caseId: this.caseId } : {}),
      completedAt: new Date().toISOString(),
      locale: activeLocale(),
      answers,
    };
  }

  #emit<K extends keyof FormEventMap>(type: K, detail: FormEventMap[K]['detail']) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  async #emitSubmit() {
    if (this.errors.length || this.#residentProblem() || this.sending) return;
    const envelope = { ...this.#envelope(), completedAt: new Date().toISOString() };
    // response-submit means accepted: after the host's handler took the envelope, never for
    // an attempt that failed (that is a response-error of kind 'submit').
    if (this.submitHandler) {
      this.sending = true;
      this.formError = undefined;
      try {
        await this.submitHandler(envelope);
      } catch (error) {
        this.formError = ui.submitFailed;
        this.#emit('response-error', { kind: 'submit', message: ui.submitFailed(), error });
        this.#focusSummary();
        return;
      } finally {
        this.sending = false;
      }
    }
    const accepted = this.dispatchEvent(
      new CustomEvent('response-submit', { detail: envelope, bubbles: true, composed: true, cancelable: true }),
    );
    if (!accepted) return;
    this.submittedAt = envelope.completedAt;
    // The next submit is another response.
    this.#responseId = newResponseId();
    this.submitted(envelope);
    await this.#removeDraft();
    this.restoredFrom = undefined;
  }

  #store(): DraftStore | undefined {
    if (!this.draftKey || !this.instrument) return undefined;
    return this.draftStore ?? webStorageStore(this.draftStorage);
  }

  #draftStorageKey() {
    // The parts of one instrument are different people's drafts: keep them apart.
    const i = this.instrument;
    return storageKey(i?.part ? `${i.id}:${i.part}` : (i?.id ?? ''), this.draftKey);
  }

  async #restoreDraft(generation: number) {
    const store = this.#store();
    if (!store) return;
    let text: string | null | undefined;
    try {
      text = await store.get(this.#draftStorageKey());
    } catch {
      return; // An unreadable draft store must not stop the form.
    }
    const draft = parseDraft(text, this.instrument!.id);
    if (!draft || generation !== this.#generation) return;
    const restored = sanitizePrefill(this.instrument!, draft.answers).answers;
    this.answers = { ...this.answers, ...restored, ...this.#early };
    this.restoredFrom = draft.savedAt;
  }

  #saveDraft() {
    const store = this.#store();
    if (!store) return;
    const draft = {
      instrument: this.instrument!.id,
      codebookVersion: this.instrument!.codebookVersion,
      savedAt: new Date().toISOString(),
      answers: this.answers,
    };
    void Promise.resolve()
      .then(() => store.set(this.#draftStorageKey(), JSON.stringify(draft)))
      .catch(() => undefined);
  }

  /** Removes the draft; a store that throws or rejects must not stop the form (as for get and set). */
  async #removeDraft() {
    try {
      await this.#store()?.remove(this.#draftStorageKey());
    } catch {
      // Left in the store: the host's store failed, the form goes on.
    }
  }

  async #discardDraft() {
    this.#apply({ ...this.#initial, problems: [] }, false);
    await this.#removeDraft();
    this.renderRoot.querySelector<HTMLElement>('input, textarea')?.focus();
  }

  #syncFormValue() {
    if (!this.instrument) return;
    if (this.template) {
      // A blank paper form answers nothing: it neither posts answers nor holds its form back.
      this.#internals.setFormValue(null);
      this.#internals.setValidity({});
      return;
    }
    const envelope = this.#envelope();
    let data: FormData | null = null;
    if (this.name) {
      data = new FormData();
      for (const e of [...this.priorEnvelopes, envelope]) {
        data.append(this.name, JSON.stringify(e));
        for (const [id, value] of Object.entries(e.answers)) {
          for (const v of Array.isArray(value) ? value : [value]) data.append(`${this.name}.${id}`, String(v));
        }
      }
    }
    this.#internals.setFormValue(data, JSON.stringify(this.answers));
    const errors = this.errors;
    if (this.readonly || this.#isDisabled) {
      this.#internals.setValidity({});
    } else if (errors.length) {
      const anchor = this.#inputFor(errors[0].field) ?? undefined;
      const fields = fieldsOf(this.instrument);
      const message = errors.map((e) => errorText(e, fields.find((f) => f.id === e.field))).join(' ');
      this.#internals.setValidity({ customError: true }, message, anchor);
    } else if (this.#residentProblem()) {
      this.#internals.setValidity({ customError: true }, this.#residentProblem()!());
    } else {
      this.#internals.setValidity({});
    }
  }

  /** Why the resident id cannot go into an envelope (INSTRUMENTS.md, "Envelope rules"), if it cannot. */
  #residentProblem(): (() => string) | undefined {
    if (looksLikeCpr(this.residentId)) return ui.cprResident;
    return isResidentId(this.residentId) ? undefined : ui.missingResident;
  }

  get #isDisabled() {
    return this.disabled || this.formDisabled;
  }

  readonly #onInvalid = (event: Event) => {
    if (this.#quietValidity) return;
    // Our error summary replaces the browser's bubble.
    event.preventDefault();
    this.submitAttempted = true;
    if (this.errors.length === 0) this.formError = this.#residentProblem();
    this.#focusSummary();
  };

  async #focusSummary() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary, .form-error')?.focus();
  }

  #inputFor(id: string): HTMLElement | null {
    const root = this.renderRoot;
    return (
      root.querySelector<HTMLElement>(`[name="${id}"]:checked`) ??
      root.querySelector<HTMLElement>(`[name="${id}"]`)
    );
  }

  #focusField(event: Event, id: string) {
    event.preventDefault();
    const input = this.#inputFor(id);
    // The question (legend or label) must be in view along with the input, as GOV.UK does.
    input?.closest('.field')?.scrollIntoView({ block: 'start' });
    input?.focus({ preventScroll: true });
  }

  #set(field: FieldModel, value: unknown) {
    this.#touched.add(field.id);
    const answers = { ...this.answers };
    if (isEmpty(value)) delete answers[field.id];
    else answers[field.id] = value;
    this.answers = answers;
    this.submittedAt = undefined;
    this.#generation++;
    this.#saveDraft();
    const errors = validate(this.instrument!, answers);
    this.#emit('response-change', {
      field: field.id,
      answers: storedAnswers(this.instrument!, answers),
      valid: errors.length === 0,
      errors,
    });
  }

  #onInput(field: FieldModel, event: Event) {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (field.kind === 'multiple') {
      const chosen = new Set((this.answers[field.id] as string[] | undefined) ?? []);
      if ((target as HTMLInputElement).checked) chosen.add(target.value);
      else chosen.delete(target.value);
      // Keep the codebook's order, not the order of clicks.
      this.#set(field, field.options.filter((code) => chosen.has(code)));
    } else if (field.kind === 'integer') {
      this.#set(field, integerAnswer(target.value));
    } else {
      this.#set(field, target.value);
    }
  }

  #onFocusOut(field: FieldModel, event: FocusEvent) {
    const wrapper = event.currentTarget as HTMLElement;
    if (this.#touched.has(field.id) && !wrapper.contains(event.relatedTarget as Node | null)) {
      this.left = new Set(this.left).add(field.id);
    }
  }

  #onSubmit(event: SubmitEvent) {
    event.preventDefault();
    this.submit();
  }

  protected override render() {
    const instrument = this.instrument;
    if (!instrument) return nothing;
    const locale = activeLocale();
    if (this.template) return renderTemplate(instrument, locale);
    if (this.readonly) return this.#renderReview(instrument, locale);
    const errors = this.errors;
    const shown = this.submitAttempted ? errors : errors.filter((e) => this.left.has(e.field));
    const errorOf = new Map(shown.map((e) => [e.field, e]));
    const fields = fieldsOf(instrument);
    // method="dialog": a server-rendered form submitted before the script has arrived goes
    // nowhere, instead of putting the answers in a URL.
    return html`
      <form part="form" lang=${locale} method="dialog" novalidate @submit=${this.#onSubmit}>
        <h2 part="title" class="title">${instrument.title()}</h2>
        ${this.#renderProgress(fields, errors)} ${this.#renderPrefillProblems(fields)} ${this.#renderDraftNotice()}
        ${this.submitAttempted && errors.length ? this.#renderSummary(errors, fields) : nothing}
        ${this.#renderFormError()}
        ${sectionsOf(instrument).map(
          ({ section, fields }) => html`
            <section part="section" class="section" aria-labelledby=${section ? `s-${section.id}` : nothing}>
              ${section ? html`<h3 id="s-${section.id}">${section.title()}</h3>` : nothing}
              ${section?.hint ? html`<p class="hint">${section.hint()}</p>` : nothing}
              ${fields.filter((f) => isShown(f, this.answers)).map((f) => this.#renderField(f, errorOf.get(f.id)))}
            </section>
          `,
        )}
        <button
          part="submit"
          class="submit"
          type="submit"
          ?disabled=${this.#isDisabled}
          aria-disabled=${this.sending ? 'true' : nothing}
        >
          ${this.sending ? ui.sending() : ui.submit()}
        </button>
        <p class="status" role="status">${this.submittedAt ? ui.submitted() : this.sending ? ui.sending() : nothing}</p>
      </form>
    `;
  }

  #renderFormError() {
    // A CPR number where the resident id goes is shown at once: no answer should be given to it.
    const error = this.formError ?? (looksLikeCpr(this.residentId) ? ui.cprResident : undefined);
    return error ? html`<div class="form-error" role="alert" tabindex="-1">${error()}</div>` : nothing;
  }

  #renderPrefillProblems(fields: readonly FieldModel[]) {
    if (!this.prefillProblems.length) return nothing;
    return html`
      <div class="notice" part="notice" role="alert">
        <h3>${ui.prefillTitle()}</h3>
        <ul>
          ${this.prefillProblems.map(
            (p) => html`<li>${prefillProblemText(p, fields.find((f) => f.id === p.field))}</li>`,
          )}
        </ul>
        <p>${ui.prefillHint()}</p>
      </div>
    `;
  }

  #renderProgress(fields: readonly FieldModel[], errors: readonly FieldError[]) {
    const required = fields.filter((f) => (f.required || f.meta.requiredWhenShown) && isShown(f, this.answers));
    const missing = required.filter((f) => errors.some((e) => e.field === f.id)).length;
    return html`<p class="progress" part="progress">
      <progress max=${required.length} .value=${required.length - missing} aria-hidden="true"></progress>
      <span>${missing ? ui.requiredLeft(missing, required.length) : ui.allAnswered()}</span>
    </p>`;
  }

  #renderDraftNotice() {
    if (!this.restoredFrom) return nothing;
    const when = new Date(this.restoredFrom);
    const time = Number.isNaN(when.getTime())
      ? ''
      : when.toLocaleString(activeLocale() === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'medium', timeStyle: 'short' });
    return html`
      <div class="notice draft" part="draft-notice" role="status">
        <p>${ui.draftRestored(time)}</p>
        <button type="button" class="link-button" @click=${() => this.#discardDraft()}>${ui.discardDraft()}</button>
      </div>
    `;
  }

  #renderSummary(errors: readonly FieldError[], fields: readonly FieldModel[]) {
    return html`
      <div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="summary-title">
        <div role="alert">
          <h3 id="summary-title">${ui.summaryTitle()}</h3>
          <ul>
            ${errors.map((e) => {
              const field = fields.find((f) => f.id === e.field);
              return html`<li>
                <a href="#f-${e.field}" @click=${(ev: Event) => this.#focusField(ev, e.field)}
                  >${field?.meta.label()} – ${errorText(e, field)}</a
                >
              </li>`;
            })}
          </ul>
        </div>
      </div>
    `;
  }

  #renderField(field: FieldModel, error: FieldError | undefined): TemplateResult {
    const id = field.id;
    const value = this.answers[id];
    const disabled = this.#isDisabled;
    const describedBy = [field.meta.hint ? `h-${id}` : '', error ? `e-${id}` : '', field.meta.note ? `n-${id}` : '']
      .filter(Boolean)
      .join(' ');
    const label = html`${field.meta.label()}${field.required || field.meta.requiredWhenShown
      ? nothing
      : html` <span class="optional">${ui.optional()}</span>`}`;
    const hint = field.meta.hint ? html`<p class="hint" id="h-${id}">${field.meta.hint()}</p>` : nothing;
    const message = error
      ? html`<p class="error-message" part="error-message" id="e-${id}">
          <span class="visually-hidden">${ui.errorPrefix()}</span> ${errorText(error, field)}
        </p>`
      : nothing;
    const onInput = (e: Event) => this.#onInput(field, e);
    const cls = `field ${error ? 'invalid' : ''}`;

    if (field.kind === 'single' || field.kind === 'multiple') {
      const multiple = field.kind === 'multiple';
      const chosen = multiple ? ((value as string[] | undefined) ?? []) : [value];
      return html`
        <div part="field" class=${cls} @focusout=${(e: FocusEvent) => this.#onFocusOut(field, e)}>
          <fieldset
            id="f-${id}"
            @change=${onInput}
            role=${multiple ? nothing : 'radiogroup'}
            aria-describedby=${describedBy || nothing}
            aria-required=${multiple ? nothing : String(field.required || field.meta.requiredWhenShown === true)}
            aria-invalid=${multiple ? nothing : error ? 'true' : 'false'}
          >
            <legend part="label">${label}</legend>
            ${hint} ${message}
            <div class="options">
              ${field.options.map(
                // A static type: setting it by binding turns every text input into a radio
                // after the fact, which costs more than the rest of the render. Changes are
                // heard on the fieldset: one listener per question, not per option.
                (code) => html`
                  <label class="option" part="option">
                    ${multiple
                      ? html`<input
                          type="checkbox"
                          name=${id}
                          .value=${code}
                          .checked=${chosen.includes(code)}
                          ?disabled=${disabled}
                          aria-invalid=${error ? 'true' : nothing}
                        />`
                      : html`<input
                          type="radio"
                          name=${id}
                          .value=${code}
                          .checked=${chosen.includes(code)}
                          ?disabled=${disabled}
                        />`}
                    <span>${field.meta.options![code]()}</span>
                  </label>
                `,
              )}
            </div>
          </fieldset>
        </div>
      `;
    }

    const common = {
      id: `f-${id}`,
      invalid: error ? 'true' : 'false',
    };
    const shownValue = value === undefined ? '' : String(value);
    let control: TemplateResult;
    if (field.widget === 'textarea') {
      control = html`<textarea
        id=${common.id}
        name=${id}
        rows="4"
        part="control"
        .value=${shownValue}
        ?disabled=${disabled}
        ?required=${field.required}
        aria-invalid=${common.invalid}
        aria-describedby=${describedBy || nothing}
        @input=${onInput}
      ></textarea>`;
    } else {
      const type = field.kind === 'date' ? 'date' : 'text';
      control = html`<input
        id=${common.id}
        name=${id}
        type=${type}
        class=${field.kind}
        part="control"
        inputmode=${field.kind === 'integer' ? 'numeric' : nothing}
        autocomplete="off"
        .value=${shownValue}
        ?disabled=${disabled}
        ?required=${field.required}
        aria-invalid=${common.invalid}
        aria-describedby=${describedBy || nothing}
        @input=${onInput}
        @change=${onInput}
      />`;
    }
    return html`
      <div part="field" class=${cls} @focusout=${(e: FocusEvent) => this.#onFocusOut(field, e)}>
        <label for=${common.id} class="label" part="label">${label}</label>
        ${hint} ${message} ${control}
        ${field.meta.note ? html`<p class="note" id="n-${id}" aria-live="polite">${field.meta.note(value)}</p>` : nothing}
      </div>
    `;
  }

  #renderReview(instrument: Instrument, locale: string) {
    const answers = storedAnswers(instrument, this.answers);
    const text = (field: FieldModel) => {
      const value = answers[field.id];
      if (value === undefined) return html`<span class="muted">${ui.notAnswered()}</span>`;
      if (field.kind === 'single') return field.meta.options?.[value as string]?.() ?? String(value);
      if (field.kind === 'multiple') return (value as string[]).map((c) => field.meta.options?.[c]?.() ?? c).join(', ');
      return String(value);
    };
    return html`
      <div part="form" class="review" lang=${locale}>
        <h2 part="title" class="title">${instrument.title()}</h2>
        ${sectionsOf(instrument).map(
          ({ section, fields }) => html`
            <section part="section" class="section">
              ${section ? html`<h3>${section.title()}</h3>` : nothing}
              <dl>
                ${fields
                  .filter((f) => isShown(f, answers))
                  .map((f) => html`<div part="field" class="field"><dt>${f.meta.label()}</dt><dd>${text(f)}</dd></div>`)}
              </dl>
            </section>
          `,
        )}
      </div>
    `;
  }
}
